"""The team post file: one JSON file per post holding the post, its review record and
its comments, so one atomic write keeps them consistent.

    {"format": "composer-team-post", "format_version": 1, "id": "…",
     "post": {…post file…}, "content_version": 3,
     "review": {"status": "ready_for_review", "history": [{"status", "by", "at", …}],
                "findings": {"errors": 1, "warnings": 2, "infos": 0, "rules": […]}},
     "comments": [{"id", "author", "at", "language", "content_version", "start", "end",
                   "quote", "text"}],
     "created": "…", "created_by": "…", "updated": "…", "updated_by": "…"}

A file whose ``format_version`` is newer than :data:`FORMAT_VERSION` is refused with
:class:`NewerFormat`; anything else unusable raises :class:`BrokenFile` naming the field.
"""

from __future__ import annotations

import enum
import json
import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from composer.model import LANGUAGES, Post
from composer.postfile import PostFileError, post_from_dict
from composer.safe_io import loads_json
from composer.team.errors import BadInput, BrokenFile, NewerFormat

FORMAT_NAME = "composer-team-post"
FORMAT_VERSION = 1
#: A team file larger than this is not read (a post is a few KB).
MAX_FILE_BYTES = 8 * 1024 * 1024
#: Team post ids: what :func:`new_id` makes (and nothing that could leave the folder).
ID_PATTERN = re.compile(r"^[0-9a-f]{32}$")
MAX_COMMENT_CHARS = 10_000


class Status(enum.StrEnum):
    DRAFT = "draft"
    READY = "ready_for_review"
    CHANGES = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


#: Which status may follow which (a change of text sends an approved post back to review).
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.READY}),
    Status.READY: frozenset({Status.CHANGES, Status.APPROVED, Status.DRAFT}),
    Status.CHANGES: frozenset({Status.READY, Status.DRAFT}),
    Status.APPROVED: frozenset({Status.PUBLISHED, Status.CHANGES, Status.READY}),
    Status.PUBLISHED: frozenset({Status.CHANGES}),
}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    return uuid.uuid4().hex


def parse_status(value: str) -> Status:
    text = value.strip().lower().replace(" ", "_").replace("-", "_")
    aliases = {"ready": Status.READY, "changes": Status.CHANGES}
    if text in aliases:
        return aliases[text]
    try:
        return Status(text)
    except ValueError:
        known = ", ".join(s.value for s in Status)
        raise BadInput(f"unknown status {value!r} (known: {known})") from None


def check_id(post_id: str) -> str:
    if not ID_PATTERN.match(post_id or ""):
        raise BadInput(f"{post_id!r} is not a team post id (32 hexadecimal digits)")
    return post_id


@dataclass(frozen=True)
class Step:
    """One status change: who, when, and what they accepted."""

    status: Status
    by: str
    at: str
    open_errors: int = 0
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"status": self.status.value, "by": self.by, "at": self.at}
        if self.open_errors:
            data["open_errors"] = self.open_errors
        if self.note:
            data["note"] = self.note
        return data


@dataclass(frozen=True)
class Comment:
    """A remark on a span of one language version of one content version."""

    id: str
    author: str
    at: str
    text: str
    language: str = ""
    content_version: int = 1
    start: int | None = None
    end: int | None = None
    quote: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "author": self.author, "at": self.at, "text": self.text,
                "language": self.language, "content_version": self.content_version,
                "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True)
class FindingsSummary:
    """The check result when the content was last sent."""

    errors: int = 0
    warnings: int = 0
    infos: int = 0
    rules: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"errors": self.errors, "warnings": self.warnings, "infos": self.infos,
                "rules": list(self.rules)}


