"""The `grammar` rule family: Voikko's Finnish grammar checker through the engine, the
types it reports, the sentence cache and where it may run."""

from __future__ import annotations

import subprocess
import sys

import pytest

from composer import grammar as grammar_module
from composer.model import Severity
from composer.rules import grammar
from tests.rules.helpers import CLEAN_POSTS, assert_cited, assert_messages_complete, check

FAMILY = "grammar"


def found(text: str) -> list[tuple[str, Severity, str, tuple[str, ...]]]:
    versions = {"fi": text}
    return sorted((f.rule, f.severity, text[f.start:f.end], f.suggestions)
                  for f in check(versions, FAMILY))


def test_errors_with_voikkos_suggestions() -> None:
    text = ("Kirjasto on on auki tänään. Näyttely on avoinna joka päivä , tervetuloa! "
            "Hän sanoi: “Tulkaa mukaan.” Kaikki pystyivät tehdä sen ikäänkuin leikiten.")
    assert found(text) == [
        ("grammar.ma-infinitive", Severity.WARNING, "pystyivät tehdä", ()),
        ("grammar.quotation-mark", Severity.INFO, "“", ("”",)),
        ("grammar.repeated-word", Severity.WARNING, "on on", ("on",)),
        ("grammar.space-before-punctuation", Severity.WARNING, " ,", (",",)),
        ("grammar.word-division", Severity.WARNING, "ikäänkuin", ("ikään kuin",)),
    ]


def test_advice_is_info() -> None:
    text = "Tervetuloa  kaikki. tapahtuma on maksuton. Halvimmat mitä olen nähnyt ovat hyviä."
    assert [(rule, severity) for rule, severity, _, _ in found(text)] == [
        ("grammar.comma", Severity.INFO),
        ("grammar.extra-space", Severity.INFO),
        ("grammar.sentence-start", Severity.INFO),
    ]


def test_types_wrong_on_real_text_are_off() -> None:
    # Verbless sentences, no final punctuation, smileys, names inside a sentence.
    text = ("Tervetuloa koko perheen voimin :) Kesäteatteri Salainen puutarha Kokkolassa\n"
            "Lisätietoja kirjastosta")
    assert found(text) == []


def test_links_tags_and_deliberate_repeats_are_left_alone() -> None:
    text = ("Lue lisää www.kokkola.fi/kirjasto.html ja seuraa meitä. #kokkola on kiva. "
            "Tule tule mukaan! Hip hip hurraa!")
    assert found(text) == []


def test_swedish_and_english_get_only_the_space_before_punctuation() -> None:
    versions = {"sv": "Det det är bra , tror jag :)", "en": "The the library is open . See x.fi ."}
    assert [(f.rule, f.severity, f.language, f.suggestions) for f in check(versions, FAMILY)] == [
        ("grammar.space-before-punctuation", Severity.INFO, "en", (".",)),
        ("grammar.space-before-punctuation", Severity.INFO, "sv", (",",)),
    ]


def test_cited_and_clean_posts_pass() -> None:
    [finding] = check({"fi": "Kirjasto on on auki."}, FAMILY, organisation="jakobstad")
    assert_cited(finding, "jakobstad:language")
    [finding] = check({"fi": "Kirjasto on on auki."}, FAMILY, organisation="kokkola")
    assert_cited(finding, "law:administrative-procedure-act")
    for organisation, versions in CLEAN_POSTS:
        findings = check(versions, FAMILY, organisation=organisation)
        assert [f for f in findings if f.severity >= Severity.WARNING] == [], organisation


def test_sentences_are_cached() -> None:
    grammar_module.clear_cache()
    grammar_module.grammar_errors("Kirjasto on on auki. Uimahalli on auki.")
    before = grammar_module._sentence_errors.cache_info()
    grammar_module.grammar_errors("Kirjasto on on auki. Uimahalli on kiinni.")
    after = grammar_module._sentence_errors.cache_info()
    assert (after.hits - before.hits, after.misses - before.misses) == (1, 1)


def test_never_in_a_process_that_keeps_it_out() -> None:
    script = (
        "from composer import grammar\n"
        "assert grammar.grammar_errors('Kirjasto on on auki.')\n"
        "grammar.keep_out_of_this_process()\n"
        "assert grammar.grammar_errors('Talo on on auki.') == []\n"
        "import sys; assert 'libvoikko' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_never_beside_a_qt_application(monkeypatch: pytest.MonkeyPatch) -> None:
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from composer import grammar\n"
        "assert grammar.grammar_errors('Kirjasto on on auki.') == []\n"
        "import sys; assert 'libvoikko' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False, env={**__import__("os").environ,
                                                         "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr


def test_messages_complete() -> None:
    assert_messages_complete(grammar, text="on on", suggestion="on")


def test_a_noun_voikko_reads_as_a_verbs_wrong_infinitive_is_no_finding() -> None:
    # "pitää voimassa" is "keep in force" (the noun "voima"), not "must" + "voida".
    text = "Asetus sallii jäsenvaltioiden ottaa käyttöön tai pitää voimassa lisäsääntöjä."
    assert [rule for rule, *_ in found(text)] == []
    # The infinitive made of the verb itself is still the wrong one.
    assert [(rule, span) for rule, _, span, _ in found("Aion menemään kotiin.")] == [
        ("grammar.a-infinitive", "Aion menemään")]
