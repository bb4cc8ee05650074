"""Finnish grammar errors from Voikko's built-in grammar checker, cached per sentence.

:func:`grammar_errors` splits a text into paragraphs (lines) and sentences (where a
capital letter follows an end mark: not after "n. 120" or "esim. kesällä"), asks Voikko
once per sentence it has not seen and maps the errors back to the text. Typing changes
one sentence at a time, so a re-check asks Voikko about that sentence only.

Voikko's grammar checker belongs in the checking process, never in the window's: a
process that shows the window calls :func:`keep_out_of_this_process` and from then on
gets no grammar errors (nor loads the checker). A process with a Qt application is
treated the same way unless :data:`ALLOW_WITH_QT_APPLICATION` is set (tests).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from typing import NamedTuple

import regex

from composer.morphology import MorphologyUnavailable, voikko
from composer.text_cache import text_cache

#: Sentences whose errors are kept (the lines they make up are kept too).
SENTENCE_CACHE_SIZE = 4096
#: For tests only: let a process with a Qt application run the grammar checker.
ALLOW_WITH_QT_APPLICATION = False

_kept_out = False
#: The space between two sentences: after an end mark (and closing quotes or brackets),
#: before an opening quote or bracket and a capital letter.
_SENTENCE_GAP = regex.compile(r"(?<=[.!?…][\"”»)]*)\s+(?=[\"”«(]*\p{Lu})")


class GrammarError(NamedTuple):
    """One error: libvoikko's ``code``, the span in the checked text, Voikko's
    suggestions (replacements for the span) and its own short description (Finnish)."""

    code: int
    start: int
    end: int
    suggestions: tuple[str, ...]
    description: str


def keep_out_of_this_process() -> None:
    """This process shows the window: it must never run the grammar checker."""
    global _kept_out
    _kept_out = True


def allowed_here() -> bool:
    """Whether this process may run the grammar checker."""
    if _kept_out:
        return False
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and not ALLOW_WITH_QT_APPLICATION:
        return widgets.QApplication.instance() is None
    return True


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def _sentence_errors(sentence: str) -> tuple[GrammarError, ...]:
    return tuple(
        GrammarError(e.errorCode, e.startPos, e.startPos + e.errorLen,
                     tuple(e.suggestions), e.shortDescription)
        for e in voikko().grammarErrors(sentence, "fi")
    )


@text_cache(maxsize=512)
def _line_errors(line: str) -> tuple[GrammarError, ...]:
    found: list[GrammarError] = []
    for start, sentence in sentences(line):
        sentence = sentence.rstrip()
        if sentence:
            found.extend(e._replace(start=e.start + start, end=e.end + start)
                         for e in _sentence_errors(sentence))
    return tuple(found)


def sentences(paragraph: str) -> list[tuple[int, str]]:
    """``(offset, sentence)`` pieces of one paragraph: cut after ".", "!" or "?" (and a
    closing quotation mark) where a capital letter follows, so "n. 120" and "esim.
    kesällä" stay inside their sentence."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for gap in _SENTENCE_GAP.finditer(paragraph):
        pieces.append((start, paragraph[start:gap.start()]))
        start = gap.end()
    pieces.append((start, paragraph[start:]))
    return pieces


def grammar_errors(text: str) -> list[GrammarError]:
    """Voikko's grammar errors in Finnish ``text`` with spans into ``text``; empty where
    the checker may not run (see the module docstring) or Voikko is not installed."""
    if not allowed_here():
        return []
    found: list[GrammarError] = []
    offset = 0
    try:
        for line in text.split("\n"):
            if line.strip():
                found.extend(e._replace(start=e.start + offset, end=e.end + offset)
                             for e in _line_errors(line))
            offset += len(line) + 1
    except MorphologyUnavailable:
        return []
    return found


def clear_cache() -> None:
    _sentence_errors.cache_clear()
    _line_errors.cache_clear()
