<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About composer</source>
        <translation>Om composer</translation>
    </message>
    <message>
        <source>A post composer with a guideline assistant for the communications staff of Finnish municipalities. Works fully offline.</source>
        <translation>Ett verktyg för att skriva inlägg, med en anvisningsassistent för kommunikatörer i finländska kommuner. Fungerar helt utan nätförbindelse.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. This program comes with absolutely no warranty; you may share and change it under that licence.</source>
        <translation>Licens: GNU General Public License, version 3 eller senare. Programmet levereras helt utan garanti; du får dela och ändra det enligt licensens villkor.</translation>
    </message>
    <message>
        <source>Included components and their licences</source>
        <translation>Ingående komponenter och deras licenser</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Används för</translation>
    </message>
    <message>
        <source>Full licence texts: %1</source>
        <translation>Licensernas fullständiga texter: %1</translation>
    </message>
    <message>
        <source>Runs the program</source>
        <extracomment>Reverse-DNS id of the app: desktop file, icon and AppStream metadata names. (component, SPDX licence expression, what composer uses it for). Names and licence identifiers are not translated; the purposes are (context "AboutDialog").</extracomment>
        <translation>Kör programmet</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Användargränssnitt</translation>
    </message>
    <message>
        <source>Connects the program to Qt</source>
        <translation>Kopplar programmet till Qt</translation>
    </message>
    <message>
        <source>Finnish spelling and word forms</source>
        <translation>Finsk stavning och böjningsformer</translation>
    </message>
    <message>
        <source>Finnish dictionary</source>
        <translation>Finsk ordlista</translation>
    </message>
    <message>
        <source>Used by Voikko</source>
        <translation>Används av Voikko</translation>
    </message>
    <message>
        <source>Swedish and English spelling</source>
        <translation>Svensk och engelsk stavning</translation>
    </message>
    <message>
        <source>Connects the program to Hunspell</source>
        <translation>Kopplar programmet till Hunspell</translation>
    </message>
    <message>
        <source>Swedish dictionary</source>
        <translation>Svensk ordlista</translation>
    </message>
    <message>
        <source>British English dictionary</source>
        <translation>Brittisk engelsk ordlista</translation>
    </message>
    <message>
        <source>Tells quoted foreign phrases from misspellings</source>
        <translation>Känner igen citerade främmande fraser</translation>
    </message>
    <message>
        <source>Ranks English suggestions</source>
        <translation>Rangordnar engelska rättningsförslag</translation>
    </message>
    <message>
        <source>Recognises the language of a text</source>
        <translation>Känner igen textens språk</translation>
    </message>
    <message>
        <source>Finds phone numbers</source>
        <translation>Hittar telefonnummer</translation>
    </message>
    <message>
        <source>Finds identity codes and bank account numbers</source>
        <translation>Hittar personbeteckningar och kontonummer</translation>
    </message>
    <message>
        <source>Text patterns</source>
        <translation>Reguljära uttryck</translation>
    </message>
    <message>
        <source>Keeps translation service keys safe</source>
        <translation>Förvarar översättningstjänsternas nycklar säkert</translation>
    </message>
    <message>
        <source>Optional machine translation</source>
        <translation>Valfri maskinöversättning</translation>
    </message>
    <message>
        <source>Team review on WebDAV servers</source>
        <translation>Teamgranskning på WebDAV-servrar</translation>
    </message>
    <message>
        <source>Finds the settings folders</source>
        <translation>Hittar inställningsmapparna</translation>
    </message>
    <message>
        <source>Used by Qt and Voikko</source>
        <translation>Används av Qt och Voikko</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Draft saved %1</source>
        <extracomment>A save finished (the draft's summary). A save failed (translated message); the text is still in the window. A draft was opened in the window (recovery, the drafts dialog, a template). Seconds each background write took (for measurements).</extracomment>
        <translation>Utkastet sparat %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disken är full.</translation>
    </message>
    <message>
        <source>The drafts folder cannot be written.</source>
        <translation>Det går inte att skriva i mappen för utkast.</translation>
    </message>
    <message>
        <source>The drafts database is in use by another window or program; try again in a moment.</source>
        <translation>Utkastdatabasen används av ett annat fönster eller program; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The drafts database cannot be opened.</source>
        <translation>Databasen för utkast kan inte öppnas.</translation>
    </message>
    <message>
        <source>The drafts database was made by a newer version of composer.</source>
        <translation>Databasen för utkast har skapats av en nyare version av composer.</translation>
    </message>
    <message>
        <source>The disk could not be written.</source>
        <translation>Det gick inte att skriva till disken.</translation>
    </message>
    <message>
        <source>Draft not saved: %1 Your text stays here; saving is retried.</source>
        <translation>Utkastet sparades inte: %1 Din text finns kvar här; programmet försöker spara igen.</translation>
    </message>
    <message>
        <source>Recovered “%1” after an unexpected exit.</source>
        <translation>”%1” återställdes efter ett oväntat avbrott.</translation>
    </message>
    <message>
        <source>Continuing “%1”.</source>
        <translation>Fortsätter med ”%1”.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>The drafts database could not be read, so a new one was started. The old file was kept as %1.</source>
        <translation>Databasen för utkast kunde inte läsas, så en ny skapades. Den gamla filen sparades som %1.</translation>
    </message>
    <message>
        <source>Drafts database replaced</source>
        <translation>Databasen för utkast ersattes</translation>
    </message>
    <message>
        <source>Drafts database upgraded; a copy of the old one: %1</source>
        <translation>Databasen för utkast uppgraderades; en kopia av den gamla: %1</translation>
    </message>
    <message>
        <source>The drafts database cannot be written (%1): drafts can be opened but not saved.</source>
        <translation>Utkastdatabasen kan inte skrivas (%1): utkast kan öppnas men inte sparas.</translation>
    </message>
    <message>
        <source>A damaged draft was set aside: %1</source>
        <translation>Ett skadat utkast lades åt sidan: %1</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>&amp;Utkast…</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Ny från &amp;mall</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <source>No templates for this organisation</source>
        <translation>Organisationen har inga mallar</translation>
    </message>
    <message>
        <source>Rena&amp;me draft…</source>
        <translation>&amp;Byt namn på utkastet…</translation>
    </message>
    <message>
        <source>Write something first: the draft is made when you type.</source>
        <translation>Skriv något först: utkastet skapas när du skriver.</translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation>Byt namn på utkastet</translation>
    </message>
    <message>
        <source>Name of the draft (empty: its first line):</source>
        <translation>Utkastets namn (tomt: dess första rad):</translation>
    </message>
    <message>
        <source>The drafts database is in use by another program.</source>
        <translation>Utkastdatabasen används av ett annat program.</translation>
    </message>
    <message>
        <source>Draft not saved: %1 Your text was kept in %2 and goes back into your drafts the next time composer starts.</source>
        <translation>Utkastet sparades inte: %1 Din text sparades i %2 och återförs till dina utkast nästa gång composer startas.</translation>
    </message>
    <message>
        <source>Draft kept in a file</source>
        <translation>Utkastet sparades i en fil</translation>
    </message>
    <message>
        <source>Text that could not be saved when composer closed is back in your drafts: “%1”.</source>
        <translation>Text som inte kunde sparas när composer stängdes finns åter bland dina utkast: ”%1”.</translation>
    </message>
    <message>
        <source>Text kept when composer closed could not be put back into your drafts; it stays in %1.</source>
        <translation>Text som sparades när composer stängdes kunde inte återföras till dina utkast; den finns kvar i %1.</translation>
    </message>
    <message>
        <source>The post shown before could not be saved as a draft: %1 Its text was kept in %2 and goes back into your drafts the next time composer starts.</source>
        <translation>Inlägget som visades tidigare kunde inte sparas som utkast: %1 Dess text sparades i %2 och återförs till dina utkast nästa gång composer startas.</translation>
    </message>
    <message>
        <source>The post shown before could not be saved as a draft: %1 It could not be kept in a file either (%2).</source>
        <translation>Inlägget som visades tidigare kunde inte sparas som utkast: %1 Det kunde inte heller sparas i en fil (%2).</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the text for {0} to the clipboard</source>
        <translation>Kopiera texten för {0} till urklipp</translation>
    </message>
    <message>
        <source>Copy the text for {0}</source>
        <translation>Kopiera texten för {0}</translation>
    </message>
    <message>
        <source>Preview on {0}</source>
        <translation>Förhandsvisning: {0}</translation>
    </message>
    <message>
        <source>Findings for {0}</source>
        <translation>Anmärkningar: {0}</translation>
    </message>
    <message>
        <source>A thread of {0} posts</source>
        <translation>En tråd med {0} inlägg</translation>
    </message>
    <message>
        <source>One post per language ({0} posts)</source>
        <translation>Ett inlägg per språk ({0} inlägg)</translation>
    </message>
    <message>
        <source>{0} more posts are not shown here; Copy and Export include them.</source>
        <translation>{0} inlägg till visas inte här; Kopiera och Exportera tar med dem.</translation>
    </message>
    <message>
        <source>Copy part {0}/{1}</source>
        <translation>Kopiera del {0}/{1}</translation>
    </message>
</context>
<context>
    <name>ChannelPreviewPanel</name>
    <message>
        <source>Copied the text for {0}.</source>
        <extracomment>Posts with more characters than this are exported off the UI thread, and so are all posts after an export took longer than SLOW_SECONDS.</extracomment>
        <translation>Texten för {0} kopierades.</translation>
    </message>
    <message>
        <source>Copied part {0} for {1}.</source>
        <translation>Del {0} för {1} kopierades.</translation>
    </message>
    <message>
        <source>Choose at least one channel to export.</source>
        <translation>Välj minst en kanal att exportera.</translation>
    </message>
    <message>
        <source>Export all channels to</source>
        <translation>Exportera alla kanaler till</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>The files could not be written: {0}</source>
        <translation>Filerna kunde inte skrivas: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fil skrevs till %1.</numerusform>
            <numerusform>%n filer skrevs till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels and previews</source>
        <translation>Kanaler och förhandsvisning</translation>
    </message>
    <message>
        <source>Publish on {0}</source>
        <translation>Publicera på {0}</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Exportera alla…</translation>
    </message>
    <message>
        <source>Export all channels</source>
        <translation>Exportera alla kanaler</translation>
    </message>
    <message>
        <source>Write one text file per selected channel into a folder</source>
        <translation>Skriv en textfil per vald kanal i en mapp</translation>
    </message>
    <message>
        <source>Choose the channels to publish on to see previews.</source>
        <translation>Välj kanalerna du publicerar på för att se förhandsvisningar.</translation>
    </message>
    <message>
        <source>Channel previews</source>
        <translation>Förhandsvisning per kanal</translation>
    </message>
    <message>
        <source>The preview could not be made: {0}</source>
        <translation>Förhandsvisningen kunde inte göras: {0}</translation>
    </message>
    <message>
        <source>Not copied: fix the errors first, or copy anyway.</source>
        <translation>Inte kopierat: rätta felen först eller kopiera ändå.</translation>
    </message>
    <message>
        <source>Nothing copied: the text for {0} is empty.</source>
        <translation>Inget kopierat: texten för {0} är tom.</translation>
    </message>
    <message>
        <source>Nothing exported: the post has no text yet.</source>
        <translation>Inget exporterat: inlägget har ingen text ännu.</translation>
    </message>
    <message>
        <source>Part {0}/{1} copied for {2}. Paste it, then Copy again for part {3}.</source>
        <translation>Del {0}/{1} kopierad för {2}. Klistra in den och kopiera sedan del {3}.</translation>
    </message>
    <message>
        <source>Part {0}/{1} copied for {2}: the whole thread is copied.</source>
        <translation>Del {0}/{1} kopierad för {2}: hela tråden är kopierad.</translation>
    </message>
    <message>
        <source>Not exported: fix the errors first, or export anyway.</source>
        <translation>Inte exporterat: rätta felen först eller exportera ändå.</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Ersätta filerna?</translation>
    </message>
    <message>
        <source>These files are already in the folder:
{0}

Replace them?</source>
        <translation>De här filerna finns redan i mappen:
{0}

Ersätta dem?</translation>
    </message>
    <message>
        <source>Nothing exported: the files are already there.</source>
        <translation>Inget exporterades: filerna finns redan.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Search in the text of every draft</source>
        <translation>Sök i texten i alla utkast</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Sök utkast</translation>
    </message>
    <message>
        <source>Show drafts with status</source>
        <translation>Visa utkast med status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Sparade utkast</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Text of the selected draft or version</source>
        <translation>Texten i det valda utkastet eller versionen</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Tidigare versioner</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Återställ den här versionen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Mark ready for re&amp;view</source>
        <translation>Markera som &amp;klar för granskning</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Ny från &amp;mall</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Klar för granskning</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporterad %1</translation>
    </message>
    <message>
        <source>saved while writing</source>
        <translation>sparad under skrivandet</translation>
    </message>
    <message>
        <source>replaced by another window</source>
        <translation>ersatt från ett annat fönster</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>marked ready for review</source>
        <translation>markerad som klar för granskning</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporterad</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importerad</translation>
    </message>
    <message>
        <source>from a template</source>
        <translation>från en mall</translation>
    </message>
    <message>
        <source>Drafts are not available.</source>
        <translation>Utkasten är inte tillgängliga.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (öppen)</translation>
    </message>
    <message>
        <source>Mark as dra&amp;ft</source>
        <translation>Markera som &amp;utkast</translation>
    </message>
    <message>
        <source>Current version, %1</source>
        <translation>Nuvarande version, %1</translation>
    </message>
    <message>
        <source>Cannot open the draft: %1</source>
        <translation>Utkastet kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>Earlier version restored; the replaced text is kept in the history.</source>
        <translation>Den tidigare versionen återställdes; den ersatta texten finns kvar i historiken.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <source>Delete “%1” and its earlier versions? This cannot be undone.</source>
        <translation>Ta bort ”%1” och dess tidigare versioner? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>No templates for this organisation</source>
        <translation>Organisationen har inga mallar</translation>
    </message>
    <message>
        <source>changed since export</source>
        <translation>ändrat efter exporten</translation>
    </message>
    <message>
        <source>kept in a file when composer closed</source>
        <translation>sparad i en fil när composer stängdes</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Text att söka</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Sök föregående</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Sök nästa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Matcha skiftläge</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Show</source>
        <extracomment>More cards than this are summarised in one line (a 60,000-character text can have hundreds of spelling findings; nobody reads past the first screens). Quick-fix buttons on a card (more suggestions are in the editor's right-click menu). Cards made at once when a result arrives; the rest follow a few per event-loop turn.</extracomment>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Select it in the text</source>
        <translation>Markera det i texten</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Anvisning</translation>
    </message>
    <message>
        <source>Open the guideline at this point</source>
        <translation>Öppna anvisningen vid den här punkten</translation>
    </message>
    <message>
        <source>Click to show it in the text</source>
        <translation>Klicka för att visa det i texten</translation>
    </message>
    <message>
        <source>Remove them all</source>
        <translation>Ta bort alla</translation>
    </message>
    <message>
        <source>Remove every one of them, in every version</source>
        <translation>Ta bort vart och ett, i alla versioner</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>Rätta alla</translation>
    </message>
    <message>
        <source>Fix in all versions</source>
        <translation>Rätta i alla versioner</translation>
    </message>
    <message>
        <source>Replace with “%1” in every version</source>
        <translation>Ersätt med ”%1” i varje version</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>List of findings</source>
        <translation>Lista över anmärkningar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Granskar…</translation>
    </message>
    <message>
        <source>Checking failed: %1</source>
        <translation>Granskningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Checking is unavailable for this text: it took too long.</source>
        <translation>Granskningen är inte tillgänglig för den här texten: den tog för lång tid.</translation>
    </message>
    <message>
        <source>Stuck in: %1.</source>
        <translation>Fastnade i: %1.</translation>
    </message>
    <message>
        <source>Checking unavailable for this text: %1 (took too long); the other checks ran.</source>
        <translation>Granskningen är inte tillgänglig för den här texten: %1 (tog för lång tid); de andra granskningarna gjordes.</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) not listed.</source>
        <translation>
            <numerusform>%n anmärkning till visas inte i listan.</numerusform>
            <numerusform>%n anmärkningar till visas inte i listan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the post follows the guideline as far as it can be checked.</source>
        <translation>Inga anmärkningar: inlägget följer anvisningen så långt det går att granska.</translation>
    </message>
    <message>
        <source>Nothing to check yet: write the post.</source>
        <translation>Inget att granska ännu: skriv inlägget.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n förslag</numerusform>
            <numerusform>%n förslag</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors: must be fixed before publishing</source>
        <translation>Fel: måste rättas före publicering</translation>
    </message>
    <message>
        <source>Warnings: very likely a problem</source>
        <translation>Varningar: mycket troligt ett problem</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
</context>
<context>
    <name>FlagTextEdit</name>
    <message>
        <source>Guideline:</source>
        <translation>Anvisning:</translation>
    </message>
    <message>
        <source>Not pasted: a version can have at most %1 characters; with this paste it would have %2.</source>
        <translation>Inte inklistrat: en språkversion kan ha högst %1 tecken; med det här skulle den ha %2.</translation>
    </message>
    <message>
        <source>This version has %1 or more characters in a row without a space: its lines now break anywhere, so that the editor stays fast. The text is unchanged.</source>
        <translation>Den här språkversionen har %1 eller fler tecken i rad utan mellanslag: dess rader bryts nu var som helst, så att redigeraren förblir snabb. Texten är oförändrad.</translation>
    </message>
</context>
<context>
    <name>GuidelineViewer</name>
    <message>
        <source>Guideline — {0}</source>
        <translation>Anvisning — {0}</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Anvisning</translation>
    </message>
    <message>
        <source>Guideline viewer</source>
        <translation>Visning av anvisningen</translation>
    </message>
    <message>
        <source>&amp;Points of the guideline</source>
        <translation>Anvisningens &amp;punkter</translation>
    </message>
    <message>
        <source>Points of the guideline</source>
        <translation>Anvisningens punkter</translation>
    </message>
    <message>
        <source>Choose a point to show it in the guideline text</source>
        <translation>Välj en punkt för att visa den i anvisningens text</translation>
    </message>
    <message>
        <source>Guideline text</source>
        <translation>Anvisningens text</translation>
    </message>
    <message>
        <source>The finding rests on this law or rule:</source>
        <translation>Anmärkningen grundar sig på denna lag eller regel:</translation>
    </message>
    <message>
        <source>Law or accessibility rule</source>
        <translation>Lag eller tillgänglighetsregel</translation>
    </message>
    <message>
        <source>Guideline not available</source>
        <translation>Anvisningen är inte tillgänglig</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Confidential information</source>
        <translation>Konfidentiell information</translation>
    </message>
    <message>
        <source>Unfinished matters</source>
        <translation>Oavslutade ärenden</translation>
    </message>
    <message>
        <source>Duty of secrecy</source>
        <translation>Tystnadsplikt</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Zero tolerance</source>
        <translation>Nolltolerans</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Personal opinions</source>
        <translation>Personliga åsikter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtaggar</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>Bilder och videor</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Försiktighet</translation>
    </message>
    <message>
        <source>The guideline file cannot be read: {0}</source>
        <translation>Anvisningsfilen kan inte läsas: {0}</translation>
    </message>
    <message>
        <source>This organisation has no guideline text.</source>
        <translation>Den här organisationen har ingen anvisningstext.</translation>
    </message>
    <message>
        <source>Not found in the guideline text: {0}</source>
        <translation>Hittades inte i anvisningens text: {0}</translation>
    </message>
    <message>
        <source>Unknown law reference: {0}</source>
        <translation>Okänd lagreferens: {0}</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Search the guideline</source>
        <translation>Sök i anvisningen</translation>
    </message>
    <message>
        <source>Words to find in the guideline</source>
        <translation>Ord att söka i anvisningen</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>hittades inte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>HashtagChips</name>
    <message>
        <source>Official hashtags</source>
        <translation>Officiella hashtaggar</translation>
    </message>
    <message>
        <source>Already in this version</source>
        <translation>Finns redan i den här språkversionen</translation>
    </message>
    <message>
        <source>Hashtag %1, already used</source>
        <translation>Hashtaggen %1, redan använd</translation>
    </message>
    <message>
        <source>Add to the end of this version</source>
        <translation>Lägg till i slutet av den här språkversionen</translation>
    </message>
    <message>
        <source>Add hashtag %1</source>
        <translation>Lägg till hashtaggen %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Finnish</source>
        <comment>inside a sentence</comment>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <comment>inside a sentence</comment>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <comment>inside a sentence</comment>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>LanguageEditor</name>
    <message>
        <source>MT</source>
        <comment>short for: machine translation</comment>
        <translation>MÖ</translation>
    </message>
    <message>
        <source>machine translation</source>
        <extracomment>The user confirmed a machine-translated text as reviewed.</extracomment>
        <translation>maskinöversättning</translation>
    </message>
    <message>
        <source>Machine translated and not yet reviewed by a person: read it, edit it or confirm it.</source>
        <translation>Maskinöversatt och ännu inte granskad av en människa: läs, redigera eller bekräfta den.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Granskad</translation>
    </message>
    <message>
        <source>I have read the machine translation and it is fine</source>
        <translation>Jag har läst maskinöversättningen och den är bra</translation>
    </message>
    <message>
        <source>Translate…</source>
        <extracomment>Drafts this version by machine translation (shown when that feature is loaded).</extracomment>
        <translation>Översätt…</translation>
    </message>
    <message>
        <source>Draft the %1 version by machine translation from another version</source>
        <translation>Maskinöversätt en annan version till ett utkast på %1</translation>
    </message>
    <message>
        <source>Write the %1 version here…</source>
        <translation>Skriv versionen på %1 här…</translation>
    </message>
    <message>
        <source>%1 version</source>
        <translation>Versionen på %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfri</translation>
    </message>
    <message>
        <source>Show the %1 version</source>
        <translation>Visa versionen på %1</translation>
    </message>
    <message>
        <source>Hide the %1 version</source>
        <translation>Dölj versionen på %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n tecken</numerusform>
            <numerusform>%n tecken</numerusform>
        </translation>
    </message>
    <message>
        <source>reads as %1</source>
        <translation>ser ut att vara på %1</translation>
    </message>
    <message>
        <source>This text looks like it is written in %1, not in %2.</source>
        <translation>Texten ser ut att vara skriven på %1, inte på %2.</translation>
    </message>
</context>
<context>
    <name>LengthGauge</name>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation>{0} av {1} {2}</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>tecken</translation>
    </message>
    <message>
        <source>{0} over the limit</source>
        <translation>{0} över gränsen</translation>
    </message>
    <message>
        <source>{0} ({1} over)</source>
        <translation>{0} ({1} för mycket)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log folder: %1</source>
        <translation>Loggmappen: %1</translation>
    </message>
    <message>
        <source>Images</source>
        <extracomment>The window was painted for the first time (start-up measurements, deferred work). Ask before New/Open/Quit throw away unsaved text (autosave turns this off).</extracomment>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>Channels and previews</source>
        <translation>Kanaler och förhandsvisning</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>Inte tillgängligt i den här versionen.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Lade till %1</translation>
    </message>
    <message>
        <source>Checking failed: %1</source>
        <translation>Granskningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Granskar…</translation>
    </message>
    <message>
        <source>No findings in the text.</source>
        <translation>Inga anmärkningar i texten.</translation>
    </message>
    <message>
        <source>Word not added</source>
        <translation>Ordet lades inte till</translation>
    </message>
    <message>
        <source>“%1” added to your dictionary.</source>
        <translation>”%1” lades till i din ordlista.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Öppnade %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Texten är inte sparad</translation>
    </message>
    <message>
        <source>This post is not saved anywhere: drafts cannot be saved right now. Save it as a post file before closing?</source>
        <translation>Inlägget är inte sparat någonstans: utkast kan inte sparas just nu. Spara det som inläggsfil innan du stänger?</translation>
    </message>
    <message>
        <source>Save as post file…</source>
        <translation>Spara som inläggsfil…</translation>
    </message>
    <message>
        <source>The post has changes that are not saved in a file. Discard them?</source>
        <translation>Inlägget har ändringar som inte har sparats i en fil. Vill du förkasta dem?</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nytt inlägg</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Spara ändringarna?</translation>
    </message>
    <message>
        <source>“%1” has changes not saved in the file. Save them?</source>
        <translation>”%1” har ändringar som inte har sparats i filen. Vill du spara dem?</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Töm listan</translation>
    </message>
</context>
<context>
    <name>MediaItem</name>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Image {0}</source>
        <translation>Bild {0}</translation>
    </message>
    <message>
        <source>Thumbnail of {0}</source>
        <translation>Miniatyr av {0}</translation>
    </message>
    <message>
        <source>Remove image {0}</source>
        <translation>Ta bort bild {0}</translation>
    </message>
    <message>
        <source>Remove this image from the post</source>
        <translation>Ta bort den här bilden från inlägget</translation>
    </message>
    <message>
        <source>Describe the image for someone who cannot see it</source>
        <translation>Beskriv bilden för den som inte kan se den</translation>
    </message>
    <message>
        <source>Alt text in {0}</source>
        <translation>Alternativtext på {0}</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Ingen förhandsvisning</translation>
    </message>
    <message>
        <source>The file was not found: {0}</source>
        <translation>Filen hittades inte: {0}</translation>
    </message>
    <message>
        <source>The image cannot be read ({0}): {1}</source>
        <translation>Bilden kan inte läsas ({0}): {1}</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>&amp;Add images…</source>
        <translation>&amp;Lägg till bilder…</translation>
    </message>
    <message>
        <source>No images. Images need alt text in every language.</source>
        <translation>Inga bilder. Bilder behöver alternativtext på alla språk.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Lägg till bilder</translation>
    </message>
    <message>
        <source>Attach images to the post</source>
        <translation>Bifoga bilder till inlägget</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Bifogade bilder</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>Bilder ({0})</translation>
    </message>
</context>
<context>
    <name>MediaPlaceholder</name>
    <message>
        <source>ALT</source>
        <extracomment>At most this many posts of a thread are drawn (Copy always takes them all). Networks whose posts show the picture above the text.</extracomment>
        <translation>ALT</translation>
    </message>
    <message>
        <source>This channel needs an image or video.</source>
        <translation>Den här kanalen behöver en bild eller video.</translation>
    </message>
    <message>
        <source>Image without alt text</source>
        <translation>Bild utan alternativtext</translation>
    </message>
    <message>
        <source>Image: {0}</source>
        <translation>Bild: {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>V&amp;erktyg</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;New post</source>
        <extracomment>(menu, action name, text, shortcut, checkable); None separates groups.</extracomment>
        <translation>&amp;Nytt inlägg</translation>
    </message>
    <message>
        <source>&amp;Open post file…</source>
        <translation>Ö&amp;ppna inläggsfil…</translation>
    </message>
    <message>
        <source>&amp;Save post file</source>
        <translation>&amp;Spara inläggsfil</translation>
    </message>
    <message>
        <source>Save post file &amp;as…</source>
        <translation>Spara inläggsfil s&amp;om…</translation>
    </message>
    <message>
        <source>&amp;Export all channels…</source>
        <translation>Exportera a&amp;lla kanaler…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>K&amp;listra in</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markera &amp;allt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Sök &amp;föregående</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>&amp;Nästa anmärkning</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>&amp;Föregående anmärkning</translation>
    </message>
    <message>
        <source>Show &amp;optional versions</source>
        <translation>Visa &amp;valfria språkversioner</translation>
    </message>
    <message>
        <source>Show the &amp;findings panel</source>
        <translation>Visa &amp;anmärkningar</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Granska nu</translation>
    </message>
    <message>
        <source>Organisation's &amp;guideline</source>
        <translation>Organisationens &amp;anvisning</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <source>&amp;About composer</source>
        <translation>&amp;Om composer</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <source>Find and rep&amp;lace…</source>
        <translation>Sök och &amp;ersätt…</translation>
    </message>
    <message>
        <source>E&amp;moji and special characters…</source>
        <translation>E&amp;mojier och specialtecken…</translation>
    </message>
    <message>
        <source>Go to version &amp;1</source>
        <translation>Gå till version &amp;1</translation>
    </message>
    <message>
        <source>Go to version &amp;2</source>
        <translation>Gå till version &amp;2</translation>
    </message>
    <message>
        <source>Go to version &amp;3</source>
        <translation>Gå till version &amp;3</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Större text</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <source>Normal text si&amp;ze</source>
        <translation>Normal te&amp;xtstorlek</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts and emoji</source>
        <translation>&amp;Kortkommandon och emojier</translation>
    </message>
</context>
<context>
    <name>PostFile</name>
    <message>
        <source>Post files (*.post.json)</source>
        <translation>Inläggsfiler (*.post.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Open post file</source>
        <translation>Öppna inläggsfil</translation>
    </message>
    <message>
        <source>Save post file</source>
        <translation>Spara inläggsfil</translation>
    </message>
    <message>
        <source>Cannot open the post file</source>
        <translation>Inläggsfilen kan inte öppnas</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 kunde inte öppnas:
%2</translation>
    </message>
    <message>
        <source>Cannot save the post file</source>
        <translation>Inläggsfilen kan inte sparas</translation>
    </message>
    <message>
        <source>%1 could not be saved:
%2</source>
        <translation>%1 kunde inte sparas:
%2</translation>
    </message>
</context>
<context>
    <name>PostHeader</name>
    <message>
        <source>The organisation's own account</source>
        <translation>Organisationens eget konto</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Förtroendevald</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who publishes</source>
        <translation>Vem som publicerar</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Published as:</source>
        <translation>&amp;Publiceras av:</translation>
    </message>
    <message>
        <source>P&amp;ublish on:</source>
        <translation>P&amp;ubliceringsdag:</translation>
    </message>
    <message>
        <source>Planned publishing day</source>
        <translation>Planerad publiceringsdag</translation>
    </message>
    <message>
        <source>The day the post is planned to be published: dates without a year are read as the next such date from it, and dates before it count as past</source>
        <translation>Dagen då inlägget är planerat att publiceras: datum utan år läses som nästa sådana datum från den, och datum före den räknas som passerade</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
</context>
<context>
    <name>PostPart</name>
    <message>
        <source>See less</source>
        <translation>Visa mindre</translation>
    </message>
    <message>
        <source>See more</source>
        <translation>Visa mer</translation>
    </message>
    <message>
        <source>Copy part {0}</source>
        <translation>Kopiera del {0}</translation>
    </message>
    <message>
        <source>Copy part {0} of {1}</source>
        <translation>Kopiera del {0} av {1}</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Del {0} av {1}</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Inläggets text</translation>
    </message>
    <message>
        <source>Length of part {0}</source>
        <translation>Längd på del {0}</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>tecken</translation>
    </message>
    <message>
        <source>Buttons under the post on {0}</source>
        <translation>Knapparna under inlägget på {0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>UI languages offered, each named in its own language. Channel figures a user can change (the disputed and plan-dependent ones).</extracomment>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Inställningssidor</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Channel limits</source>
        <translation>Kanalernas gränser</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <source>Finding messages change at once; menus and dialogs change the next time composer starts.</source>
        <translation>Anmärkningarna byter språk genast; menyer och dialoger byter nästa gång composer startas.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Gränssnittets språk:</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Stavning</translation>
    </message>
    <message>
        <source>Check the spelling of the %1 version</source>
        <translation>Kontrollera stavningen i versionen på %1</translation>
    </message>
    <message>
        <source>Some limits depend on the account's plan or the server, or the networks change them without notice. Change them here if yours differ.</source>
        <translation>Vissa gränser beror på kontots abonnemang eller servern, och tjänsterna ändrar dem utan förvarning. Ändra dem här om dina avviker.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Maximal längd</translation>
    </message>
    <message>
        <source>Hashtags at most</source>
        <translation>Högst antal hashtaggar</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <source>The preferences could not be saved: %1</source>
        <translation>Inställningarna kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>My dictionary</source>
        <translation>Min ordlista</translation>
    </message>
    <message>
        <source>The whole interface changes to the chosen language as soon as you press OK.</source>
        <translation>Hela gränssnittet byter till det valda språket så fort du trycker på OK.</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <source>Remove invisible characters</source>
        <translation>Ta bort osynliga tecken</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Ersätt med ”%1”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translation>Lägg till i min ordlista</translation>
    </message>
    <message>
        <source>Looking for more suggestions…</source>
        <translation>Söker fler förslag…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Inga förslag</translation>
    </message>
    <message>
        <source>No other suggestions</source>
        <translation>Inga andra förslag</translation>
    </message>
    <message>
        <source>Ignore in this post</source>
        <translation>Ignorera i det här inlägget</translation>
    </message>
    <message>
        <source>Ignore all until closing</source>
        <translation>Ignorera överallt tills programmet stängs</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <source>&amp;Translate a version…</source>
        <translation>Ö&amp;versätt en version…</translation>
    </message>
    <message>
        <source>Translate a version</source>
        <extracomment>A translation landed in the window: (target language, recipient).</extracomment>
        <translation>Översätt en version</translation>
    </message>
    <message>
        <source>Draft a version with machine translation. The draft is marked as machine translated until you have read it: edit it or confirm it as reviewed.</source>
        <translation>Gör ett utkast till en version med maskinöversättning. Utkastet märks som maskinöversatt tills du har läst det: redigera det eller bekräfta det som granskat.</translation>
    </message>
    <message>
        <source>Translate from</source>
        <translation>Översätt från</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Översätt till</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Waiting for the translation</source>
        <translation>Väntar på översättningen</translation>
    </message>
    <message>
        <source>Open &amp;preferences…</source>
        <translation>Öppna &amp;inställningarna…</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>Ö&amp;versätt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Machine translation is off. To use it, choose your organisation's translation service under Edit → Preferences → Translation.</source>
        <translation>Maskinöversättning är avstängd. Välj organisationens översättningstjänst under Redigera → Inställningar → Översättning för att använda den.</translation>
    </message>
    <message>
        <source>DeepL needs your organisation's API key. Enter it under Edit → Preferences → Translation.</source>
        <translation>DeepL behöver organisationens API-nyckel. Ange den under Redigera → Inställningar → Översättning.</translation>
    </message>
    <message>
        <source>The translation service is not set up: enter the LibreTranslate server's address under Edit → Preferences → Translation.</source>
        <translation>Översättningstjänsten är inte inställd: ange LibreTranslate-serverns adress under Redigera → Inställningar → Översättning.</translation>
    </message>
    <message>
        <source>All versions are empty. Write one version first; composer translates from it.</source>
        <translation>Alla versioner är tomma. Skriv först en version; composer översätter från den.</translation>
    </message>
    <message>
        <source>The %1 version will be sent to: %2</source>
        <translation>Versionen på %1 skickas till: %2</translation>
    </message>
    <message>
        <source>The %1 version already has text. You will be asked before it is replaced, and Edit → Undo brings it back.</source>
        <translation>Versionen på %1 har redan text. Du får frågan innan den ersätts, och Redigera → Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <source>composer could not reach %1. Check the network connection (and the server address in the preferences) and try again.</source>
        <translation>composer fick ingen kontakt med %1. Kontrollera nätverksanslutningen (och serverns adress i inställningarna) och försök igen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again in a moment.</source>
        <translation>%1 svarade inte inom %2 sekunder. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>%1 did not accept the API key. Check the key under Edit → Preferences → Translation.</source>
        <translation>%1 godkände inte API-nyckeln. Kontrollera nyckeln under Redigera → Inställningar → Översättning.</translation>
    </message>
    <message>
        <source>The translation quota of your %1 account is used up. It renews at the start of the next billing period, or the plan can be raised.</source>
        <translation>Översättningskvoten för ert konto hos %1 är förbrukad. Den förnyas när nästa faktureringsperiod börjar, eller så kan abonnemanget höjas.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests. Wait a moment and try again.</source>
        <translation>%1 tar emot för många förfrågningar. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>%1 cannot translate from %2 into %3.</source>
        <translation>%1 kan inte översätta från %2 till %3.</translation>
    </message>
    <message>
        <source>The translation service is not set up correctly: %2</source>
        <translation>Översättningstjänsten är inte rätt inställd: %2</translation>
    </message>
    <message>
        <source>%1 could not translate the text: %2</source>
        <translation>%1 kunde inte översätta texten: %2</translation>
    </message>
    <message>
        <source>Nothing was sent. The %1 version contains something that must not leave this computer:</source>
        <translation>Ingenting skickades. Versionen på %1 innehåller något som inte får lämna den här datorn:</translation>
    </message>
    <message>
        <source>Remove it from the text, then translate again.</source>
        <translation>Ta bort det ur texten och översätt sedan igen.</translation>
    </message>
    <message>
        <source>Replace the text?</source>
        <translation>Ersätta texten?</translation>
    </message>
    <message>
        <source>The %1 version already has text. Replace it with the machine translation? Edit → Undo brings the old text back.</source>
        <translation>Versionen på %1 har redan text. Ersätta den med maskinöversättningen? Redigera → Ångra tar tillbaka den gamla texten.</translation>
    </message>
    <message>
        <source>Checking the text and waiting for %1…</source>
        <translation>Texten kontrolleras och vi väntar på %1…</translation>
    </message>
    <message>
        <source>The %1 version was machine translated by %2. Read it before publishing.</source>
        <translation>Versionen på %1 är nu maskinöversatt av %2. Läs den innan publicering.</translation>
    </message>
    <message>
        <source>Translation cancelled.</source>
        <translation>Översättningen avbröts.</translation>
    </message>
</context>
<context>
    <name>TranslationSettingsPage</name>
    <message>
        <source>composer can draft a missing language version with the machine translation service your organisation has chosen. A version is sent only when you ask for a translation, and only after composer has checked it for personal data and confidential material.</source>
        <extracomment>DeepL plans: the option stored and the server address it stands for. What :meth:`TranslationSettingsPage.store_key` did with a typed key.</extracomment>
        <translation>composer kan göra ett utkast till en saknad språkversion med den maskinöversättningstjänst som organisationen har valt. En version skickas bara när du ber om en översättning, och först efter att composer har kontrollerat den för personuppgifter och konfidentiellt material.</translation>
    </message>
    <message>
        <source>Translation service</source>
        <translation>Översättningstjänst</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>DeepL API</source>
        <translation>DeepL API</translation>
    </message>
    <message>
        <source>LibreTranslate (your own server)</source>
        <translation>LibreTranslate (egen server)</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <source>DeepL plan</source>
        <translation>DeepL-abonnemang</translation>
    </message>
    <message>
        <source>Chosen from the key (free keys end in :fx)</source>
        <translation>Avgörs av nyckeln (gratisnycklar slutar på :fx)</translation>
    </message>
    <message>
        <source>DeepL API Free</source>
        <translation>DeepL API Free</translation>
    </message>
    <message>
        <source>DeepL API Pro</source>
        <translation>DeepL API Pro</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>En annan adress</translation>
    </message>
    <message>
        <source>DeepL server address</source>
        <translation>DeepL-serverns adress</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Abonnemang:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <source>LibreTranslate</source>
        <translation>LibreTranslate</translation>
    </message>
    <message>
        <source>LibreTranslate server address</source>
        <translation>LibreTranslate-serverns adress</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Serverns &amp;adress:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>&amp;Forget the saved key</source>
        <translation>&amp;Glöm den sparade nyckeln</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Översättning</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>API-nyckeln sparades inte</translation>
    </message>
    <message>
        <source>The credential store did not accept the API key (%1). composer uses the key until it closes; enter it again after the next start.</source>
        <translation>Lösenordsförrådet tog inte emot API-nyckeln (%1). composer använder nyckeln tills programmet stängs; ange den igen efter nästa start.</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>Nyckeln kunde inte tas bort: %1</translation>
    </message>
    <message>
        <source>The saved key was removed.</source>
        <translation>Den sparade nyckeln togs bort.</translation>
    </message>
    <message>
        <source>API key (if the server needs one)</source>
        <translation>API-nyckel (om servern kräver en)</translation>
    </message>
    <message>
        <source>A key is saved. Type a new one to replace it.</source>
        <translation>En nyckel är sparad. Skriv en ny för att ersätta den.</translation>
    </message>
    <message>
        <source>saved key (hidden)</source>
        <translation>sparad nyckel (dold)</translation>
    </message>
    <message>
        <source>A key is in use until composer closes; it is not saved.</source>
        <translation>En nyckel används tills composer stängs; den är inte sparad.</translation>
    </message>
    <message>
        <source>key for this session (hidden)</source>
        <translation>nyckel för den här sessionen (dold)</translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation>Ingen nyckel är sparad.</translation>
    </message>
    <message>
        <source>Paste the API key here</source>
        <translation>Klistra in API-nyckeln här</translation>
    </message>
    <message>
        <source>The key is kept in your system's credential store (%1), never in composer's settings file.</source>
        <translation>Nyckeln förvaras i systemets lösenordsförråd (%1), aldrig i composers inställningsfil.</translation>
    </message>
    <message>
        <source>No credential store is available on this computer, so the key cannot be saved. composer keeps it only until it closes: enter it again after the next start.</source>
        <translation>Det finns inget lösenordsförråd på den här datorn, så nyckeln kan inte sparas. composer behåller den bara tills programmet stängs: ange den igen efter nästa start.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Review comments</source>
        <translation>Granskningskommentarer</translation>
    </message>
    <message>
        <source>Comment on &amp;selection…</source>
        <translation>Kommentera &amp;markeringen…</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Inga kommentarer ännu.</translation>
    </message>
    <message>
        <source>The commented text has changed since (the comment was written on version %1).</source>
        <translation>Den kommenterade texten har ändrats sedan dess (kommentaren skrevs till version %1).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Choose a version</source>
        <translation>Välj en version</translation>
    </message>
    <message>
        <source>Two people changed this post at the same time. Both versions are kept; choose the one to continue with. The other is removed from the team space.</source>
        <translation>Två personer ändrade det här inlägget samtidigt. Båda versionerna finns kvar; välj den du vill fortsätta med. Den andra tas bort från teamets utrymme.</translation>
    </message>
    <message>
        <source>In the team space (%1, %2)</source>
        <translation>I teamets utrymme (%1, %2)</translation>
    </message>
    <message>
        <source>Kept beside it (%1, %2)</source>
        <translation>Sparad bredvid (%1, %2)</translation>
    </message>
    <message>
        <source>Keep the version in the team space</source>
        <translation>Behåll versionen i teamets utrymme</translation>
    </message>
    <message>
        <source>Keep the version beside it</source>
        <translation>Behåll versionen som sparades bredvid</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review list</source>
        <translation>Granskningslista</translation>
    </message>
    <message>
        <source>Team posts</source>
        <translation>Teamets inlägg</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Öppna fel</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Kommentera…</translation>
    </message>
    <message>
        <source>Request c&amp;hanges</source>
        <translation>Begär &amp;ändringar</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>Mark &amp;published</source>
        <translation>Markera som &amp;publicerat</translation>
    </message>
    <message>
        <source>Choose a &amp;version…</source>
        <translation>Välj &amp;version…</translation>
    </message>
    <message>
        <source>Reading the team space…</source>
        <translation>Läser teamets utrymme…</translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation>%1 redigerar</translation>
    </message>
    <message>
        <source>being edited</source>
        <translation>redigeras</translation>
    </message>
    <message>
        <source>two versions: choose one</source>
        <translation>två versioner: välj en</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>No posts in the team space yet.</source>
        <translation>Det finns inga inlägg i teamets utrymme ännu.</translation>
    </message>
    <message>
        <source>Not shown (left as they are): %1</source>
        <translation>Visas inte (lämnade som de är): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n kommentar</numerusform>
            <numerusform>%n kommentarer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the team space left alone.</source>
        <translation>
            <numerusform>%n annan fil i teamets utrymme lämnades som den är.</numerusform>
            <numerusform>%n andra filer i teamets utrymme lämnades som de är.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMessages</name>
    <message>
        <source>Someone else changed the post meanwhile. Both versions are kept in the team space; choose one in the Review list.</source>
        <translation>Någon annan ändrade inlägget under tiden. Båda versionerna finns kvar i teamets utrymme; välj en i granskningslistan.</translation>
    </message>
    <message>
        <source>The post's status changed meanwhile; nothing was changed.</source>
        <translation>Inläggets status ändrades under tiden; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The post has open errors.</source>
        <translation>Inlägget har öppna fel.</translation>
    </message>
    <message>
        <source>This post was written by a newer composer. Update composer to open it; the file was left as it is.</source>
        <translation>Det här inlägget skrevs med en nyare composer. Uppdatera composer för att öppna det; filen lämnades som den är.</translation>
    </message>
    <message>
        <source>A file in the team space is not a usable post; it was left as it is.</source>
        <translation>En fil i teamets utrymme är inte ett användbart inlägg; den lämnades som den är.</translation>
    </message>
    <message>
        <source>The team space refused access. Check the user name and password in Preferences.</source>
        <translation>Teamets utrymme nekade åtkomst. Kontrollera användarnamnet och lösenordet i inställningarna.</translation>
    </message>
    <message>
        <source>Not found in the team space.</source>
        <translation>Hittades inte i teamets utrymme.</translation>
    </message>
    <message>
        <source>Someone is editing it; try again later. Your change is kept.</source>
        <translation>Någon redigerar det; försök igen senare. Din ändring finns kvar.</translation>
    </message>
    <message>
        <source>The team space's server failed. Your change is kept and sent later.</source>
        <translation>Servern för teamets utrymme misslyckades. Din ändring finns kvar och skickas senare.</translation>
    </message>
    <message>
        <source>The team space cannot be reached. Your change is kept and sent when it can be.</source>
        <translation>Teamets utrymme kan inte nås. Din ändring finns kvar och skickas när det går.</translation>
    </message>
    <message>
        <source>The team space settings cannot be used.</source>
        <translation>Inställningarna för teamets utrymme kan inte användas.</translation>
    </message>
    <message>
        <source>The post cannot be used.</source>
        <translation>Inlägget kan inte användas.</translation>
    </message>
    <message>
        <source>The team space did not accept the change.</source>
        <translation>Teamets utrymme tog inte emot ändringen.</translation>
    </message>
</context>
<context>
    <name>TeamReview</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Klart för granskning</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Ändringar begärda</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
</context>
<context>
    <name>TeamSettingsPage</name>
    <message>
        <source>Share posts for review through a folder your organisation already has (a network drive or a synchronised folder) or a WebDAV address such as Nextcloud's. Leave it empty to work alone.</source>
        <translation>Dela inlägg för granskning via en mapp som organisationen redan har (en nätverksenhet eller en synkroniserad mapp) eller en WebDAV-adress, till exempel Nextclouds. Lämna tomt om du arbetar ensam.</translation>
    </message>
    <message>
        <source>Team space</source>
        <translation>Teamets utrymme</translation>
    </message>
    <message>
        <source>a folder, or https://…/remote.php/dav/files/USER/…</source>
        <translation>en mapp eller https://…/remote.php/dav/files/ANVÄNDARE/…</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Välj &amp;mapp…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Your name on comments</source>
        <translation>Ditt namn på kommentarer</translation>
    </message>
    <message>
        <source>Password or app token</source>
        <translation>Lösenord eller apptoken</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
    <message>
        <source>Web addresses must use https. The password is kept in the system's credential store; for Nextcloud, create an app password in its security settings.</source>
        <translation>Webbadresser måste använda https. Lösenordet sparas i systemets nyckelring; för Nextcloud skapar du ett applösenord i dess säkerhetsinställningar.</translation>
    </message>
    <message>
        <source>Team &amp;space:</source>
        <translation>Teamets &amp;utrymme:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>Team space folder</source>
        <translation>Mapp för teamets utrymme</translation>
    </message>
    <message>
        <source>Web addresses must use https (plain http only on this computer's own loopback address).</source>
        <translation>Webbadresser måste använda https (vanlig http bara på den här datorns egen loopback-adress).</translation>
    </message>
    <message>
        <source>Password kept until composer closes</source>
        <translation>Lösenordet sparas tills composer stängs</translation>
    </message>
    <message>
        <source>This computer has no credential store, so the password is used only until composer closes.</source>
        <translation>Den här datorn har ingen nyckelring, så lösenordet används bara tills composer stängs.</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message numerus="yes">
        <source>%n change(s) not sent (Team menu)</source>
        <translation>
            <numerusform>%n ändring skickades inte (Team-menyn)</numerusform>
            <numerusform>%n ändringar skickades inte (Team-menyn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes &amp;not sent…</source>
        <translation>Ändringar som &amp;inte skickades…</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>&amp;Send for review</source>
        <translation>&amp;Skicka för granskning</translation>
    </message>
    <message>
        <source>&amp;Review list…</source>
        <translation>&amp;Granskningslista…</translation>
    </message>
    <message>
        <source>Review &amp;comments</source>
        <translation>Gransknings&amp;kommentarer</translation>
    </message>
    <message>
        <source>Send &amp;waiting changes now</source>
        <translation>Skicka &amp;väntande ändringar nu</translation>
    </message>
    <message>
        <source>No team space</source>
        <translation>Inget teamutrymme</translation>
    </message>
    <message>
        <source>Choose the team space (a shared folder or a WebDAV address) in Edit › Preferences › Team space first.</source>
        <translation>Välj först teamets utrymme (en delad mapp eller en WebDAV-adress) under Redigera › Inställningar › Teamets utrymme.</translation>
    </message>
    <message>
        <source>Two versions kept</source>
        <translation>Två versioner sparade</translation>
    </message>
    <message>
        <source>Write the post first.</source>
        <translation>Skriv inlägget först.</translation>
    </message>
    <message>
        <source>Sent for review, joined with another person's change to: %1.</source>
        <translation>Skickat för granskning och sammanfogat med en annan persons ändring i: %1.</translation>
    </message>
    <message>
        <source>Sent for review.</source>
        <translation>Skickat för granskning.</translation>
    </message>
    <message>
        <source>The team space cannot be reached; the post waits in the outbox and is sent when it can be.</source>
        <translation>Teamets utrymme kan inte nås; inlägget väntar i utkorgen och skickas när det går.</translation>
    </message>
    <message>
        <source>Sending for review…</source>
        <translation>Skickar för granskning…</translation>
    </message>
    <message>
        <source>%1 is editing this post (until %2).</source>
        <translation>%1 redigerar det här inlägget (till %2).</translation>
    </message>
    <message>
        <source>%1 · version %2 · by %3</source>
        <translation>%1 · version %2 · av %3</translation>
    </message>
    <message>
        <source>Comment on «%1»:</source>
        <translation>Kommentar till «%1»:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Approve your own post?</source>
        <translation>Godkänna ditt eget inlägg?</translation>
    </message>
    <message>
        <source>You sent this post for review yourself. Approve it without another person's reading?</source>
        <translation>Du skickade själv inlägget för granskning. Godkänna det utan att någon annan har läst det?</translation>
    </message>
    <message>
        <source>Approve with open errors?</source>
        <translation>Godkänna trots öppna fel?</translation>
    </message>
    <message>
        <source>There is only one version now.</source>
        <translation>Nu finns det bara en version.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent to the team space.</source>
        <translation>
            <numerusform>%n ändring skickad till teamets utrymme.</numerusform>
            <numerusform>%n ändringar skickade till teamets utrymme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ändring väntar på att skickas</numerusform>
            <numerusform>%n ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This post has %n open error(s). Approve it anyway? Your approval records that you accepted them.</source>
        <translation>
            <numerusform>Inlägget har %n öppet fel. Godkänna ändå? Ditt godkännande registrerar att du accepterade det.</numerusform>
            <numerusform>Inlägget har %n öppna fel. Godkänna ändå? Ditt godkännande registrerar att du accepterade dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
</context>
<context>
    <name>UnsentDialog</name>
    <message>
        <source>Status change</source>
        <translation>Statusändring</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Skickande för granskning</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Släng</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>The team space did not accept these changes. Try again once the reason is dealt with, or discard them.</source>
        <translation>Teamets utrymme tog inte emot de här ändringarna. Försök igen när orsaken är åtgärdad, eller släng dem.</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Ändringar som inte skickades</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>Errors must be fixed before publishing</source>
        <translation>Felen måste rättas före publicering</translation>
    </message>
    <message numerus="yes">
        <source>The text for {0} has %n error(s) that must be fixed before publishing:</source>
        <translation>
            <numerusform>Texten för {0} har %n fel som måste rättas före publicering:</numerusform>
            <numerusform>Texten för {0} har %n fel som måste rättas före publicering:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The post has %n error(s) that must be fixed before publishing on {0}:</source>
        <translation>
            <numerusform>Inlägget har %n fel som måste rättas före publicering på {0}:</numerusform>
            <numerusform>Inlägget har %n fel som måste rättas före publicering på {0}:</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Copy anyway?</source>
        <translation>Kopiera ändå?</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Exportera ändå?</translation>
    </message>
    <message>
        <source>Copy anyway</source>
        <translation>Kopiera ändå</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportera ändå</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <source>{0} needs an image or a video.</source>
        <translation>{0} kräver en bild eller video.</translation>
    </message>
    <message>
        <source>Image 1 of {0}</source>
        <translation>Bild 1 av {0}</translation>
    </message>
</context>
<context>
    <name>NetworkLook</name>
    <message>
        <source>See more</source>
        <translation>Visa mer</translation>
    </message>
    <message>
        <source>…see more</source>
        <translation>…visa mer</translation>
    </message>
    <message>
        <source>… more</source>
        <translation>… mer</translation>
    </message>
    <message>
        <source>…more</source>
        <translation>…mer</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Visa fler</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>Image without alt text</source>
        <translation>Bild utan alternativtext</translation>
    </message>
    <message>
        <source>ALT: {0}</source>
        <translation>ALT: {0}</translation>
    </message>
    <message>
        <source>Image: {0}</source>
        <translation>Bild: {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
</context>
<context>
    <name>PreviewImages</name>
    <message>
        <source>The image file is missing.</source>
        <translation>Bildfilen saknas.</translation>
    </message>
    <message>
        <source>The image is too large to preview ({0}).</source>
        <translation>Bilden är för stor att förhandsvisa ({0}).</translation>
    </message>
    <message>
        <source>The image cannot be read: {0}</source>
        <translation>Bilden kan inte läsas: {0}</translation>
    </message>
</context>
<context>
    <name>PublishGate</name>
    <message numerus="yes">
        <source>%n error(s) not fixed: went out anyway.</source>
        <translation>
            <numerusform>%n fel har inte rättats: det gick ut ändå.</numerusform>
            <numerusform>%n fel har inte rättats: de gick ut ändå.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) still open.</source>
        <translation>
            <numerusform>%n varning är fortfarande öppen.</numerusform>
            <numerusform>%n varningar är fortfarande öppna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DictionaryManager</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Words in your dictionary</source>
        <translation>Orden i din ordlista</translation>
    </message>
    <message>
        <source>New word</source>
        <translation>Nytt ord</translation>
    </message>
    <message>
        <source>A word to accept</source>
        <translation>Ett ord som ska godkännas</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Words you added with “Add to dictionary”. Double-click a word to correct it.</source>
        <translation>Ord som du har lagt till i din ordlista. Dubbelklicka på ett ord för att rätta det.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Inte ändrat: %1</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Emoji and special characters</source>
        <translation>Emojier och specialtecken</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emojier</translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation>Specialtecken</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Sök och ersätt</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>E&amp;rsätt med:</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Matcha skiftläge</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersätt</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Ersätt &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Text att söka</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Ersättningstext</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n version(s)</source>
        <translation>
            <numerusform>i %n version</numerusform>
            <numerusform>i %n versioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>Ersatte %n träff</numerusform>
            <numerusform>Ersatte %n träffar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to composer</source>
        <translation>Välkommen till composer</translation>
    </message>
    <message>
        <source>composer helps you write a post in every language your organisation uses and checks it against your organisation's social media guideline as you type. Nothing leaves this computer unless you ask for a machine translation.</source>
        <translation>composer hjälper dig att skriva ett inlägg på alla språk som din organisation använder och granskar det mot organisationens anvisning för sociala medier medan du skriver. Ingenting lämnar datorn om du inte ber om en maskinöversättning.</translation>
    </message>
    <message>
        <source>&amp;Which organisation do you write for?</source>
        <translation>&amp;Vilken organisation skriver du för?</translation>
    </message>
    <message>
        <source>&amp;Usually published as:</source>
        <translation>&amp;Publiceras oftast som:</translation>
    </message>
    <message>
        <source>You can change both at any time above the editors.</source>
        <translation>Du kan ändra båda när som helst ovanför textfälten.</translation>
    </message>
    <message>
        <source>&amp;Start writing</source>
        <translation>&amp;Börja skriva</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Findings</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>Channels and previews</source>
        <translation>Kanaler och förhandsvisning</translation>
    </message>
    <message>
        <source>Show the &amp;findings</source>
        <translation>Visa &amp;anmärkningarna</translation>
    </message>
    <message>
        <source>Show the channel pre&amp;views</source>
        <translation>Visa kanalernas för&amp;handsvisning</translation>
    </message>
</context>
<context>
    <name>WritingTools</name>
    <message>
        <source>Windows: Win+. (or Win+;) opens the emoji panel.</source>
        <translation>Windows: Win+. (eller Win+;) öppnar emojipanelen.</translation>
    </message>
    <message>
        <source>macOS: Ctrl+Cmd+Space opens Emoji &amp; Symbols.</source>
        <translation>macOS: Ctrl+Cmd+blanksteg öppnar emojier och symboler.</translation>
    </message>
    <message>
        <source>Edit → Emoji and special characters (Ctrl+.) opens a small picker.</source>
        <translation>Redigera → Emojier och specialtecken (Ctrl+.) öppnar en liten väljare.</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3 (or Alt+1, 2, 3): go to the version in that column</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3 (eller Alt+1, 2, 3): gå till versionen i den kolumnen</translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous finding in the text</source>
        <translation>F8 / Skift+F8: nästa / föregående anmärkning i texten</translation>
    </message>
    <message>
        <source>Shift+F10 or the menu key: the editor's menu with corrections</source>
        <translation>Skift+F10 eller menytangenten: textfältets meny med rättelser</translation>
    </message>
    <message>
        <source>Ctrl+F: find; Ctrl+H: find and replace in every version</source>
        <translation>Ctrl+F: sök; Ctrl+H: sök och ersätt i alla versioner</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Y or Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Y eller Ctrl+Skift+Z: ångra / gör om</translation>
    </message>
    <message>
        <source>Ctrl+plus / Ctrl+minus / Ctrl+0: text size</source>
        <translation>Ctrl+plus / Ctrl+minus / Ctrl+0: textstorlek</translation>
    </message>
    <message>
        <source>Ctrl+E: export all channels to a folder (File menu)</source>
        <translation>Ctrl+E: exportera alla kanaler till en mapp (Arkiv-menyn)</translation>
    </message>
    <message>
        <source>Tab: the next field, the findings and their buttons</source>
        <translation>Tabb: nästa fält, anmärkningarna och deras knappar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts and emoji</source>
        <translation>Kortkommandon och emojier</translation>
    </message>
</context>
<context>
    <name>ReadabilityBadge</name>
    <message>
        <source>Clear</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Fairly clear</source>
        <translation>Ganska klar</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Tung</translation>
    </message>
    <message>
        <source>Plain language: %1. What raises it: %2.</source>
        <translation>Klarspråk: %1. Vad som gör texten tyngre: %2.</translation>
    </message>
    <message>
        <source>Plain language: clear. Short sentences and familiar words.</source>
        <translation>Klarspråk: klar. Korta meningar och välkända ord.</translation>
    </message>
    <message>
        <source>chains of genitive nouns</source>
        <translation>kedjor av substantiv i genitiv</translation>
    </message>
    <message>
        <source>long sentences</source>
        <translation>långa meningar</translation>
    </message>
    <message>
        <source>long words</source>
        <translation>långa ord</translation>
    </message>
    <message>
        <source>mostly passive verbs</source>
        <translation>mest verb i passiv</translation>
    </message>
    <message>
        <source>nominal style (“-minen” nouns)</source>
        <translation>nominalstil (substantiv på ”-minen”)</translation>
    </message>
    <message>
        <source>participle constructions</source>
        <translation>participkonstruktioner</translation>
    </message>
    <message>
        <source>readability index LIX %1</source>
        <translation>läsbarhetsindex LIX %1</translation>
    </message>
</context>
</TS>