"""The `consistency` rules on realistic municipal posts: versions that agree in their own
notations come back clean; one changed detail in one version is flagged at its exact span."""

from __future__ import annotations

import pytest

from composer.engine import Engine
from composer.model import Finding, Post, Severity

#: Posts whose versions agree, each version in its own language's notation.
CLEAN_POSTS: dict[str, tuple[str, dict[str, str]]] = {
    "library_midsummer": (
        "kokkola",
        {
            "fi": (
                'Kaupunginkirjasto on suljettu juhannuksena pe 20.6. ja la 21.6. Lainat voi '
                'palauttaa palautusluukkuun, joka on auki koko ajan. Avoinna taas maanantaina '
                '23.6. klo 10–19. Hyvää juhannusta! #KokkolaKarleby'
            ),
            "sv": (
                'Stadsbiblioteket är stängt under midsommar fre 20.6 och lör 21.6. Lånen kan '
                'returneras i returluckan som är öppen hela tiden. Öppet igen måndag 23.6 kl. '
                '10–19. Glad midsommar! #KokkolaKarleby'
            ),
            "en": (
                'The city library is closed over Midsummer, Friday 20 June and Saturday 21 June. '
                'Loans can be returned through the return slot, which is open all the time. Open '
                'again on Monday 23 June, 10 am – 7 pm. Happy Midsummer! #KokkolaKarleby'
            ),
        },
    ),
    "swimming_hall": (
        "jakobstad",
        {
            "sv": (
                'Simhallen Campus Allegro har sommaröppettider 3.–14.6.: mån–fre kl. 6–20 och '
                'lör–sön kl. 10–18. Bastun är öppen till 19.30. Vuxna 7,50 €, barn 7–17 år 4 €. '
                'Mer info: www.jakobstad.fi/simhall eller tfn 06 786 1111.'
            ),
            "fi": (
                'Uimahalli Campus Allegrossa on kesäaukioloajat 3.–14.6.: ma–pe klo 6–20 ja la–su '
                'klo 10–18. Sauna on auki klo 19.30 asti. Aikuiset 7,50 €, lapset 7–17 v. 4 €. '
                'Lisätietoja: www.pietarsaari.fi/uimahalli tai puh. 06 786 1111.'
            ),
            "en": (
                'The Campus Allegro swimming hall has summer opening hours on June 3–14: Mon–Fri '
                '6 am – 8 pm and Sat–Sun 10 am – 6 pm. The sauna is open until 7.30 pm. Adults '
                '€7.50, children aged 7–17 €4. More info: www.jakobstad.fi/simhall or tel. +358 6 '
                '786 1111.'
            ),
        },
    ),
    "road_works": (
        "kokkola",
        {
            "fi": (
                'Tietyöt Isokadulla alkavat maanantaina 2.6.2025 ja kestävät noin kolme viikkoa. '
                'Kadun osuus Torikadulta Rantakadulle on suljettu liikenteeltä klo 7–18. '
                'Kiertotie on opastettu. Pahoittelemme häiriötä!'
            ),
            "sv": (
                'Vägarbetet på Storgatan börjar måndagen den 2 juni 2025 och pågår i ungefär tre '
                'veckor. Gatan är avstängd för trafik mellan Torggatan och Strandgatan kl. 7–18. '
                'Omvägen är skyltad. Vi ber om ursäkt för störningen!'
            ),
            "en": (
                'Road works on Isokatu start on Monday, June 2, 2025 and will last about three '
                'weeks. The street is closed to traffic between Torikatu and Rantakatu from 7 am '
                'to 6 pm. The detour is signposted. Sorry for the inconvenience!'
            ),
        },
    ),
    "concert": (
        "jakobstad",
        {
            "sv": (
                'Välkommen på sommarkonsert i Rådhusparken lördag 12.7 kl. 18! Biljetter 15 euro, '
                'barn under 12 år gratis. Förhandsbiljetter på @jakobstadsturism och via '
                'kultur@jakobstad.fi. #jakobstad'
            ),
            "fi": (
                'Tervetuloa kesäkonserttiin Raatihuoneenpuistoon lauantaina 12.7. klo 18! Liput '
                '15 euroa, alle 12-vuotiaat ilmaiseksi. Ennakkoliput @jakobstadsturism ja '
                'kultur@jakobstad.fi. #pietarsaari'
            ),
            "en": (
                'Welcome to the summer concert in Rådhusparken on Saturday 12 July at 6 pm! '
                'Tickets €15, children under 12 free. Advance tickets from @JakobstadsTurism and '
                'kultur@Jakobstad.fi.'
            ),
        },
    ),
    "council": (
        "kokkola",
        {
            "fi": (
                'Kaupunginvaltuusto kokoontuu maanantaina 16.6. klo 17 kaupungintalolla. '
                'Esityslistalla on mm. vuoden 2024 tilinpäätös ja 1,2 miljoonan euron '
                'lisätalousarvio. Kokousta voi seurata suorana osoitteessa kokkola.fi/valtuusto.'
            ),
            "sv": (
                'Stadsfullmäktige sammanträder måndag 16.6 kl. 17 i stadshuset. På '
                'föredragningslistan finns bland annat bokslutet för 2024 och en tilläggsbudget '
                'på 1,2 miljoner euro. Mötet kan följas direkt på kokkola.fi/valtuusto.'
            ),
            "en": (
                'The City Council meets on Monday 16 June at 5 pm in the City Hall. On the agenda '
                'are the 2024 financial statements and a supplementary budget of 1.2 million '
                'euros. The meeting can be followed live at kokkola.fi/valtuusto.'
            ),
        },
    ),
    "summer_jobs": (
        "kokkola",
        {
            "fi": (
                'Kesätyöhaku 15–17-vuotiaille nuorille on auki 1.3.–31.3.2025. Kaupunki tarjoaa '
                '120 kesätyöpaikkaa, ja työjakso on kaksi viikkoa. Palkka on 500 €. Hae '
                'osoitteessa kokkola.fi/kesatyo!'
            ),
            "sv": (
                'Sommarjobbsansökan för unga i åldern 15–17 år är öppen 1.3–31.3.2025. Staden '
                'erbjuder 120 sommarjobb och arbetsperioden är två veckor. Lönen är 500 euro. Sök '
                'på kokkola.fi/kesatyo!'
            ),
            "en": (
                'Applications for summer jobs for young people aged 15–17 are open from 1 March '
                'to 31 March 2025. The city offers 120 summer jobs, and each period lasts two '
                'weeks. The pay is €500. Apply at kokkola.fi/kesatyo!'
            ),
        },
    ),
    "water_outage": (
        "naantali",
        {
            "fi": (
                'Vesikatko Luonnonmaalla tiistaina 10.6. klo 9–13 vesijohtotöiden vuoksi. Katko '
                'koskee Ukkopekantietä ja sen sivukatuja. Varaathan vettä etukäteen. Lisätiedot: '
                'vesilaitos, puh. 02 434 5111.'
            ),
            "sv": (
                'Vattenavbrott på Luonnonmaa tisdag 10.6 kl. 9–13 på grund av '
                'vattenledningsarbeten. Avbrottet gäller Ukkopekantie och dess sidogator. Spara '
                'vatten i förväg. Mer information: vattenverket, tfn 02 434 5111.'
            ),
        },
    ),
    "museum": (
        "naantali",
        {
            "fi": (
                'Naantalin museo on avoinna 15.5.–31.8. ti–su klo 11–17. Pääsymaksu 5 €, '
                'eläkeläiset 3 €. Museokortilla sisään veloituksetta. Tervetuloa!'
            ),
            "en": (
                'Naantali Museum is open from 15 May to 31 August, Tue–Sun 11 am – 5 pm. '
                'Admission €5, pensioners €3. Free entry with the Museum Card. Welcome!'
            ),
        },
    ),
    "short_summary": (
        "kokkola",
        {
            "fi": (
                'Kaupunginkirjaston pääkirjasto on remontin vuoksi suljettu 1.–14.7. Lainoja voi '
                'palauttaa Kaarlelan ja Ykspihlajan lähikirjastoihin, jotka ovat auki ma–to klo '
                '12–19 ja pe klo 10–16. Eräpäiviä jatketaan automaattisesti. Kysy lisää: '
                'kirjasto@kokkola.fi tai puh. 040 806 5111.'
            ),
            "sv": (
                'Huvudbiblioteket är stängt 1–14 juli på grund av renovering. Mer info på '
                'svenska: kirjasto@kokkola.fi.'
            ),
            "en": (
                'The main library is closed on July 1–14 for renovation.'
            ),
        },
    ),
    "snow": (
        "kokkola",
        {
            "fi": (
                'Lumityöt: Aurauskalusto liikkuu tänä yönä klo 22 alkaen keskustassa. Siirräthän '
                'autosi pois kadunvarresta, ettei sitä tarvitse siirtää. Kiitos! 1. vaiheessa '
                'aurataan pääkadut, 2. vaiheessa asuntokadut.'
            ),
            "sv": (
                'Snöröjning: Plogbilarna kör i centrum från kl. 22 i natt. Flytta din bil från '
                'gatan så att den inte behöver flyttas. Tack! I första skedet plogas '
                'huvudgatorna, i andra skedet bostadsgatorna.'
            ),
            "en": (
                'Snow clearing: ploughs are working in the centre from 10 pm tonight. Please move '
                'your car off the street so that it does not need to be towed. Thank you! First '
                'the main streets are cleared, then the residential streets.'
            ),
        },
    ),
    "market": (
        "jakobstad",
        {
            "sv": (
                'Skördemarknad på Salutorget lördag 6.9 kl. 9–15. Över 40 försäljare med lokala '
                'produkter! Parkering vid Skolhusgatan 12. Fri entré.'
            ),
            "fi": (
                'Sadonkorjuumarkkinat Kauppatorilla lauantaina 6. syyskuuta klo 9–15. Yli 40 '
                'myyjää ja paikallisia tuotteita! Pysäköinti Koulukatu 12:ssa. Vapaa pääsy.'
            ),
            "en": (
                'Harvest market at the Market Square on Saturday, September 6, from 9 am to 3 pm. '
                'Over 40 sellers with local products! Parking at Skolhusgatan 12. Free entry.'
            ),
        },
    ),
    "vaccination": (
        "kokkola",
        {
            "fi": (
                'Influenssarokotukset alkavat ti 4.11. terveysasemalla. Ajanvaraus numerosta 06 '
                '828 7450 ma–pe klo 8–15. Rokotus on maksuton yli 65-vuotiaille. Osoite: '
                'Mariankatu 16–20, 67200 Kokkola.'
            ),
            "sv": (
                'Influensavaccinationerna börjar tis 4.11 på hälsostationen. Tidsbokning på '
                'nummer 06 828 7450 mån–fre kl. 8–15. Vaccinationen är avgiftsfri för personer '
                'över 65 år. Adress: Mariegatan 16–20, 67200 Karleby.'
            ),
            "en": (
                'Flu vaccinations start on Tuesday 4 November at the health centre. Book an '
                'appointment at +358 6 828 7450, Mon–Fri 8 am – 3 pm. Vaccination is free for '
                'people over 65. Address: Mariankatu 16–20, Kokkola.'
            ),
        },
    ),
    "sports": (
        "kokkola",
        {
            "fi": (
                'Kesän liikuntakerhot 6–12-vuotiaille alkavat 9.6. Kerhoja on joka arkipäivä klo '
                '9.30–11.30 ja hinta on 30 €/viikko. Ilmoittautuminen 20.5. mennessä: '
                'kokkola.fi/liikunta'
            ),
            "sv": (
                'Sommarens idrottsklubbar för 6–12-åringar börjar 9.6. Klubbarna hålls varje '
                'vardag kl. 9.30–11.30 och priset är 30 € per vecka. Anmälan senast 20.5: '
                'kokkola.fi/liikunta'
            ),
            "en": (
                'Summer sports clubs for 6–12-year-olds start on 9 June. Clubs are held every '
                'weekday 9:30–11:30 am and the price is €30 per week. Register by 20 May: '
                'kokkola.fi/liikunta'
            ),
        },
    ),
    "election": (
        "kokkola",
        {
            "fi": (
                'Ennakkoäänestys on 28.5.–3.6. kaupungintalolla ma–pe klo 9–20 ja la–su klo '
                '10–16. Varsinainen vaalipäivä on sunnuntaina 9.6.2024. Viime vaaleissa äänesti 2 '
                '500 ennakkoon. Äänestyspaikkoja on 12. Muista ottaa henkilöllisyystodistus '
                'mukaan!'
            ),
            "sv": (
                'Förhandsröstningen pågår 28.5–3.6 i stadshuset mån–fre kl. 9–20 och lör–sön kl. '
                '10–16. Den egentliga valdagen är söndag 9.6. I förra valet förhandsröstade 2 500 '
                'personer. Det finns 12 röstningsställen. Kom ihåg att ta med identitetsbevis!'
            ),
            "en": (
                'Advance voting is held from 28 May to 3 June at the City Hall, Mon–Fri 9 am – 8 '
                'pm and Sat–Sun 10 am – 4 pm. Election day is Sunday 9 June 2024. In the last '
                'election, 2,500 people voted in advance. There are 12 polling stations. Remember '
                'to bring an ID!'
            ),
        },
    ),
    "anniversary": (
        "jakobstad",
        {
            "sv": (
                'Jakobstads sommarteater firar sitt 40:e år! Sedan 1985 har teatern haft över 100 '
                '000 besökare. Årets pjäs spelas 1–20 juli, tis–lör kl. 19. Biljetter från 25 €. '
                'Spelplatsen ligger 1,5 km från torget.'
            ),
            "fi": (
                'Pietarsaaren kesäteatteri juhlii 40. vuottaan! Teatterissa on vieraillut yli 100 '
                '000 katsojaa. Tämän vuoden näytelmä esitetään 1.–20.7. ti–la klo 19. Liput '
                'alkaen 25 €. Esityspaikka on 1,5 km päässä torilta.'
            ),
            "en": (
                'Jakobstad summer theatre celebrates its 40th year! Since 1985 the theatre has '
                "had more than 100,000 visitors. This year's play runs July 1–20, Tue–Sat at 7 "
                'pm. Tickets from €25. The venue is 1.5 km from the market square.'
            ),
        },
    ),
    "recycling": (
        "naantali",
        {
            "fi": (
                'Vaarallisen jätteen keräyskierros: kiertävä keräysauto pysähtyy Naantalin '
                'torilla keskiviikkona 17.9. klo 15–16 ja Rymättylässä torstaina 18.9. klo 17–18. '
                'Keräys on kotitalouksille maksuton. Lisätiedot: neuvonta@lsjh.fi'
            ),
            "sv": (
                'Insamling av farligt avfall: insamlingsbilen stannar på torget i Nådendal onsdag '
                '17.9 kl. 15–16 och i Rimito torsdag 18.9 kl. 17–18. Insamlingen är gratis för '
                'hushåll. Mer information: neuvonta@lsjh.fi'
            ),
            "en": (
                'Hazardous waste collection: the collection truck stops at the Naantali market '
                'square on Wednesday 17 September, 3–4 pm, and in Rymättylä on Thursday 18 '
                'September, 5–6 pm. Collection is free of charge for households. More '
                'information: neuvonta@lsjh.fi'
            ),
        },
    ),
    "one_word": (
        "kokkola",
        {
            "fi": (
                'Kaupunki etsii yhtä kesätyöntekijää puistotöihin. Työ alkaa 2.6. ja kestää kuusi '
                'viikkoa. Hakuaika päättyy perjantaina 16.5. klo 16. Lisätietoja antaa '
                'puistopäällikkö, puh. 044 780 9876.'
            ),
            "sv": (
                'Staden söker en sommararbetare till parkarbeten. Arbetet börjar 2.6 och pågår i '
                'sex veckor. Ansökningstiden går ut fredag 16.5 kl. 16. Mer information ger '
                'parkchefen, tfn 044 780 9876.'
            ),
            "en": (
                'The city is looking for one summer worker for park work. The job starts on 2 '
                'June and lasts six weeks. Applications close at 4 pm on 16 May. For more '
                'information, contact the park manager, tel. 044 780 9876.'
            ),
        },
    ),
    "christmas": (
        "jakobstad",
        {
            "sv": (
                '🎄 Julmarknad på Rådhustorget 13–14.12!\n\n• Lördag kl. 10–17\n'
                '• Söndag kl. 11–16\n'
                '\nÖver 60 utställare, glögg och tomten kl. 14 båda dagarna. Läs mer: '
                'jakobstad.fi/julmarknad2025 #jakobstad #vigördettillsammans'
            ),
            "fi": (
                '🎄 Joulumarkkinat Raatihuoneentorilla 13.–14.12.!\n\n• Lauantaina klo 10–17\n• '
                'Sunnuntaina klo 11–16\n\nYli 60 näytteilleasettajaa, glögiä ja joulupukki klo 14 '
                'molempina päivinä. Lue lisää: pietarsaari.fi/joulumarkkinat2025 #pietarsaari '
                '#teemmesenyhdessä'
            ),
            "en": (
                '🎄 Christmas market at Rådhustorget on 13–14 December!\n\n• Saturday 10 am – 5 '
                'pm\n• Sunday 11 am – 4 pm\n\nMore than 60 exhibitors, mulled wine and Santa at 2 '
                'pm on both days. Read more: jakobstad.fi/julmarknad2025'
            ),
        },
    ),
    "waste": (
        "kokkola",
        {
            "fi": (
                'Jäteaseman aukioloajat muuttuvat 1.10. alkaen: ti ja to klo 12–19, la klo '
                '9–14. Maanantaisin, keskiviikkoisin ja perjantaisin asema on suljettu. '
                'Sekajätteen hinta on 25 €/m³.'
            ),
            "sv": (
                'Avfallsstationens öppettider ändras från 1.10: tis och tors kl. 12–19, lör kl. '
                '9–14. Måndagar, onsdagar och fredagar är stationen stängd. Priset för '
                'blandavfall är 25 €/m³.'
            ),
            "en": (
                "The waste station's opening hours change from 1 October: Tue and Thu 12–7 pm, "
                'Sat 9 am – 2 pm. On Mondays, Wednesdays and Fridays the station is closed. '
                'Mixed waste costs €25/m³.'
            ),
        },
    ),
    "daycare": (
        "kokkola",
        {
            "fi": (
                'Varhaiskasvatuksen haku syksyllä 2025 alkavaan hoitoon päättyy 31.3. Hakemus '
                'tulee jättää viimeistään neljä kuukautta ennen hoidon tarvetta. Lisätietoja '
                'palveluohjauksesta ma–pe klo 9–11 numerosta 040 489 5555.'
            ),
            "sv": (
                'Ansökan till småbarnspedagogik som börjar hösten 2025 går ut 31.3. Ansökan ska '
                'lämnas in senast fyra månader innan behovet. Mer information ger '
                'servicehandledningen mån–fre kl. 9–11 på numret 040 489 5555.'
            ),
            "en": (
                'Applications for early childhood education starting in autumn 2025 close on 31 '
                'March. Apply at least four months before care is needed. Service guidance '
                'answers Mon–Fri 9–11 am at +358 40 489 5555.'
            ),
        },
    ),
    "budget": (
        "kokkola",
        {
            "fi": (
                'Kaupunginhallitus esittää ensi vuoden talousarvioksi 412,5 miljoonaa euroa. '
                'Investointeihin varataan 38 milj. euroa, josta 12 milj. euroa koulujen '
                'peruskorjauksiin. Veroprosentti pysyy 8,9:ssä.'
            ),
            "sv": (
                'Stadsstyrelsen föreslår en budget på 412,5 miljoner euro för nästa år. För '
                'investeringar reserveras 38 miljoner euro, varav 12 miljoner euro för '
                'grundrenovering av skolor. Skattesatsen förblir 8,9 procent.'
            ),
            "en": (
                'The City Board proposes a budget of 412.5 million euros for next year. 38 '
                'million euros is reserved for investments, 12 million of it for school '
                'renovations. The tax rate stays at 8.9 per cent.'
            ),
        },
    ),
    "football": (
        "naantali",
        {
            "fi": (
                'Naantalin jalkapallokenttä on kunnostustöiden vuoksi suljettu 5.–25.8. '
                'Harjoitukset siirtyvät Kuparivuoren kentälle. Kiitos kärsivällisyydestä! ⚽'
            ),
            "sv": (
                'Fotbollsplanen i Nådendal är stängd 5–25 augusti på grund av renovering. '
                'Träningarna flyttas till Kuparivuori-planen. Tack för tålamodet! ⚽'
            ),
            "en": (
                'Naantali football field is closed on August 5–25 for renovation. Training '
                'moves to the Kuparivuori field. Thank you for your patience! ⚽'
            ),
        },
    ),
    "theatre": (
        "naantali",
        {
            "fi": (
                'Kesäteatterin ensi-ilta on perjantaina 27.6. klo 19! Esityksiä on heinäkuun '
                'loppuun asti ke–su. Liput 28 €, eläkeläiset ja opiskelijat 24 €, lapset alle '
                '12 v. 15 €. Lippuja myy naantalinkesateatteri.fi'
            ),
            "en": (
                'The summer theatre premiere is on Friday, 27 June at 7 pm! Performances run '
                'Wed–Sun until the end of July. Tickets €28, pensioners and students €24, '
                'children under 12 €15. Tickets at naantalinkesateatteri.fi'
            ),
        },
    ),
    "bus": (
        "jakobstad",
        {
            "sv": (
                'Från måndag 18.8 kör stadsbussen enligt vintertidtabellen. Bussen avgår från '
                'busstationen varje timme kl. 7.15–17.15. En enkelbiljett kostar 3 €, ett '
                'månadskort 45 €. Tidtabellen finns på jakobstad.fi/buss.'
            ),
            "fi": (
                'Maanantaista 18.8. alkaen kaupunkibussi kulkee talviaikataulun mukaan. Bussi '
                'lähtee linja-autoasemalta tunnin välein klo 7.15–17.15. Kertalippu maksaa 3 €, '
                'kuukausikortti 45 €. Aikataulu: pietarsaari.fi/bussi.'
            ),
            "en": (
                'From Monday 18 August, the city bus runs on the winter timetable. The bus '
                'leaves the bus station every hour 7:15 am – 5:15 pm. A single ticket costs €3 '
                'and a monthly pass €45. Timetable: jakobstad.fi/buss.'
            ),
        },
    ),
    "greeting": (
        "kokkola",
        {
            "fi": (
                'Hyvää itsenäisyyspäivää! 🇫🇮'
            ),
            "sv": (
                'Glad självständighetsdag! 🇫🇮'
            ),
            "en": (
                'Happy Independence Day! 🇫🇮'
            ),
        },
    ),
    "storm": (
        "kokkola",
        {
            "fi": (
                'Myrskyvaroitus: Ilmatieteen laitos varoittaa yli 25 m/s tuulenpuuskista '
                'torstai-iltana. Vältä liikkumista metsissä ja rannoilla. Kaatuneista puista '
                'voi ilmoittaa numeroon 06 828 9111 (24/7).'
            ),
            "sv": (
                'Stormvarning: Meteorologiska institutet varnar för vindbyar på över 25 m/s på '
                'torsdagskvällen. Undvik att röra dig i skog och på stränder. Fallna träd kan '
                'anmälas till 06 828 9111 (dygnet runt).'
            ),
            "en": (
                'Storm warning: the Finnish Meteorological Institute warns of gusts over 25 m/s '
                'on Thursday evening. Avoid forests and shores. Report fallen trees to +358 6 '
                '828 9111 (24/7).'
            ),
        },
    ),
}


