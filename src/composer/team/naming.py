"""File names in a team space: ``ID.team.json`` for a post, ``ID.conflict-STAMP-TAG.team.json``
for the version kept when two people changed a post at once, and ``….lock`` for a lock.
Anything else is someone else's file and is left alone."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

POST_SUFFIX = ".team.json"
LOCK_SUFFIX = ".lock"
_POST = re.compile(r"^([0-9a-f]{32})\.team\.json$")
_CONFLICT = re.compile(r"^([0-9a-f]{32})\.conflict-(\d{8}T\d{6}Z)-([0-9a-f]{6})\.team\.json$")
_LOCK = re.compile(r"^([0-9a-f]{32})\.team\.json\.lock$")


def post_name(post_id: str) -> str:
    return post_id + POST_SUFFIX


def conflict_name(post_id: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{post_id}.conflict-{stamp}-{secrets.token_hex(3)}{POST_SUFFIX}"


@dataclass(frozen=True)
class Kind:
    """What a file name is: ``kind`` is post, conflict, lock or foreign."""

    kind: str
    post_id: str = ""


def classify(name: str) -> Kind:
    if m := _POST.match(name):
        return Kind("post", m.group(1))
    if m := _CONFLICT.match(name):
        return Kind("conflict", m.group(1))
    if m := _LOCK.match(name):
        return Kind("lock", m.group(1))
    return Kind("foreign")
