"""Shared pieces of the word-list rule tests: running one family through the engine,
describing findings by the text they cover, realistic clean posts, message checks."""

from __future__ import annotations

import string
from types import ModuleType

from composer.engine import Engine
from composer.i18n import UI_LANGUAGES
from composer.model import Finding, Post, Severity
from composer.resources import load_toml
from composer.rules import rule_ids


def check(
    versions: dict[str, str],
    family: str,
    *,
    organisation: str = "kokkola",
    role: str = "organisation",
    ui_language: str = "en",
) -> list[Finding]:
    post = Post(organisation=organisation, role=role, versions=versions)
    # A fresh engine: profiles are reloaded for every test, so no cached result may carry
    # over from another test's profile.
    return Engine().check(post, ui_language=ui_language, families=[family])


def spans(
    versions: dict[str, str], findings: list[Finding]
) -> list[tuple[str, Severity, str, str]]:
    """``(rule, severity, language, covered text)`` for each finding, sorted."""
    return sorted(
        (f.rule, f.severity, f.language or "", versions[f.language][f.start : f.end])
        for f in findings
    )


def assert_cited(finding: Finding, reference: str) -> None:
    assert finding.reference == reference
    assert finding.guideline.strip()
    assert finding.message.strip()


def assert_messages_complete(family: ModuleType | str, **params: str) -> None:
    """Every rule id the family (its name, or its module) reports has a message in en, fi
    and sv that formats."""
    if isinstance(family, ModuleType):
        family = family.RULES[0].family
    ids = rule_ids(family)
    assert ids
    for rule_id in ids:
        family, _, name = rule_id.partition(".")
        table = load_toml("messages", f"{family}.toml")[name]
        for language in UI_LANGUAGES:
            text = table[language]
            fields = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            assert fields <= set(params), (rule_id, language, fields)
            assert text.format(**params).strip()


# Realistic posts that none of the word-list families (personal-data, confidential,
# security, tone, facts, opinion) may flag: dates, times, prices, years, postal codes,
# service numbers and addresses, links, hashtags, abbreviations.
CLEAN_POSTS: list[tuple[str, dict[str, str]]] = [
    (
        "kokkola",
        {
            "fi": (
                "Kesäteatteri Salainen puutarha Kokkolan Halkokarissa 12.6.–14.6.2025 "
                "klo 18.00–20.30! Liput 15,00 € / 10 € (lapset alle 12 v. 5 €). "
                "Lipunmyynti puh. 040 806 5000 (arkisin klo 9–15) tai "
                "https://www.kokkola.fi/kesateatteri. Osoite: Halkokarintie 2, 67100 Kokkola. "
                "Kysyttävää? kulttuuri@kokkola.fi #LaajempiHorisontti #KokkolaKarleby"
            ),
            "sv": (
                "Sommarteatern Den hemliga trädgården i Karleby 12.6–14.6.2025 kl. 18–20.30! "
                "Biljetter 15,00 € / 10 €. Biljettförsäljning tfn 040 806 5000 "
                "(vardagar kl. 9–15) eller https://www.kokkola.fi/sv/sommarteater. "
                "Frågor? kulttuuri@kokkola.fi #KokkolaKarleby"
            ),
            "en": (
                "Summer theatre: The Secret Garden in Halkokari, Kokkola, 12–14 June 2025 "
                "at 6 pm. Tickets €15 / €10. Box office +358 40 806 5000 (weekdays 9–15). "
                "More: www.kokkola.fi/en #KokkolaKarleby"
            ),
        },
    ),
    (
        "jakobstad",
        {
            "sv": (
                "Välkommen till bibliotekets sagostund lördag 5.10 kl. 11! Gratis inträde. "
                "Kundtjänst 06 786 1111, bibliotek@jakobstad.fi. Det finns inga dumma "
                "frågor – fråga oss! Läs mer på www.jakobstad.fi/bibliotek #jakobstad "
                "#vigördettillsammans"
            ),
            "fi": (
                "Tervetuloa kirjaston satutuokioon lauantaina 5.10. klo 11! Vapaa pääsy. "
                "Asiakaspalvelu 06 786 1111, kirjasto@pietarsaari.fi. Ei ole tyhmiä "
                "kysymyksiä – kysy meiltä! KELA, HUS ja YLE ovat mukana tietoiskussa. "
                "#pietarsaari #teemmesenyhdessä"
            ),
            "en": (
                "Welcome to the library story hour on Saturday 5 October at 11 am. Free "
                "entry. Questions: bibliotek@jakobstad.fi or 06 786 1111. Remember to "
                "change your passwords regularly: our IT desk helps on weekdays."
            ),
        },
    ),
    (
        "naantali",
        {
            "fi": (
                "Naantalin kaupunginvaltuusto kokoontuu maanantaina 16.12.2024 klo 18. "
                "Kokous on julkinen ja sitä voi seurata suorana: www.naantali.fi/valtuusto. "
                "Tarjoamme myös maksutonta ja luottamuksellista keskusteluapua, neuvonta "
                "puh. 02 435 9800. Ovikoodi lähetetään ilmoittautuneille sähköpostilla. "
                "Kaupunki kannattaa uutta pyörätietä, ja opas kertoo, että museo on auki. "
                "Olemme kuulleet palautteenne, kiitos! Kirjaamo: kirjaamo@naantali.fi"
            ),
            "en": (
                "Naantali city council meets on Monday 16 December 2024 at 6 pm. The "
                "meeting is public and streamed at www.naantali.fi/council. Registry: "
                "kirjaamo@naantali.fi. In 2025 the budget is €120 million."
            ),
        },
    ),
]
