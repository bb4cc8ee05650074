"""English words a Hunspell dictionary lists with a hyphen, found written as one word.

"tradeoff" is "trade-off" in the British dictionary, "ebook" is "e-book": the letters
are right and only the hyphen is missing, which is a note naming the dictionary's form,
not a misspelling. Hunspell accepts any two known words joined by a hyphen
("questions-and"), so its verdict cannot tell a listed word from a made one; the
dictionary's own entries are read instead (once per dictionary, a few thousand words).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from composer.spelling.engines import HunspellEngine, SpellEngine

#: Each part of a listed word has at least this many letters ("e-book" is left out:
#: a one-letter part is too easily a slip's leftover).
MIN_PART = 2


@cache
def _joined(folder: str, dictionary: str) -> dict[str, str]:
    """The dictionary's hyphenated entries by their joined, lower-case form."""
    path = Path(folder) / f"{dictionary}.dic"
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    except OSError:
        return {}
    found: dict[str, str] = {}
    for line in lines:
        entry = line.split("/", 1)[0].strip()
        parts = entry.split("-")
        if len(parts) == 2 and all(len(p) >= MIN_PART and p.isalpha() for p in parts):
            found.setdefault(entry.replace("-", "").lower(), entry)
    return found


def hyphenated_form(word: str, spells: Sequence[SpellEngine]) -> str | None:
    """The dictionary entry that is ``word`` with a hyphen ("trade-off" for
    "tradeoff"), from the English Hunspell dictionaries ``spells``, or None. A word with
    a capital first letter is looked up in lower case ("Preorder" opening a sentence)."""
    if not word.isalpha() or not word[1:].islower():
        return None
    word = word.lower()
    for spell in spells:
        if spell.language != "en" or not isinstance(spell, HunspellEngine):
            continue
        listed = _joined(spell.folder, spell.dictionary).get(word)
        if listed is not None:
            return listed
    return None