def consistency(post: Post, ui_language: str = "en") -> list[Finding]:
    return Engine().check(post, ui_language=ui_language, families=["consistency"])


def post_of(name: str, **changes: tuple[str, str]) -> Post:
    """The clean post ``name`` with ``old`` replaced by ``new`` in the given versions."""
    organisation, versions = CLEAN_POSTS[name]
    versions = dict(versions)
    for language, (old, new) in changes.items():
        assert versions[language].count(old) == 1, (language, old)
        versions[language] = versions[language].replace(old, new)
    return Post(organisation=organisation, versions=versions)


def flagged(findings: list[Finding], post: Post) -> list[tuple[str, str, str]]:
    return [
        (f.rule, f.language or "", post.text(f.language or "")[f.start:f.end])
        for f in findings
        if f.severity >= Severity.WARNING
    ]


@pytest.mark.parametrize("name", sorted(CLEAN_POSTS))
def test_agreeing_versions_are_clean(name: str) -> None:
    post = post_of(name)
    assert consistency(post) == []


# (post, language, old text, new text, rule, flagged text)
CHANGES = [
    ("library_midsummer", "sv", "kl. 10–19", "kl. 10–18", "consistency.time", "18"),
    ("library_midsummer", "en", "Monday 23 June", "Monday 24 June", "consistency.date",
     "24 June"),
    ("library_midsummer", "en", "Monday 23", "Tuesday 23", "consistency.weekday", "Tuesday"),
    ("library_midsummer", "fi", "pe 20.6.", "pe 19.6.", "consistency.date", "19.6."),
    ("swimming_hall", "fi", "3.–14.6.", "3.–15.6.", "consistency.date", "15.6."),
    ("swimming_hall", "en", "€7.50", "€7.00", "consistency.price", "€7.00"),
    ("swimming_hall", "sv", "7,50 €", "7,00 €", "consistency.price", "7,00 €"),
    ("swimming_hall", "en", "+358 6 786 1111", "+358 6 786 1112", "consistency.phone",
     "+358 6 786 1112"),
    ("swimming_hall", "fi", "la–su klo 10–18", "la–su klo 10–17", "consistency.time", "17"),
    ("swimming_hall", "en", "Mon–Fri", "Mon–Thu", "consistency.weekday", "Thu"),
    ("road_works", "en", "7 am to 6 pm", "7 am to 5 pm", "consistency.time", "5 pm"),
    ("road_works", "sv", "2 juni 2025", "2 juni 2026", "consistency.date", "2 juni 2026"),
    ("concert", "en", "kultur@Jakobstad.fi", "kulttuuri@jakobstad.fi", "consistency.email",
     "kulttuuri@jakobstad.fi"),
    ("concert", "fi", "@jakobstadsturism", "@pietarsaarenmatkailu", "consistency.mention",
     "@pietarsaarenmatkailu"),
    ("concert", "en", "Tickets €15", "Tickets €12", "consistency.price", "€12"),
    ("council", "en", "1.2 million", "2.1 million", "consistency.number", "2.1"),
    ("council", "sv", "bokslutet för 2024", "bokslutet för 2023", "consistency.year", "2023"),
    ("summer_jobs", "en", "120 summer jobs", "100 summer jobs", "consistency.number", "100"),
    ("water_outage", "sv", "kl. 9–13", "kl. 9–14", "consistency.time", "14"),
    ("museum", "en", "Tue–Sun", "Wed–Sun", "consistency.weekday", "Wed"),
    ("election", "sv", "söndag 9.6.", "söndag 16.6.", "consistency.date", "16.6."),
    ("election", "en", "2,500 people", "2,000 people", "consistency.number", "2,000"),
    ("anniversary", "fi", "klo 19", "klo 18", "consistency.time", "klo 18"),
    ("recycling", "fi", "keskiviikkona 17.9.", "tiistaina 17.9.", "consistency.weekday",
     "tiistaina"),
    ("one_word", "sv", "044 780 9876", "044 780 9867", "consistency.phone", "044 780 9867"),
    ("sports", "en", "9:30–11:30 am", "9–11:30 am", "consistency.time", "9"),
    ("vaccination", "en", "+358 6 828 7450", "+358 6 828 7540", "consistency.phone",
     "+358 6 828 7540"),
    ("christmas", "en", "Santa at 2 pm", "Santa at 3 pm", "consistency.time", "3 pm"),
    ("christmas", "fi", "13.–14.12.", "13.–15.12.", "consistency.date", "15.12."),
    ("waste", "sv", "lör kl. 9–14", "lör kl. 9–15", "consistency.time", "15"),
    ("waste", "en", "€25/m³", "€35/m³", "consistency.price", "€35"),
    ("budget", "sv", "412,5 miljoner", "421,5 miljoner", "consistency.number", "421,5"),
    ("theatre", "en", "children under 12 €15", "children under 12 €16", "consistency.price",
     "€16"),
    ("bus", "fi", "klo 7.15–17.15", "klo 7.15–17.45", "consistency.time", "17.45"),
    ("storm", "sv", "06 828 9111", "06 828 9112", "consistency.phone", "06 828 9112"),
]


