"""The main window's optional features, attached in this one place.

- Machine translation: Tools → Translate a version… and the editors' "Translate…"
  buttons (:mod:`composer.ui.translate.dialog`).
- Autosave and drafts: the drafts store, File → Drafts… and File → New from template,
  recovery of the last draft (:mod:`composer.ui.drafts.autosave`).
- Team review: the Team menu, the outbox status and the review comments
  (:mod:`composer.ui.team.controller`).

The window works without them (tests build it bare or with only what they test); the
app attaches both with :func:`attach_features`. Their menu entries are added here, and
only here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from composer.drafts import DraftError
from composer.ui.drafts.autosave import Autosave, menu_entries, open_store, report_notices
from composer.ui.translate.dialog import offer_on_empty_versions, translate_action

if TYPE_CHECKING:
    from composer.ui.window.main_window import MainWindow


def attach_features(window: MainWindow, *, autosave: bool = True,
                    reopen_draft: bool = True) -> None:
    """Machine translation and (``autosave``) autosave; ``reopen_draft`` recovers the last
    draft on start."""
    attach_machine_translation(window)
    if autosave:
        attach_autosave(window, reopen=reopen_draft)
    attach_team_review(window)


def attach_team_review(window: MainWindow) -> None:
    """The Team menu (before Help), the outbox status and the review comments dock."""
    from composer.ui.team.controller import install

    install(window)


def attach_machine_translation(window: MainWindow) -> None:
    action = translate_action(window)
    window.menus["tools"].addAction(action)
    window.actions["translate"] = action
    offer_on_empty_versions(window)


def attach_autosave(window: MainWindow, reopen: bool = True) -> Autosave:
    """Open the drafts store, attach autosave to ``window``, report a replaced or
    upgraded database, add the menu entries and (``reopen``) recover the last draft."""
    store, error = open_store()
    autosave = Autosave(window, store, error)
    if store is not None:
        report_notices(autosave, store.notices)
    drafts, templates = menu_entries(window, autosave)
    menu, before = window.menus["file"], window.actions["open"]
    menu.insertAction(before, drafts)
    menu.insertMenu(before, templates)
    window.actions["drafts"] = drafts
    window.menus["templates"] = templates
    window.preview.exported.connect(autosave.mark_exported)
    if reopen:
        try:
            autosave.reopen_on_start()
        except (DraftError, KeyError) as exc:
            window.status_message(str(exc), 8000)
    window.autosave = autosave
    return autosave
