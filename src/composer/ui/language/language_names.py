"""Names of the post languages in the UI language (Qt translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def title(language: str) -> str:
    """The language's name as a heading (``Swedish``, ``Ruotsi``, ``Svenska``)."""
    names = {
        "fi": QCoreApplication.translate("Language", "Finnish"),
        "sv": QCoreApplication.translate("Language", "Swedish"),
        "en": QCoreApplication.translate("Language", "English"),
    }
    return names.get(language, language)


def in_sentence(language: str) -> str:
    """The language's name inside a sentence (``Swedish``, ``ruotsi``, ``svenska``)."""
    names = {
        "fi": QCoreApplication.translate("Language", "Finnish", "inside a sentence"),
        "sv": QCoreApplication.translate("Language", "Swedish", "inside a sentence"),
        "en": QCoreApplication.translate("Language", "English", "inside a sentence"),
    }
    return names.get(language, language)


def short(language: str) -> str:
    """A short tag for lists: FI, SV, EN (the same in every UI language)."""
    return language.upper()