@pytest.mark.parametrize(("name", "language", "old", "new", "rule", "marked"), CHANGES)
def test_one_changed_detail_is_flagged_at_its_span(
    name: str, language: str, old: str, new: str, rule: str, marked: str
) -> None:
    post = post_of(name, **{language: (old, new)})
    findings = consistency(post)
    assert flagged(findings, post) == [(rule, language, marked)]
    finding = next(f for f in findings if f.severity == Severity.WARNING)
    text = post.text(language)
    start = text.index(new) + new.index(marked)
    assert (finding.start, finding.end) == (start, start + len(marked))
    assert finding.severity == Severity.WARNING


def test_the_version_against_the_majority_is_flagged_even_if_first() -> None:
    # Kokkola's first language is Finnish, but Swedish and English agree on 17.
    post = post_of("council", fi=("klo 17", "klo 18"))
    assert flagged(consistency(post), post) == [("consistency.time", "fi", "klo 18")]


def test_between_two_versions_the_later_language_is_flagged() -> None:
    # Jakobstad writes Swedish first: in a two-version post the Finnish one is marked.
    post = post_of("swimming_hall", fi=("3.–14.6.", "4.–14.6."))
    post.versions.pop("en")
    assert flagged(consistency(post), post) == [("consistency.date", "fi", "4.")]
    kokkola = post_of("water_outage", sv=("kl. 9–13", "kl. 10–13"))
    kokkola.organisation = "kokkola"
    assert flagged(consistency(kokkola), kokkola) == [("consistency.time", "sv", "10")]


