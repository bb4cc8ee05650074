<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>About composer</source>
        <translation>Om composer</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>A post composer with a guideline assistant for the communications staff of Finnish municipalities. Works fully offline.</source>
        <translation>Ett verktyg för att skriva inlägg, med en anvisningsassistent för kommunikatörer i finländska kommuner. Fungerar helt utan nätförbindelse.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Licence: GNU General Public License, version 3 or later. This program comes with absolutely no warranty; you may share and change it under that licence.</source>
        <translation>Licens: GNU General Public License, version 3 eller senare. Programmet levereras helt utan garanti; du får dela och ändra det enligt licensens villkor.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Included components and their licences</source>
        <translation>Ingående komponenter och deras licenser</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Used for</source>
        <translation>Används för</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Full licence texts: %1</source>
        <translation>Licensernas fullständiga texter: %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Runs the program</source>
        <translation>Kör programmet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>User interface</source>
        <translation>Användargränssnitt</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Connects the program to Qt</source>
        <translation>Kopplar programmet till Qt</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Finnish spelling and word forms</source>
        <translation>Finsk stavning och böjningsformer</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Finnish dictionary</source>
        <translation>Finsk ordlista</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Used by Voikko</source>
        <translation>Används av Voikko</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Swedish and English spelling</source>
        <translation>Svensk och engelsk stavning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Connects the program to Hunspell</source>
        <translation>Kopplar programmet till Hunspell</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Swedish dictionary</source>
        <translation>Svensk ordlista</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>British English dictionary</source>
        <translation>Brittisk engelsk ordlista</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Ranks English suggestions</source>
        <translation>Rangordnar engelska rättningsförslag</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Recognises the language of a text</source>
        <translation>Känner igen textens språk</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Finds phone numbers</source>
        <translation>Hittar telefonnummer</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Finds identity codes and bank account numbers</source>
        <translation>Hittar personbeteckningar och kontonummer</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Text patterns</source>
        <translation>Reguljära uttryck</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Keeps translation service keys safe</source>
        <translation>Förvarar översättningstjänsternas nycklar säkert</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Optional machine translation</source>
        <translation>Valfri maskinöversättning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Finds the settings folders</source>
        <translation>Hittar inställningsmapparna</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Used by Qt and Voikko</source>
        <translation>Används av Qt och Voikko</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="272" />
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="273" />
        <source>Copy the text for {0} to the clipboard</source>
        <translation>Kopiera texten för {0} till urklipp</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="274" />
        <source>Copy the text for {0}</source>
        <translation>Kopiera texten för {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="275" />
        <source>Preview on {0}</source>
        <translation>Förhandsvisning: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="276" />
        <source>Findings for {0}</source>
        <translation>Anmärkningar: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="304" />
        <source>A thread of {0} posts</source>
        <translation>En tråd med {0} inlägg</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="346" />
        <source>One post per language ({0} posts)</source>
        <translation>Ett inlägg per språk ({0} inlägg)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="352" />
        <source>{0} more posts are not shown here; Copy and Export include them.</source>
        <translation>{0} inlägg till visas inte här; Kopiera och Exportera tar med dem.</translation>
    </message>
</context>
<context>
    <name>ChannelPreviewPanel</name>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="264" />
        <source>Copied the text for {0}.</source>
        <extracomment>Join of thread parts on the clipboard, as ``composer export`` prints them. Posts with more characters than this are exported off the UI thread.</extracomment>
        <translation>Texten för {0} kopierades.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="266" />
        <source>Copied part {0} for {1}.</source>
        <translation>Del {0} för {1} kopierades.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="279" />
        <source>Choose at least one channel to export.</source>
        <translation>Välj minst en kanal att exportera.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="281" />
        <source>Export all channels to</source>
        <translation>Exportera alla kanaler till</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="287" />
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="288" />
        <source>The files could not be written: {0}</source>
        <translation>Filerna kunde inte skrivas: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="290" />
        <source>Wrote {0} files to {1}.</source>
        <translation>{0} filer skrevs till {1}.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="295" />
        <source>Channels and previews</source>
        <translation>Kanaler och förhandsvisning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="297" />
        <source>Publish on {0}</source>
        <translation>Publicera på {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="298" />
        <source>Export all…</source>
        <translation>Exportera alla…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="299" />
        <source>Export all channels</source>
        <translation>Exportera alla kanaler</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="301" />
        <source>Write one text file per selected channel into a folder</source>
        <translation>Skriv en textfil per vald kanal i en mapp</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="302" />
        <source>Choose the channels to publish on to see previews.</source>
        <translation>Välj kanalerna du publicerar på för att se förhandsvisningar.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="303" />
        <source>Channel previews</source>
        <translation>Förhandsvisning per kanal</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="349" />
        <source>The preview could not be made: {0}</source>
        <translation>Förhandsvisningen kunde inte göras: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="28" />
        <source>Find:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="30" />
        <source>Text to find</source>
        <translation>Text att söka</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="35" />
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="36" />
        <source>Find previous</source>
        <translation>Sök föregående</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="38" />
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="39" />
        <source>Find next</source>
        <translation>Sök nästa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="41" />
        <location filename="../src/composer/ui/find_bar.py" line="42" />
        <source>Match case</source>
        <translation>Matcha skiftläge</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="47" />
        <location filename="../src/composer/ui/find_bar.py" line="48" />
        <source>Close the find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="108" />
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="89" />
        <source>Show</source>
        <extracomment>More cards than this are summarised in one line (a 60,000-character text can have hundreds of spelling findings; nobody reads past the first screens).</extracomment>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="89" />
        <source>Select it in the text</source>
        <translation>Markera det i texten</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="96" />
        <source>Guideline</source>
        <translation>Anvisning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="96" />
        <source>Open the guideline at this point</source>
        <translation>Öppna anvisningen vid den här punkten</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="108" />
        <source>Click to show it in the text</source>
        <translation>Klicka för att visa det i texten</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="135" />
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="136" />
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="137" />
        <source>Suggestion</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="152" />
        <source>Findings</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="167" />
        <source>List of findings</source>
        <translation>Lista över anmärkningar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="199" />
        <source>Checking…</source>
        <translation>Granskar…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="202" />
        <source>Checking failed: %1</source>
        <translation>Granskningen misslyckades: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/composer/ui/findings_panel.py" line="225" />
        <source>%n more finding(s) not listed.</source>
        <translation><numerusform>%n anmärkning till visas inte i listan.</numerusform><numerusform>%n anmärkningar till visas inte i listan.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="230" />
        <source>No findings: the post follows the guideline as far as it can be checked.</source>
        <translation>Inga anmärkningar: inlägget följer anvisningen så långt det går att granska.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/composer/ui/findings_panel.py" line="234" />
        <source>%n error(s)</source>
        <translation><numerusform>%n fel</numerusform><numerusform>%n fel</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/composer/ui/findings_panel.py" line="236" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n varning</numerusform><numerusform>%n varningar</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/composer/ui/findings_panel.py" line="238" />
        <source>%n suggestion(s)</source>
        <translation><numerusform>%n förslag</numerusform><numerusform>%n förslag</numerusform></translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="280" />
        <source>Errors: must be fixed before publishing</source>
        <translation>Fel: måste rättas före publicering</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="281" />
        <source>Warnings: very likely a problem</source>
        <translation>Varningar: mycket troligt ett problem</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="282" />
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
</context>
<context>
    <name>FlagTextEdit</name>
    <message>
        <location filename="../src/composer/ui/editors.py" line="62" />
        <source>Guideline:</source>
        <extracomment>Offers extra corrections for a flagged word: (word, language) -&gt; suggestions.</extracomment>
        <translation>Anvisning:</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="94" />
        <source>Replace with “%1”</source>
        <translation>Ersätt med ”%1”</translation>
    </message>
</context>
<context>
    <name>GuidelineViewer</name>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="207" />
        <source>Guideline — {0}</source>
        <translation>Anvisning — {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="208" />
        <source>Guideline</source>
        <translation>Anvisning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="209" />
        <source>Guideline viewer</source>
        <translation>Visning av anvisningen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="210" />
        <source>&amp;Points of the guideline</source>
        <translation>Anvisningens &amp;punkter</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="211" />
        <source>Points of the guideline</source>
        <translation>Anvisningens punkter</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="213" />
        <source>Choose a point to show it in the guideline text</source>
        <translation>Välj en punkt för att visa den i anvisningens text</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="214" />
        <source>Guideline text</source>
        <translation>Anvisningens text</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="215" />
        <source>The finding rests on this law or rule:</source>
        <translation>Anmärkningen grundar sig på denna lag eller regel:</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="216" />
        <source>Law or accessibility rule</source>
        <translation>Lag eller tillgänglighetsregel</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="217" />
        <source>Guideline not available</source>
        <translation>Anvisningen är inte tillgänglig</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="221" />
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="222" />
        <source>Confidential information</source>
        <translation>Konfidentiell information</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="223" />
        <source>Unfinished matters</source>
        <translation>Oavslutade ärenden</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="224" />
        <source>Duty of secrecy</source>
        <translation>Tystnadsplikt</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="225" />
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="226" />
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="227" />
        <source>Zero tolerance</source>
        <translation>Nolltolerans</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="228" />
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="229" />
        <source>Personal opinions</source>
        <translation>Personliga åsikter</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="230" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="231" />
        <source>Hashtags</source>
        <translation>Hashtaggar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="232" />
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="233" />
        <source>Images and videos</source>
        <translation>Bilder och videor</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="234" />
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="235" />
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="236" />
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="237" />
        <source>Caution</source>
        <translation>Försiktighet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="247" />
        <source>The guideline file cannot be read: {0}</source>
        <translation>Anvisningsfilen kan inte läsas: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="253" />
        <source>This organisation has no guideline text.</source>
        <translation>Den här organisationen har ingen anvisningstext.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="266" />
        <source>Not found in the guideline text: {0}</source>
        <translation>Hittades inte i anvisningens text: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="277" />
        <source>Unknown law reference: {0}</source>
        <translation>Okänd lagreferens: {0}</translation>
    </message>
</context>
<context>
    <name>HashtagChips</name>
    <message>
        <location filename="../src/composer/ui/hashtag_chips.py" line="72" />
        <source>Official hashtags</source>
        <translation>Officiella hashtaggar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/hashtag_chips.py" line="112" />
        <source>Already in this version</source>
        <translation>Finns redan i den här språkversionen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/hashtag_chips.py" line="113" />
        <source>Hashtag %1, already used</source>
        <translation>Hashtaggen %1, redan använd</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/hashtag_chips.py" line="115" />
        <source>Add to the end of this version</source>
        <translation>Lägg till i slutet av den här språkversionen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/hashtag_chips.py" line="116" />
        <source>Add hashtag %1</source>
        <translation>Lägg till hashtaggen %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="11" />
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="12" />
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="13" />
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="21" />
        <source>Finnish</source>
        <comment>inside a sentence</comment>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="22" />
        <source>Swedish</source>
        <comment>inside a sentence</comment>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="23" />
        <source>English</source>
        <comment>inside a sentence</comment>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>LanguageEditor</name>
    <message>
        <location filename="../src/composer/ui/editors.py" line="154" />
        <source>Write the %1 version here…</source>
        <translation>Skriv versionen på %1 här…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="159" />
        <source>%1 version</source>
        <translation>Versionen på %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="180" />
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="180" />
        <source>optional</source>
        <translation>valfri</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="207" />
        <source>Show the %1 version</source>
        <translation>Visa versionen på %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="207" />
        <source>Hide the %1 version</source>
        <translation>Dölj versionen på %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/composer/ui/editors.py" line="213" />
        <source>%n character(s)</source>
        <translation><numerusform>%n tecken</numerusform><numerusform>%n tecken</numerusform></translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="223" />
        <source>reads as %1</source>
        <translation>ser ut att vara på %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="230" />
        <source>This text looks like it is written in %1, not in %2.</source>
        <translation>Texten ser ut att vara skriven på %1, inte på %2.</translation>
    </message>
</context>
<context>
    <name>LengthGauge</name>
    <message>
        <location filename="../src/composer/ui/preview_gauge.py" line="37" />
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_gauge.py" line="67" />
        <source>{0} of {1} {2}</source>
        <translation>{0} av {1} {2}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_gauge.py" line="69" />
        <source>characters</source>
        <translation>tecken</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_gauge.py" line="71" />
        <source>{0} over the limit</source>
        <translation>{0} över gränsen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_gauge.py" line="79" />
        <source>{0} ({1} over)</source>
        <translation>{0} ({1} för mycket)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="133" />
        <source>Images</source>
        <extracomment>The window was painted for the first time (start-up measurements, deferred work). Ask before New/Open/Quit throw away unsaved text (autosave turns this off).</extracomment>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="138" />
        <source>Findings</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="139" />
        <source>Channels and previews</source>
        <translation>Kanaler och förhandsvisning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="172" />
        <source>Not available in this version.</source>
        <translation>Inte tillgängligt i den här versionen.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="335" />
        <source>Added %1</source>
        <translation>Lade till %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="355" />
        <source>Checking failed: %1</source>
        <translation>Granskningen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="363" />
        <source>Checking…</source>
        <translation>Granskar…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="393" />
        <source>No findings in the text.</source>
        <translation>Inga anmärkningar i texten.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="424" />
        <source>Word not added</source>
        <translation>Ordet lades inte till</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="427" />
        <source>“%1” added to your dictionary.</source>
        <translation>”%1” lades till i din ordlista.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="500" />
        <source>Opened %1</source>
        <translation>Öppnade %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="518" />
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="526" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="527" />
        <source>The post has changes that are not saved in a file. Discard them?</source>
        <translation>Inlägget har ändringar som inte har sparats i en fil. Vill du förkasta dem?</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="539" />
        <source>New post</source>
        <translation>Nytt inlägg</translation>
    </message>
</context>
<context>
    <name>MediaItem</name>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="104" />
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="125" />
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="146" />
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="146" />
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="147" />
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="151" />
        <source>Image {0}</source>
        <translation>Bild {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="152" />
        <source>Thumbnail of {0}</source>
        <translation>Miniatyr av {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="153" />
        <source>Remove image {0}</source>
        <translation>Ta bort bild {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="154" />
        <source>Remove this image from the post</source>
        <translation>Ta bort den här bilden från inlägget</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="164" />
        <source>Describe the image for someone who cannot see it</source>
        <translation>Beskriv bilden för den som inte kan se den</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="165" />
        <source>Alt text in {0}</source>
        <translation>Alternativtext på {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="190" />
        <source>No preview</source>
        <translation>Ingen förhandsvisning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="192" />
        <source>The file was not found: {0}</source>
        <translation>Filen hittades inte: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="194" />
        <source>The image cannot be read ({0}): {1}</source>
        <translation>Bilden kan inte läsas ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="137" />
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="230" />
        <source>&amp;Add images…</source>
        <translation>&amp;Lägg till bilder…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="232" />
        <source>No images. Images need alt text in every language.</source>
        <translation>Inga bilder. Bilder behöver alternativtext på alla språk.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="258" />
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="259" />
        <location filename="../src/composer/ui/media_panel.py" line="310" />
        <source>Add images</source>
        <translation>Lägg till bilder</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="260" />
        <source>Attach images to the post</source>
        <translation>Bifoga bilder till inlägget</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="261" />
        <source>Attached images</source>
        <translation>Bifogade bilder</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="312" />
        <source>Images ({0})</source>
        <translation>Bilder ({0})</translation>
    </message>
</context>
<context>
    <name>MediaPlaceholder</name>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="74" />
        <source>ALT</source>
        <extracomment>Networks whose posts show the picture above the text.</extracomment>
        <translation>ALT</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="82" />
        <source>This channel needs an image or video.</source>
        <translation>Den här kanalen behöver en bild eller video.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="86" />
        <source>Image without alt text</source>
        <translation>Bild utan alternativtext</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="93" />
        <source>Image: {0}</source>
        <translation>Bild: {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../src/composer/ui/menus.py" line="23" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="24" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="25" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="26" />
        <source>&amp;Tools</source>
        <translation>V&amp;erktyg</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="27" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="32" />
        <source>&amp;New post</source>
        <extracomment>(menu, action name, text, shortcut, checkable); None separates groups.</extracomment>
        <translation>&amp;Nytt inlägg</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="33" />
        <source>&amp;Open post file…</source>
        <translation>Ö&amp;ppna inläggsfil…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="34" />
        <source>&amp;Save post file</source>
        <translation>&amp;Spara inläggsfil</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="35" />
        <source>Save post file &amp;as…</source>
        <translation>Spara inläggsfil s&amp;om…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="37" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="38" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="39" />
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="41" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="42" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="43" />
        <source>&amp;Paste</source>
        <translation>Klistra i&amp;n</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="44" />
        <source>Select &amp;all</source>
        <translation>Markera &amp;allt</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="46" />
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="47" />
        <source>Find &amp;next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="48" />
        <source>Find pre&amp;vious</source>
        <translation>Sök &amp;föregående</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="51" />
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="52" />
        <source>&amp;Next finding</source>
        <translation>&amp;Nästa anmärkning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="53" />
        <source>&amp;Previous finding</source>
        <translation>&amp;Föregående anmärkning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="56" />
        <source>Show &amp;optional versions</source>
        <translation>Visa &amp;valfria språkversioner</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="57" />
        <source>Show the &amp;findings panel</source>
        <translation>Visa &amp;anmärkningar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="59" />
        <source>&amp;Check now</source>
        <translation>&amp;Granska nu</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="60" />
        <source>Organisation's &amp;guideline</source>
        <translation>Organisationens &amp;anvisning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="62" />
        <source>&amp;About composer</source>
        <translation>&amp;Om composer</translation>
    </message>
</context>
<context>
    <name>PostFile</name>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="22" />
        <source>Post files (*.post.json)</source>
        <translation>Inläggsfiler (*.post.json)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="23" />
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="24" />
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="32" />
        <source>Open post file</source>
        <translation>Öppna inläggsfil</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="42" />
        <source>Save post file</source>
        <translation>Spara inläggsfil</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="56" />
        <source>Cannot open the post file</source>
        <translation>Inläggsfilen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="57" />
        <source>%1 could not be opened:
%2</source>
        <translation>%1 kunde inte öppnas:
%2</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="69" />
        <source>Cannot save the post file</source>
        <translation>Inläggsfilen kan inte sparas</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="70" />
        <source>%1 could not be saved:
%2</source>
        <translation>%1 kunde inte sparas:
%2</translation>
    </message>
</context>
<context>
    <name>PostHeader</name>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="16" />
        <source>The organisation's own account</source>
        <translation>Organisationens eget konto</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="17" />
        <source>Member of staff</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="18" />
        <source>Elected official</source>
        <translation>Förtroendevald</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="31" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="35" />
        <source>Who publishes</source>
        <translation>Vem som publicerar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="39" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="41" />
        <source>&amp;Published as:</source>
        <translation>&amp;Publiceras av:</translation>
    </message>
</context>
<context>
    <name>PostPart</name>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="169" />
        <source>See less</source>
        <translation>Visa mindre</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="169" />
        <source>See more</source>
        <translation>Visa mer</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="171" />
        <source>Copy part {0}</source>
        <translation>Kopiera del {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="172" />
        <source>Copy part {0} of {1}</source>
        <translation>Kopiera del {0} av {1}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="176" />
        <source>Part {0} of {1}</source>
        <translation>Del {0} av {1}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="178" />
        <source>Post text</source>
        <translation>Inläggets text</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="179" />
        <source>Length of part {0}</source>
        <translation>Längd på del {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="180" />
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="195" />
        <source>characters</source>
        <translation>tecken</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="45" />
        <source>Preferences</source>
        <extracomment>UI languages offered, each named in its own language. Channel figures a user can change (the disputed and plan-dependent ones).</extracomment>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="50" />
        <source>Preference pages</source>
        <translation>Inställningssidor</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="51" />
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="52" />
        <location filename="../src/composer/ui/preferences.py" line="123" />
        <source>Channel limits</source>
        <translation>Kanalernas gränser</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="70" />
        <source>Interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="71" />
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="78" />
        <source>Finding messages change at once; menus and dialogs change the next time composer starts.</source>
        <translation>Anmärkningarna byter språk genast; menyer och dialoger byter nästa gång composer startas.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="86" />
        <source>&amp;Interface language:</source>
        <translation>&amp;Gränssnittets språk:</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="91" />
        <source>Spelling</source>
        <translation>Stavning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="96" />
        <source>Check the spelling of the %1 version</source>
        <translation>Kontrollera stavningen i versionen på %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="116" />
        <source>Some limits depend on the account's plan or the server, or the networks change them without notice. Change them here if yours differ.</source>
        <translation>Vissa gränser beror på kontots abonnemang eller servern, och tjänsterna ändrar dem utan förvarning. Ändra dem här om dina avviker.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="125" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="125" />
        <source>Maximum length</source>
        <translation>Maximal längd</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="125" />
        <source>Hashtags at most</source>
        <translation>Högst antal hashtaggar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="149" />
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="152" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="157" />
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="193" />
        <source>Preferences not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="194" />
        <source>The preferences could not be saved: %1</source>
        <translation>Inställningarna kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <location filename="../src/composer/ui/quick_fixes.py" line="56" />
        <source>Remove invisible characters</source>
        <translation>Ta bort osynliga tecken</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/quick_fixes.py" line="60" />
        <source>Replace with “%1”</source>
        <translation>Ersätt med ”%1”</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/quick_fixes.py" line="64" />
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/quick_fixes.py" line="68" />
        <source>Add to my dictionary</source>
        <translation>Lägg till i min ordlista</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Draft saved %1</source>
        <translation>Utkastet sparat %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The disk is full.</source>
        <translation>Disken är full.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The drafts folder cannot be written.</source>
        <translation>Det går inte att skriva i mappen för utkast.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The drafts database is busy in another window.</source>
        <translation>Databasen för utkast är upptagen i ett annat fönster.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The drafts database cannot be opened.</source>
        <translation>Databasen för utkast kan inte öppnas.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The drafts database was made by a newer version of composer.</source>
        <translation>Databasen för utkast har skapats av en nyare version av composer.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The disk could not be written.</source>
        <translation>Det gick inte att skriva till disken.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Draft not saved: %1 Your text stays here; saving is retried.</source>
        <translation>Utkastet sparades inte: %1 Din text finns kvar här; programmet försöker spara igen.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Recovered “%1” after an unexpected exit.</source>
        <translation>”%1” återställdes efter ett oväntat avbrott.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Continuing “%1”.</source>
        <translation>Fortsätter med ”%1”.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The drafts database could not be read, so a new one was started. The old file was kept as %1.</source>
        <translation>Databasen för utkast kunde inte läsas, så en ny skapades. Den gamla filen sparades som %1.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Drafts database replaced</source>
        <translation>Databasen för utkast ersattes</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Drafts database upgraded; a copy of the old one: %1</source>
        <translation>Databasen för utkast uppgraderades; en kopia av den gamla: %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>&amp;Drafts…</source>
        <translation>&amp;Utkast…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>New from &amp;template</source>
        <translation>Ny från &amp;mall</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>No templates for this organisation</source>
        <translation>Organisationen har inga mallar</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Search in the text of every draft</source>
        <translation>Sök i texten i alla utkast</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Search drafts</source>
        <translation>Sök utkast</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Show drafts with status</source>
        <translation>Visa utkast med status</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Saved drafts</source>
        <translation>Sparade utkast</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Last change</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Text of the selected draft or version</source>
        <translation>Texten i det valda utkastet eller versionen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Earlier versions</source>
        <translation>Tidigare versioner</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>&amp;Restore this version</source>
        <translation>&amp;Återställ den här versionen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Mark &amp;ready for review</source>
        <translation>Markera som &amp;klar för granskning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>New from &amp;template</source>
        <translation>Ny från &amp;mall</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Ready for review</source>
        <translation>Klar för granskning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Exported %1</source>
        <translation>Exporterad %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>saved while writing</source>
        <translation>sparad under skrivandet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>replaced by another window</source>
        <translation>ersatt från ett annat fönster</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>marked ready for review</source>
        <translation>markerad som klar för granskning</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>exported</source>
        <translation>exporterad</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>imported</source>
        <translation>importerad</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>from a template</source>
        <translation>från en mall</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Drafts are not available.</source>
        <translation>Utkasten är inte tillgängliga.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>%1 (open)</source>
        <translation>%1 (öppen)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Mark as &amp;draft</source>
        <translation>Markera som &amp;utkast</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Current version, %1</source>
        <translation>Nuvarande version, %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Cannot open the draft: %1</source>
        <translation>Utkastet kan inte öppnas: %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Earlier version restored; the replaced text is kept in the history.</source>
        <translation>Den tidigare versionen återställdes; den ersatta texten finns kvar i historiken.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Delete “%1” and its earlier versions? This cannot be undone.</source>
        <translation>Ta bort ”%1” och dess tidigare versioner? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>No templates for this organisation</source>
        <translation>Organisationen har inga mallar</translation>
    </message>
</context>
</TS>
