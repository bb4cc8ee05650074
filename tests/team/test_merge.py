"""Two people's changes to one team post are joined version by version where they do not
overlap; where both changed the same version or field, nothing is joined."""

from __future__ import annotations

import datetime

from composer.model import Media, Post
from composer.team.merge import merge_posts

BASE = Post(organisation="jakobstad", channels=["facebook"],
            versions={"fi": "Tori auki.", "sv": "Torget öppet.", "en": "Market open."})


def changed(post: Post = BASE, **versions: str) -> Post:
    return Post(organisation=post.organisation, channels=list(post.channels),
                versions={**post.versions, **versions}, media=list(post.media),
                unreviewed=list(post.unreviewed), publish_on=post.publish_on)


def test_changes_to_different_versions_are_joined() -> None:
    joined = merge_posts(BASE, changed(sv="Torget öppet i dag."), changed(fi="Tori auki tänään."))
    assert joined is not None
    assert joined.versions == {"fi": "Tori auki tänään.", "sv": "Torget öppet i dag.",
                               "en": "Market open."}


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    same = changed(en="Market open today.")
    assert merge_posts(BASE, same, same) == same


def test_different_changes_to_one_version_are_not_joined() -> None:
    assert merge_posts(BASE, changed(fi="Tori kiinni."), changed(fi="Tori auki tänään.")) is None


def test_other_fields_are_joined_as_a_whole() -> None:
    theirs = changed()
    theirs.channels = ["facebook", "instagram"]
    mine = changed(sv="Torget öppet i dag.")
    mine.publish_on = datetime.date(2026, 12, 12)
    mine.media = [Media("torg.jpg", {"sv": "Torget"})]
    joined = merge_posts(BASE, theirs, mine)
    assert joined is not None
    assert joined.channels == ["facebook", "instagram"]
    assert joined.publish_on == datetime.date(2026, 12, 12)
    assert joined.media == [Media("torg.jpg", {"sv": "Torget"})]
    other = changed()
    other.channels = ["x"]
    assert merge_posts(BASE, theirs, other) is None  # both changed the channels


def test_a_machine_translation_mark_goes_with_its_text() -> None:
    theirs = changed(en="Machine text.")
    theirs.unreviewed = ["en"]
    joined = merge_posts(BASE, theirs, changed(fi="Tori auki tänään."))
    assert joined is not None and joined.unreviewed == ["en"]
    marked = changed()
    marked.unreviewed = ["sv"]
    reviewed = changed(fi="Tori auki tänään.")
    # One side confirmed the Swedish text as reviewed, the other did not touch it.
    joined = merge_posts(marked, changed(marked), reviewed)
    assert joined is not None and joined.unreviewed == []
