"""What a user does with a team space: list, fetch, send, comment, change status, lock,
and choose between conflicting versions. Works on any :class:`TeamStorage`.

Changes to the review record or comments are applied to the newest revision (re-read and
retried a few times when someone else wrote meanwhile), so two reviewers commenting at
once both get their comment in. A change of the *text* only applies on top of the
content version it started from: if someone else changed the text meanwhile, the two
are joined where they changed different language versions (the sender knowing the
version it started from; :mod:`composer.team.merge`), and both versions are kept
(:class:`Conflict`) for a person to choose where they changed the same one.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import random
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from composer.model import LANGUAGES, Post
from composer.team import naming
from composer.team.errors import (
    BadInput,
    BrokenFile,
    Conflict,
    NewerFormat,
    NotFound,
    OpenErrors,
    RevisionMismatch,
    SaveInProgress,
    StatusConflict,
    TeamError,
)
from composer.team.merge import merge_posts
from composer.team.record import (
    MAX_COMMENT_CHARS,
    TRANSITIONS,
    Comment,
    FindingsSummary,
    Status,
    TeamPost,
    check_id,
    from_bytes,
    new_id,
    now,
)
from composer.team.storage import Entry, LockInfo, TeamStorage

#: How often a review-record change is re-applied when others keep writing (with a
#: growing, randomised pause between tries so that two writers fall out of step).
RETRIES = 8
PAUSE_SECONDS = 0.05
#: Lock owners looked up per listing (each is one request on WebDAV).
MAX_LOCK_LOOKUPS = 50


@dataclass(frozen=True)
class Fetched:
    """A team post as read, with the revision a later write must start from."""

    record: TeamPost
    revision: str


@dataclass(frozen=True)
class Summary:
    """One row of the review list."""

    id: str
    status: Status
    author: str
    languages: tuple[str, ...]
    open_errors: int
    updated: str
    updated_by: str
    title: str
    comments: int
    revision: str
    conflicts: tuple[str, ...] = ()
    locked: bool = False
    #: Who holds the editing lock ("" if nobody, or not known).
    locked_by: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "status": self.status.value, "author": self.author,
                "languages": list(self.languages), "open_errors": self.open_errors,
                "last_change": self.updated, "changed_by": self.updated_by,
                "title": self.title, "comments": self.comments,
                "conflicts": list(self.conflicts), "editing": self.locked_by}


@dataclass
class Listing:
    posts: list[Summary] = field(default_factory=list)
    #: Files that could not be used, each with its reason (left as they are).
    problems: list[str] = field(default_factory=list)
    #: Other files in the space, left alone.
    foreign: list[str] = field(default_factory=list)


def _pause(attempt: int) -> None:
    if attempt:
        time.sleep(random.uniform(0.5, 1.5) * PAUSE_SECONDS * attempt)


def _title(post: Post) -> str:
    for lang in LANGUAGES:
        if text := post.text(lang).strip():
            return text.splitlines()[0][:80]
    return ""


def note_of(summary: Summary) -> str:
    """The listing note stored beside a post (a WebDAV property): its summary, valid while
    the post is still ``summary.revision``."""
    data = summary.to_dict()
    del data["conflicts"]
    data["revision"] = summary.revision
    return json.dumps({"v": 1, "summary": data}, ensure_ascii=False)


def summary_from_note(entry: Entry) -> Summary | None:
    """The summary in ``entry``'s note if it describes this very revision, else None."""
    if not entry.note or not entry.tag or len(entry.note) > 4000:
        return None
    try:
        data = json.loads(entry.note)["summary"]
        if data["revision"] != entry.tag or naming.post_name(data["id"]) != entry.name:
            return None
        texts = [data[k] for k in ("author", "last_change", "changed_by", "title")]
        numbers = [data[k] for k in ("open_errors", "comments")]
        languages = data["languages"]
        if not all(isinstance(t, str) for t in texts) or not all(
                isinstance(n, int) for n in numbers) or not all(
                lang in LANGUAGES for lang in languages):
            return None
        return Summary(data["id"], Status(data["status"]), texts[0][:200], tuple(languages),
                       numbers[0], texts[1][:64], texts[2][:200], texts[3][:80], numbers[1],
                       entry.tag)
    except (ValueError, KeyError, TypeError):
        return None