def test_message_names_both_notations_and_the_other_version() -> None:
    post = post_of("library_midsummer", sv=("kl. 10–19", "kl. 10–18"))
    finding = consistency(post)[0]
    assert finding.message == (
        "The time “18:00” does not match the Finnish version (“19:00”)."
    )
    assert "Kellonaika ”18.00”" in consistency(post, "fi")[0].message
    assert "versionen på finska" in consistency(post, "sv")[0].message
    assert finding.reference == "kokkola:facts"


def test_different_notations_of_the_same_details_agree() -> None:
    post = Post(
        organisation="kokkola",
        versions={
            "fi": "Kirpputori la 7.6. klo 10–14 torilla. Pöytävuokra 5 €. Tiedustelut "
                  "puh. 040 123 4567 tai kirpputori@kokkola.fi.",
            "sv": "Loppis lördag 7 juni kl. 10-14 på torget. Bordshyra 5,00 euro. Frågor "
                  "tfn +358 40 123 4567 eller Kirpputori@Kokkola.fi.",
            "en": "Flea market on Saturday, June 7, 10 am – 2 pm at the market square. Table "
                  "rent EUR 5. Questions: +358 (0)40 123 4567 or kirpputori@kokkola.fi.",
        },
    )
    assert consistency(post) == []


