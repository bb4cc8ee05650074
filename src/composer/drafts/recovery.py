"""Text kept aside when it could not be saved in the drafts database in time.

Closing the window waits only a moment for the last save (the database may be locked by
another program for seconds, or saves may be failing). If the save has not succeeded by
then, the post is written as an ordinary post file into ``<data dir>/recovered/`` (user
only, atomically), named after the draft and the revision it was based on:
``draft-<id>-r<revision>-<time>-<pid>.post.json``, or ``new-<time>-<pid>.post.json`` for
a post that had no draft yet. A user can open such a file with File → Open.

On the next start :func:`restore_kept` puts each file back into the store and deletes it:

* the draft already holds the same text (the slow save finished after all): nothing to do;
* the draft is still at the revision the text was based on: the text is saved onto it
  (the usual history rules keep what it replaces);
* otherwise (the draft changed since, was deleted, or there was none): the text becomes a
  new draft, so nothing is overwritten and nothing is lost.

A file that cannot be read, or whose text cannot be saved now, stays where it is and is
reported.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from composer import settings
from composer.drafts.errors import DraftError, DraftNotFound
from composer.drafts.records import DraftSummary
from composer.drafts.store import DraftStore
from composer.model import Post
from composer.postfile import PostFileError, dumps_post, load_post, save_post

FOLDER = "recovered"
#: The history reason of a draft made from kept-aside text.
REASON = "recovered"
_NAME = re.compile(r"^(?:draft-(\d+)-r(\d+)|new)-(\d{8}T\d{6})-\d+(?:-\d+)?\.post\.json$")
#: How many of the latest drafts a kept-aside new post is compared with.
_RECENT = 5


def recovery_dir() -> Path:
    return settings.data_dir() / FOLDER


def keep_aside(post: Post, draft_id: int | None, revision: int | None,
               folder: Path | None = None) -> Path:
    """Write ``post`` as a post file in the recovery folder; returns its path. Raises
    :class:`OSError` when it cannot be written (the caller then asks the user)."""
    folder = folder or recovery_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    base = (f"draft-{draft_id}-r{revision or 0}" if draft_id is not None else "new")
    path = folder / f"{base}-{stamp}-{os.getpid()}.post.json"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{stamp}-{os.getpid()}-{n}.post.json"
    save_post(post, path)
    return path


def kept_files(folder: Path | None = None) -> list[Path]:
    """The kept-aside files waiting to be put back, oldest first."""
    folder = folder or recovery_dir()
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = [(match.group(3), name) for name in names if (match := _NAME.match(name))]
    return [folder / name for _stamp, name in sorted(found)]


@dataclass
class Restored:
    """What :func:`restore_kept` did: drafts that got kept-aside text back, and the files
    that stay (with why)."""

    drafts: list[DraftSummary] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _same(store: DraftStore, draft_id: int, raw: str) -> bool:
    try:
        return dumps_post(store.get(draft_id).post) == raw
    except DraftError:
        return False


def _restore_one(store: DraftStore, path: Path) -> DraftSummary | None:
    """Put one file back (see the module docstring); None when there was nothing new."""
    match = _NAME.match(path.name)
    assert match is not None
    post = load_post(path, stored=True)  # read back whole, as a draft is
    raw = dumps_post(post)
    if match.group(1) is not None:
        draft_id, revision = int(match.group(1)), int(match.group(2))
        try:
            current = store.get(draft_id)
        except DraftNotFound:
            current = None
        if current is not None:
            if dumps_post(current.post) == raw:
                return None
            if current.revision == revision:
                return store.save(draft_id, post, revision)
    elif any(_same(store, d.id, raw) for d in store.list(limit=_RECENT)):
        return None
    return store.create(post, reason=REASON)


def restore_kept(store: DraftStore, folder: Path | None = None) -> Restored:
    """Put every kept-aside file back into ``store``; a file is deleted only once its
    text is safely in the database (or already was)."""
    result = Restored()
    for path in kept_files(folder):
        try:
            summary = _restore_one(store, path)
        except (OSError, PostFileError, DraftError) as exc:
            result.problems.append(f"{path}: {exc}")
            continue
        try:
            path.unlink()
        except OSError as exc:
            result.problems.append(f"{path}: {exc.strerror or exc}")
        if summary is not None:
            result.drafts.append(summary)
    return result
