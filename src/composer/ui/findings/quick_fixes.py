"""Quick fixes a finding offers: replace its span with a suggestion, remove invisible
characters, or add a flagged word to the user's dictionary.

Which fixes exist is decided from the finding alone (its suggestions and rule), plus, for
a misspelt word, the spell engines' further corrections when the menu asks for them
(:func:`more_suggestions`); applying them is an ordinary, undoable edit of the editor's
text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from composer.model import Finding

MAX_SUGGESTIONS = 5
REPLACE = "replace"
REMOVE_INVISIBLE = "remove-invisible"
ADD_WORD = "add-word"
_KEPT = {"\n", "\t"}


@dataclass(frozen=True)
class QuickFix:
    kind: str
    label: str
    value: str = ""


def is_invisible_finding(finding: Finding) -> bool:
    name = finding.rule.partition(".")[2]
    return "invisible" in name or "control" in name or "zero-width" in name


def remove_invisible(text: str) -> str:
    """``text`` without format and control characters (line breaks and tabs stay)."""
    return "".join(
        ch for ch in text if ch in _KEPT or unicodedata.category(ch) not in ("Cf", "Cc")
    )


def user_dictionary_available() -> bool:
    try:
        from composer.spelling import add_to_user_dictionary  # noqa: F401
    except ImportError:
        return False
    return True


def _replace(suggestion: str) -> QuickFix:
    if suggestion:
        label = QCoreApplication.translate("QuickFix", "Replace with “%1”").replace(
            "%1", suggestion
        )
    else:
        label = QCoreApplication.translate("QuickFix", "Remove")
    return QuickFix(REPLACE, label, suggestion)


def more_suggestions(finding: Finding, suggestions: list[str]) -> list[QuickFix]:
    """Replacements from ``suggestions`` (the engines' corrections for the finding's
    word) that the finding does not carry itself, up to :data:`MAX_SUGGESTIONS` in all."""
    own = [s for s in finding.suggestions[:MAX_SUGGESTIONS] if s]
    room = MAX_SUGGESTIONS - len(own)
    extra = [s for s in dict.fromkeys(suggestions) if s and s not in own]
    return [_replace(s) for s in extra[:max(0, room)]]


def looking_label() -> str:
    """The menu's placeholder while more corrections are being looked for."""
    return QCoreApplication.translate("QuickFix", "Looking for more suggestions…")


def no_suggestions_label() -> str:
    return QCoreApplication.translate("QuickFix", "No suggestions")


def no_other_suggestions_label() -> str:
    return QCoreApplication.translate("QuickFix", "No other suggestions")


def fixes_for(finding: Finding) -> list[QuickFix]:
    if finding.language is None or finding.start is None:
        return []
    fixes: list[QuickFix] = []
    if is_invisible_finding(finding):
        label = QCoreApplication.translate("QuickFix", "Remove invisible characters")
        return [QuickFix(REMOVE_INVISIBLE, label)]
    fixes += [_replace(suggestion) for suggestion in finding.suggestions[:MAX_SUGGESTIONS]]
    if finding.family == "spelling" and user_dictionary_available():
        fixes.append(
            QuickFix(ADD_WORD, QCoreApplication.translate("QuickFix", "Add to my dictionary"))
        )
    return fixes