def test_year_or_weekday_in_one_version_only_is_fine() -> None:
    post = Post(
        organisation="kokkola",
        versions={
            "fi": "Kaupungintalo on suljettu maanantaina 2.6.2025 sähkökatkon vuoksi. "
                  "Palvelemme taas tiistaina.",
            "sv": "Stadshuset är stängt 2.6 på grund av ett elavbrott. Vi betjänar igen "
                  "dagen därpå.",
        },
    )
    assert consistency(post) == []


def test_numbers_only_clash_when_both_versions_give_as_many() -> None:
    post = Post(
        organisation="kokkola",
        versions={
            "fi": "Kurssille mahtuu 20 osallistujaa. Kurssi on tarkoitettu 12–15-vuotiaille, "
                  "ja sen vetää kaksi ohjaajaa.",
            "sv": "Kursen har plats för 20 deltagare. Den är för 12–15-åringar och leds av "
                  "2 ledare.",
        },
    )
    assert consistency(post) == []


def test_english_time_ranges_ages_and_scores_agree_with_the_finnish() -> None:
    def warned(fi: str, en: str) -> list[tuple[str, str]]:
        post = Post(organisation="naantali", versions={"fi": fi, "en": en})
        return [(f.rule, en[f.start or 0:f.end or 0]) for f in consistency(post)
                if f.severity == Severity.WARNING]

    # The range's pm is also its start's; "12 noon" is 12.00; "under-18s" is 18.
    assert warned("Kurssi kokoontuu tiistaisin klo 17.30–19 koululla.",
                  "The course meets on Tuesdays from 5.30 to 7 pm at the school.") == []
    assert warned("Konsertti sunnuntaina klo 19.30–21.", "Concert on Sunday 7.30–9 pm.") == []
    assert warned("Luistelu sunnuntaisin klo 13–14.30, alle 12-vuotiaille kypärä.",
                  "Skating on Sundays from 1 to 2.30 pm, helmets for under 12s.") == []
    assert warned("Satutuokio klo 12, alle 18-vuotiaat pääsevät maksutta. Katu 39.",
                  "Story time at 12 noon; under-18s get in free. Street 39.") == []
    assert warned("Joukkue voitti lauantaina erin 3–1.",
                  "The team won on Saturday 3–1 in sets.") == []
    # A time changed in one version is still one.
    assert warned("Kurssi kokoontuu tiistaisin klo 17.30–19 koululla.",
                  "The course meets on Tuesdays from 6.30 to 8 pm at the school.") == [
        ("consistency.time", "6.30"), ("consistency.time", "8 pm")]