def summarise(record: TeamPost, revision: str, conflicts: tuple[str, ...] = (),
              locked: bool = False) -> Summary:
    return Summary(record.id, record.status, record.author,
                   tuple(record.post.written_languages()), record.findings.errors,
                   record.updated, record.updated_by, _title(record.post),
                   len(record.comments), revision, conflicts, locked)


class TeamService:
    def __init__(self, storage: TeamStorage, user: str, cache_file: Path | None = None) -> None:
        self.storage = storage
        self.user = user or "?"
        #: name -> (listing tag, record, revision): unchanged files are not read again.
        self._cache: dict[str, tuple[str, TeamPost, str]] = {}
        #: Where the listing cache is kept between runs (None: in memory only).
        self.cache_file = cache_file
        self._cache_loaded = cache_file is None

    def _load_cache(self) -> None:
        self._cache_loaded = True
        try:
            data = json.loads(self.cache_file.read_text(encoding="utf-8"))  # type: ignore[union-attr]
            for name, (tag, revision, text) in data.items():
                self._cache[name] = (tag, from_bytes(text.encode(), name), revision)
        except (OSError, ValueError, TypeError, TeamError):
            self._cache.clear()  # a cache is only a shortcut: start afresh

    def _save_cache(self) -> None:
        if self.cache_file is None:
            return
        data = {name: [tag, revision, record.to_bytes().decode()]
                for name, (tag, record, revision) in self._cache.items()}
        with contextlib.suppress(OSError):
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.cache_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.cache_file)

    def close(self) -> None:
        self.storage.close()

    # Reading -----------------------------------------------------------------------

    def get(self, post_id: str) -> Fetched:
        return self._read(naming.post_name(check_id(post_id)))

    def _read(self, name: str) -> Fetched:
        data, revision = self.storage.read(name)
        return Fetched(from_bytes(data, name), revision)

    def _read_settled(self, name: str, attempt: int) -> Fetched | None:
        """``name`` read for a change; ``None`` (read it again after a pause) when it is
        not a whole post yet and retries are left: a server that writes a file in place
        (not to a temporary file renamed over it) serves it half-written while another
        reviewer's save is under way."""
        try:
            return self._read(name)
        except BrokenFile:
            if attempt == RETRIES - 1:
                raise
            return None

    def list(self) -> Listing:
        entries = self.storage.list()
        if not self._cache_loaded:
            self._load_cache()
        changed = False
        listing = Listing()
        conflicts: dict[str, list[str]] = {}
        locks: set[str] = set()
        posts = []
        for entry in entries:
            kind = naming.classify(entry.name)
            if kind.kind == "post":
                posts.append(entry)
            elif kind.kind == "conflict":
                conflicts.setdefault(kind.post_id, []).append(entry.name)
            elif kind.kind == "lock":
                locks.add(kind.post_id)
            else:
                listing.foreign.append(entry.name)

        def load(entry: Entry) -> Summary | str:
            if (noted := summary_from_note(entry)) is not None:
                return noted
            cached = self._cache.get(entry.name)
            if cached and entry.tag and cached[0] == entry.tag:
                return summarise(cached[1], cached[2])
            try:
                fetched = self._read(entry.name)
            except (BrokenFile, NewerFormat) as exc:
                return str(exc)
            except NotFound:
                return ""  # removed meanwhile
            self._cache[entry.name] = (entry.tag, fetched.record, fetched.revision)
            nonlocal changed
            changed = True
            return summarise(fetched.record, fetched.revision)

        workers = getattr(self.storage, "parallel_reads", 1)
        if workers > 1 and len(posts) > 1:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                results = list(pool.map(load, posts))
        else:
            results = [load(e) for e in posts]
        for result in results:
            if isinstance(result, str):
                if result:
                    listing.problems.append(result)
                continue
            listing.posts.append(replace(result, conflicts=tuple(sorted(conflicts.get(
                result.id, ()))), locked=result.id in locks))
        self._lock_owners(listing)
        listing.posts.sort(key=lambda s: s.updated, reverse=True)
        present = {e.name for e in posts}
        for name in [n for n in self._cache if n not in present]:
            del self._cache[name]
            changed = True
        if changed:
            self._save_cache()
        return listing

    def _lock_owners(self, listing: Listing) -> None:
        """Who is editing the posts with a lock entry (at most :data:`MAX_LOCK_LOOKUPS`
        asked; an expired lock counts as none)."""
        locked = [i for i, summary in enumerate(listing.posts) if summary.locked]
        for index in locked[:MAX_LOCK_LOOKUPS]:
            summary = listing.posts[index]
            try:
                held = self.storage.lock_info(naming.post_name(summary.id))
            except TeamError:
                continue
            listing.posts[index] = replace(summary, locked=held is not None,
                                           locked_by=held.owner if held else "")

    def conflicts(self, post_id: str) -> builtins.list[tuple[str, Fetched]]:
        """The versions kept beside the post when two people changed it at once."""
        check_id(post_id)
        found = []
        for entry in self.storage.list():
            kind = naming.classify(entry.name)
            if kind.kind == "conflict" and kind.post_id == post_id:
                try:
                    found.append((entry.name, self._read(entry.name)))
                except (BrokenFile, NewerFormat, NotFound):
                    continue
        return sorted(found, key=lambda item: item[0])

    # Writing -----------------------------------------------------------------------

    def send_new(self, post: Post, findings: FindingsSummary,
                 post_id: str | None = None) -> Fetched:
        """A new team post, ready for review. ``post_id`` (from :func:`new_id`) makes a
        retried send idempotent: a post already there with the same text is success."""
        post_id = check_id(post_id) if post_id else new_id()
        at = now()
        record = TeamPost(id=post_id, post=post, findings=findings, created=at,
                          created_by=self.user, updated=at, updated_by=self.user)
        record = record.with_step(Status.READY, self.user)
        name = naming.post_name(post_id)
        try:
            revision = self.storage.create(name, record.to_bytes())
            self._note(name, record, revision)
        except RevisionMismatch:
            current = self._read(name)
            if current.record.post.to_dict() == post.to_dict():
                return current  # an earlier attempt arrived after all
            raise Conflict(f"a team post {post_id} already exists", post_id) from None
        return Fetched(record, revision)

    def update_content(self, post_id: str, post: Post, findings: FindingsSummary,
                       revision: str, content_version: int, base: Post | None = None
                       ) -> Fetched:
        """Send a changed text for review. ``revision``/``content_version`` are those of
        the version this change started from (as ``get`` gave them), ``base`` that
        version's post if known: then a change someone else made meanwhile to other
        language versions (or fields) is joined with this one (:mod:`composer.team.merge`;
        the post returned is the joined one), and only a change to the same version keeps
        both."""
        name = naming.post_name(check_id(post_id))
        for attempt in range(RETRIES):
            _pause(attempt)
            current = self._read_settled(name, attempt)
            if current is None:
                continue
            theirs = current.record
            if theirs.post.to_dict() == post.to_dict():
                if theirs.findings == findings:
                    return current
            elif base is not None and base.to_dict() != theirs.post.to_dict():
                # The space has a text this computer has not shown: someone else's change
                # meanwhile, or one joined in at the last send.
                joined = merge_posts(base, theirs.post, post)
                if joined is None:
                    raise self._keep_both(theirs, post, findings, content_version)
                post = joined
            elif base is None and current.revision != revision and (
                    theirs.content_version != content_version):
                raise self._keep_both(theirs, post, findings, content_version)
            record = replace(theirs, post=post, findings=findings,
                             content_version=theirs.content_version + (
                                 theirs.post.to_dict() != post.to_dict()),
                             updated=now(), updated_by=self.user)
            if record.status is not Status.READY:
                record = record.with_step(Status.READY, self.user)
            try:
                new_revision = self.storage.replace(name, record.to_bytes(), current.revision)
            except RevisionMismatch:
                continue
            self._note(name, record, new_revision)
            return Fetched(record, new_revision)
        raise TeamError(f"{post_id}: others kept changing the post; try again")

    def _note(self, name: str, record: TeamPost, revision: str) -> None:
        """Attach the listing summary where the storage keeps notes (best effort: a
        missing or stale note only means the listing reads the post itself)."""
        if self.storage.keeps_notes:
            with contextlib.suppress(TeamError):
                self.storage.annotate(name, note_of(summarise(record, revision)))

    def _keep_both(self, theirs: TeamPost, post: Post, findings: FindingsSummary,
                   content_version: int) -> Conflict:
        mine = replace(theirs, post=post, findings=findings, content_version=content_version,
                       updated=now(), updated_by=self.user)
        name = naming.conflict_name(theirs.id)
        self.storage.create(name, mine.to_bytes())
        return Conflict(
            f"{theirs.updated_by or 'someone'} changed post {theirs.id} at {theirs.updated}, "
            f"after the version you started from. Both versions are kept in the team space "
            f"{self.storage.location}: theirs as {naming.post_name(theirs.id)}, yours as "
            f"{name}. Choose one in the Review list.", theirs.id, name)

    def _apply(self, post_id: str, change: Callable[[TeamPost], TeamPost]) -> Fetched:
        """Read the post, change it and write it back, again if someone else's change
        came in between (held by :meth:`TeamStorage.exclusive` meanwhile, so two
        reviewers approving at the same moment cannot both win)."""
        name = naming.post_name(check_id(post_id))
        for attempt in range(RETRIES):
            _pause(attempt)
            try:
                with self.storage.exclusive(name):
                    current = self._read_settled(name, attempt)
                    if current is None:
                        continue
                    record = change(current.record)
                    revision = self.storage.replace(name, record.to_bytes(), current.revision)
            except (RevisionMismatch, SaveInProgress):
                continue
            self._note(name, record, revision)
            return Fetched(record, revision)
        raise TeamError(f"{post_id}: others kept changing the post; try again")

    def comment(self, post_id: str, language: str, text: str, start: int | None = None,
                end: int | None = None, content_version: int | None = None,
                comment_id: str | None = None) -> Fetched:
        text = text.strip()
        if not text:
            raise BadInput("the comment is empty")
        if len(text) > MAX_COMMENT_CHARS:
            raise BadInput(f"the comment is longer than {MAX_COMMENT_CHARS} characters")
        if language and language not in LANGUAGES:
            raise BadInput(f"unknown language {language!r} (known: {', '.join(LANGUAGES)})")
        if start is not None and not language:
            raise BadInput("a comment on a span needs the language of the version (--lang)")
        if (start is None) != (end is None) or (start is not None and end is not None
                                             and not 0 <= start <= end):
            raise BadInput("a comment's span needs a start and an end, start ≤ end")
        key = comment_id or new_id()

        def add(record: TeamPost) -> TeamPost:
            if any(c.id == key for c in record.comments):
                return record  # sent before, the answer was lost
            version_text = record.post.text(language) if language else ""
            if end is not None and end > len(version_text):
                raise BadInput(f"the span {start}-{end} is beyond the {language} text "
                               f"({len(version_text)} characters)")
            quote = version_text[start:end][:200] if start is not None else ""
            comment = Comment(key, self.user, now(), text, language,
                              content_version or record.content_version, start, end, quote)
            return replace(record, comments=(*record.comments, comment), updated=comment.at,
                           updated_by=self.user)

        return self._apply(post_id, add)

    def set_status(self, post_id: str, status: Status, accept_open_errors: bool = False,
                   note: str = "") -> Fetched:
        def change(record: TeamPost) -> TeamPost:
            if record.status is status:
                step = record.last_step(status)
                who = f" by {step.by} at {step.at}" if step else ""
                raise StatusConflict(f"{post_id} is already {status.label}{who}; nothing "
                                     "was changed")
            if status not in TRANSITIONS[record.status]:
                raise StatusConflict(f"{post_id} is {record.status.label}: it cannot become "
                                     f"{status.label}")
            errors = record.findings.errors if status is Status.APPROVED else 0
            if errors and not accept_open_errors:
                raise OpenErrors(f"{post_id} has {errors} open error(s); approve anyway only "
                                 "after reading them", errors)
            return record.with_step(status, self.user, errors, note)

        return self._apply(post_id, change)

    # Locks and conflicts -----------------------------------------------------------

    def lock(self, post_id: str) -> LockInfo:
        return self.storage.lock(naming.post_name(check_id(post_id)), self.user)

    def unlock(self, post_id: str, lock: LockInfo) -> None:
        self.storage.unlock(naming.post_name(check_id(post_id)), lock)

    def lock_info(self, post_id: str) -> LockInfo | None:
        return self.storage.lock_info(naming.post_name(check_id(post_id)))

    def resolve(self, post_id: str, kept_name: str, keep_mine: bool) -> Fetched:
        """Settle a conflict: keep the version in ``kept_name`` (``keep_mine``) or the one
        in the post; the other copy is then removed."""
        kind = naming.classify(kept_name)
        if kind.kind != "conflict" or kind.post_id != check_id(post_id):
            raise BadInput(f"{kept_name} is not a kept version of {post_id}")
        mine = self._read(kept_name)
        current = self.get(post_id)
        result = current
        if keep_mine:
            result = self.update_content(post_id, mine.record.post, mine.record.findings,
                                         current.revision, current.record.content_version)
        self.storage.delete(kept_name, mine.revision)
        return result
