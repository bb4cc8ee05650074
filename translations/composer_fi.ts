<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About composer</source>
        <translation>Tietoja composerista</translation>
    </message>
    <message>
        <source>A post composer with a guideline assistant for the communications staff of Finnish municipalities. Works fully offline.</source>
        <translation>Julkaisujen laatimistyökalu ohjeavustajalla suomalaisten kuntien viestijöille. Toimii kokonaan ilman verkkoyhteyttä.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. This program comes with absolutely no warranty; you may share and change it under that licence.</source>
        <translation>Lisenssi: GNU General Public License, versio 3 tai uudempi. Ohjelmalla ei ole minkäänlaista takuuta; saat jakaa ja muuttaa sitä lisenssin ehtojen mukaisesti.</translation>
    </message>
    <message>
        <source>Included components and their licences</source>
        <translation>Mukana olevat osat ja niiden lisenssit</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Osa</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenssi</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Full licence texts: %1</source>
        <translation>Lisenssien koko tekstit: %1</translation>
    </message>
    <message>
        <source>Runs the program</source>
        <extracomment>Reverse-DNS id of the app: desktop file, icon and AppStream metadata names. (component, SPDX licence expression, what composer uses it for). Names and licence identifiers are not translated; the purposes are (context "AboutDialog").</extracomment>
        <translation>Suorittaa ohjelman</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Käyttöliittymä</translation>
    </message>
    <message>
        <source>Connects the program to Qt</source>
        <translation>Yhdistää ohjelman Qt:hen</translation>
    </message>
    <message>
        <source>Finnish spelling and word forms</source>
        <translation>Suomen oikeinkirjoitus ja sanamuodot</translation>
    </message>
    <message>
        <source>Finnish dictionary</source>
        <translation>Suomen sanasto</translation>
    </message>
    <message>
        <source>Used by Voikko</source>
        <translation>Voikon käyttämä</translation>
    </message>
    <message>
        <source>Swedish and English spelling</source>
        <translation>Ruotsin ja englannin oikeinkirjoitus</translation>
    </message>
    <message>
        <source>Connects the program to Hunspell</source>
        <translation>Yhdistää ohjelman Hunspelliin</translation>
    </message>
    <message>
        <source>Swedish dictionary</source>
        <translation>Ruotsin sanasto</translation>
    </message>
    <message>
        <source>British English dictionary</source>
        <translation>Brittienglannin sanasto</translation>
    </message>
    <message>
        <source>Tells quoted foreign phrases from misspellings</source>
        <translation>Tunnistaa lainatut vieraskieliset ilmaukset</translation>
    </message>
    <message>
        <source>Ranks English suggestions</source>
        <translation>Järjestää englannin korjausehdotukset</translation>
    </message>
    <message>
        <source>Recognises the language of a text</source>
        <translation>Tunnistaa tekstin kielen</translation>
    </message>
    <message>
        <source>Finds phone numbers</source>
        <translation>Löytää puhelinnumerot</translation>
    </message>
    <message>
        <source>Finds identity codes and bank account numbers</source>
        <translation>Löytää henkilötunnukset ja tilinumerot</translation>
    </message>
    <message>
        <source>Text patterns</source>
        <translation>Säännölliset lausekkeet</translation>
    </message>
    <message>
        <source>Keeps translation service keys safe</source>
        <translation>Säilyttää käännöspalvelujen avaimet turvassa</translation>
    </message>
    <message>
        <source>Optional machine translation</source>
        <translation>Valinnainen konekäännös</translation>
    </message>
    <message>
        <source>Team review on WebDAV servers</source>
        <translation>Tiimin tarkastus WebDAV-palvelimilla</translation>
    </message>
    <message>
        <source>Finds the settings folders</source>
        <translation>Löytää asetuskansiot</translation>
    </message>
    <message>
        <source>Used by Qt and Voikko</source>
        <translation>Qt:n ja Voikon käyttämä</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Draft saved %1</source>
        <extracomment>A save finished (the draft's summary). A save failed (translated message); the text is still in the window. A draft was opened in the window (recovery, the drafts dialog, a template). Seconds each background write took (for measurements).</extracomment>
        <translation>Luonnos tallennettu %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Levy on täynnä.</translation>
    </message>
    <message>
        <source>The drafts folder cannot be written.</source>
        <translation>Luonnoskansioon ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The drafts database is in use by another window or program; try again in a moment.</source>
        <translation>Luonnostietokanta on toisen ikkunan tai ohjelman käytössä; yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>The drafts database cannot be opened.</source>
        <translation>Luonnostietokantaa ei voi avata.</translation>
    </message>
    <message>
        <source>The drafts database was made by a newer version of composer.</source>
        <translation>Luonnostietokanta on tehty composerin uudemmalla versiolla.</translation>
    </message>
    <message>
        <source>The disk could not be written.</source>
        <translation>Levylle ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>Draft not saved: %1 Your text stays here; saving is retried.</source>
        <translation>Luonnosta ei tallennettu: %1 Tekstisi pysyy tässä; tallennusta yritetään uudelleen.</translation>
    </message>
    <message>
        <source>Recovered “%1” after an unexpected exit.</source>
        <translation>”%1” palautettiin odottamattoman sulkeutumisen jälkeen.</translation>
    </message>
    <message>
        <source>Continuing “%1”.</source>
        <translation>Jatketaan luonnosta ”%1”.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>The drafts database could not be read, so a new one was started. The old file was kept as %1.</source>
        <translation>Luonnostietokantaa ei voitu lukea, joten aloitettiin uusi. Vanha tiedosto säilytettiin nimellä %1.</translation>
    </message>
    <message>
        <source>Drafts database replaced</source>
        <translation>Luonnostietokanta korvattiin</translation>
    </message>
    <message>
        <source>Drafts database upgraded; a copy of the old one: %1</source>
        <translation>Luonnostietokanta päivitettiin; kopio vanhasta: %1</translation>
    </message>
    <message>
        <source>The drafts database cannot be written (%1): drafts can be opened but not saved.</source>
        <translation>Luonnostietokantaan ei voi kirjoittaa (%1): luonnoksia voi avata mutta ei tallentaa.</translation>
    </message>
    <message>
        <source>A damaged draft was set aside: %1</source>
        <translation>Vaurioitunut luonnos jätettiin syrjään: %1</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>Lu&amp;onnokset…</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Uusi po&amp;hjasta</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Pohjat</translation>
    </message>
    <message>
        <source>No templates for this organisation</source>
        <translation>Tällä organisaatiolla ei ole pohjia</translation>
    </message>
    <message>
        <source>Rena&amp;me draft…</source>
        <translation>Ni&amp;meä luonnos…</translation>
    </message>
    <message>
        <source>Write something first: the draft is made when you type.</source>
        <translation>Kirjoita ensin jotain: luonnos syntyy, kun kirjoitat.</translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation>Nimeä luonnos</translation>
    </message>
    <message>
        <source>Name of the draft (empty: its first line):</source>
        <translation>Luonnoksen nimi (tyhjä: sen ensimmäinen rivi):</translation>
    </message>
    <message>
        <source>The drafts database is in use by another program.</source>
        <translation>Luonnostietokanta on toisen ohjelman käytössä.</translation>
    </message>
    <message>
        <source>Draft not saved: %1 Your text was kept in %2 and goes back into your drafts the next time composer starts.</source>
        <translation>Luonnosta ei tallennettu: %1 Tekstisi tallennettiin tiedostoon %2, ja se palaa luonnoksiisi, kun composer käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>Draft kept in a file</source>
        <translation>Luonnos tallennettiin tiedostoon</translation>
    </message>
    <message>
        <source>Text that could not be saved when composer closed is back in your drafts: “%1”.</source>
        <translation>Teksti, jota ei voitu tallentaa composerin sulkeutuessa, on palautettu luonnoksiisi: ”%1”.</translation>
    </message>
    <message>
        <source>Text kept when composer closed could not be put back into your drafts; it stays in %1.</source>
        <translation>Composerin sulkeutuessa talteen otettua tekstiä ei voitu palauttaa luonnoksiisi; se on edelleen kansiossa %1.</translation>
    </message>
    <message>
        <source>The post shown before could not be saved as a draft: %1 Its text was kept in %2 and goes back into your drafts the next time composer starts.</source>
        <translation>Aiemmin näkyvissä ollutta julkaisua ei voitu tallentaa luonnokseksi: %1 Sen teksti tallennettiin tiedostoon %2, ja se palaa luonnoksiisi, kun composer käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>The post shown before could not be saved as a draft: %1 It could not be kept in a file either (%2).</source>
        <translation>Aiemmin näkyvissä ollutta julkaisua ei voitu tallentaa luonnokseksi: %1 Sitä ei voitu tallentaa myöskään tiedostoon (%2).</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Copy the text for {0} to the clipboard</source>
        <translation>Kopioi palvelun {0} teksti leikepöydälle</translation>
    </message>
    <message>
        <source>Copy the text for {0}</source>
        <translation>Kopioi palvelun {0} teksti</translation>
    </message>
    <message>
        <source>Preview on {0}</source>
        <translation>Esikatselu: {0}</translation>
    </message>
    <message>
        <source>Findings for {0}</source>
        <translation>Havainnot: {0}</translation>
    </message>
    <message>
        <source>A thread of {0} posts</source>
        <translation>Ketju, jossa {0} julkaisua</translation>
    </message>
    <message>
        <source>One post per language ({0} posts)</source>
        <translation>Yksi julkaisu kullakin kielellä ({0} julkaisua)</translation>
    </message>
    <message>
        <source>{0} more posts are not shown here; Copy and Export include them.</source>
        <translation>Vielä {0} julkaisua ei näy tässä; Kopioi ja Vie sisältävät ne.</translation>
    </message>
    <message>
        <source>Copy part {0}/{1}</source>
        <translation>Kopioi osa {0}/{1}</translation>
    </message>
</context>
<context>
    <name>ChannelPreviewPanel</name>
    <message>
        <source>Copied the text for {0}.</source>
        <extracomment>Posts with more characters than this are exported off the UI thread, and so are all posts after an export took longer than SLOW_SECONDS.</extracomment>
        <translation>Palvelun {0} teksti kopioitiin.</translation>
    </message>
    <message>
        <source>Copied part {0} for {1}.</source>
        <translation>Palvelun {1} osa {0} kopioitiin.</translation>
    </message>
    <message>
        <source>Choose at least one channel to export.</source>
        <translation>Valitse vähintään yksi kanava vietäväksi.</translation>
    </message>
    <message>
        <source>Export all channels to</source>
        <translation>Vie kaikki kanavat kansioon</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <source>The files could not be written: {0}</source>
        <translation>Tiedostoja ei voitu kirjoittaa: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n tiedosto kirjoitettiin kansioon %1.</numerusform>
            <numerusform>%n tiedostoa kirjoitettiin kansioon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels and previews</source>
        <translation>Kanavat ja esikatselu</translation>
    </message>
    <message>
        <source>Publish on {0}</source>
        <translation>Julkaise palvelussa {0}</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Vie kaikki…</translation>
    </message>
    <message>
        <source>Export all channels</source>
        <translation>Vie kaikki kanavat</translation>
    </message>
    <message>
        <source>Write one text file per selected channel into a folder</source>
        <translation>Kirjoita kansioon yksi tekstitiedosto kutakin valittua kanavaa kohti</translation>
    </message>
    <message>
        <source>Choose the channels to publish on to see previews.</source>
        <translation>Valitse julkaisukanavat, niin näet esikatselun.</translation>
    </message>
    <message>
        <source>Channel previews</source>
        <translation>Kanavien esikatselu</translation>
    </message>
    <message>
        <source>The preview could not be made: {0}</source>
        <translation>Esikatselua ei voitu tehdä: {0}</translation>
    </message>
    <message>
        <source>Not copied: fix the errors first, or copy anyway.</source>
        <translation>Ei kopioitu: korjaa virheet ensin tai kopioi silti.</translation>
    </message>
    <message>
        <source>Nothing copied: the text for {0} is empty.</source>
        <translation>Mitään ei kopioitu: kanavan {0} teksti on tyhjä.</translation>
    </message>
    <message>
        <source>Nothing exported: the post has no text yet.</source>
        <translation>Mitään ei viety: julkaisussa ei ole vielä tekstiä.</translation>
    </message>
    <message>
        <source>Part {0}/{1} copied for {2}. Paste it, then Copy again for part {3}.</source>
        <translation>Osa {0}/{1} kopioitu palveluun {2}. Liitä se ja kopioi sitten osa {3}.</translation>
    </message>
    <message>
        <source>Part {0}/{1} copied for {2}: the whole thread is copied.</source>
        <translation>Osa {0}/{1} kopioitu palveluun {2}: koko ketju on kopioitu.</translation>
    </message>
    <message>
        <source>Not exported: fix the errors first, or export anyway.</source>
        <translation>Ei viety: korjaa virheet ensin tai vie silti.</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Korvataanko tiedostot?</translation>
    </message>
    <message>
        <source>These files are already in the folder:
{0}

Replace them?</source>
        <translation>Nämä tiedostot ovat jo kansiossa:
{0}

Korvataanko ne?</translation>
    </message>
    <message>
        <source>Nothing exported: the files are already there.</source>
        <translation>Mitään ei viety: tiedostot ovat jo kansiossa.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation>Luonnokset</translation>
    </message>
    <message>
        <source>Search in the text of every draft</source>
        <translation>Hae kaikkien luonnosten tekstistä</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Hae luonnoksia</translation>
    </message>
    <message>
        <source>Show drafts with status</source>
        <translation>Näytä luonnokset tilan mukaan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Tallennetut luonnokset</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Viimeksi muutettu</translation>
    </message>
    <message>
        <source>Text of the selected draft or version</source>
        <translation>Valitun luonnoksen tai version teksti</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Aiemmat versiot</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Pa&amp;lauta tämä versio</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Mark ready for re&amp;view</source>
        <translation>Merkitse &amp;valmiiksi tarkistettavaksi</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Uusi po&amp;hjasta</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Valmis tarkistettavaksi</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Viety</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Viety %1</translation>
    </message>
    <message>
        <source>saved while writing</source>
        <translation>tallennettu kirjoitettaessa</translation>
    </message>
    <message>
        <source>replaced by another window</source>
        <translation>korvattu toisesta ikkunasta</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <source>marked ready for review</source>
        <translation>merkitty valmiiksi tarkistettavaksi</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>viety</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>tuotu</translation>
    </message>
    <message>
        <source>from a template</source>
        <translation>pohjasta</translation>
    </message>
    <message>
        <source>Drafts are not available.</source>
        <translation>Luonnokset eivät ole käytettävissä.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (auki)</translation>
    </message>
    <message>
        <source>Mark as dra&amp;ft</source>
        <translation>Merkitse l&amp;uonnokseksi</translation>
    </message>
    <message>
        <source>Current version, %1</source>
        <translation>Nykyinen versio, %1</translation>
    </message>
    <message>
        <source>Cannot open the draft: %1</source>
        <translation>Luonnosta ei voi avata: %1</translation>
    </message>
    <message>
        <source>Earlier version restored; the replaced text is kept in the history.</source>
        <translation>Aiempi versio palautettu; korvattu teksti on tallessa historiassa.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Poista luonnos</translation>
    </message>
    <message>
        <source>Delete “%1” and its earlier versions? This cannot be undone.</source>
        <translation>Poistetaanko ”%1” ja sen aiemmat versiot? Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>No templates for this organisation</source>
        <translation>Tällä organisaatiolla ei ole pohjia</translation>
    </message>
    <message>
        <source>changed since export</source>
        <translation>muutettu viennin jälkeen</translation>
    </message>
    <message>
        <source>kept in a file when composer closed</source>
        <translation>tallennettu tiedostoon composerin sulkeutuessa</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Etsi:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Etsittävä teksti</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Etsi edellinen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Etsi seuraava</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Sama kirjainkoko</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Sulje hakupalkki</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ei löytynyt</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Show</source>
        <extracomment>More cards than this are summarised in one line (a 60,000-character text can have hundreds of spelling findings; nobody reads past the first screens). Quick-fix buttons on a card (more suggestions are in the editor's right-click menu). Cards made at once when a result arrives; the rest follow a few per event-loop turn.</extracomment>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Select it in the text</source>
        <translation>Valitse se tekstistä</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Open the guideline at this point</source>
        <translation>Avaa ohje tästä kohdasta</translation>
    </message>
    <message>
        <source>Click to show it in the text</source>
        <translation>Napsauta, niin kohta näytetään tekstissä</translation>
    </message>
    <message>
        <source>Remove them all</source>
        <translation>Poista kaikki</translation>
    </message>
    <message>
        <source>Remove every one of them, in every version</source>
        <translation>Poista jokainen, kaikista versioista</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>Korjaa kaikki</translation>
    </message>
    <message>
        <source>Fix in all versions</source>
        <translation>Korjaa kaikissa versioissa</translation>
    </message>
    <message>
        <source>Replace with “%1” in every version</source>
        <translation>Korvaa muodolla ”%1” jokaisessa versiossa</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>List of findings</source>
        <translation>Havaintoluettelo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Checking failed: %1</source>
        <translation>Tarkistus epäonnistui: %1</translation>
    </message>
    <message>
        <source>Checking is unavailable for this text: it took too long.</source>
        <translation>Tarkistus ei ole käytettävissä tälle tekstille: se kesti liian kauan.</translation>
    </message>
    <message>
        <source>Stuck in: %1.</source>
        <translation>Jumissa: %1.</translation>
    </message>
    <message>
        <source>Checking unavailable for this text: %1 (took too long); the other checks ran.</source>
        <translation>Tarkistus ei käytettävissä tälle tekstille: %1 (kesti liian kauan); muut tarkistukset tehtiin.</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) not listed.</source>
        <translation>
            <numerusform>%n havainto lisää ei näy luettelossa.</numerusform>
            <numerusform>%n havaintoa lisää ei näy luettelossa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the post follows the guideline as far as it can be checked.</source>
        <translation>Ei havaintoja: julkaisu noudattaa ohjetta siltä osin kuin sen voi tarkistaa.</translation>
    </message>
    <message>
        <source>Nothing to check yet: write the post.</source>
        <translation>Ei vielä tarkistettavaa: kirjoita julkaisu.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n virhe</numerusform>
            <numerusform>%n virhettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varoitus</numerusform>
            <numerusform>%n varoitusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n ehdotus</numerusform>
            <numerusform>%n ehdotusta</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors: must be fixed before publishing</source>
        <translation>Virheet: korjattava ennen julkaisua</translation>
    </message>
    <message>
        <source>Warnings: very likely a problem</source>
        <translation>Varoitukset: todennäköisesti ongelma</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Ehdotukset</translation>
    </message>
</context>
<context>
    <name>FlagTextEdit</name>
    <message>
        <source>Guideline:</source>
        <translation>Ohje:</translation>
    </message>
    <message>
        <source>Not pasted: a version can have at most %1 characters; with this paste it would have %2.</source>
        <translation>Ei liitetty: kieliversiossa voi olla enintään %1 merkkiä; tämän liitteen kanssa siinä olisi %2.</translation>
    </message>
    <message>
        <source>This version has %1 or more characters in a row without a space: its lines now break anywhere, so that the editor stays fast. The text is unchanged.</source>
        <translation>Tässä kieliversiossa on vähintään %1 merkkiä peräkkäin ilman välilyöntiä: sen rivit katkeavat nyt mistä kohdasta tahansa, jotta editori pysyy nopeana. Teksti ei muuttunut.</translation>
    </message>
</context>
<context>
    <name>GuidelineViewer</name>
    <message>
        <source>Guideline — {0}</source>
        <translation>Ohje — {0}</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Guideline viewer</source>
        <translation>Ohjeen katselu</translation>
    </message>
    <message>
        <source>&amp;Points of the guideline</source>
        <translation>Ohjeen &amp;kohdat</translation>
    </message>
    <message>
        <source>Points of the guideline</source>
        <translation>Ohjeen kohdat</translation>
    </message>
    <message>
        <source>Choose a point to show it in the guideline text</source>
        <translation>Valitse kohta, niin se näytetään ohjeen tekstissä</translation>
    </message>
    <message>
        <source>Guideline text</source>
        <translation>Ohjeen teksti</translation>
    </message>
    <message>
        <source>The finding rests on this law or rule:</source>
        <translation>Havainto perustuu tähän lakiin tai sääntöön:</translation>
    </message>
    <message>
        <source>Law or accessibility rule</source>
        <translation>Laki tai saavutettavuussääntö</translation>
    </message>
    <message>
        <source>Guideline not available</source>
        <translation>Ohje ei ole saatavilla</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <source>Confidential information</source>
        <translation>Luottamukselliset tiedot</translation>
    </message>
    <message>
        <source>Unfinished matters</source>
        <translation>Keskeneräiset asiat</translation>
    </message>
    <message>
        <source>Duty of secrecy</source>
        <translation>Vaitiolovelvollisuus</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Sävy</translation>
    </message>
    <message>
        <source>Zero tolerance</source>
        <translation>Nollatoleranssi</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Tosiasiat</translation>
    </message>
    <message>
        <source>Personal opinions</source>
        <translation>Omat mielipiteet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Aihetunnisteet</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linkit</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>Kuvat ja videot</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Saavutettavuus</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tilit</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Varovaisuus</translation>
    </message>
    <message>
        <source>The guideline file cannot be read: {0}</source>
        <translation>Ohjetiedostoa ei voi lukea: {0}</translation>
    </message>
    <message>
        <source>This organisation has no guideline text.</source>
        <translation>Tällä organisaatiolla ei ole ohjetekstiä.</translation>
    </message>
    <message>
        <source>Not found in the guideline text: {0}</source>
        <translation>Ei löydy ohjeen tekstistä: {0}</translation>
    </message>
    <message>
        <source>Unknown law reference: {0}</source>
        <translation>Tuntematon lakiviittaus: {0}</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Search the guideline</source>
        <translation>Hae ohjeesta</translation>
    </message>
    <message>
        <source>Words to find in the guideline</source>
        <translation>Ohjeesta etsittävät sanat</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>ei löytynyt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>HashtagChips</name>
    <message>
        <source>Official hashtags</source>
        <translation>Viralliset aihetunnisteet</translation>
    </message>
    <message>
        <source>Already in this version</source>
        <translation>On jo tässä kieliversiossa</translation>
    </message>
    <message>
        <source>Hashtag %1, already used</source>
        <translation>Aihetunniste %1, jo käytössä</translation>
    </message>
    <message>
        <source>Add to the end of this version</source>
        <translation>Lisää tämän kieliversion loppuun</translation>
    </message>
    <message>
        <source>Add hashtag %1</source>
        <translation>Lisää aihetunniste %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Finnish</source>
        <translation>Suomeksi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsiksi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanniksi</translation>
    </message>
    <message>
        <source>Finnish</source>
        <comment>inside a sentence</comment>
        <translation>suomenkielinen</translation>
    </message>
    <message>
        <source>Swedish</source>
        <comment>inside a sentence</comment>
        <translation>ruotsinkielinen</translation>
    </message>
    <message>
        <source>English</source>
        <comment>inside a sentence</comment>
        <translation>englanninkielinen</translation>
    </message>
</context>
<context>
    <name>LanguageEditor</name>
    <message>
        <source>MT</source>
        <comment>short for: machine translation</comment>
        <translation>KK</translation>
    </message>
    <message>
        <source>machine translation</source>
        <extracomment>The user confirmed a machine-translated text as reviewed.</extracomment>
        <translation>konekäännös</translation>
    </message>
    <message>
        <source>Machine translated and not yet reviewed by a person: read it, edit it or confirm it.</source>
        <translation>Konekäännetty, eikä kukaan ole vielä tarkistanut sitä: lue, muokkaa tai vahvista.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>I have read the machine translation and it is fine</source>
        <translation>Olen lukenut konekäännöksen, ja se on kunnossa</translation>
    </message>
    <message>
        <source>Translate…</source>
        <extracomment>Drafts this version by machine translation (shown when that feature is loaded).</extracomment>
        <translation>Käännä…</translation>
    </message>
    <message>
        <source>Draft the %1 version by machine translation from another version</source>
        <translation>Laadi %1 versio konekääntämällä toisesta versiosta</translation>
    </message>
    <message>
        <source>Write the %1 version here…</source>
        <translation>Kirjoita %1 versio tähän…</translation>
    </message>
    <message>
        <source>%1 version</source>
        <translation>%1 versio</translation>
    </message>
    <message>
        <source>required</source>
        <translation>pakollinen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valinnainen</translation>
    </message>
    <message>
        <source>Show the %1 version</source>
        <translation>Näytä %1 versio</translation>
    </message>
    <message>
        <source>Hide the %1 version</source>
        <translation>Piilota %1 versio</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n merkki</numerusform>
            <numerusform>%n merkkiä</numerusform>
        </translation>
    </message>
    <message>
        <source>reads as %1</source>
        <translation>näyttää olevan %1</translation>
    </message>
    <message>
        <source>This text looks like it is written in %1, not in %2.</source>
        <translation>Teksti näyttää olevan %1 eikä %2.</translation>
    </message>
</context>
<context>
    <name>LengthGauge</name>
    <message>
        <source>Length</source>
        <translation>Pituus</translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation>{0}/{1} {2}</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>merkkiä</translation>
    </message>
    <message>
        <source>{0} over the limit</source>
        <translation>{0} yli rajan</translation>
    </message>
    <message>
        <source>{0} ({1} over)</source>
        <translation>{0} ({1} liikaa)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log folder: %1</source>
        <translation>Lokikansio: %1</translation>
    </message>
    <message>
        <source>Images</source>
        <extracomment>The window was painted for the first time (start-up measurements, deferred work). Ask before New/Open/Quit throw away unsaved text (autosave turns this off).</extracomment>
        <translation>Kuvat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>Channels and previews</source>
        <translation>Kanavat ja esikatselu</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>Ei käytettävissä tässä versiossa.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Lisätty %1</translation>
    </message>
    <message>
        <source>Checking failed: %1</source>
        <translation>Tarkistus epäonnistui: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>No findings in the text.</source>
        <translation>Tekstissä ei ole havaintoja.</translation>
    </message>
    <message>
        <source>Word not added</source>
        <translation>Sanaa ei lisätty</translation>
    </message>
    <message>
        <source>“%1” added to your dictionary.</source>
        <translation>”%1” lisättiin omaan sanastoosi.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Avattu %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Tekstiä ei ole tallennettu</translation>
    </message>
    <message>
        <source>This post is not saved anywhere: drafts cannot be saved right now. Save it as a post file before closing?</source>
        <translation>Tätä julkaisua ei ole tallennettu mihinkään: luonnoksia ei voi nyt tallentaa. Tallennetaanko se julkaisutiedostoksi ennen sulkemista?</translation>
    </message>
    <message>
        <source>Save as post file…</source>
        <translation>Tallenna julkaisutiedostoksi…</translation>
    </message>
    <message>
        <source>The post has changes that are not saved in a file. Discard them?</source>
        <translation>Julkaisussa on muutoksia, joita ei ole tallennettu tiedostoon. Hylätäänkö ne?</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Uusi julkaisu</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Tallennetaanko muutokset?</translation>
    </message>
    <message>
        <source>“%1” has changes not saved in the file. Save them?</source>
        <translation>Tiedostossa ”%1” on muutoksia, joita ei ole tallennettu. Tallennetaanko ne?</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Ei viimeaikaisia tiedostoja</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Tyhjennä luettelo</translation>
    </message>
</context>
<context>
    <name>MediaItem</name>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Image {0}</source>
        <translation>Kuva {0}</translation>
    </message>
    <message>
        <source>Thumbnail of {0}</source>
        <translation>Pienoiskuva: {0}</translation>
    </message>
    <message>
        <source>Remove image {0}</source>
        <translation>Poista kuva {0}</translation>
    </message>
    <message>
        <source>Remove this image from the post</source>
        <translation>Poista tämä kuva julkaisusta</translation>
    </message>
    <message>
        <source>Describe the image for someone who cannot see it</source>
        <translation>Kuvaile kuva sille, joka ei näe sitä</translation>
    </message>
    <message>
        <source>Alt text in {0}</source>
        <translation>Vaihtoehtoinen teksti, kieli: {0}</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Ei esikatselua</translation>
    </message>
    <message>
        <source>The file was not found: {0}</source>
        <translation>Tiedostoa ei löytynyt: {0}</translation>
    </message>
    <message>
        <source>The image cannot be read ({0}): {1}</source>
        <translation>Kuvaa ei voi lukea ({0}): {1}</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Vaihtoehtoinen teksti</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>&amp;Add images…</source>
        <translation>&amp;Lisää kuvia…</translation>
    </message>
    <message>
        <source>No images. Images need alt text in every language.</source>
        <translation>Ei kuvia. Kuvat tarvitsevat vaihtoehtoisen tekstin jokaisella kielellä.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Kuvat</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Lisää kuvia</translation>
    </message>
    <message>
        <source>Attach images to the post</source>
        <translation>Liitä kuvia julkaisuun</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Liitetyt kuvat</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>Kuvat ({0})</translation>
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
        <translation>Tämä kanava tarvitsee kuvan tai videon.</translation>
    </message>
    <message>
        <source>Image without alt text</source>
        <translation>Kuva ilman vaihtoehtoista tekstiä</translation>
    </message>
    <message>
        <source>Image: {0}</source>
        <translation>Kuva: {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>T&amp;yökalut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;New post</source>
        <extracomment>(menu, action name, text, shortcut, checkable); None separates groups.</extracomment>
        <translation>&amp;Uusi julkaisu</translation>
    </message>
    <message>
        <source>&amp;Open post file…</source>
        <translation>&amp;Avaa julkaisutiedosto…</translation>
    </message>
    <message>
        <source>&amp;Save post file</source>
        <translation>&amp;Tallenna julkaisutiedosto</translation>
    </message>
    <message>
        <source>Save post file &amp;as…</source>
        <translation>Tallenna julkaisutiedosto &amp;nimellä…</translation>
    </message>
    <message>
        <source>&amp;Export all channels…</source>
        <translation>Vie kaikki &amp;kanavat…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Valitse kaikki</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Etsi &amp;seuraava</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Etsi e&amp;dellinen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>&amp;Seuraava havainto</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>&amp;Edellinen havainto</translation>
    </message>
    <message>
        <source>Show &amp;optional versions</source>
        <translation>Näytä &amp;valinnaiset kieliversiot</translation>
    </message>
    <message>
        <source>Show the &amp;findings panel</source>
        <translation>Näytä &amp;havainnot</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Tarkista nyt</translation>
    </message>
    <message>
        <source>Organisation's &amp;guideline</source>
        <translation>Organisaation &amp;ohje</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Avaa &amp;lokikansio</translation>
    </message>
    <message>
        <source>&amp;About composer</source>
        <translation>&amp;Tietoja composerista</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Viimeaikaiset</translation>
    </message>
    <message>
        <source>Find and rep&amp;lace…</source>
        <translation>Etsi ja ko&amp;rvaa…</translation>
    </message>
    <message>
        <source>E&amp;moji and special characters…</source>
        <translation>E&amp;mojit ja erikoismerkit…</translation>
    </message>
    <message>
        <source>Go to version &amp;1</source>
        <translation>Siirry kieliversioon &amp;1</translation>
    </message>
    <message>
        <source>Go to version &amp;2</source>
        <translation>Siirry kieliversioon &amp;2</translation>
    </message>
    <message>
        <source>Go to version &amp;3</source>
        <translation>Siirry kieliversioon &amp;3</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>S&amp;uurempi teksti</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Pienempi teksti</translation>
    </message>
    <message>
        <source>Normal text si&amp;ze</source>
        <translation>&amp;Normaali tekstikoko</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts and emoji</source>
        <translation>&amp;Pikanäppäimet ja emojit</translation>
    </message>
</context>
<context>
    <name>PostFile</name>
    <message>
        <source>Post files (*.post.json)</source>
        <translation>Julkaisutiedostot (*.post.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Open post file</source>
        <translation>Avaa julkaisutiedosto</translation>
    </message>
    <message>
        <source>Save post file</source>
        <translation>Tallenna julkaisutiedosto</translation>
    </message>
    <message>
        <source>Cannot open the post file</source>
        <translation>Julkaisutiedostoa ei voi avata</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>Tiedostoa %1 ei voitu avata:
%2</translation>
    </message>
    <message>
        <source>Cannot save the post file</source>
        <translation>Julkaisutiedostoa ei voi tallentaa</translation>
    </message>
    <message>
        <source>%1 could not be saved:
%2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa:
%2</translation>
    </message>
</context>
<context>
    <name>PostHeader</name>
    <message>
        <source>The organisation's own account</source>
        <translation>Organisaation oma tili</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Luottamushenkilö</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Who publishes</source>
        <translation>Julkaisija</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>O&amp;rganisaatio:</translation>
    </message>
    <message>
        <source>&amp;Published as:</source>
        <translation>&amp;Julkaisija:</translation>
    </message>
    <message>
        <source>P&amp;ublish on:</source>
        <translation>J&amp;ulkaisupäivä:</translation>
    </message>
    <message>
        <source>Planned publishing day</source>
        <translation>Suunniteltu julkaisupäivä</translation>
    </message>
    <message>
        <source>The day the post is planned to be published: dates without a year are read as the next such date from it, and dates before it count as past</source>
        <translation>Päivä, jolle julkaisu on suunniteltu: päivämäärät ilman vuotta luetaan seuraavaksi tällaiseksi päiväksi siitä alkaen, ja sitä aiemmat päivät ovat menneitä</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
</context>
<context>
    <name>PostPart</name>
    <message>
        <source>See less</source>
        <translation>Näytä vähemmän</translation>
    </message>
    <message>
        <source>See more</source>
        <translation>Näytä lisää</translation>
    </message>
    <message>
        <source>Copy part {0}</source>
        <translation>Kopioi osa {0}</translation>
    </message>
    <message>
        <source>Copy part {0} of {1}</source>
        <translation>Kopioi osa {0}/{1}</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Osa {0}/{1}</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Julkaisun teksti</translation>
    </message>
    <message>
        <source>Length of part {0}</source>
        <translation>Osan {0} pituus</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Pituus</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>merkkiä</translation>
    </message>
    <message>
        <source>Buttons under the post on {0}</source>
        <translation>Julkaisun painikkeet palvelussa {0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>UI languages offered, each named in its own language. Channel figures a user can change (the disputed and plan-dependent ones).</extracomment>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Asetussivut</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <source>Channel limits</source>
        <translation>Kanavien rajat</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Käyttöliittymän kieli</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Sama kuin järjestelmässä</translation>
    </message>
    <message>
        <source>Finding messages change at once; menus and dialogs change the next time composer starts.</source>
        <translation>Havaintojen viestit vaihtuvat heti; valikot ja ikkunat vaihtuvat, kun composer käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Käyttöliittymän kieli:</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Oikeinkirjoitus</translation>
    </message>
    <message>
        <source>Check the spelling of the %1 version</source>
        <translation>Tarkista oikeinkirjoitus: %1 versio</translation>
    </message>
    <message>
        <source>Some limits depend on the account's plan or the server, or the networks change them without notice. Change them here if yours differ.</source>
        <translation>Osa rajoista riippuu tilin tilauksesta tai palvelimesta, ja palvelut muuttavat niitä ilmoittamatta. Muuta ne tässä, jos omasi poikkeavat.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Enimmäispituus</translation>
    </message>
    <message>
        <source>Hashtags at most</source>
        <translation>Aihetunnisteita enintään</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Oletus: %1</translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Asetuksia ei tallennettu</translation>
    </message>
    <message>
        <source>The preferences could not be saved: %1</source>
        <translation>Asetuksia ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>My dictionary</source>
        <translation>Oma sanasto</translation>
    </message>
    <message>
        <source>The whole interface changes to the chosen language as soon as you press OK.</source>
        <translation>Koko käyttöliittymä vaihtuu valitulle kielelle heti, kun painat OK.</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <source>Remove invisible characters</source>
        <translation>Poista näkymättömät merkit</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Korvaa: ”%1”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translation>Lisää omaan sanastoon</translation>
    </message>
    <message>
        <source>Looking for more suggestions…</source>
        <translation>Etsitään lisää ehdotuksia…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Ei ehdotuksia</translation>
    </message>
    <message>
        <source>No other suggestions</source>
        <translation>Ei muita ehdotuksia</translation>
    </message>
    <message>
        <source>Ignore in this post</source>
        <translation>Ohita tässä julkaisussa</translation>
    </message>
    <message>
        <source>Ignore all until closing</source>
        <translation>Ohita kaikkialla sulkemiseen asti</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <source>&amp;Translate a version…</source>
        <translation>&amp;Käännä kieliversio…</translation>
    </message>
    <message>
        <source>Translate a version</source>
        <extracomment>A translation landed in the window: (target language, recipient).</extracomment>
        <translation>Käännä kieliversio</translation>
    </message>
    <message>
        <source>Draft a version with machine translation. The draft is marked as machine translated until you have read it: edit it or confirm it as reviewed.</source>
        <translation>Laadi kieliversio konekääntämällä. Luonnos merkitään konekäännökseksi, kunnes olet lukenut sen: muokkaa sitä tai vahvista se tarkistetuksi.</translation>
    </message>
    <message>
        <source>Translate from</source>
        <translation>Käännä kieliversiosta</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Käännä kieliversioksi</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>Ko&amp;hde:</translation>
    </message>
    <message>
        <source>Waiting for the translation</source>
        <translation>Odotetaan käännöstä</translation>
    </message>
    <message>
        <source>Open &amp;preferences…</source>
        <translation>Avaa &amp;asetukset…</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Käännä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Machine translation is off. To use it, choose your organisation's translation service under Edit → Preferences → Translation.</source>
        <translation>Konekäännös ei ole käytössä. Ota se käyttöön valitsemalla organisaatiosi käännöspalvelu kohdassa Muokkaa → Asetukset → Käännös.</translation>
    </message>
    <message>
        <source>DeepL needs your organisation's API key. Enter it under Edit → Preferences → Translation.</source>
        <translation>DeepL tarvitsee organisaatiosi API-avaimen. Kirjoita se kohtaan Muokkaa → Asetukset → Käännös.</translation>
    </message>
    <message>
        <source>The translation service is not set up: enter the LibreTranslate server's address under Edit → Preferences → Translation.</source>
        <translation>Käännöspalvelua ei ole määritetty: kirjoita LibreTranslate-palvelimen osoite kohtaan Muokkaa → Asetukset → Käännös.</translation>
    </message>
    <message>
        <source>All versions are empty. Write one version first; composer translates from it.</source>
        <translation>Kaikki kieliversiot ovat tyhjiä. Kirjoita ensin yksi versio; composer kääntää siitä.</translation>
    </message>
    <message>
        <source>The %1 version will be sent to: %2</source>
        <translation>Lähetettävä teksti on %1 versio. Vastaanottaja: %2</translation>
    </message>
    <message>
        <source>The %1 version already has text. You will be asked before it is replaced, and Edit → Undo brings it back.</source>
        <translation>Kohteena oleva %1 versio ei ole tyhjä. Sinulta kysytään ennen kuin teksti korvataan, ja Muokkaa → Kumoa palauttaa sen.</translation>
    </message>
    <message>
        <source>composer could not reach %1. Check the network connection (and the server address in the preferences) and try again.</source>
        <translation>composer ei saanut yhteyttä palveluun %1. Tarkista verkkoyhteys (ja palvelimen osoite asetuksista) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again in a moment.</source>
        <translation>%1 ei vastannut %2 sekunnin kuluessa. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>%1 did not accept the API key. Check the key under Edit → Preferences → Translation.</source>
        <translation>%1 ei hyväksynyt API-avainta. Tarkista avain kohdassa Muokkaa → Asetukset → Käännös.</translation>
    </message>
    <message>
        <source>The translation quota of your %1 account is used up. It renews at the start of the next billing period, or the plan can be raised.</source>
        <translation>Palvelun %1 tilisi käännöskiintiö on käytetty. Se uusiutuu seuraavan laskutuskauden alussa, tai tilauksen voi korottaa.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests. Wait a moment and try again.</source>
        <translation>%1 saa liikaa pyyntöjä. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>%1 cannot translate from %2 into %3.</source>
        <translation>%1 ei tue tätä kieliparia (%2 → %3).</translation>
    </message>
    <message>
        <source>The translation service is not set up correctly: %2</source>
        <translation>Käännöspalvelun asetuksissa on virhe: %2</translation>
    </message>
    <message>
        <source>%1 could not translate the text: %2</source>
        <translation>%1 ei pystynyt kääntämään tekstiä: %2</translation>
    </message>
    <message>
        <source>Nothing was sent. The %1 version contains something that must not leave this computer:</source>
        <translation>Mitään ei lähetetty. Teksti (%1 versio) sisältää jotain, mikä ei saa lähteä tältä tietokoneelta:</translation>
    </message>
    <message>
        <source>Remove it from the text, then translate again.</source>
        <translation>Poista se tekstistä ja käännä sitten uudelleen.</translation>
    </message>
    <message>
        <source>Replace the text?</source>
        <translation>Korvataanko teksti?</translation>
    </message>
    <message>
        <source>The %1 version already has text. Replace it with the machine translation? Edit → Undo brings the old text back.</source>
        <translation>Kohteena oleva %1 versio ei ole tyhjä. Korvataanko teksti konekäännöksellä? Muokkaa → Kumoa palauttaa vanhan tekstin.</translation>
    </message>
    <message>
        <source>Checking the text and waiting for %1…</source>
        <translation>Tarkistetaan tekstiä ja odotetaan palvelua %1…</translation>
    </message>
    <message>
        <source>The %1 version was machine translated by %2. Read it before publishing.</source>
        <translation>Konekäännös on valmis: %1 versio on nyt merkitty konekäännökseksi (%2). Lue se ennen julkaisua.</translation>
    </message>
    <message>
        <source>Translation cancelled.</source>
        <translation>Käännös peruttiin.</translation>
    </message>
</context>
<context>
    <name>TranslationSettingsPage</name>
    <message>
        <source>composer can draft a missing language version with the machine translation service your organisation has chosen. A version is sent only when you ask for a translation, and only after composer has checked it for personal data and confidential material.</source>
        <extracomment>DeepL plans: the option stored and the server address it stands for. What :meth:`TranslationSettingsPage.store_key` did with a typed key.</extracomment>
        <translation>composer voi laatia puuttuvan kieliversion luonnoksen organisaatiosi valitsemalla konekäännöspalvelulla. Kieliversio lähetetään vain, kun pyydät käännöstä, ja vasta kun composer on tarkistanut, ettei siinä ole henkilötietoja tai luottamuksellista aineistoa.</translation>
    </message>
    <message>
        <source>Translation service</source>
        <translation>Käännöspalvelu</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <source>DeepL API</source>
        <translation>DeepL API</translation>
    </message>
    <message>
        <source>LibreTranslate (your own server)</source>
        <translation>LibreTranslate (oma palvelin)</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Palvelu:</translation>
    </message>
    <message>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <source>DeepL plan</source>
        <translation>DeepL-tilaus</translation>
    </message>
    <message>
        <source>Chosen from the key (free keys end in :fx)</source>
        <translation>Päätellään avaimesta (maksuttomien avainten loppu on :fx)</translation>
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
        <translation>Muu osoite</translation>
    </message>
    <message>
        <source>DeepL server address</source>
        <translation>DeepL-palvelimen osoite</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Tilaus:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>LibreTranslate</source>
        <translation>LibreTranslate</translation>
    </message>
    <message>
        <source>LibreTranslate server address</source>
        <translation>LibreTranslate-palvelimen osoite</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Palvelimen &amp;osoite:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-avain</translation>
    </message>
    <message>
        <source>&amp;Forget the saved key</source>
        <translation>&amp;Unohda tallennettu avain</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Käännös</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>API-avainta ei tallennettu</translation>
    </message>
    <message>
        <source>The credential store did not accept the API key (%1). composer uses the key until it closes; enter it again after the next start.</source>
        <translation>Tunnustietojen säilö ei hyväksynyt API-avainta (%1). composer käyttää avainta, kunnes se suljetaan; kirjoita avain uudelleen seuraavan käynnistyksen jälkeen.</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>Avainta ei voitu poistaa: %1</translation>
    </message>
    <message>
        <source>The saved key was removed.</source>
        <translation>Tallennettu avain poistettiin.</translation>
    </message>
    <message>
        <source>API key (if the server needs one)</source>
        <translation>API-avain (jos palvelin vaatii sen)</translation>
    </message>
    <message>
        <source>A key is saved. Type a new one to replace it.</source>
        <translation>Avain on tallennettu. Kirjoita uusi korvataksesi sen.</translation>
    </message>
    <message>
        <source>saved key (hidden)</source>
        <translation>tallennettu avain (piilotettu)</translation>
    </message>
    <message>
        <source>A key is in use until composer closes; it is not saved.</source>
        <translation>Avain on käytössä, kunnes composer suljetaan; sitä ei ole tallennettu.</translation>
    </message>
    <message>
        <source>key for this session (hidden)</source>
        <translation>avain tätä istuntoa varten (piilotettu)</translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation>Avainta ei ole tallennettu.</translation>
    </message>
    <message>
        <source>Paste the API key here</source>
        <translation>Liitä API-avain tähän</translation>
    </message>
    <message>
        <source>The key is kept in your system's credential store (%1), never in composer's settings file.</source>
        <translation>Avain säilytetään järjestelmäsi tunnustietojen säilössä (%1), ei koskaan composerin asetustiedostossa.</translation>
    </message>
    <message>
        <source>No credential store is available on this computer, so the key cannot be saved. composer keeps it only until it closes: enter it again after the next start.</source>
        <translation>Tällä tietokoneella ei ole tunnustietojen säilöä, joten avainta ei voi tallentaa. composer pitää sen muistissa vain, kunnes se suljetaan: kirjoita avain uudelleen seuraavan käynnistyksen jälkeen.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Review comments</source>
        <translation>Tarkastuskommentit</translation>
    </message>
    <message>
        <source>Comment on &amp;selection…</source>
        <translation>Kommentoi &amp;valintaa…</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Ei vielä kommentteja.</translation>
    </message>
    <message>
        <source>The commented text has changed since (the comment was written on version %1).</source>
        <translation>Kommentoitu teksti on muuttunut sen jälkeen (kommentti kirjoitettiin versioon %1).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Choose a version</source>
        <translation>Valitse versio</translation>
    </message>
    <message>
        <source>Two people changed this post at the same time. Both versions are kept; choose the one to continue with. The other is removed from the team space.</source>
        <translation>Kaksi ihmistä muutti tätä julkaisua samaan aikaan. Molemmat versiot on tallessa; valitse, kummalla jatketaan. Toinen poistetaan tiimin tilasta.</translation>
    </message>
    <message>
        <source>In the team space (%1, %2)</source>
        <translation>Tiimin tilassa (%1, %2)</translation>
    </message>
    <message>
        <source>Kept beside it (%1, %2)</source>
        <translation>Tallessa sen rinnalla (%1, %2)</translation>
    </message>
    <message>
        <source>Keep the version in the team space</source>
        <translation>Pidä tiimin tilan versio</translation>
    </message>
    <message>
        <source>Keep the version beside it</source>
        <translation>Pidä rinnalla säilytetty versio</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review list</source>
        <translation>Tarkastuslista</translation>
    </message>
    <message>
        <source>Team posts</source>
        <translation>Tiimin julkaisut</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Avoimet virheet</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Viimeksi muutettu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomiot</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Kommentoi…</translation>
    </message>
    <message>
        <source>Request c&amp;hanges</source>
        <translation>Pyydä &amp;muutoksia</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Hyväksy</translation>
    </message>
    <message>
        <source>Mark &amp;published</source>
        <translation>Merkitse &amp;julkaistuksi</translation>
    </message>
    <message>
        <source>Choose a &amp;version…</source>
        <translation>Valitse &amp;versio…</translation>
    </message>
    <message>
        <source>Reading the team space…</source>
        <translation>Luetaan tiimin tilaa…</translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation>%1 muokkaa</translation>
    </message>
    <message>
        <source>being edited</source>
        <translation>muokattavana</translation>
    </message>
    <message>
        <source>two versions: choose one</source>
        <translation>kaksi versiota: valitse toinen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>No posts in the team space yet.</source>
        <translation>Tiimin tilassa ei ole vielä julkaisuja.</translation>
    </message>
    <message>
        <source>Not shown (left as they are): %1</source>
        <translation>Ei näytetä (jätetty ennalleen): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n kommentti</numerusform>
            <numerusform>%n kommenttia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the team space left alone.</source>
        <translation>
            <numerusform>%n muu tiedosto tiimin tilassa jätettiin ennalleen.</numerusform>
            <numerusform>%n muuta tiedostoa tiimin tilassa jätettiin ennalleen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMessages</name>
    <message>
        <source>Someone else changed the post meanwhile. Both versions are kept in the team space; choose one in the Review list.</source>
        <translation>Joku muu muutti julkaisua sillä välin. Molemmat versiot on tallessa tiimin tilassa; valitse toinen tarkastuslistassa.</translation>
    </message>
    <message>
        <source>The post's status changed meanwhile; nothing was changed.</source>
        <translation>Julkaisun tila muuttui sillä välin; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The post has open errors.</source>
        <translation>Julkaisussa on avoimia virheitä.</translation>
    </message>
    <message>
        <source>This post was written by a newer composer. Update composer to open it; the file was left as it is.</source>
        <translation>Tämä julkaisu on tehty composerin uudemmalla versiolla. Päivitä composer avataksesi sen; tiedosto jätettiin ennalleen.</translation>
    </message>
    <message>
        <source>A file in the team space is not a usable post; it was left as it is.</source>
        <translation>Tiimin tilassa oleva tiedosto ei ole käyttökelpoinen julkaisu; se jätettiin ennalleen.</translation>
    </message>
    <message>
        <source>The team space refused access. Check the user name and password in Preferences.</source>
        <translation>Tiimin tila esti pääsyn. Tarkista käyttäjätunnus ja salasana asetuksista.</translation>
    </message>
    <message>
        <source>Not found in the team space.</source>
        <translation>Ei löydy tiimin tilasta.</translation>
    </message>
    <message>
        <source>Someone is editing it; try again later. Your change is kept.</source>
        <translation>Joku muokkaa sitä; yritä myöhemmin uudelleen. Muutoksesi on tallessa.</translation>
    </message>
    <message>
        <source>The team space's server failed. Your change is kept and sent later.</source>
        <translation>Tiimin tilan palvelin epäonnistui. Muutoksesi on tallessa ja lähetetään myöhemmin.</translation>
    </message>
    <message>
        <source>The team space cannot be reached. Your change is kept and sent when it can be.</source>
        <translation>Tiimin tilaan ei saada yhteyttä. Muutoksesi on tallessa ja lähetetään, kun se onnistuu.</translation>
    </message>
    <message>
        <source>The team space settings cannot be used.</source>
        <translation>Tiimin tilan asetuksia ei voi käyttää.</translation>
    </message>
    <message>
        <source>The post cannot be used.</source>
        <translation>Julkaisua ei voi käyttää.</translation>
    </message>
    <message>
        <source>The team space did not accept the change.</source>
        <translation>Tiimin tila ei hyväksynyt muutosta.</translation>
    </message>
</context>
<context>
    <name>TeamReview</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Valmis tarkastettavaksi</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Muutoksia pyydetty</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
</context>
<context>
    <name>TeamSettingsPage</name>
    <message>
        <source>Share posts for review through a folder your organisation already has (a network drive or a synchronised folder) or a WebDAV address such as Nextcloud's. Leave it empty to work alone.</source>
        <translation>Jaa julkaisut tarkastettaviksi organisaatiosi jo käyttämän kansion (verkkolevy tai synkronoitu kansio) tai WebDAV-osoitteen, kuten Nextcloudin, kautta. Jätä tyhjäksi, jos työskentelet yksin.</translation>
    </message>
    <message>
        <source>Team space</source>
        <translation>Tiimin tila</translation>
    </message>
    <message>
        <source>a folder, or https://…/remote.php/dav/files/USER/…</source>
        <translation>kansio tai https://…/remote.php/dav/files/KÄYTTÄJÄ/…</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Valitse k&amp;ansio…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Your name on comments</source>
        <translation>Nimesi kommenteissa</translation>
    </message>
    <message>
        <source>Password or app token</source>
        <translation>Salasana tai sovellustunnus</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ennallaan</translation>
    </message>
    <message>
        <source>Web addresses must use https. The password is kept in the system's credential store; for Nextcloud, create an app password in its security settings.</source>
        <translation>Verkko-osoitteiden on käytettävä https-yhteyttä. Salasana säilytetään järjestelmän tunnussäilössä; luo Nextcloudia varten sovellussalasana sen tietoturva-asetuksissa.</translation>
    </message>
    <message>
        <source>Team &amp;space:</source>
        <translation>Tiimin &amp;tila:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <source>Team space folder</source>
        <translation>Tiimin tilan kansio</translation>
    </message>
    <message>
        <source>Web addresses must use https (plain http only on this computer's own loopback address).</source>
        <translation>Verkko-osoitteiden on käytettävä https-yhteyttä (pelkkä http vain tämän tietokoneen omassa loopback-osoitteessa).</translation>
    </message>
    <message>
        <source>Password kept until composer closes</source>
        <translation>Salasana säilyy, kunnes composer suljetaan</translation>
    </message>
    <message>
        <source>This computer has no credential store, so the password is used only until composer closes.</source>
        <translation>Tässä tietokoneessa ei ole tunnussäilöä, joten salasanaa käytetään vain, kunnes composer suljetaan.</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message numerus="yes">
        <source>%n change(s) not sent (Team menu)</source>
        <translation>
            <numerusform>%n muutos jäi lähettämättä (Tiimi-valikko)</numerusform>
            <numerusform>%n muutosta jäi lähettämättä (Tiimi-valikko)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes &amp;not sent…</source>
        <translation>Lähettämättä jääneet &amp;muutokset…</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>&amp;Tiimi</translation>
    </message>
    <message>
        <source>&amp;Send for review</source>
        <translation>&amp;Lähetä tarkastettavaksi</translation>
    </message>
    <message>
        <source>&amp;Review list…</source>
        <translation>&amp;Tarkastuslista…</translation>
    </message>
    <message>
        <source>Review &amp;comments</source>
        <translation>Tarkastus&amp;kommentit</translation>
    </message>
    <message>
        <source>Send &amp;waiting changes now</source>
        <translation>Lähetä &amp;odottavat muutokset nyt</translation>
    </message>
    <message>
        <source>No team space</source>
        <translation>Ei tiimin tilaa</translation>
    </message>
    <message>
        <source>Choose the team space (a shared folder or a WebDAV address) in Edit › Preferences › Team space first.</source>
        <translation>Valitse ensin tiimin tila (jaettu kansio tai WebDAV-osoite) kohdassa Muokkaa › Asetukset › Tiimin tila.</translation>
    </message>
    <message>
        <source>Two versions kept</source>
        <translation>Kaksi versiota tallessa</translation>
    </message>
    <message>
        <source>Write the post first.</source>
        <translation>Kirjoita julkaisu ensin.</translation>
    </message>
    <message>
        <source>Sent for review, joined with another person's change to: %1.</source>
        <translation>Lähetetty tarkistettavaksi ja yhdistetty toisen henkilön muutokseen: %1.</translation>
    </message>
    <message>
        <source>Sent for review.</source>
        <translation>Lähetetty tarkastettavaksi.</translation>
    </message>
    <message>
        <source>The team space cannot be reached; the post waits in the outbox and is sent when it can be.</source>
        <translation>Tiimin tilaan ei saada yhteyttä; julkaisu odottaa lähtevissä ja lähetetään, kun se onnistuu.</translation>
    </message>
    <message>
        <source>Sending for review…</source>
        <translation>Lähetetään tarkastettavaksi…</translation>
    </message>
    <message>
        <source>%1 is editing this post (until %2).</source>
        <translation>%1 muokkaa tätä julkaisua (%2 asti).</translation>
    </message>
    <message>
        <source>%1 · version %2 · by %3</source>
        <translation>%1 · versio %2 · laatija %3</translation>
    </message>
    <message>
        <source>Comment on «%1»:</source>
        <translation>Kommentti kohtaan «%1»:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentti:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Approve your own post?</source>
        <translation>Hyväksytkö oman julkaisusi?</translation>
    </message>
    <message>
        <source>You sent this post for review yourself. Approve it without another person's reading?</source>
        <translation>Lähetit tämän julkaisun itse tarkistettavaksi. Hyväksytkö sen ilman toisen henkilön lukemista?</translation>
    </message>
    <message>
        <source>Approve with open errors?</source>
        <translation>Hyväksytäänkö avoimista virheistä huolimatta?</translation>
    </message>
    <message>
        <source>There is only one version now.</source>
        <translation>Nyt on vain yksi versio.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent to the team space.</source>
        <translation>
            <numerusform>%n muutos lähetetty tiimin tilaan.</numerusform>
            <numerusform>%n muutosta lähetetty tiimin tilaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n muutos odottaa lähettämistä</numerusform>
            <numerusform>%n muutosta odottaa lähettämistä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This post has %n open error(s). Approve it anyway? Your approval records that you accepted them.</source>
        <translation>
            <numerusform>Julkaisussa on %n avoin virhe. Hyväksytäänkö silti? Hyväksyntääsi kirjataan, että hyväksyit sen.</numerusform>
            <numerusform>Julkaisussa on %n avointa virhettä. Hyväksytäänkö silti? Hyväksyntääsi kirjataan, että hyväksyit ne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>T&amp;iimi</translation>
    </message>
</context>
<context>
    <name>UnsentDialog</name>
    <message>
        <source>Status change</source>
        <translation>Tilan muutos</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Lähetys tarkastettavaksi</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>The team space did not accept these changes. Try again once the reason is dealt with, or discard them.</source>
        <translation>Tiimin tila ei hyväksynyt näitä muutoksia. Yritä uudelleen, kun syy on korjattu, tai hylkää ne.</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Lähettämättä jääneet muutokset</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>Errors must be fixed before publishing</source>
        <translation>Virheet on korjattava ennen julkaisua</translation>
    </message>
    <message numerus="yes">
        <source>The text for {0} has %n error(s) that must be fixed before publishing:</source>
        <translation>
            <numerusform>Palvelun {0} tekstissä on %n virhe, joka on korjattava ennen julkaisua:</numerusform>
            <numerusform>Palvelun {0} tekstissä on %n virhettä, jotka on korjattava ennen julkaisua:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The post has %n error(s) that must be fixed before publishing on {0}:</source>
        <translation>
            <numerusform>Julkaisussa on %n virhe, joka on korjattava ennen julkaisua palveluissa {0}:</numerusform>
            <numerusform>Julkaisussa on %n virhettä, jotka on korjattava ennen julkaisua palveluissa {0}:</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Virheet</translation>
    </message>
    <message>
        <source>Copy anyway?</source>
        <translation>Kopioidaanko silti?</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Viedäänkö silti?</translation>
    </message>
    <message>
        <source>Copy anyway</source>
        <translation>Kopioi silti</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Vie silti</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <source>{0} needs an image or a video.</source>
        <translation>{0} vaatii kuvan tai videon.</translation>
    </message>
    <message>
        <source>Image 1 of {0}</source>
        <translation>Kuva 1/{0}</translation>
    </message>
</context>
<context>
    <name>NetworkLook</name>
    <message>
        <source>See more</source>
        <translation>Näytä lisää</translation>
    </message>
    <message>
        <source>…see more</source>
        <translation>…näytä lisää</translation>
    </message>
    <message>
        <source>… more</source>
        <translation>… lisää</translation>
    </message>
    <message>
        <source>…more</source>
        <translation>…lisää</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Näytä enemmän</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>Image without alt text</source>
        <translation>Kuva ilman alt-tekstiä</translation>
    </message>
    <message>
        <source>ALT: {0}</source>
        <translation>ALT: {0}</translation>
    </message>
    <message>
        <source>Image: {0}</source>
        <translation>Kuva: {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
</context>
<context>
    <name>PreviewImages</name>
    <message>
        <source>The image file is missing.</source>
        <translation>Kuvatiedosto puuttuu.</translation>
    </message>
    <message>
        <source>The image is too large to preview ({0}).</source>
        <translation>Kuva on liian suuri esikatseltavaksi ({0}).</translation>
    </message>
    <message>
        <source>The image cannot be read: {0}</source>
        <translation>Kuvaa ei voi lukea: {0}</translation>
    </message>
</context>
<context>
    <name>PublishGate</name>
    <message numerus="yes">
        <source>%n error(s) not fixed: went out anyway.</source>
        <translation>
            <numerusform>%n virhe jäi korjaamatta: se meni silti mukaan.</numerusform>
            <numerusform>%n virhettä jäi korjaamatta: ne menivät silti mukaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) still open.</source>
        <translation>
            <numerusform>%n varoitus on yhä avoinna.</numerusform>
            <numerusform>%n varoitusta on yhä avoinna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DictionaryManager</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Words in your dictionary</source>
        <translation>Omassa sanastossasi olevat sanat</translation>
    </message>
    <message>
        <source>New word</source>
        <translation>Uusi sana</translation>
    </message>
    <message>
        <source>A word to accept</source>
        <translation>Hyväksyttävä sana</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Words you added with “Add to dictionary”. Double-click a word to correct it.</source>
        <translation>Sanat, jotka lisäsit omaan sanastoon. Korjaa sanaa kaksoisnapsauttamalla sitä.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Ei muutettu: %1</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Emoji and special characters</source>
        <translation>Emojit ja erikoismerkit</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emojit</translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation>Erikoismerkit</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Etsi ja korvaa</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Etsi:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Korvaa &amp;tällä:</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>Sama &amp;kirjainkoko</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Etsi &amp;seuraava</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>K&amp;orvaa</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Korvaa k&amp;aikki</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sul&amp;je</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Etsittävä teksti</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Korvaava teksti</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ei osumia</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n osuma</numerusform>
            <numerusform>%n osumaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n version(s)</source>
        <translation>
            <numerusform>%n kieliversiossa</numerusform>
            <numerusform>%n kieliversiossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>Korvattiin %n osuma</numerusform>
            <numerusform>Korvattiin %n osumaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to composer</source>
        <translation>Tervetuloa composeriin</translation>
    </message>
    <message>
        <source>composer helps you write a post in every language your organisation uses and checks it against your organisation's social media guideline as you type. Nothing leaves this computer unless you ask for a machine translation.</source>
        <translation>composer auttaa kirjoittamaan julkaisun organisaatiosi kaikilla kielillä ja tarkistaa sen kirjoittaessasi organisaatiosi sosiaalisen median ohjetta vasten. Mitään ei lähetetä tältä tietokoneelta, ellet pyydä konekäännöstä.</translation>
    </message>
    <message>
        <source>&amp;Which organisation do you write for?</source>
        <translation>&amp;Mille organisaatiolle kirjoitat?</translation>
    </message>
    <message>
        <source>&amp;Usually published as:</source>
        <translation>&amp;Yleensä julkaisijana:</translation>
    </message>
    <message>
        <source>You can change both at any time above the editors.</source>
        <translation>Voit vaihtaa molemmat milloin tahansa tekstikenttien yläpuolella.</translation>
    </message>
    <message>
        <source>&amp;Start writing</source>
        <translation>&amp;Aloita kirjoittaminen</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>Channels and previews</source>
        <translation>Kanavat ja esikatselu</translation>
    </message>
    <message>
        <source>Show the &amp;findings</source>
        <translation>Näytä &amp;havainnot</translation>
    </message>
    <message>
        <source>Show the channel pre&amp;views</source>
        <translation>Näytä kanavien esi&amp;katselu</translation>
    </message>
</context>
<context>
    <name>WritingTools</name>
    <message>
        <source>Windows: Win+. (or Win+;) opens the emoji panel.</source>
        <translation>Windows: Win+. (tai Win+;) avaa emojipaneelin.</translation>
    </message>
    <message>
        <source>macOS: Ctrl+Cmd+Space opens Emoji &amp; Symbols.</source>
        <translation>macOS: Ctrl+Cmd+välilyönti avaa emojit ja symbolit.</translation>
    </message>
    <message>
        <source>Edit → Emoji and special characters (Ctrl+.) opens a small picker.</source>
        <translation>Muokkaa → Emojit ja erikoismerkit (Ctrl+.) avaa pienen valitsimen.</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3 (or Alt+1, 2, 3): go to the version in that column</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3 (tai Alt+1, 2, 3): siirry sarakkeen kieliversioon</translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous finding in the text</source>
        <translation>F8 / Vaihto+F8: seuraava / edellinen havainto tekstissä</translation>
    </message>
    <message>
        <source>Shift+F10 or the menu key: the editor's menu with corrections</source>
        <translation>Vaihto+F10 tai valikkonäppäin: tekstikentän valikko korjauksineen</translation>
    </message>
    <message>
        <source>Ctrl+F: find; Ctrl+H: find and replace in every version</source>
        <translation>Ctrl+F: etsi; Ctrl+H: etsi ja korvaa kaikissa kieliversioissa</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Y or Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Y tai Ctrl+Vaihto+Z: kumoa / tee uudelleen</translation>
    </message>
    <message>
        <source>Ctrl+plus / Ctrl+minus / Ctrl+0: text size</source>
        <translation>Ctrl+plus / Ctrl+miinus / Ctrl+0: tekstikoko</translation>
    </message>
    <message>
        <source>Ctrl+E: export all channels to a folder (File menu)</source>
        <translation>Ctrl+E: vie kaikki kanavat kansioon (Tiedosto-valikko)</translation>
    </message>
    <message>
        <source>Tab: the next field, the findings and their buttons</source>
        <translation>Sarkain: seuraava kenttä, havainnot ja niiden painikkeet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts and emoji</source>
        <translation>Pikanäppäimet ja emojit</translation>
    </message>
</context>
<context>
    <name>ReadabilityBadge</name>
    <message>
        <source>Clear</source>
        <translation>Selkeä</translation>
    </message>
    <message>
        <source>Fairly clear</source>
        <translation>Melko selkeä</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Raskas</translation>
    </message>
    <message>
        <source>Plain language: %1. What raises it: %2.</source>
        <translation>Selkeys: %1. Mikä raskauttaa: %2.</translation>
    </message>
    <message>
        <source>Plain language: clear. Short sentences and familiar words.</source>
        <translation>Selkeys: selkeä. Lyhyet virkkeet ja tutut sanat.</translation>
    </message>
    <message>
        <source>chains of genitive nouns</source>
        <translation>genetiiviketjut</translation>
    </message>
    <message>
        <source>long sentences</source>
        <translation>pitkät virkkeet</translation>
    </message>
    <message>
        <source>long words</source>
        <translation>pitkät sanat</translation>
    </message>
    <message>
        <source>mostly passive verbs</source>
        <translation>enimmäkseen passiivisia verbejä</translation>
    </message>
    <message>
        <source>nominal style (“-minen” nouns)</source>
        <translation>substantiivityyli (-minen-sanat)</translation>
    </message>
    <message>
        <source>participle constructions</source>
        <translation>partisiippirakenteet</translation>
    </message>
    <message>
        <source>readability index LIX %1</source>
        <translation>luettavuusindeksi LIX %1</translation>
    </message>
</context>
</TS>