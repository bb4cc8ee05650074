<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>About composer</source>
        <translation>Tietoja composerista</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>A post composer with a guideline assistant for the communications staff of Finnish municipalities. Works fully offline.</source>
        <translation>Julkaisujen laatimistyökalu ohjeavustajalla suomalaisten kuntien viestijöille. Toimii kokonaan ilman verkkoyhteyttä.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Licence: GNU General Public License, version 3 or later. This program comes with absolutely no warranty; you may share and change it under that licence.</source>
        <translation>Lisenssi: GNU General Public License, versio 3 tai uudempi. Ohjelmalla ei ole minkäänlaista takuuta; saat jakaa ja muuttaa sitä lisenssin ehtojen mukaisesti.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Included components and their licences</source>
        <translation>Mukana olevat osat ja niiden lisenssit</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Component</source>
        <translation>Osa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Licence</source>
        <translation>Lisenssi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Used for</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Full licence texts: %1</source>
        <translation>Lisenssien koko tekstit: %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Runs the program</source>
        <translation>Suorittaa ohjelman</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>User interface</source>
        <translation>Käyttöliittymä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Connects the program to Qt</source>
        <translation>Yhdistää ohjelman Qt:hen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Finnish spelling and word forms</source>
        <translation>Suomen oikeinkirjoitus ja sanamuodot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Finnish dictionary</source>
        <translation>Suomen sanasto</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Used by Voikko</source>
        <translation>Voikon käyttämä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Swedish and English spelling</source>
        <translation>Ruotsin ja englannin oikeinkirjoitus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Connects the program to Hunspell</source>
        <translation>Yhdistää ohjelman Hunspelliin</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Swedish dictionary</source>
        <translation>Ruotsin sanasto</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>British English dictionary</source>
        <translation>Brittienglannin sanasto</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Ranks English suggestions</source>
        <translation>Järjestää englannin korjausehdotukset</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Recognises the language of a text</source>
        <translation>Tunnistaa tekstin kielen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Finds phone numbers</source>
        <translation>Löytää puhelinnumerot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Finds identity codes and bank account numbers</source>
        <translation>Löytää henkilötunnukset ja tilinumerot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Text patterns</source>
        <translation>Säännölliset lausekkeet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Keeps translation service keys safe</source>
        <translation>Säilyttää käännöspalvelujen avaimet turvassa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Optional machine translation</source>
        <translation>Valinnainen konekäännös</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Finds the settings folders</source>
        <translation>Löytää asetuskansiot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/about.py" />
        <source>Used by Qt and Voikko</source>
        <translation>Qt:n ja Voikon käyttämä</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="272" />
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="273" />
        <source>Copy the text for {0} to the clipboard</source>
        <translation>Kopioi palvelun {0} teksti leikepöydälle</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="274" />
        <source>Copy the text for {0}</source>
        <translation>Kopioi palvelun {0} teksti</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="275" />
        <source>Preview on {0}</source>
        <translation>Esikatselu: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="276" />
        <source>Findings for {0}</source>
        <translation>Havainnot: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="304" />
        <source>A thread of {0} posts</source>
        <translation>Ketju, jossa {0} julkaisua</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="346" />
        <source>One post per language ({0} posts)</source>
        <translation>Yksi julkaisu kullakin kielellä ({0} julkaisua)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="352" />
        <source>{0} more posts are not shown here; Copy and Export include them.</source>
        <translation>Vielä {0} julkaisua ei näy tässä; Kopioi ja Vie sisältävät ne.</translation>
    </message>
