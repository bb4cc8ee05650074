"""Team-space errors as the user reads them: a translated sentence saying what happened
and what was kept, then the detail from the team space."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from composer.cli.texts import post_file_error, team_error
from composer.postfile import PostFileError
from composer.team import errors
from composer.ui.language.ui_language import current_ui_language


def explain(error: Exception) -> str:
    translate = QCoreApplication.translate
    leads = (
        (errors.Conflict, translate("TeamMessages", "Someone else changed the post meanwhile. "
                                    "Both versions are kept in the team space; choose one in "
                                    "the Review list.")),
        (errors.StatusConflict, translate("TeamMessages", "The post's status changed "
                                          "meanwhile; nothing was changed.")),
        (errors.OpenErrors, translate("TeamMessages", "The post has open errors.")),
        (errors.NewerFormat, translate("TeamMessages", "This post was written by a newer "
                                       "composer. Update composer to open it; the file was "
                                       "left as it is.")),
        (errors.BrokenFile, translate("TeamMessages", "A file in the team space is not a "
                                      "usable post; it was left as it is.")),
        (errors.AccessDenied, translate("TeamMessages", "The team space refused access. "
                                        "Check the user name and password in Preferences.")),
        (errors.NotFound, translate("TeamMessages", "Not found in the team space.")),
        (errors.Locked, translate("TeamMessages", "Someone is editing it; try again later. "
                                  "Your change is kept.")),
        (errors.ServerError, translate("TeamMessages", "The team space's server failed. "
                                       "Your change is kept and sent later.")),
        (errors.Unreachable, translate("TeamMessages", "The team space cannot be reached. "
                                       "Your change is kept and sent when it can be.")),
        (errors.BadInput, translate("TeamMessages", "The team space settings cannot be "
                                    "used.")),
        (PostFileError, translate("TeamMessages", "The post cannot be used.")),
    )
    lead = next((text for kind, text in leads if isinstance(error, kind)),
                translate("TeamMessages", "The team space did not accept the change."))
    return f"{lead}\n{detail(error)}"


def detail(error: Exception) -> str:
    """The team space's or the post file's own words, in the UI language where their
    form is known (:mod:`composer.cli.texts`); else as they are."""
    language = current_ui_language()
    if isinstance(error, PostFileError):
        return post_file_error(error, language)
    return team_error(str(error), language)


def local_time(stamp: str, with_date: bool = True) -> str:
    """A team-space time (ISO 8601, UTC) in this computer's time zone, written as the
    computer's locale writes times (as the Drafts list does)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:16]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    if with_date:
        return QLocale().toString(shown, QLocale.FormatType.ShortFormat)
    return QLocale().toString(shown.time(), QLocale.FormatType.ShortFormat)
