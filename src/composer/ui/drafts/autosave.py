"""Autosave: the window's post is written to the drafts store without the user asking.

* A save starts 1 s after the last change, and at most 1.5 s after the first unsaved
  change while typing goes on; also when the window loses focus, before another post
  replaces the shown one, and on close or quit. So no text older than about 1.5 s is
  ever only in memory.
* The UI thread only reads the editors (``current_post``); serialising and the SQLite
  write run in one background worker thread (:mod:`composer.ui.shared.background`), in
  order. The window never waits for a save to switch posts: each save is tied to the
  draft of the post it was taken from (its generation), so one still waiting for a
  locked database lands in that draft, and if it fails after the switch its text is kept
  in a recovery file. Writes the UI thread makes itself (rename, restore, status) wait
  at most :data:`CLOSE_WAIT_S` for the database (:meth:`DraftStore.limit_waits`), then
  say it is in use.
* A failed save (full disk, read-only folder, unusable database) shows in the status bar,
  the text stays in the editor, and saving is retried every few seconds and on the next
  change; until a save succeeds New/Open/Quit ask before discarding.
* Closing the window (or quitting) waits at most :data:`CLOSE_WAIT_S` for the last save:
  the database may be locked by another program for seconds. A save not done by then
  leaves the text in a post file in the recovery folder (:mod:`composer.drafts.recovery`,
  written by a thread of its own, waited for at most :data:`KEEP_ASIDE_WAIT_S`); the user
  is told where, and the next start puts it back into the drafts. Only when that file
  cannot be written either does closing ask (save as a post file elsewhere, discard,
  cancel).
* Crash recovery: the draft being edited is claimed with a :class:`DraftLock`; on start,
  a draft whose window died (``kill -9``) is reopened, otherwise the most recent draft
  unless it was exported (then the window starts empty).

:func:`composer.ui.window.features.attach_autosave` wires this into a :class:`MainWindow`
with the File menu's "Drafts…" and "New from template" entries (:func:`menu_entries`).
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QWidget

from composer.drafts import (
    Draft,
    DraftError,
    DraftSaveError,
    DraftStore,
    DraftSummary,
    Status,
    StoreNotice,
    Template,
    TemplateError,
    templates_for,
)
from composer.drafts.errors import BUSY
from composer.drafts.locks import DraftLock, abandoned_drafts
from composer.drafts.recovery import keep_aside, recovery_dir, restore_kept
from composer.model import LANGUAGES, Post
from composer.postfile import PostFileError, dumps_post, load_post
from composer.ui.shared.background import Job, Worker

if TYPE_CHECKING:
    from composer.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1000
MAX_DELAY_MS = 1500
RETRY_MS = 4000
#: Characters pasted (or otherwise added) at once that are saved without waiting.
LARGE_CHANGE = 2000
#: The longest the UI thread waits for the last save when the window closes (seconds).
CLOSE_WAIT_S = 0.5
#: The longest it waits for the text to be kept aside in a recovery file instead.
KEEP_ASIDE_WAIT_S = 2.0


def _blank(post: Post) -> bool:
    return not post.written_languages() and not post.media


class Autosave(QObject):
    """Keeps the window's post saved as a draft; see the module docstring."""

    #: A save finished (the draft's summary).
    saved = Signal(object)
    #: A save failed (translated message); the text is still in the window.
    save_failed = Signal(str)
    #: A draft was opened in the window (recovery, the drafts dialog, a template).
    draft_opened = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        store: DraftStore | None,
        store_error: DraftError | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        max_delay_ms: int = MAX_DELAY_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.store_error = store_error
        self.last_error: str = ""
        #: Seconds each background write took (for measurements).
        self.write_times: list[float] = []
        self._state = threading.Lock()
        #: The draft (id, revision) each post shown so far is saved to, by generation: a
        #: save still queued for an earlier post goes to that post's draft, so switching
        #: posts never waits for it.
        self._targets: dict[int, tuple[int | None, int | None]] = {0: (None, None)}
        self._generation = 0
        self._lock: DraftLock | None = None
        self._dirty = False
        self._replacing_self = False
        self._closed = False
        self._worker = Worker("composer-autosave", self)
        #: Writes recovery files: never queued behind a save waiting on a locked database.
        self._keeper = Worker("composer-keep-aside", self)
        #: The recovery file the text was last kept in on close (None: none).
        self.kept_aside: Path | None = None
        self._kept_generation = -1
        #: The close in progress was already prepared for (reset by the next change).
        self._close_prepared = False
        self._last_job: Job | None = None
        self._debounce = self._timer(debounce_ms, self.save_soon)
        self._deadline = self._timer(max_delay_ms, self.save_soon)
        self._retry = self._timer(RETRY_MS, self._retry_save)
        self.status_label = QLabel(window)
        self.status_label.setObjectName("autosaveStatus")
        window.statusBar().addPermanentWidget(self.status_label)
        #: The dialog about a replaced or upgraded database, when one was shown.
        self.notice_dialog: QMessageBox | None = None
        #: File → Rename draft…'s dialog while it is open.
        self.name_dialog: QWidget | None = None
        window.post_changed.connect(self._changed)
        for language in LANGUAGES:
            document = window.editor(language).document()
            document.contentsChange.connect(self._contents_changed)
        window.post_replacing.connect(self._before_replace)
        window.post_replaced.connect(self._after_replace)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        window.files.confirm_discard = store is None
        #: This (the UI) thread: its own writes to the store wait a moment at most.
        self._ui_thread = threading.get_ident()
        if store is not None:
            store.limit_waits(CLOSE_WAIT_S)
        if store is None and store_error is not None:
            self._show_error(store_error)

    def _timer(self, interval: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # -- state ---------------------------------------------------------------------------

    @property
    def draft_id(self) -> int | None:
        with self._state:
            return self._targets[self._generation][0]

    @property
    def revision(self) -> int | None:
        with self._state:
            return self._targets[self._generation][1]

    def pending(self) -> bool:
        """Changes not yet handed to the save thread."""
        return self._dirty

    def _set_target(self, draft_id: int | None, revision: int | None) -> None:
        """Switch drafts (UI thread); saves still queued keep their own target."""
        with self._state:
            self._generation += 1
            self._targets[self._generation] = (draft_id, revision)
        self._claim(draft_id)

    def _claim(self, draft_id: int | None) -> None:
        """Hold the lock of the draft shown (none when another window holds it)."""
        if self._lock is not None and self._lock.draft_id != draft_id:
            self._lock.release()
            self._lock = None
        if draft_id is not None and self._lock is None:
            lock = DraftLock(draft_id)
            if lock.acquire():
                self._lock = lock

    # -- saving --------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._closed:
            return
        self._close_prepared = False
        self._dirty = True
        self._debounce.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _contents_changed(self, _position: int, _removed: int, added: int) -> None:
        """A large paste is saved as soon as it is in (a kill right after it must not
        cost it), not after the usual pause."""
        if added >= LARGE_CHANGE and not self._closed:
            QTimer.singleShot(0, self.save_soon)

    def save_soon(self) -> None:
        """Hand the current post to the save thread now (if anything changed)."""
        self._debounce.stop()
        self._deadline.stop()
        if not self._dirty or self._closed:
            return
        post = self.window.current_post()
        self._dirty = False
        if self.draft_id is None and _blank(post):
            return
        with self._state:
            generation = self._generation
        path = self.window.files.file_path
        write = functools.partial(self._write, post, generation,
                                  str(path) if path is not None else "",
                                  self.kept_aside)
        self._last_job = self._worker.run(
            write, functools.partial(self._written, generation, self.kept_aside, post))

    def _write(self, post: Post, generation: int, file_path: str = "",
               kept_aside: Path | None = None) -> tuple[DraftSummary, float]:
        """Runs in the save thread; a :class:`DraftError` (or any other) goes to
        :meth:`_written` as the outcome. Once the text is saved, a recovery file an
        earlier close left (the close was then cancelled) is no longer needed."""
        started = time.perf_counter()
        if self.store is None:
            self.store = DraftStore.open()
            self.store.limit_waits(CLOSE_WAIT_S, self._ui_thread)
        with self._state:
            draft_id, revision = self._targets[generation]
        summary = self.store.save(draft_id, post, revision, file_path=file_path)
        with self._state:
            self._targets[generation] = (summary.id, summary.revision)
        if kept_aside is not None:
            kept_aside.unlink(missing_ok=True)
        return summary, time.perf_counter() - started

    def _written(self, generation: int, kept_aside: Path | None, post: Post,
                 outcome: tuple[DraftSummary, float] | Exception) -> None:
        if isinstance(outcome, DraftError):
            self._failed(generation, outcome, post)
        elif isinstance(outcome, Exception):  # never let a save fail silently
            self._failed(generation, DraftError(str(outcome)), post)
        else:
            if kept_aside is not None and kept_aside == self.kept_aside:
                self.kept_aside = None  # saved: the save removed the recovery file
            self._done(generation, *outcome)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every handed-over save is written (at most ``timeout`` seconds);
        False when one is still being written."""
        job = self._last_job
        return job.wait(timeout) if job is not None else True

    def flush(self) -> None:
        """Save now and wait for it, however long that takes (tests and measurements; the
        window itself uses :meth:`settle`)."""
        if not self._closed:
            self.save_soon()
        self.wait()

    def settle(self, timeout: float = CLOSE_WAIT_S) -> None:
        """Save now and wait at most ``timeout`` seconds for it (before renaming,
        restoring or changing the status of the draft). Raises :class:`DraftSaveError`
        (busy) when the save is still waiting for the database."""
        if not self._closed:
            self.save_soon()
        if not self.wait(timeout):
            raise DraftSaveError("the last save is still waiting for the drafts database",
                                 BUSY)

    def describe(self, error: Exception) -> str:
        """A drafts error as a user reads it: translated when its kind is known."""
        if isinstance(error, DraftError) and error.kind in (
                "disk-full", "read-only", "busy", "cannot-open", "too-new"):
            return self.reason_text(error)
        return str(error)

    def _retry_save(self) -> None:
        if self.last_error:
            self._dirty = True
            self.save_soon()

    def _done(self, generation: int, summary: DraftSummary, seconds: float) -> None:
        self.write_times.append(seconds)
        with self._state:
            current = generation == self._generation
        if not current:
            return
        if self._lock is None or self._lock.draft_id != summary.id:
            self._claim(summary.id)
        self.last_error = ""
        self.store_error = None
        self._retry.stop()
        self.window.files.confirm_discard = False
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("Draft saved %1").replace(
                "%1", QTime.currentTime().toString("HH:mm:ss")
            )
        )
        files = getattr(self.window, "files", None)
        if files is not None:
            files.draft_title = summary.title
            files.update_title()
        self.saved.emit(summary)

    def _failed(self, generation: int, error: DraftError, post: Post | None = None) -> None:
        with self._state:
            current = generation == self._generation
            draft_id, revision = self._targets[generation]
        if not current:
            # The window shows another post by now: this text is only in ``post``.
            if post is not None:
                self._keeper.run(functools.partial(keep_aside, post, draft_id, revision),
                                 functools.partial(self._kept_earlier, error))
            return
        self._dirty = True  # the text is still only in the editor: keep trying
        self._retry.start()
        self.window.files.confirm_discard = True
        self._show_error(error)

    def _kept_earlier(self, error: DraftError, outcome: Path | Exception) -> None:
        """A save of the post shown before failed: say where its text went."""
        if isinstance(outcome, Path):
            message = self.tr("The post shown before could not be saved as a draft: %1 Its "
                              "text was kept in %2 and goes back into your drafts the next "
                              "time composer starts.").replace("%2", str(outcome))
        else:
            message = self.tr("The post shown before could not be saved as a draft: %1 "
                              "It could not be kept in a file either (%2).")
            message = message.replace("%2", str(outcome))
            log.error("text of an earlier post lost: %s; %s", error, outcome)
        self.window.status_message(message.replace("%1", self.reason_text(error)), 0)

    def reason_text(self, error: DraftError) -> str:
        reasons = {
            "disk-full": self.tr("The disk is full."),
            "read-only": self.tr("The drafts folder cannot be written."),
            "busy": self.tr("The drafts database is in use by another window or program; "
                            "try again in a moment."),
            "cannot-open": self.tr("The drafts database cannot be opened."),
            "too-new": self.tr("The drafts database was made by a newer version of composer."),
        }
        return reasons.get(error.kind, self.tr("The disk could not be written."))

    def _show_error(self, error: DraftError) -> None:
        message = self.tr("Draft not saved: %1 Your text stays here; saving is retried.")
        message = message.replace("%1", self.reason_text(error))
        self.last_error = message
        self.status_label.setStyleSheet("color: palette(bright-text); "
                                        "background: #b3261e; padding: 0 6px;")
        self.status_label.setText(message)
        self.status_label.setToolTip(str(error))
        self.save_failed.emit(message)

    # -- switching posts -----------------------------------------------------------------

    def _before_replace(self) -> None:
        if not self._replacing_self:
            self.save_soon()  # to the post's own draft, even when written after the switch

    def _after_replace(self) -> None:
        if not self._replacing_self:
            self._dirty = False
            self._set_target(None, None)  # a new or opened file: a new draft on first edit

    def _show(self, draft: Draft) -> None:
        self.save_soon()
        self._replacing_self = True
        try:
            self.window.set_post(draft.post)
        finally:
            self._replacing_self = False
        self._dirty = False
        files = self.window.files
        files.file_path = Path(draft.file_path) if draft.file_path else None
        files.draft_title = draft.title
        # Edits of a file kept in the draft but not yet in the file: still to be saved.
        self.window.setWindowModified(self._differs_from_file(draft))
        files.update_title()
        self._set_target(draft.id, draft.revision)
        self.draft_opened.emit(draft)

    @staticmethod
    def _differs_from_file(draft: Draft) -> bool:
        if not draft.file_path:
            return False
        try:
            return dumps_post(load_post(draft.file_path)) != dumps_post(draft.post)
        except (OSError, PostFileError):
            return True

    def open_draft(self, draft_id: int) -> Draft:
        """Show a stored draft in the window (the current one is saved first)."""
        if self.store is None:
            raise DraftError(self.last_error or "no drafts store")
        self.save_soon()
        if draft_id == self.draft_id:
            self.wait(CLOSE_WAIT_S)  # the shown draft again: with its last text if it can
        draft = self.store.get(draft_id)
        self._show(draft)
        return draft

    def new_from_template(self, template: Template) -> None:
        """Show a new post from ``template``; it becomes a draft when the user types
        (an untouched template leaves no draft behind)."""
        post = template.new_post()
        files = self.window.files
        files.file_path = None
        self.window.set_post(post)
        files.draft_title = ""
        files.update_title()

    def rename_current(self, name: str) -> DraftSummary | None:
        """Name the open draft (saved first); "" goes back to its first line."""
        try:
            self.settle()
        except DraftError as exc:
            self._show_error(exc)
            return None
        draft_id = self.draft_id
        if self.store is None or draft_id is None:
            return None
        try:
            summary = self.store.rename(draft_id, name)
        except DraftError as exc:
            self._show_error(exc)
            return None
        self.window.files.draft_title = summary.title
        self.window.files.update_title()
        return summary

    def restore(self, snapshot_id: int) -> Draft:
        """Make an earlier version of the current draft current again."""
        draft_id = self.draft_id
        if self.store is None or draft_id is None:
            raise DraftError("no draft is open")
        self.settle()
        draft = self.store.restore(draft_id, snapshot_id)
        self._show(draft)
        return draft

    def forget_if_current(self, draft_id: int) -> bool:
        """Before ``draft_id`` is deleted: if the window shows it, start a new empty post
        (same organisation and role) instead. True when it was shown. Raises
        :class:`DraftSaveError` (busy), changing nothing, while a save of it still waits
        for the database (deleting it then would bring it back as a new draft)."""
        if self.draft_id != draft_id:
            return False
        if not self.wait(CLOSE_WAIT_S):
            raise DraftSaveError("a save of the draft is still waiting for the drafts "
                                 "database", BUSY)
        self._debounce.stop()
        self._deadline.stop()
        self._dirty = False
        self._set_target(None, None)
        shown = self.window.current_post()
        self._replacing_self = True
        try:
            self.window.set_post(Post(organisation=shown.organisation, role=shown.role))
        finally:
            self._replacing_self = False
        return True

    def mark_exported(self, channels: list[str]) -> None:
        """Record that the current draft went out to ``channels``: in the save thread,
        after the save of what was exported (the window never waits for it)."""
        self.save_soon()
        with self._state:
            generation = self._generation

        def mark() -> DraftSummary | None:
            with self._state:
                draft_id = self._targets[generation][0]
            if self.store is None or draft_id is None:
                return None
            return self.store.mark_exported(draft_id, channels)

        self._worker.run(mark, self._marked)

    def _marked(self, outcome: DraftSummary | Exception | None) -> None:
        if isinstance(outcome, DraftError):
            self._show_error(outcome)
        elif isinstance(outcome, Exception):
            self._show_error(DraftError(str(outcome)))

    def reopen_on_start(self) -> str:
        """Put back text kept aside when composer last closed (and open it), else reopen
        a draft whose window died, else the latest draft unless it was exported. Returns
        the status message shown (empty when nothing was reopened)."""
        if self.store is None:
            return ""
        restored = restore_kept(self.store)
        for problem in restored.problems:
            log.warning("kept-aside text not restored: %s", problem)
        if restored.drafts:
            draft = self.open_draft(restored.drafts[-1].id)
            text = self.tr("Text that could not be saved when composer closed is back in "
                           "your drafts: “%1”.").replace("%1", draft.title or self.tr("(empty)"))
        else:
            text = self._reopen()
        if restored.problems:
            text = self.tr("Text kept when composer closed could not be put back into your "
                           "drafts; it stays in %1.").replace("%1", str(recovery_dir()))
        if text:
            self.window.status_message(text, 0 if restored.problems else 15000)
        return text

    def _reopen(self) -> str:
        assert self.store is not None
        known = {d.id: d for d in self.store.list()}
        crashed = [known[i] for i in abandoned_drafts() if i in known]
        if crashed:
            chosen = max(crashed, key=lambda d: (d.updated, d.id))
            message = self.tr("Recovered “%1” after an unexpected exit.")
        else:
            latest = self.store.most_recent()
            if latest is None or (latest.status is Status.EXPORTED
                                  and not latest.changed_since_export):
                return ""  # done with: a new post; edited after export, it goes on
            probe = DraftLock(latest.id)
            if not probe.acquire():
                return ""  # open in another window
            probe.release()
            chosen = latest
            message = self.tr("Continuing “%1”.")
        draft = self.open_draft(chosen.id)
        return message.replace("%1", draft.title or self.tr("(empty)"))

    # -- events --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.WindowDeactivate:
                self.save_soon()
            elif kind == QEvent.Type.Close:
                self.prepare_close()
        return False

    def prepare_close(self, tell: bool = True) -> None:
        """Before the window closes: save now, waiting at most :data:`CLOSE_WAIT_S`. Text
        not saved by then (the database locked by another program, saves failing) is
        kept in a recovery file and the user told where (``tell``); when even that file
        cannot be written, the window asks before closing (``confirm_discard``)."""
        if self._closed or self._close_prepared:
            return
        self._close_prepared = True
        self.save_soon()
        job = self._last_job
        if job is None:
            return  # nothing was ever written: nothing to save
        saved = job.wait(CLOSE_WAIT_S) and job.error is None
        if saved and not self._dirty:
            return
        post = self.window.current_post()
        if self.draft_id is None and _blank(post):
            return
        error = job.error if isinstance(job.error, DraftError) else None
        path = self._keep_aside(post)
        if path is None:
            self.window.files.confirm_discard = True  # ask: save as a post file elsewhere
            return
        previous = self.kept_aside
        if previous is not None and self._kept_generation == self._generation:
            # an earlier close of this same post was cancelled: its file is superseded
            self._keeper.run(functools.partial(previous.unlink, missing_ok=True))
        self.kept_aside, self._kept_generation = path, self._generation
        self.window.files.confirm_discard = False  # the text is safe in the file
        reason = (self.reason_text(error) if error is not None else
                  self.tr("The drafts database is in use by another program."))
        message = self.tr("Draft not saved: %1 Your text was kept in %2 and goes back into "
                          "your drafts the next time composer starts.")
        message = message.replace("%1", reason).replace("%2", str(path))
        self.last_error = message
        if tell:
            self.tell_kept_aside(message)

    def _keep_aside(self, post: Post) -> Path | None:
        """Write the recovery file in a thread of its own, waiting a bounded time."""
        with self._state:
            draft_id, revision = self._targets[self._generation]
        job = self._keeper.run(functools.partial(keep_aside, post, draft_id, revision))
        if not job.wait(KEEP_ASIDE_WAIT_S) or job.error is not None:
            return None
        return job.value if isinstance(job.value, Path) else None

    def tell_kept_aside(self, message: str) -> None:
        """Say where the text went (a message box; tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Draft kept in a file"), message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("keptAsideDialog")
        box.exec()

    def shutdown(self) -> None:
        """Final save (bounded, as on close); release the draft (a clean exit needs no
        recovery)."""
        if self._closed:
            return
        self.prepare_close(tell=False)
        self._closed = True
        for timer in (self._debounce, self._deadline, self._retry):
            timer.stop()
        # A save still waiting for the database after the text was kept aside is not
        # waited for again.
        self._worker.stop(wait=True, timeout=0 if self.kept_aside else CLOSE_WAIT_S)
        self._keeper.stop()
        if self._lock is not None and (not self.last_error or self.kept_aside is not None):
            self._lock.release()
            self._lock = None


# -- wiring into the window ------------------------------------------------------------------


def open_store() -> tuple[DraftStore | None, DraftError | None]:
    try:
        return DraftStore.open(), None
    except DraftError as exc:
        return None, exc


def report_notices(autosave: Autosave, notices: list[StoreNotice]) -> None:
    """Tell about a drafts database that was replaced (unreadable) or upgraded."""
    translate = QCoreApplication.translate
    for notice in notices:
        if notice.kind == "corrupt":
            text = translate("Autosave", "The drafts database could not be read, so a new one "
                             "was started. The old file was kept as %1.")
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("Autosave", "Drafts database replaced"),
                text.replace("%1", str(notice.moved_to)),
                QMessageBox.StandardButton.Ok,
                autosave.window,
            )
            box.setObjectName("draftsCorruptDialog")
            autosave.notice_dialog = box
            box.open()
        elif notice.kind == "migrated":
            text = translate("Autosave", "Drafts database upgraded; a copy of the old one: %1")
            autosave.window.status_message(text.replace("%1", str(notice.moved_to)), 8000)
        elif notice.kind == "read-only":
            text = translate("Autosave", "The drafts database cannot be written (%1): drafts "
                             "can be opened but not saved.")
            autosave.window.status_message(text.replace("%1", str(notice.moved_to)), 0)
        elif notice.kind == "damaged":
            text = translate("Autosave", "A damaged draft was set aside: %1")
            autosave.window.status_message(text.replace("%1", notice.detail), 8000)


def menu_entries(window: MainWindow, autosave: Autosave) -> tuple[QAction, QMenu, QAction]:
    """File → Drafts…, File → New from template (filled when it opens) and File →
    Rename draft…."""
    translate = QCoreApplication.translate
    drafts = QAction(translate("Autosave", "&Drafts…"), window)
    drafts.setObjectName("action-drafts")
    drafts.setShortcut(QKeySequence("Ctrl+Shift+O"))
    drafts.triggered.connect(lambda: show_drafts_dialog(window, autosave))
    templates = QMenu(translate("Autosave", "New from &template"), window)
    templates.setObjectName("menu-templates")

    def fill() -> None:
        templates.clear()
        try:
            found = templates_for(window.current_post().organisation)
        except TemplateError as exc:
            window.dialogs.show_error(translate("Autosave", "Templates"), str(exc))
            return
        for template in found:
            action = templates.addAction(template.name(window.ui_language))
            action.triggered.connect(lambda _=False, t=template: autosave.new_from_template(t))
        if not found:
            empty = templates.addAction(translate("Autosave", "No templates for this organisation"))
            empty.setEnabled(False)

    templates.aboutToShow.connect(fill)
    rename = QAction(translate("Autosave", "Rena&me draft…"), window)
    rename.setObjectName("action-rename-draft")
    rename.triggered.connect(lambda: ask_draft_name(window, autosave))
    # Their texts follow a change of the UI language (see menus.retranslate_menus).
    for item, text in ((drafts, "&Drafts…"), (templates, "New from &template"),
                       (rename, "Rena&me draft…")):
        item.setProperty("composerSourceText", text)
        item.setProperty("composerSourceContext", "Autosave")
    return drafts, templates, rename


def ask_draft_name(window: MainWindow, autosave: Autosave) -> None:
    """File → Rename draft…: the draft's name (empty: its first line)."""
    from PySide6.QtWidgets import QInputDialog

    translate = QCoreApplication.translate
    autosave.save_soon()
    autosave.wait(CLOSE_WAIT_S)  # a first save makes the draft: a moment at most
    if autosave.draft_id is None:
        window.status_message(translate("Autosave", "Write something first: the draft is "
                                        "made when you type."), 5000)
        return
    dialog = QInputDialog(window)
    dialog.setObjectName("draftNameDialog")
    dialog.setWindowTitle(translate("Autosave", "Rename draft"))
    dialog.setLabelText(translate("Autosave", "Name of the draft (empty: its first line):"))
    dialog.setTextValue(window.files.draft_title)
    dialog.textValueSelected.connect(lambda name: autosave.rename_current(name))
    autosave.name_dialog = dialog
    dialog.open()


def show_drafts_dialog(window: MainWindow, autosave: Autosave) -> None:
    from composer.ui.drafts.dialog import DraftsDialog

    autosave.save_soon()  # the list follows when it is written (never waited for here)
    dialog = DraftsDialog(autosave, window)
    window.drafts_dialog = dialog
    dialog.open()