</context>
<context>
    <name>ChannelPreviewPanel</name>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="264" />
        <source>Copied the text for {0}.</source>
        <extracomment>Join of thread parts on the clipboard, as ``composer export`` prints them. Posts with more characters than this are exported off the UI thread.</extracomment>
        <translation>Palvelun {0} teksti kopioitiin.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="266" />
        <source>Copied part {0} for {1}.</source>
        <translation>Palvelun {1} osa {0} kopioitiin.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="279" />
        <source>Choose at least one channel to export.</source>
        <translation>Valitse vähintään yksi kanava vietäväksi.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="281" />
        <source>Export all channels to</source>
        <translation>Vie kaikki kanavat kansioon</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="287" />
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="288" />
        <source>The files could not be written: {0}</source>
        <translation>Tiedostoja ei voitu kirjoittaa: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="290" />
        <source>Wrote {0} files to {1}.</source>
        <translation>{0} tiedostoa kirjoitettiin kansioon {1}.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="295" />
        <source>Channels and previews</source>
        <translation>Kanavat ja esikatselu</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="297" />
        <source>Publish on {0}</source>
        <translation>Julkaise palvelussa {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="298" />
        <source>Export all…</source>
        <translation>Vie kaikki…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="299" />
        <source>Export all channels</source>
        <translation>Vie kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="301" />
        <source>Write one text file per selected channel into a folder</source>
        <translation>Kirjoita kansioon yksi tekstitiedosto kutakin valittua kanavaa kohti</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="302" />
        <source>Choose the channels to publish on to see previews.</source>
        <translation>Valitse julkaisukanavat, niin näet esikatselun.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="303" />
        <source>Channel previews</source>
        <translation>Kanavien esikatselu</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/channel_preview.py" line="349" />
        <source>The preview could not be made: {0}</source>
        <translation>Esikatselua ei voitu tehdä: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="28" />
        <source>Find:</source>
        <translation>Etsi:</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="30" />
        <source>Text to find</source>
        <translation>Etsittävä teksti</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="35" />
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="36" />
        <source>Find previous</source>
        <translation>Etsi edellinen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="38" />
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="39" />
        <source>Find next</source>
        <translation>Etsi seuraava</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="41" />
        <location filename="../src/composer/ui/find_bar.py" line="42" />
        <source>Match case</source>
        <translation>Sama kirjainkoko</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="47" />
        <location filename="../src/composer/ui/find_bar.py" line="48" />
        <source>Close the find bar</source>
        <translation>Sulje hakupalkki</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/find_bar.py" line="108" />
        <source>Not found</source>
        <translation>Ei löytynyt</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="89" />
        <source>Show</source>
        <extracomment>More cards than this are summarised in one line (a 60,000-character text can have hundreds of spelling findings; nobody reads past the first screens).</extracomment>
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="89" />
        <source>Select it in the text</source>
        <translation>Valitse se tekstistä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="96" />
        <source>Guideline</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="96" />
        <source>Open the guideline at this point</source>
        <translation>Avaa ohje tästä kohdasta</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="108" />
        <source>Click to show it in the text</source>
        <translation>Napsauta, niin kohta näytetään tekstissä</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="135" />
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="136" />
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="137" />
        <source>Suggestion</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="152" />
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="167" />
        <source>List of findings</source>
        <translation>Havaintoluettelo</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="199" />
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="202" />
        <source>Checking failed: %1</source>
        <translation>Tarkistus epäonnistui: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/composer/ui/findings_panel.py" line="225" />
        <source>%n more finding(s) not listed.</source>
        <translation><numerusform>%n havainto lisää ei näy luettelossa.</numerusform><numerusform>%n havaintoa lisää ei näy luettelossa.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="230" />
        <source>No findings: the post follows the guideline as far as it can be checked.</source>
        <translation>Ei havaintoja: julkaisu noudattaa ohjetta siltä osin kuin sen voi tarkistaa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/composer/ui/findings_panel.py" line="234" />
        <source>%n error(s)</source>
        <translation><numerusform>%n virhe</numerusform><numerusform>%n virhettä</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/composer/ui/findings_panel.py" line="236" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n varoitus</numerusform><numerusform>%n varoitusta</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/composer/ui/findings_panel.py" line="238" />
        <source>%n suggestion(s)</source>
        <translation><numerusform>%n ehdotus</numerusform><numerusform>%n ehdotusta</numerusform></translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="280" />
        <source>Errors: must be fixed before publishing</source>
        <translation>Virheet: korjattava ennen julkaisua</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="281" />
        <source>Warnings: very likely a problem</source>
        <translation>Varoitukset: todennäköisesti ongelma</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/findings_panel.py" line="282" />
        <source>Suggestions</source>
        <translation>Ehdotukset</translation>
    </message>
</context>
<context>
    <name>FlagTextEdit</name>
    <message>
        <location filename="../src/composer/ui/editors.py" line="62" />
        <source>Guideline:</source>
        <extracomment>Offers extra corrections for a flagged word: (word, language) -&gt; suggestions.</extracomment>
        <translation>Ohje:</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="94" />
        <source>Replace with “%1”</source>
        <translation>Korvaa: ”%1”</translation>
    </message>
</context>
<context>
    <name>GuidelineViewer</name>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="207" />
        <source>Guideline — {0}</source>
        <translation>Ohje — {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="208" />
        <source>Guideline</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="209" />
        <source>Guideline viewer</source>
        <translation>Ohjeen katselu</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="210" />
        <source>&amp;Points of the guideline</source>
        <translation>Ohjeen &amp;kohdat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="211" />
        <source>Points of the guideline</source>
        <translation>Ohjeen kohdat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="213" />
        <source>Choose a point to show it in the guideline text</source>
        <translation>Valitse kohta, niin se näytetään ohjeen tekstissä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="214" />
        <source>Guideline text</source>
        <translation>Ohjeen teksti</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="215" />
        <source>The finding rests on this law or rule:</source>
        <translation>Havainto perustuu tähän lakiin tai sääntöön:</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="216" />
        <source>Law or accessibility rule</source>
        <translation>Laki tai saavutettavuussääntö</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="217" />
        <source>Guideline not available</source>
        <translation>Ohje ei ole saatavilla</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="221" />
        <source>Personal data</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="222" />
        <source>Confidential information</source>
        <translation>Luottamukselliset tiedot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="223" />
        <source>Unfinished matters</source>
        <translation>Keskeneräiset asiat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="224" />
        <source>Duty of secrecy</source>
        <translation>Vaitiolovelvollisuus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="225" />
        <source>Security</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="226" />
        <source>Tone</source>
        <translation>Sävy</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="227" />
        <source>Zero tolerance</source>
        <translation>Nollatoleranssi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="228" />
        <source>Facts</source>
        <translation>Tosiasiat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="229" />
        <source>Personal opinions</source>
        <translation>Omat mielipiteet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="230" />
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="231" />
        <source>Hashtags</source>
        <translation>Aihetunnisteet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="232" />
        <source>Links</source>
        <translation>Linkit</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="233" />
        <source>Images and videos</source>
        <translation>Kuvat ja videot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="234" />
        <source>Accessibility</source>
        <translation>Saavutettavuus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="235" />
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="236" />
        <source>Accounts</source>
        <translation>Tilit</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="237" />
        <source>Caution</source>
        <translation>Varovaisuus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="247" />
        <source>The guideline file cannot be read: {0}</source>
        <translation>Ohjetiedostoa ei voi lukea: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="253" />
        <source>This organisation has no guideline text.</source>
        <translation>Tällä organisaatiolla ei ole ohjetekstiä.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="266" />
        <source>Not found in the guideline text: {0}</source>
        <translation>Ei löydy ohjeen tekstistä: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/guideline_viewer.py" line="277" />
        <source>Unknown law reference: {0}</source>
        <translation>Tuntematon lakiviittaus: {0}</translation>
    </message>
</context>
<context>
    <name>HashtagChips</name>
    <message>
        <location filename="../src/composer/ui/hashtag_chips.py" line="72" />
        <source>Official hashtags</source>
        <translation>Viralliset aihetunnisteet</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/hashtag_chips.py" line="112" />
        <source>Already in this version</source>
        <translation>On jo tässä kieliversiossa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/hashtag_chips.py" line="113" />
        <source>Hashtag %1, already used</source>
        <translation>Aihetunniste %1, jo käytössä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/hashtag_chips.py" line="115" />
        <source>Add to the end of this version</source>
        <translation>Lisää tämän kieliversion loppuun</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/hashtag_chips.py" line="116" />
        <source>Add hashtag %1</source>
        <translation>Lisää aihetunniste %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="11" />
        <source>Finnish</source>
        <translation>Suomeksi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="12" />
        <source>Swedish</source>
        <translation>Ruotsiksi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="13" />
        <source>English</source>
        <translation>Englanniksi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="21" />
        <source>Finnish</source>
        <comment>inside a sentence</comment>
        <translation>suomenkielinen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="22" />
        <source>Swedish</source>
        <comment>inside a sentence</comment>
        <translation>ruotsinkielinen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/language_names.py" line="23" />
        <source>English</source>
        <comment>inside a sentence</comment>
        <translation>englanninkielinen</translation>
    </message>
</context>
<context>
    <name>LanguageEditor</name>
    <message>
        <location filename="../src/composer/ui/editors.py" line="154" />
        <source>Write the %1 version here…</source>
        <translation>Kirjoita %1 versio tähän…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="159" />
        <source>%1 version</source>
        <translation>%1 versio</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="180" />
        <source>required</source>
        <translation>pakollinen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="180" />
        <source>optional</source>
        <translation>valinnainen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="207" />
        <source>Show the %1 version</source>
        <translation>Näytä %1 versio</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="207" />
        <source>Hide the %1 version</source>
        <translation>Piilota %1 versio</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/composer/ui/editors.py" line="213" />
        <source>%n character(s)</source>
        <translation><numerusform>%n merkki</numerusform><numerusform>%n merkkiä</numerusform></translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="223" />
        <source>reads as %1</source>
        <translation>näyttää olevan %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/editors.py" line="230" />
        <source>This text looks like it is written in %1, not in %2.</source>
        <translation>Teksti näyttää olevan %1 eikä %2.</translation>
    </message>
</context>
<context>
    <name>LengthGauge</name>
    <message>
        <location filename="../src/composer/ui/preview_gauge.py" line="37" />
        <source>Length</source>
        <translation>Pituus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_gauge.py" line="67" />
        <source>{0} of {1} {2}</source>
        <translation>{0}/{1} {2}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_gauge.py" line="69" />
        <source>characters</source>
        <translation>merkkiä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_gauge.py" line="71" />
        <source>{0} over the limit</source>
        <translation>{0} yli rajan</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_gauge.py" line="79" />
        <source>{0} ({1} over)</source>
        <translation>{0} ({1} liikaa)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="133" />
        <source>Images</source>
        <extracomment>The window was painted for the first time (start-up measurements, deferred work). Ask before New/Open/Quit throw away unsaved text (autosave turns this off).</extracomment>
        <translation>Kuvat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="138" />
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="139" />
        <source>Channels and previews</source>
        <translation>Kanavat ja esikatselu</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="172" />
        <source>Not available in this version.</source>
        <translation>Ei käytettävissä tässä versiossa.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="335" />
        <source>Added %1</source>
        <translation>Lisätty %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="355" />
        <source>Checking failed: %1</source>
        <translation>Tarkistus epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="363" />
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="393" />
        <source>No findings in the text.</source>
        <translation>Tekstissä ei ole havaintoja.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="424" />
        <source>Word not added</source>
        <translation>Sanaa ei lisätty</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="427" />
        <source>“%1” added to your dictionary.</source>
        <translation>”%1” lisättiin omaan sanastoosi.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="500" />
        <source>Opened %1</source>
        <translation>Avattu %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="518" />
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="526" />
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="527" />
        <source>The post has changes that are not saved in a file. Discard them?</source>
        <translation>Julkaisussa on muutoksia, joita ei ole tallennettu tiedostoon. Hylätäänkö ne?</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/main_window.py" line="539" />
        <source>New post</source>
        <translation>Uusi julkaisu</translation>
    </message>
</context>
<context>
    <name>MediaItem</name>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="104" />
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="125" />
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="146" />
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="146" />
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="147" />
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="151" />
        <source>Image {0}</source>
        <translation>Kuva {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="152" />
        <source>Thumbnail of {0}</source>
        <translation>Pienoiskuva: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="153" />
        <source>Remove image {0}</source>
        <translation>Poista kuva {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="154" />
        <source>Remove this image from the post</source>
        <translation>Poista tämä kuva julkaisusta</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="164" />
        <source>Describe the image for someone who cannot see it</source>
        <translation>Kuvaile kuva sille, joka ei näe sitä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="165" />
        <source>Alt text in {0}</source>
        <translation>Vaihtoehtoinen teksti, kieli: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="190" />
        <source>No preview</source>
        <translation>Ei esikatselua</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="192" />
        <source>The file was not found: {0}</source>
        <translation>Tiedostoa ei löytynyt: {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="194" />
        <source>The image cannot be read ({0}): {1}</source>
        <translation>Kuvaa ei voi lukea ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="137" />
        <source>Alt text</source>
        <translation>Vaihtoehtoinen teksti</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="230" />
        <source>&amp;Add images…</source>
        <translation>&amp;Lisää kuvia…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="232" />
        <source>No images. Images need alt text in every language.</source>
        <translation>Ei kuvia. Kuvat tarvitsevat vaihtoehtoisen tekstin jokaisella kielellä.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="258" />
        <source>Images</source>
        <translation>Kuvat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="259" />
        <location filename="../src/composer/ui/media_panel.py" line="310" />
        <source>Add images</source>
        <translation>Lisää kuvia</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="260" />
        <source>Attach images to the post</source>
        <translation>Liitä kuvia julkaisuun</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="261" />
        <source>Attached images</source>
        <translation>Liitetyt kuvat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/media_panel.py" line="312" />
        <source>Images ({0})</source>
        <translation>Kuvat ({0})</translation>
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
        <translation>Tämä kanava tarvitsee kuvan tai videon.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="86" />
        <source>Image without alt text</source>
        <translation>Kuva ilman vaihtoehtoista tekstiä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="93" />
        <source>Image: {0}</source>
        <translation>Kuva: {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../src/composer/ui/menus.py" line="23" />
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="24" />
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="25" />
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="26" />
        <source>&amp;Tools</source>
        <translation>T&amp;yökalut</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="27" />
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="32" />
        <source>&amp;New post</source>
        <extracomment>(menu, action name, text, shortcut, checkable); None separates groups.</extracomment>
        <translation>&amp;Uusi julkaisu</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="33" />
        <source>&amp;Open post file…</source>
        <translation>&amp;Avaa julkaisutiedosto…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="34" />
        <source>&amp;Save post file</source>
        <translation>&amp;Tallenna julkaisutiedosto</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="35" />
        <source>Save post file &amp;as…</source>
        <translation>Tallenna julkaisutiedosto &amp;nimellä…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="37" />
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="38" />
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="39" />
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="41" />
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="42" />
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="43" />
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="44" />
        <source>Select &amp;all</source>
        <translation>&amp;Valitse kaikki</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="46" />
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="47" />
        <source>Find &amp;next</source>
        <translation>Etsi &amp;seuraava</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="48" />
        <source>Find pre&amp;vious</source>
        <translation>Etsi e&amp;dellinen</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="51" />
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="52" />
        <source>&amp;Next finding</source>
        <translation>&amp;Seuraava havainto</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="53" />
        <source>&amp;Previous finding</source>
        <translation>&amp;Edellinen havainto</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="56" />
        <source>Show &amp;optional versions</source>
        <translation>Näytä &amp;valinnaiset kieliversiot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="57" />
        <source>Show the &amp;findings panel</source>
        <translation>Näytä &amp;havainnot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="59" />
        <source>&amp;Check now</source>
        <translation>&amp;Tarkista nyt</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="60" />
        <source>Organisation's &amp;guideline</source>
        <translation>Organisaation &amp;ohje</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/menus.py" line="62" />
        <source>&amp;About composer</source>
        <translation>&amp;Tietoja composerista</translation>
    </message>
</context>
<context>
    <name>PostFile</name>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="22" />
        <source>Post files (*.post.json)</source>
        <translation>Julkaisutiedostot (*.post.json)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="23" />
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="24" />
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="32" />
        <source>Open post file</source>
        <translation>Avaa julkaisutiedosto</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="42" />
        <source>Save post file</source>
        <translation>Tallenna julkaisutiedosto</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="56" />
        <source>Cannot open the post file</source>
        <translation>Julkaisutiedostoa ei voi avata</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="57" />
        <source>%1 could not be opened:
%2</source>
        <translation>Tiedostoa %1 ei voitu avata:
%2</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="69" />
        <source>Cannot save the post file</source>
        <translation>Julkaisutiedostoa ei voi tallentaa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_io.py" line="70" />
        <source>%1 could not be saved:
%2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa:
%2</translation>
    </message>
</context>
<context>
    <name>PostHeader</name>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="16" />
        <source>The organisation's own account</source>
        <translation>Organisaation oma tili</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="17" />
        <source>Member of staff</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="18" />
        <source>Elected official</source>
        <translation>Luottamushenkilö</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="31" />
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="35" />
        <source>Who publishes</source>
        <translation>Julkaisija</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="39" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/post_header.py" line="41" />
        <source>&amp;Published as:</source>
        <translation>&amp;Julkaisija:</translation>
    </message>
</context>
<context>
    <name>PostPart</name>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="169" />
        <source>See less</source>
        <translation>Näytä vähemmän</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="169" />
        <source>See more</source>
        <translation>Näytä lisää</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="171" />
        <source>Copy part {0}</source>
        <translation>Kopioi osa {0}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="172" />
        <source>Copy part {0} of {1}</source>
        <translation>Kopioi osa {0}/{1}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="176" />
        <source>Part {0} of {1}</source>
        <translation>Osa {0}/{1}</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="178" />
        <source>Post text</source>
        <translation>Julkaisun teksti</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="179" />
        <source>Length of part {0}</source>
        <translation>Osan {0} pituus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="180" />
        <source>Length</source>
        <translation>Pituus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preview_card.py" line="195" />
        <source>characters</source>
        <translation>merkkiä</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="45" />
        <source>Preferences</source>
        <extracomment>UI languages offered, each named in its own language. Channel figures a user can change (the disputed and plan-dependent ones).</extracomment>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="50" />
        <source>Preference pages</source>
        <translation>Asetussivut</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="51" />
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="52" />
        <location filename="../src/composer/ui/preferences.py" line="123" />
        <source>Channel limits</source>
        <translation>Kanavien rajat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="70" />
        <source>Interface language</source>
        <translation>Käyttöliittymän kieli</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="71" />
        <source>Same as the system</source>
        <translation>Sama kuin järjestelmässä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="78" />
        <source>Finding messages change at once; menus and dialogs change the next time composer starts.</source>
        <translation>Havaintojen viestit vaihtuvat heti; valikot ja ikkunat vaihtuvat, kun composer käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="86" />
        <source>&amp;Interface language:</source>
        <translation>&amp;Käyttöliittymän kieli:</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="91" />
        <source>Spelling</source>
        <translation>Oikeinkirjoitus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="96" />
        <source>Check the spelling of the %1 version</source>
        <translation>Tarkista oikeinkirjoitus: %1 versio</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="116" />
        <source>Some limits depend on the account's plan or the server, or the networks change them without notice. Change them here if yours differ.</source>
        <translation>Osa rajoista riippuu tilin tilauksesta tai palvelimesta, ja palvelut muuttavat niitä ilmoittamatta. Muuta ne tässä, jos omasi poikkeavat.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="125" />
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="125" />
        <source>Maximum length</source>
        <translation>Enimmäispituus</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="125" />
        <source>Hashtags at most</source>
        <translation>Aihetunnisteita enintään</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="149" />
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="152" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="157" />
        <source>Default: %1</source>
        <translation>Oletus: %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="193" />
        <source>Preferences not saved</source>
        <translation>Asetuksia ei tallennettu</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/preferences.py" line="194" />
        <source>The preferences could not be saved: %1</source>
        <translation>Asetuksia ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <location filename="../src/composer/ui/quick_fixes.py" line="56" />
        <source>Remove invisible characters</source>
        <translation>Poista näkymättömät merkit</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/quick_fixes.py" line="60" />
        <source>Replace with “%1”</source>
        <translation>Korvaa: ”%1”</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/quick_fixes.py" line="64" />
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/quick_fixes.py" line="68" />
        <source>Add to my dictionary</source>
        <translation>Lisää omaan sanastoon</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Draft saved %1</source>
        <translation>Luonnos tallennettu %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The disk is full.</source>
        <translation>Levy on täynnä.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The drafts folder cannot be written.</source>
        <translation>Luonnoskansioon ei voi kirjoittaa.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The drafts database is busy in another window.</source>
        <translation>Luonnostietokanta on varattuna toisessa ikkunassa.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The drafts database cannot be opened.</source>
        <translation>Luonnostietokantaa ei voi avata.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The drafts database was made by a newer version of composer.</source>
        <translation>Luonnostietokanta on tehty composerin uudemmalla versiolla.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The disk could not be written.</source>
        <translation>Levylle ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Draft not saved: %1 Your text stays here; saving is retried.</source>
        <translation>Luonnosta ei tallennettu: %1 Tekstisi pysyy tässä; tallennusta yritetään uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Recovered “%1” after an unexpected exit.</source>
        <translation>”%1” palautettiin odottamattoman sulkeutumisen jälkeen.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Continuing “%1”.</source>
        <translation>Jatketaan luonnosta ”%1”.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>The drafts database could not be read, so a new one was started. The old file was kept as %1.</source>
        <translation>Luonnostietokantaa ei voitu lukea, joten aloitettiin uusi. Vanha tiedosto säilytettiin nimellä %1.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Drafts database replaced</source>
        <translation>Luonnostietokanta korvattiin</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Drafts database upgraded; a copy of the old one: %1</source>
        <translation>Luonnostietokanta päivitettiin; kopio vanhasta: %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>&amp;Drafts…</source>
        <translation>Lu&amp;onnokset…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>New from &amp;template</source>
        <translation>Uusi po&amp;hjasta</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>Templates</source>
        <translation>Pohjat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/autosave.py" />
        <source>No templates for this organisation</source>
        <translation>Tällä organisaatiolla ei ole pohjia</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Drafts</source>
        <translation>Luonnokset</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Search in the text of every draft</source>
        <translation>Hae kaikkien luonnosten tekstistä</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Search drafts</source>
        <translation>Hae luonnoksia</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Show drafts with status</source>
        <translation>Näytä luonnokset tilan mukaan</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Saved drafts</source>
        <translation>Tallennetut luonnokset</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Last change</source>
        <translation>Viimeksi muutettu</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Text of the selected draft or version</source>
        <translation>Valitun luonnoksen tai version teksti</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Earlier versions</source>
        <translation>Aiemmat versiot</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>&amp;Restore this version</source>
        <translation>Pa&amp;lauta tämä versio</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Mark &amp;ready for review</source>
        <translation>Merkitse &amp;valmiiksi tarkistettavaksi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>New from &amp;template</source>
        <translation>Uusi po&amp;hjasta</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Ready for review</source>
        <translation>Valmis tarkistettavaksi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Exported</source>
        <translation>Viety</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Exported %1</source>
        <translation>Viety %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>saved while writing</source>
        <translation>tallennettu kirjoitettaessa</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>replaced by another window</source>
        <translation>korvattu toisesta ikkunasta</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>marked ready for review</source>
        <translation>merkitty valmiiksi tarkistettavaksi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>exported</source>
        <translation>viety</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>imported</source>
        <translation>tuotu</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>from a template</source>
        <translation>pohjasta</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Drafts are not available.</source>
        <translation>Luonnokset eivät ole käytettävissä.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>%1 (open)</source>
        <translation>%1 (auki)</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Mark as &amp;draft</source>
        <translation>Merkitse l&amp;uonnokseksi</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Current version, %1</source>
        <translation>Nykyinen versio, %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Cannot open the draft: %1</source>
        <translation>Luonnosta ei voi avata: %1</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Earlier version restored; the replaced text is kept in the history.</source>
        <translation>Aiempi versio palautettu; korvattu teksti on tallessa historiassa.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Delete draft</source>
        <translation>Poista luonnos</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>Delete “%1” and its earlier versions? This cannot be undone.</source>
        <translation>Poistetaanko ”%1” ja sen aiemmat versiot? Tätä ei voi perua.</translation>
    </message>
    <message>
        <location filename="../src/composer/ui/drafts_dialog.py" />
        <source>No templates for this organisation</source>
        <translation>Tällä organisaatiolla ei ole pohjia</translation>
    </message>
</context>
</TS>
