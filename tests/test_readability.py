"""Readability measures and the thresholds an organisation may tune."""

from __future__ import annotations

import os
from pathlib import Path

from composer.profiles import reload_profiles
from composer.readability import readability, thresholds
from tests.rules.helpers import check

HEAVY = ("Kaupungin hallituksen päätöksen perusteella järjestetään tapahtuma, jonka "
         "järjestäminen ja suunnitteleminen sekä toteuttaminen tehdään yhteistyössä alueella "
         "toimivien yhdistysten ja muiden asiasta kiinnostuneiden tahojen kanssa ennen "
         "tulevaa kesää. Tiedotetaan. Ilmoitetaan.")


def test_finnish_signs_of_heavy_text() -> None:
    found = readability(HEAVY, "fi")
    assert found.reasons == ("long-sentence", "noun-chain", "nominal-style", "passive")
    assert found.level == "heavy"
    assert [HEAVY[s.start:s.end] for s in found.noun_chains] == [
        "Kaupungin hallituksen päätöksen"]
    assert (found.passives, found.finite_verbs) == (4, 4)
    assert readability("Kaupunki avaa uimahallin maanantaina.", "fi").level == "clear"


def test_lix_for_swedish() -> None:
    # 8 words, 1 sentence, 3 words over 6 letters: 8 + 100 * 3 / 8 = 45.5
    found = readability("Simhallen öppnar igen på måndag med förlängda öppettider.", "sv")
    assert found.lix == 45.5 and found.reasons == ()
    assert readability("Hi there.", "en").lix is None


def test_thresholds_per_organisation() -> None:
    assert thresholds({"sentence_words": {"fi": 5}, "lix": 30})["sentence_words"] == {
        "fi": 5, "sv": 25, "en": 25}
    folder = Path(os.environ["COMPOSER_CONFIG_DIR"]) / "profiles"
    folder.mkdir()
    builtin = Path(__file__).parents[1] / "resources" / "profiles" / "naantali.toml"
    (folder / "naantali.toml").write_text(
        builtin.read_text(encoding="utf-8") + "\n[plain_language]\nsentence_words = { fi = 4 }\n",
        encoding="utf-8")
    reload_profiles()
    text = {"fi": "Kaupunki avaa uimahallin taas ensi maanantaina."}
    assert [f.rule for f in check(text, "plain-language", organisation="naantali")] == [
        "plain-language.long-sentence"]
    assert check(text, "plain-language", organisation="kokkola") == []


def test_links_and_tags_are_not_words() -> None:
    found = readability("Lue lisää https://www.kokkola.fi/ajankohtaista/tiedotteet "
                        "#KokkolaKarlebyLaajempiHorisontti", "fi")
    assert found.long_words == () and found.words == 2


def test_the_participle_note_quotes_the_texts_own_participle() -> None:
    text = ("Suljettu uimahalli avataan huollon jälkeen. Uusittu sauna ja korjattu allas "
            "ovat valmiina. Ilmoittautuneet kävijät saavat tiedon.")
    found = [f for f in check({"fi": text}, "plain-language")
             if f.rule == "plain-language.participles"]
    assert found, "three participles or more make the note"
    (note,) = found
    assert note.start is not None and note.end is not None
    word = text[note.start:note.end]
    assert f"“{word}”" in note.message
    assert "tehtävä" not in note.message


def test_no_lix_reason_on_a_few_words() -> None:
    """The badge beside the character count gives no LIX reason for a greeting: on a few
    words the index says nothing ("Välkommen." alone scores 101)."""
    found = readability("Välkommen.", "sv")
    assert found.lix is not None and found.lix > 50
    assert "lix" not in found.reasons
