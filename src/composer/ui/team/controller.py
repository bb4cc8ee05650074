"""The team review controller of the main window: the Team menu, the outbox status in the
status bar, the comments dock and the Review list. Every team-space call (and every
outbox write) runs in a background :class:`~composer.ui.shared.background.Worker`; the
window never waits on the network."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMenu, QMessageBox, QWidget

from composer.drafts import DraftError
from composer.model import LANGUAGES, Post
from composer.team.errors import Locked, TeamError
from composer.team.findings import summary_of
from composer.team.outbox import (
    FlushResult,
    Link,
    Outbox,
    Pending,
    draft_source,
    team_source,
)
from composer.team.record import Status
from composer.team.service import Fetched, Listing, TeamService
from composer.team.storage import LockInfo
from composer.ui.language import language_names
from composer.ui.shared.background import Worker
from composer.ui.team.comments_panel import CommentsPanel
from composer.ui.team.messages import explain, local_time
from composer.ui.team.review_dialog import ReviewDialog, status_text

if TYPE_CHECKING:
    from composer.ui.team.unsent_dialog import UnsentDialog
    from composer.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)
#: How often waiting changes are retried, and an editing lock renewed.
RETRY_MS = 60_000
LOCK_RENEW_MS = 10 * 60_000


class TeamController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.outbox = Outbox()
        #: Team-space calls, in the order asked (a queued change before the next listing).
        self.background = Worker("composer-team", self)
        #: The team post shown in the window (opened from the Review list), if any.
        self.current: Fetched | None = None
        self._lock: LockInfo | None = None
        self._opening = False
        self._window_source = f"window:{uuid.uuid4().hex}"
        self._service_key: tuple[str, ...] | None = None
        self._service: TeamService | None = None
        self.waiting = 0
        self.failed = 0
        self.unsent_dialog: UnsentDialog | None = None
        self.review_dialog: ReviewDialog | None = None

        self.queue_label = QLabel(window)
        self.queue_label.setObjectName("teamQueue")
        window.statusBar().addPermanentWidget(self.queue_label)
        self.queue_label.hide()
        self.comments = CommentsPanel(window.editor, self._focused_language, window)
        self.comments.comment_requested.connect(
            lambda lang, start, end, quote: self._comment_on_current(lang, start, end, quote))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.comments)
        self.comments.hide()
        self._build_menu()
        window.post_replaced.connect(self._window_replaced)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self._retry)
        self.retry_timer.start()
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(LOCK_RENEW_MS)
        self.lock_timer.timeout.connect(self._renew_lock)
        QTimer.singleShot(0, self.refresh_queue_status)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- set-up -----------------------------------------------------------------------------

    def _build_menu(self) -> None:
        window = self.window
        menu = QMenu(self.tr("Tea&m"), window)
        menu.setObjectName("menu-team")
        # Its title follows a change of the UI language (menus.retranslate_menus).
        menu.setProperty("composerSourceText", "Tea&m")
        menu.setProperty("composerSourceContext", "TeamController")
        help_menu = window.menus.get("help")
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), menu)
        else:
            window.menuBar().addMenu(menu)
        window.menus["team"] = menu
        menu.aboutToShow.connect(self.refresh_queue_status)
        entries = (
            ("team_send", self.tr("&Send for review"), "Ctrl+Shift+R", self.send_for_review),
            ("team_review", self.tr("&Review list…"), "Ctrl+Shift+L", self.show_review_list),
            ("team_comments", self.tr("Review &comments"), None, self.show_comments),
            ("team_flush", self.tr("Send &waiting changes now"), None, self.flush_now),
            ("team_unsent", self.tr("Changes &not sent…"), None, self.show_unsent),
        )
        for name, text, shortcut, slot in entries:
            action = QAction(text, window)
            action.setObjectName(f"action-{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(action)
            window.actions[name] = action

    def space(self) -> str:
        return self.window.settings.team_space.strip()

    def service(self) -> TeamService:
        """The team space as configured (worker thread only: it may ask the keyring)."""
        from composer.team import credentials
        from composer.team.space import cache_file, is_web_address, open_storage

        settings = self.window.settings
        location = self.space()
        user = credentials.user_name(settings)
        password = credentials.password(location) if is_web_address(location) else ""
        key = (location, user, password, credentials.display_name(settings))
        if self._service is None or self._service_key != key:
            if self._service is not None:
                self._service.close()
            self._service = TeamService(open_storage(location, user, password), key[3],
                                        cache_file(location))
            self._service_key = key
        return self._service

    def _needs_space(self, parent: QWidget | None = None) -> bool:
        if self.space():
            return False
        QMessageBox.information(parent or self.window, self.tr("No team space"), self.tr(
            "Choose the team space (a shared folder or a WebDAV address) in Edit › "
            "Preferences › Team space first."))
        return True

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[str], None] | None = None) -> None:
        def finished(result: Any, error: Exception | None) -> None:
            if error is None:
                done(result)
                return
            message = explain(error)
            if failed is not None:
                failed(message)
            else:
                self.window.status_message(message.replace("\n", " "), 10_000)
            if not isinstance(error, (TeamError, OSError, ValueError)):
                log.error("team review: unexpected %s", error, exc_info=error)

        def delivered(outcome: Any) -> None:
            if isinstance(outcome, Exception):
                log.info("team-space call failed: %s", outcome)
                finished(None, outcome)
            else:
                finished(outcome, None)

        self.background.run(work, delivered)

    # -- the outbox -------------------------------------------------------------------------

    def _flush(self) -> FlushResult:
        """Worker thread: send what waits (no space configured: nothing to do)."""
        space = self.space()
        if not space:
            return FlushResult()
        try:
            service = self.service()
        except TeamError as exc:
            result = FlushResult(waiting=self.outbox.waiting_count(space))
            result.stopped = str(exc)
            return result
        return self.outbox.flush(space, service)

    def flush_now(self) -> None:
        self._run(self._flush, self._flushed)

    def _retry(self) -> None:
        if self.background.busy:
            return
        if self.waiting:
            self.flush_now()
        else:
            self.refresh_queue_status()  # the settings may name another space now

    def _flushed(self, result: FlushResult) -> None:
        if result.sent:
            self.window.status_message(
                self.tr("%n change(s) sent to the team space.", "", result.sent), 5000)
        for conflict in result.conflicts:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Two versions kept"),
                              explain(conflict), QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("teamConflictNotice")
            box.setTextFormat(Qt.TextFormat.PlainText)  # names come from others' files
            self.conflict_notice = box
            box.open()
        for failure in result.failed:
            self.window.status_message(failure, 10_000)
        self._show_queue(result.waiting, result.stopped, self.failed + len(result.failed))
        if self.review_dialog is not None and self.review_dialog.isVisible() and (
                result.sent or result.conflicts):
            self.review_dialog.refresh()

    def refresh_queue_status(self) -> None:
        space = self.space()
        if not space:
            self._show_queue(0, "")
            return
        def work() -> tuple[int, str, int]:
            pending = self.outbox.pending(space)
            waiting = [p for p in pending if p.state == "waiting"]
            return (len(waiting), next((p.message for p in waiting if p.message), ""),
                    len(pending) - len(waiting))

        self._run(work, lambda value: self._show_queue(*value))

    def _show_queue(self, waiting: int, reason: str, failed: int | None = None) -> None:
        self.waiting = waiting
        if failed is not None:
            self.failed = failed
        texts = []
        if waiting:
            texts.append(self.tr("%n change(s) waiting to be sent", "", waiting))
        if self.failed:
            texts.append(self.tr("%n change(s) not sent (Team menu)", "", self.failed))
        self.queue_label.setVisible(bool(texts))
        self.queue_label.setText(" · ".join(texts))
        self.queue_label.setToolTip(reason)

    # -- changes not sent -------------------------------------------------------------------

    def show_unsent(self) -> None:
        from composer.ui.team.unsent_dialog import UnsentDialog

        if self.unsent_dialog is None:
            self.unsent_dialog = UnsentDialog(self._retry_unsent, self._discard_unsent,
                                              self.window)
        self.unsent_dialog.show()
        self._reload_unsent()

    def _reload_unsent(self) -> None:
        space = self.space()

        def shown(items: list[Pending]) -> None:
            if self.unsent_dialog is not None:
                self.unsent_dialog.set_items(items)
            self._show_queue(self.waiting, self.queue_label.toolTip(), len(items))

        self._run(lambda: [p for p in self.outbox.pending(space) if p.state == "failed"],
                  shown)

    def _retry_unsent(self, seq: int) -> None:
        def work() -> FlushResult:
            self.outbox.retry(seq)
            return self._flush()

        def done(result: FlushResult) -> None:
            self._flushed(result)
            self._reload_unsent()

        self._run(work, done)

    def _discard_unsent(self, seq: int) -> None:
        self._run(lambda: self.outbox.discard(seq), lambda _: self._reload_unsent())

    # -- send for review --------------------------------------------------------------------

    def _source(self) -> tuple[str, Link | None]:
        if self.current is not None:
            record = self.current.record
            return team_source(record.id), Link(team_source(record.id), record.id,
                                                self.current.revision, record.content_version)
        autosave = self.window.autosave
        if autosave is not None:
            with contextlib.suppress(DraftError):  # not saved yet: sent from the window
                autosave.settle()
            if autosave.draft_id is not None:
                return draft_source(autosave.draft_id), None
        return self._window_source, None

    def send_for_review(self) -> None:
        if self._needs_space():
            return
        post = self.window.current_post()
        if not post.written_languages():
            self.window.status_message(self.tr("Write the post first."), 5000)
            return
        findings = summary_of(self.window.findings())
        source, start = self._source()
        space = self.space()

        def work() -> tuple[FlushResult, Fetched | None]:
            post_id = self.outbox.queue_send(space, source, post, findings, start)
            result = self._flush()
            fetched = None
            link = self.outbox.link(space, source)
            if link is not None and link.revision and not result.stopped:
                with contextlib.suppress(TeamError):
                    fetched = self.service().get(post_id)
            return result, fetched

        def done(value: tuple[FlushResult, Fetched | None]) -> None:
            result, fetched = value
            self._flushed(result)
            for joined_source, sent, joined in result.joined:
                if joined_source == source:
                    self._show_joined(space, source, sent, joined)
            if fetched is not None:
                self._show_current(fetched)
                if not result.conflicts and not result.joined:  # else said above
                    self.window.status_message(self.tr("Sent for review."), 5000)
            elif result.stopped:
                self.window.status_message(self.tr(
                    "The team space cannot be reached; the post waits in the outbox and is "
                    "sent when it can be."), 8000)

        self.window.status_message(self.tr("Sending for review…"), 3000)
        self._run(work, done)

    # -- the review list --------------------------------------------------------------------

    def show_review_list(self) -> None:
        if self._needs_space():
            return
        if self.review_dialog is None:
            self.review_dialog = ReviewDialog(self, self.window)
        self.review_dialog.show()
        self.review_dialog.raise_()
        self.review_dialog.refresh()

    def list_posts(self, on_listing: Callable[[Listing], None],
                   on_error: Callable[[str], None]) -> None:
        self._run(lambda: self.service().list(), on_listing, on_error)

    def open_post(self, post_id: str) -> None:
        space = self.space()

        def work() -> tuple[Fetched, LockInfo | None, Locked | None]:
            service = self.service()
            fetched = service.get(post_id)
            self._starts_from(space, fetched)
            try:
                return fetched, service.lock(post_id), None
            except Locked as held:
                return fetched, None, held
            except TeamError:
                return fetched, None, None  # no lock: reading and editing go on

        def done(value: tuple[Fetched, LockInfo | None, Locked | None]) -> None:
            fetched, lock, held = value
            self._release_lock()
            self._opening = True
            try:
                self.window.set_post(fetched.record.post)
            finally:
                self._opening = False
            self._lock = lock
            if lock is not None:
                self.lock_timer.start()
            self._show_current(fetched)
            if held is not None:
                until = local_time(held.expires, with_date=False)
                self.window.status_message(self.tr("%1 is editing this post (until %2).").replace(
                    "%1", held.owner).replace("%2", until), 15_000)

        self._run(work, done)

    def _show_joined(self, space: str, source: str, sent: Post, joined: Post) -> None:
        """Someone else's change to other versions was joined with the text just sent:
        show it in those versions where the window still has the text sent (one the
        user changed meanwhile is left as it is: its next send keeps both), and start
        the next send from what the window now shows."""
        changed = []
        base = replace(sent, versions=dict(sent.versions))
        for language in LANGUAGES:
            editor = self.window.editor(language)
            new = joined.text(language)
            if new != sent.text(language) and editor.toPlainText() == sent.text(language):
                cursor = QTextCursor(editor.document())
                cursor.beginEditBlock()  # one step of Edit › Undo
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(new)
                cursor.endEditBlock()
                changed.append(language_names.in_sentence(language))
                base.versions[language] = new
        if changed:
            self._run(lambda: self.outbox.set_base(space, source, base), lambda _none: None)
            self.window.status_message(self.tr(
                "Sent for review, joined with another person's change to: %1.").replace(
                "%1", ", ".join(changed)), 10_000)

    def _starts_from(self, space: str, fetched: Fetched) -> None:
        """Worker thread: the window now shows ``fetched``; the next send starts from it."""
        record = fetched.record
        self.outbox.link_post(space, team_source(record.id), record.id, fetched.revision,
                              record.content_version, base=record.post)

    def _show_current(self, fetched: Fetched) -> None:
        self.current = fetched
        record = fetched.record
        heading = self.tr("%1 · version %2 · by %3").replace("%1", status_text(record.status)) \
            .replace("%2", str(record.content_version)).replace("%3", record.author)
        self.comments.set_record(record, heading)
        self.comments.show()

    def show_comments(self) -> None:
        self.comments.show()
        self.comments.raise_()

    def _window_replaced(self) -> None:
        if self._opening:
            return
        self._release_lock()
        self.current = None
        self.comments.set_record(None)
        self.comments.hide()

    def _release_lock(self) -> None:
        lock, current = self._lock, self.current
        self._lock = None
        self.lock_timer.stop()
        if lock is not None and current is not None:
            post_id = current.record.id
            self._run(lambda: self.service().unlock(post_id, lock), lambda _: None,
                      lambda _message: None)

    def _renew_lock(self) -> None:
        if self.current is None or self._lock is None:
            return
        post_id = self.current.record.id

        def renewed(lock: LockInfo) -> None:
            self._lock = lock

        self._run(lambda: self.service().lock(post_id), renewed, lambda _message: None)

    # -- comments and status ----------------------------------------------------------------

    def _focused_language(self) -> str:
        """The version the user is working in: the editor with the keyboard focus, else
        the one that had it last (the Comment on selection button takes the focus when
        it is clicked), else the first written version."""
        last = self.window.last_editor_language()  # the focused one is the last too
        if last is not None:
            return last
        written = self.window.current_post().written_languages()
        return written[0] if written else LANGUAGES[0]

    def _comment_on_current(self, language: str, start: int, end: int, quote: str) -> None:
        if self.current is None:
            return
        span: tuple[int | None, int | None] = (start, end) if end > start else (None, None)
        self.ask_comment(self.current.record.id, language, *span, quote, self.window)

    def ask_comment(self, post_id: str, language: str, start: int | None, end: int | None,
                    quote: str, parent: QWidget) -> None:
        label = self.tr("Comment on «%1»:").replace("%1", quote[:60]) if quote \
            else self.tr("Comment:")
        text, ok = QInputDialog.getMultiLineText(parent, self.tr("Comment"), label)
        if not ok or not text.strip():
            return
        version = self.current.record.content_version if (
            self.current is not None and self.current.record.id == post_id) else None
        space = self.space()

        def work() -> FlushResult:
            self.outbox.queue_comment(space, post_id, language, text, start, end, version)
            return self._flush()

        self._run(work, self._after_change(post_id))

    def approve(self, post_id: str, open_errors: int, parent: QWidget, author: str = "") -> None:
        from composer.team import credentials

        if author and author == credentials.display_name(self.window.settings):
            # Review is a second person's reading: approving one's own post is allowed (a
            # small team may have no one else today), but asked.
            answer = QMessageBox.question(parent, self.tr("Approve your own post?"), self.tr(
                "You sent this post for review yourself. Approve it without another "
                "person's reading?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        accept = False
        if open_errors:
            answer = QMessageBox.question(parent, self.tr("Approve with open errors?"), self.tr(
                "This post has %n open error(s). Approve it anyway? Your approval records "
                "that you accepted them.", "", open_errors))
            if answer != QMessageBox.StandardButton.Yes:
                return
            accept = True
        self.change_status(post_id, Status.APPROVED, accept)

    def change_status(self, post_id: str, status: Status, accept_open_errors: bool = False
                      ) -> None:
        space = self.space()

        def work() -> FlushResult:
            self.outbox.queue_status(space, post_id, status, accept_open_errors)
            return self._flush()

        self._run(work, self._after_change(post_id))

    def _after_change(self, post_id: str) -> Callable[[FlushResult], None]:
        def done(result: FlushResult) -> None:
            self._flushed(result)
            if self.review_dialog is not None and self.review_dialog.isVisible():
                self.review_dialog.refresh()
            if self.current is not None and self.current.record.id == post_id \
                    and not result.stopped:
                self._run(lambda: self.service().get(post_id), self._show_current)

        return done

    def choose_version(self, post_id: str, parent: QWidget) -> None:
        from composer.ui.team.conflict_dialog import ConflictDialog

        def work() -> tuple[Fetched, list[tuple[str, Fetched]]]:
            service = self.service()
            return service.get(post_id), service.conflicts(post_id)

        def done(value: tuple[Fetched, list[tuple[str, Fetched]]]) -> None:
            current, kept = value
            if not kept:
                self.window.status_message(self.tr("There is only one version now."), 5000)
                return
            name, mine = kept[0]
            dialog = ConflictDialog(current, name, mine, parent)
            dialog.chosen.connect(lambda kept_name, keep_mine: self._resolve(
                post_id, kept_name, keep_mine))
            self.conflict_dialog = dialog
            dialog.open()

        self._run(work, done)

    def _resolve(self, post_id: str, kept_name: str, keep_mine: bool) -> None:
        def done(fetched: Fetched) -> None:
            if self.current is not None and self.current.record.id == post_id:
                self._opening = True
                try:
                    self.window.set_post(fetched.record.post)
                finally:
                    self._opening = False
                self._show_current(fetched)
            if self.review_dialog is not None:
                self.review_dialog.refresh()

        space = self.space()

        def work() -> Fetched:
            fetched = self.service().resolve(post_id, kept_name, keep_mine)
            self._starts_from(space, fetched)
            return fetched

        self._run(work, done)

    def shutdown(self) -> None:
        self.retry_timer.stop()
        self._release_lock()
        self.background.wait(3)


def install(window: MainWindow) -> TeamController:
    """Adds the Team menu, the outbox status and the comments dock to ``window``."""
    controller = TeamController(window)
    window.team = controller
    return controller

