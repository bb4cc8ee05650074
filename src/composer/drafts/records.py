"""Plain data about stored drafts: status, summaries, full drafts, history snapshots,
and the derived fields (title, search text) kept next to each post."""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from composer.model import LANGUAGES, Post

#: Longest title shown in lists; longer first lines end in an ellipsis.
TITLE_LENGTH = 80

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_SPACES = re.compile(r"\s+")


class Status(enum.StrEnum):
    """Where a draft stands in the team's workflow."""

    DRAFT = "draft"
    READY = "ready"  # ready for review
    EXPORTED = "exported"


@dataclass(frozen=True)
class DraftSummary:
    """A draft as listed: everything but the post itself."""

    id: int
    title: str
    organisation: str
    created: datetime
    updated: datetime
    status: Status
    status_changed: datetime | None = None
    exported_channels: tuple[str, ...] = ()
    revision: int = 1

    @property
    def changed_since_export(self) -> bool:
        """Exported, and the text was edited afterwards (what went out is not what the
        draft says now)."""
        return (
            self.status is Status.EXPORTED
            and self.status_changed is not None
            and self.updated > self.status_changed
        )


@dataclass(frozen=True)
class Draft(DraftSummary):
    """A stored draft with its post."""

    post: Post = field(default_factory=Post)


@dataclass(frozen=True)
class SnapshotSummary:
    """One earlier version of a draft: when it was current and why it was kept."""

    id: int
    draft_id: int
    taken: datetime
    reason: str
    title: str


@dataclass(frozen=True)
class Snapshot(SnapshotSummary):
    post: Post = field(default_factory=Post)


def _language_order(post: Post) -> list[str]:
    try:
        from composer.profiles import get_profile

        order = list(get_profile(post.organisation).language_order)
    except Exception:  # an unknown or broken profile must not stop a save
        order = []
    return order + [lang for lang in LANGUAGES if lang not in order]


def derive_title(post: Post) -> str:
    """The first non-blank line of the first written version, in the organisation's
    language order, without control or invisible characters."""
    for lang in _language_order(post):
        for line in post.text(lang).splitlines():
            clean = _SPACES.sub(" ", _CONTROL.sub("", line)).strip()
            if clean:
                if len(clean) > TITLE_LENGTH:
                    clean = clean[: TITLE_LENGTH - 1].rstrip() + "…"
                return clean
    return ""


def fold(text: str) -> str:
    """Normalised, case-folded text for matching searches."""
    return unicodedata.normalize("NFC", text).casefold()


def search_text(post: Post) -> str:
    """Everything a search should find: every version and every alt text."""
    parts = [post.text(lang) for lang in LANGUAGES]
    parts += [text for media in post.media for text in media.alt.values()]
    return fold("\n".join(part for part in parts if part))
