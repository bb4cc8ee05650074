"""The `link-language` family beyond its examples: the fix, the organisation's own
patterns from its profile, and a broken pattern in a user profile."""

from __future__ import annotations

import os
from pathlib import Path

from composer.profiles import reload_profiles
from tests.rules.helpers import check


def test_query_language_is_swapped_as_the_fix() -> None:
    [finding] = check({"sv": "Anmäl dig: https://example.fi/form?lang=fi&id=3"}, "link-language")
    assert finding.suggestions == ("https://example.fi/form?lang=sv&id=3",)
    [finding] = check({"sv": "Läs: https://www.kokkola.fi/fi/kirjasto"}, "link-language")
    assert finding.suggestions == ()  # a path's other words differ: no guess


def test_profile_patterns_of_the_organisations_sites() -> None:
    folder = Path(os.environ["COMPOSER_CONFIG_DIR"]) / "profiles"
    folder.mkdir()
    builtin = Path(__file__).parents[2] / "resources" / "profiles" / "naantali.toml"
    text = builtin.read_text(encoding="utf-8")
    (folder / "naantali.toml").write_text(
        text + "\n[link_language]\nsv = ['naantali\\.fi/sv/']\nfi = ['naantali\\.fi/(?!sv/)']\n",
        encoding="utf-8")
    reload_profiles()
    found = check({"fi": "Lue: www.naantali.fi/sv/kultur", "sv": "Läs: www.naantali.fi/kulttuuri"},
                  "link-language", organisation="naantali")
    assert sorted(f.language for f in found) == ["fi", "sv"]
    (folder / "naantali.toml").write_text(text + "\n[link_language]\nsv = ['(']\n",
                                          encoding="utf-8")
    profiles = reload_profiles()
    assert any("link_language" in str(error) for error in profiles.errors)