def test_words_for_numbers_are_not_compared_with_digits() -> None:
    post = Post(
        organisation="naantali",
        versions={
            "fi": "Etsimme yhtä vapaaehtoista auttamaan kirjaston lukupiirissä.",
            "en": "We are looking for 1 volunteer to help with the library reading circle.",
        },
    )
    assert consistency(post) == []


def test_detail_missing_from_a_comparable_version_is_an_info() -> None:
    post = post_of("road_works", sv=("kl. 7–18", "dagtid"))
    findings = consistency(post)
    assert {(f.rule, f.severity) for f in findings} == {("consistency.missing", Severity.INFO)}
    marked = [(f.language, post.text(f.language or "")[f.start:f.end]) for f in findings]
    assert marked == [("en", "7 am"), ("en", "6 pm"), ("fi", "7"), ("fi", "18")]
    assert findings[2].message == (
        "Only this version mentions “7:00”; the Swedish version does not."
    )


def test_a_short_summary_may_leave_details_out() -> None:
    post = post_of("short_summary")
    assert consistency(post) == []


def test_a_single_version_has_nothing_to_compare() -> None:
    organisation, versions = CLEAN_POSTS["water_outage"]
    assert consistency(Post(organisation=organisation, versions={"fi": versions["fi"]})) == []


def test_centuries_decades_and_numbers_in_words_agree_in_any_notation() -> None:
    from composer.engine import Engine
    from composer.model import Post

    engine = Engine()

    def clashes(versions: dict[str, str]) -> list[tuple[str | None, str]]:
        post = Post(organisation="kokkola", versions=versions)
        return [(f.language, versions[f.language or ""][f.start or 0:f.end or 0])
                for f in engine.check(post, families=["consistency"]) if f.severity >= 1]

    assert clashes({
        "fi": "Kirkko rakennettiin 500-luvulla, ja sillä on kolme tornia.",
        "sv": "Kyrkan byggdes på 500-talet och har 3 torn.",
        "en": "The church was built in the 6th century and has three towers.",
    }) == []
    assert clashes({"fi": "Talo valmistui 1990-luvulla, ja siinä on 5 kerrosta.",
                    "en": "The house was finished in the 1980s and has 5 floors."}) == [
        ("en", "1980s")]
    assert clashes({"fi": "Kirkko on 1500-luvulta.", "sv": "Kyrkan är från 1600-talet."}) == [
        ("sv", "1600-talet")]