@dataclass(frozen=True)
class TeamPost:
    id: str
    post: Post
    status: Status = Status.DRAFT
    history: tuple[Step, ...] = ()
    findings: FindingsSummary = field(default_factory=FindingsSummary)
    comments: tuple[Comment, ...] = ()
    content_version: int = 1
    created: str = ""
    created_by: str = ""
    updated: str = ""
    updated_by: str = ""

    @property
    def author(self) -> str:
        return self.created_by

    def with_step(self, status: Status, by: str, open_errors: int = 0,
                  note: str = "") -> TeamPost:
        at = now()
        step = Step(status, by, at, open_errors, note)
        return replace(self, status=status, history=(*self.history, step), updated=at,
                       updated_by=by)

    def last_step(self, status: Status) -> Step | None:
        return next((s for s in reversed(self.history) if s.status is status), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME, "format_version": FORMAT_VERSION, "id": self.id,
            "post": self.post.to_dict(), "content_version": self.content_version,
            "review": {"status": self.status.value,
                       "history": [s.to_dict() for s in self.history],
                       "findings": self.findings.to_dict()},
            "comments": [c.to_dict() for c in self.comments],
            "created": self.created, "created_by": self.created_by,
            "updated": self.updated, "updated_by": self.updated_by,
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n").encode()


def _get(data: dict[str, Any], key: str, kind: type, source: str, default: Any) -> Any:
    value = data.get(key, default)
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise BrokenFile(f"{source}: {key} has the wrong type")
    return value


def _text(value: Any, source: str, name: str, limit: int = 1000) -> str:
    if not isinstance(value, str):
        raise BrokenFile(f"{source}: {name} must be text")
    return value[:limit]


def _span(value: Any, source: str, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise BrokenFile(f"{source}: {name} must be a position")
    return value


def _comment(item: Any, source: str) -> Comment:
    if not isinstance(item, dict):
        raise BrokenFile(f"{source}: a comment is not an object")
    language = _text(item.get("language", ""), source, "comments.language")
    if language and language not in LANGUAGES:
        raise BrokenFile(f"{source}: comments.language {language!r} is unknown")
    version = item.get("content_version", 1)
    if isinstance(version, bool) or not isinstance(version, int):
        raise BrokenFile(f"{source}: comments.content_version must be a number")
    return Comment(
        id=_text(item.get("id", ""), source, "comments.id", 64),
        author=_text(item.get("author", ""), source, "comments.author"),
        at=_text(item.get("at", ""), source, "comments.at", 64),
        text=_text(item.get("text", ""), source, "comments.text", MAX_COMMENT_CHARS),
        language=language, content_version=version,
        start=_span(item.get("start"), source, "comments.start"),
        end=_span(item.get("end"), source, "comments.end"),
        quote=_text(item.get("quote", ""), source, "comments.quote"),
    )


def _status(value: Any, source: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        raise BrokenFile(f"{source}: unknown status {value!r}") from None


def from_bytes(raw: bytes, source: str) -> TeamPost:
    """Read a team post file; :class:`NewerFormat` or :class:`BrokenFile` if unusable."""
    if len(raw) > MAX_FILE_BYTES:
        raise BrokenFile(f"{source}: larger than {MAX_FILE_BYTES // 2**20} MiB")
    try:
        data = loads_json(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BrokenFile(f"{source}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BrokenFile(f"{source}: not JSON (line {exc.lineno}: {exc.msg})") from None
    except ValueError as exc:  # nested too deeply, a number too long
        raise BrokenFile(f"{source}: not usable JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BrokenFile(f"{source}: not a composer team post")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise BrokenFile(f"{source}: format_version is missing or not a number")
    if version > FORMAT_VERSION:
        raise NewerFormat(
            f"{source}: written by a newer composer (file format {version}; this one reads "
            f"up to {FORMAT_VERSION}). Update composer to open it; the file was left as it is.")
    post_id = _get(data, "id", str, source, "")
    if not ID_PATTERN.match(post_id):
        raise BrokenFile(f"{source}: id {post_id[:40]!r} is not a team post id")
    try:
        post = post_from_dict(data.get("post"), source, check_organisation=False)
    except PostFileError as exc:
        raise BrokenFile(str(exc)) from None
    review = _get(data, "review", dict, source, {})
    history = []
    for step in _get(review, "history", list, source, []):
        if not isinstance(step, dict):
            raise BrokenFile(f"{source}: a review step is not an object")
        errors = step.get("open_errors", 0)
        history.append(Step(
            _status(step.get("status"), source),
            _text(step.get("by", ""), source, "review.history.by"),
            _text(step.get("at", ""), source, "review.history.at", 64),
            errors if isinstance(errors, int) and not isinstance(errors, bool) else 0,
            _text(step.get("note", ""), source, "review.history.note"),
        ))
    summary = _get(review, "findings", dict, source, {})
    counts = {k: summary.get(k, 0) for k in ("errors", "warnings", "infos")}
    if any(isinstance(v, bool) or not isinstance(v, int) for v in counts.values()):
        raise BrokenFile(f"{source}: review.findings counts must be numbers")
    rules = tuple(_text(r, source, "review.findings.rules", 100)
                  for r in _get(summary, "rules", list, source, [])[:50])
    content_version = _get(data, "content_version", int, source, 1)
    return TeamPost(
        id=post_id, post=post,
        status=_status(review.get("status", "draft"), source),
        history=tuple(history),
        findings=FindingsSummary(**counts, rules=rules),
        comments=tuple(_comment(c, source) for c in _get(data, "comments", list, source, [])),
        content_version=content_version,
        created=_text(data.get("created", ""), source, "created", 64),
        created_by=_text(data.get("created_by", ""), source, "created_by"),
        updated=_text(data.get("updated", ""), source, "updated", 64),
        updated_by=_text(data.get("updated_by", ""), source, "updated_by"),
    )
