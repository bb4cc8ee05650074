<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChannelPreviewPanel</name>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <source>%n more finding(s) not listed.</source>
        <translation>
            <numerusform>%n more finding not listed.</numerusform>
            <numerusform>%n more findings not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageEditor</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the team space left alone.</source>
        <translation>
            <numerusform>%n other file in the team space left alone.</numerusform>
            <numerusform>%n other files in the team space left alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message numerus="yes">
        <source>%n change(s) not sent (Team menu)</source>
        <translation>
            <numerusform>%n change not sent (Team menu)</numerusform>
            <numerusform>%n changes not sent (Team menu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent to the team space.</source>
        <translation>
            <numerusform>%n change sent to the team space.</numerusform>
            <numerusform>%n changes sent to the team space.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This post has %n open error(s). Approve it anyway? Your approval records that you accepted them.</source>
        <translation>
            <numerusform>This post has %n open error. Approve it anyway? Your approval records that you accepted it.</numerusform>
            <numerusform>This post has %n open errors. Approve it anyway? Your approval records that you accepted them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message numerus="yes">
        <source>The text for {0} has %n error(s) that must be fixed before publishing:</source>
        <translation>
            <numerusform>The text for {0} has %n error that must be fixed before publishing:</numerusform>
            <numerusform>The text for {0} has %n errors that must be fixed before publishing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The post has %n error(s) that must be fixed before publishing on {0}:</source>
        <translation>
            <numerusform>The post has %n error that must be fixed before publishing on {0}:</numerusform>
            <numerusform>The post has %n errors that must be fixed before publishing on {0}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishGate</name>
    <message numerus="yes">
        <source>%n error(s) not fixed: went out anyway.</source>
        <translation>
            <numerusform>%n error not fixed: went out anyway.</numerusform>
            <numerusform>%n errors not fixed: went out anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) still open.</source>
        <translation>
            <numerusform>%n warning still open.</numerusform>
            <numerusform>%n warnings still open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n version(s)</source>
        <translation>
            <numerusform>in %n version</numerusform>
            <numerusform>in %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>Replaced %n match</numerusform>
            <numerusform>Replaced %n matches</numerusform>
        </translation>
    </message>
</context>
</TS>