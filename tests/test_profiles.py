"""Organisation profiles: built-in data from the guidelines, user profiles, broken files."""

from __future__ import annotations

import re

import pytest

from composer.profiles import UnknownOrganisation, get_profile, load_profiles, reload_profiles


def test_builtin_profiles_language_order():
    assert get_profile("jakobstad").language_order == ["sv", "fi", "en"]
    assert get_profile("kokkola").language_order == ["fi", "sv", "en"]
    naantali = get_profile("naantali")
    assert naantali.required_languages == ["fi"]
    assert naantali.language_order[0] == "fi"


def test_official_hashtags_by_language():
    jakobstad = get_profile("jakobstad")
    assert [h.tag for h in jakobstad.official_hashtags("sv")] == [
        "#jakobstad", "#enlitenstadmedstorthjärta", "#vigördettillsammans"]
    assert [h.tag for h in jakobstad.official_hashtags("fi")] == [
        "#pietarsaari", "#pienikaupunkisuurisdän", "#teemmesenyhdessä"]
    kokkola = get_profile("kokkola")
    for lang in ("fi", "sv", "en"):
        assert [h.tag for h in kokkola.official_hashtags(lang)] == [
            "#LaajempiHorisontti", "#KokkolaKarleby"]
    assert get_profile("naantali").hashtags == []
    assert get_profile("kokkola").feedback_channel == "kartta.kokkola.fi/eFeedback"


@pytest.mark.parametrize("org", ["jakobstad", "kokkola", "naantali"])
def test_every_point_quotes_its_guideline_verbatim(org):
    profile = get_profile(org)
    text = re.sub(r"\s+", " ", profile.guideline_text())
    assert profile.points
    for point in profile.points.values():
        assert re.sub(r"\s+", " ", point.quote) in text, point.key


def test_unknown_organisation_names_the_known_ones():
    with pytest.raises(UnknownOrganisation) as info:
        get_profile("helsinki")
    assert "jakobstad" in str(info.value)


def test_user_profile_added_and_broken_one_reported(isolated_dirs):
    folder = isolated_dirs / "config" / "profiles"
    folder.mkdir()
    (folder / "vaasa.toml").write_text(
        'id = "vaasa"\n[names]\nfi = "Vaasan kaupunki"\nsv = "Vasa stad"\n'
        '[languages]\nrequired = ["fi", "sv"]\n[[hashtags]]\ntag = "#vaasa"\nlanguage = "fi"\n',
        encoding="utf-8",
    )
    (folder / "broken.toml").write_text('id = "broken"\n[names\nfi = "x"\n', encoding="utf-8")
    (folder / "badlang.toml").write_text(
        'id = "badlang"\n[names]\nfi = "x"\n\n[languages]\nrequired = ["de"]\n',
        encoding="utf-8")
    result = reload_profiles()
    assert result.get("vaasa").language_order == ["fi", "sv", "en"]
    assert result.get("jakobstad").builtin
    errors = {e.path.name: e for e in result.errors}
    assert set(errors) == {"broken.toml", "badlang.toml"}
    assert errors["broken.toml"].line == 2
    assert errors["badlang.toml"].line == 6
    assert "broken.toml:2" in str(errors["broken.toml"])
    assert "helsinki" not in load_profiles().profiles


def test_the_english_spelling_is_british_unless_the_profile_says_american(tmp_path) -> None:
    from composer.profiles import ProfileError, _parse

    base = 'id = "testi"\n[names]\nfi = "Testi"\n[languages]\nrequired = ["fi"]\n'
    cases = {"plain": "", "american": 'english = "en-US"\n', "wrong": 'english = "en-AU"\n'}
    paths = {}
    for name, extra in cases.items():
        paths[name] = tmp_path / f"{name}.toml"
        paths[name].write_text(base + extra, encoding="utf-8")
    assert _parse(paths["plain"], builtin=False).english == "en-GB"
    assert _parse(paths["american"], builtin=False).english == "en-US"
    with pytest.raises(ProfileError, match=r"languages\.english"):
        _parse(paths["wrong"], builtin=False)
