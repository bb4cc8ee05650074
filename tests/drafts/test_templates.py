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
