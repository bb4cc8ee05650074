"""The post model: a post's language versions, media and findings.

Everything here is plain data with no I/O; the rest of the core passes these around.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field
from typing import Any

#: The languages a post is written in, in no particular order.
LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")

#: The longest version accepted, in characters (from a post file, a paste or a draft):
#: a million characters are checked in seconds; ten million took minutes and 435 MB.
MAX_VERSION_CHARACTERS = 1_048_576

#: The channels a post can be exported to.
CHANNELS: tuple[str, ...] = (
    "facebook",
    "instagram",
    "x",
    "linkedin",
    "youtube",
    "tiktok",
    "pinterest",
    "threads",
    "bluesky",
    "mastodon",
)

#: Who publishes: the city's own account, a member of staff, or an elected official.
ROLES: tuple[str, ...] = ("organisation", "employee", "elected")


class Severity(enum.IntEnum):
    """How serious a finding is; higher is worse."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        return cls[value.upper()]


#: File name extensions of video files (anything else attached is taken as an image).
VIDEO_EXTENSIONS: frozenset[str] = frozenset(
    {"mp4", "mov", "m4v", "avi", "webm", "mkv", "mpg", "mpeg", "3gp", "wmv"}
)


@dataclass
class Media:
    """An image or video attached to the post, with alt text per language."""

    file: str
    alt: dict[str, str] = field(default_factory=dict)

    @property
    def is_video(self) -> bool:
        """Whether the file is a video, judged by its extension."""
        name = self.file.replace("\\", "/").rsplit("/", 1)[-1]
        return "." in name and name.rsplit(".", 1)[-1].casefold() in VIDEO_EXTENSIONS

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "alt": dict(self.alt)}


@dataclass
class Post:
    """One social media post in up to three language versions."""

    organisation: str = "jakobstad"
    role: str = "organisation"
    channels: list[str] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)
    media: list[Media] = field(default_factory=list)
    #: Languages whose text was machine translated and not yet reviewed by a person.
    unreviewed: list[str] = field(default_factory=list)
    #: The day the post is planned to be published (``None``: not planned, i.e. today).
    #: Dates without a year are read as the next such date from this day (or as the last
    #: one, when recent: :mod:`composer.calendar_facts`).
    publish_on: datetime.date | None = None

    def publishing_day(self, today: datetime.date | None = None) -> datetime.date:
        """The planned publishing day, or ``today`` (the current date) when none is set."""
        return self.publish_on or today or datetime.date.today()

    def text(self, language: str) -> str:
        """The version in ``language``; an absent version is empty."""
        return self.versions.get(language, "")

    def has_video(self) -> bool:
        """Whether any attached file is a video."""
        return any(item.is_video for item in self.media)

    def written_languages(self) -> list[str]:
        """Languages whose version has some non-blank text."""
        return [lang for lang in LANGUAGES if self.text(lang).strip()]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "organisation": self.organisation,
            "role": self.role,
            "channels": list(self.channels),
            "versions": {lang: self.versions[lang] for lang in LANGUAGES if lang in self.versions},
            "media": [m.to_dict() for m in self.media],
        }
        if self.unreviewed:
            data["unreviewed"] = list(self.unreviewed)
        if self.publish_on is not None:
            data["publish_on"] = self.publish_on.isoformat()
        return data


@dataclass(frozen=True)
class Finding:
    """One guideline problem found in a post.

    ``start`` and ``end`` are Python string indices (code points) into the version
    text of ``language``; both are ``None`` for findings about the whole post or its media.
    ``guideline`` is a human-readable citation in the message language, and
    ``reference`` the machine id of the cited point (``jakobstad:personal-data``,
    ``law:gdpr`` ...) that the guideline viewer opens. ``channel`` is the channel id a
    finding about one channel's export belongs to (``None`` for the others).
    """

    rule: str
    severity: Severity
    message: str
    language: str | None = None
    start: int | None = None
    end: int | None = None
    guideline: str = ""
    reference: str = ""
    suggestions: tuple[str, ...] = ()
    channel: str | None = None

    @property
    def family(self) -> str:
        return self.rule.split(".", 1)[0]

    def sort_key(self) -> tuple[int, str, int, str]:
        return (
            -int(self.severity),
            self.language or "",
            self.start if self.start is not None else -1,
            self.rule,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.label,
            "language": self.language,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "guideline": self.guideline,
            "reference": self.reference,
            "suggestions": list(self.suggestions),
            "channel": self.channel,
        }
