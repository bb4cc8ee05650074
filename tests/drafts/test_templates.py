"""Templates for recurring posts: bundled per organisation, user overrides, new drafts."""

from __future__ import annotations

import pytest

from composer.drafts import DraftStore, TemplateError, get_template, templates_for
from composer.profiles import get_profile
from composer.settings import config_dir


@pytest.mark.parametrize("org", ["jakobstad", "kokkola", "naantali"])
def test_every_organisation_has_the_recurring_kinds_in_its_required_languages(org):
    templates = {t.id: t for t in templates_for(org)}
    assert {"opening-hours", "road-works", "event"} <= set(templates)
    profile = get_profile(org)
    for template in templates.values():
        for lang in profile.required_languages:
            assert template.versions.get(lang, "").strip(), (template.id, lang)
            assert template.name(lang)
        assert template.organisation == org


def test_official_hashtags_in_templates_are_the_organisations_own():
    for org in ("jakobstad", "kokkola"):
        official = {h.tag.casefold() for h in get_profile(org).hashtags}
        for template in templates_for(org):
            for text in template.versions.values():
                for word in text.split():
                    if word.startswith("#"):
                        assert word.casefold() in official, (org, template.id, word)


def test_new_draft_from_template():
    template = get_template("kokkola", "road-works")
    with DraftStore.open() as store:
        draft = store.create(template.new_post(), reason="template")
        stored = store.get(draft.id)
    assert stored.post.organisation == "kokkola"
    assert stored.post.channels == list(template.channels)
    assert stored.post.text("fi").startswith("Tietyö")
    assert draft.title == "Tietyö: [kadun nimi]"


def test_user_templates_add_to_and_replace_bundled_ones():
    folder = config_dir() / "templates"
    folder.mkdir()
    (folder / "naantali.toml").write_text(
        '[event]\nnames = { fi = "Oma tapahtuma" }\n[event.versions]\nfi = "Meidän juttu"\n'
        '[market]\nnames = { fi = "Tori" }\nchannels = ["facebook"]\n'
        '[market.versions]\nfi = "Torilla tavataan"\n',
        "utf-8",
    )
    templates = {t.id: t for t in templates_for("naantali")}
    assert templates["event"].name("fi") == "Oma tapahtuma"
    assert templates["market"].new_post().text("fi") == "Torilla tavataan"
    assert "opening-hours" in templates


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('[x]\nnames = { de = "Hallo" }\n', "[x] names.de"),
        ('[x]\nnames = { fi = "A" }\nchannels = ["myspace"]\n', "[x] channels"),
        ('[x]\nnames = { fi = "A" }\n[x.versions]\nfi = 3\n', "[x] versions.fi"),
        ("[x\n", "naantali.toml"),
    ],
)
def test_a_broken_template_file_names_the_file_and_entry(text, where):
    folder = config_dir() / "templates"
    folder.mkdir()
    (folder / "naantali.toml").write_text(text, "utf-8")
    with pytest.raises(TemplateError, match=where.replace("[", r"\[").replace(".", r"\.")):
        templates_for("naantali")


def test_an_organisation_without_templates_has_none():
    assert templates_for("nowhere") == []


def _every_template():
    from composer.drafts.templates import templates_for
    from composer.profiles import load_profiles

    return [t for org in sorted(load_profiles().profiles) for t in templates_for(org)]


def test_built_in_templates_are_clean_under_their_own_rules_but_for_their_blanks() -> None:
    from composer.engine import Engine
    from composer.entities import placeholders
    from composer.model import Severity

    engine = Engine()
    for template in _every_template():
        post = template.new_post()
        findings = engine.check(post)
        serious = [f for f in findings if f.severity >= Severity.WARNING]
        # Every blank is an error of its own ("fill in before publishing") ...
        blanks = {(lang, span) for lang, text in post.versions.items()
                  for span in placeholders(text)}
        assert blanks, template.id
        # ... every bracket of a template is one (none reads as an editor's note or name)
        assert len(blanks) == sum(text.count("[") for text in post.versions.values()), (
            template.id)
        reported = {(f.language, (f.start, f.end)) for f in serious
                    if f.rule == "placeholder.unfilled"}
        assert reported == blanks, template.id
        # ... and nothing else is wrong with a template's text: no link in "dd.mm.", no
        # misspelling in "pp.kk." (the image a template lacks is the user's to add).
        others = [(f.rule, f.language, post.text(f.language or "")[f.start or 0:f.end or 0])
                  for f in serious if f.rule != "placeholder.unfilled" and f.family != "media"]
        assert others == [], template.id
        assert not [f for f in findings if f.family == "spelling"], template.id
