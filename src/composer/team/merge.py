"""Two people's changes to one team post, joined where they do not overlap.

When someone else changed a team post after the version a change started from, the two
are joined language version by language version (:func:`merge_posts`): a version only one
of them changed is taken from that one, as are the post's other fields (channels, images,
publishing day, who publishes). Where both changed the same version (or the same field)
differently, nothing is joined: both posts are kept and a person chooses
(:class:`composer.team.errors.Conflict`). A version's "machine translated, not yet
reviewed" mark goes with its text.
"""

from __future__ import annotations

from typing import Any

from composer.model import LANGUAGES, Post
from composer.postfile import post_from_dict

#: The post's fields joined as a whole (the versions and their marks are joined by
#: language).
_FIELDS = ("organisation", "role", "channels", "media", "publish_on")


def _pick(base: Any, theirs: Any, mine: Any) -> tuple[bool, Any]:
    """``(True, value)`` joined from the three, or ``(False, None)`` if both changed it
    differently."""
    if mine in (base, theirs):
        return True, theirs
    if theirs == base:
        return True, mine
    return False, None


def merge_posts(base: Post, theirs: Post, mine: Post) -> Post | None:
    """``mine`` and ``theirs``, both changed from ``base``, joined; None where both
    changed the same version or field."""
    old, their, my = base.to_dict(), theirs.to_dict(), mine.to_dict()
    joined: dict[str, Any] = {}
    for name in _FIELDS:
        ok, value = _pick(old.get(name), their.get(name), my.get(name))
        if not ok:
            return None
        if value is not None:
            joined[name] = value
    versions: dict[str, str] = {}
    unreviewed = []
    for language in LANGUAGES:
        before, other, own = base.text(language), theirs.text(language), mine.text(language)
        ok, text = _pick(before, other, own)
        if not ok:
            return None
        side = mine if own != before and own != other else theirs
        if language in side.versions:
            versions[language] = text
        if own == before == other:  # the text as it was: the mark as either left it
            ok, marked = _pick(language in base.unreviewed, language in theirs.unreviewed,
                               language in mine.unreviewed)
            if not ok:
                return None
        else:  # the mark of the text taken
            marked = language in side.unreviewed
        if marked:
            unreviewed.append(language)
    joined["versions"] = versions
    if unreviewed:
        joined["unreviewed"] = unreviewed
    return post_from_dict(joined, "merge", check_organisation=False)
