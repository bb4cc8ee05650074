"""English words a Hunspell dictionary lists with a hyphen, found written as one word.

"tradeoff" is "trade-off" in the British dictionary, "ebook" is "e-book": the letters
are right and only the hyphen is missing, which is a note naming the dictionary's form,
not a misspelling. Hunspell accepts any two known words joined by a hyphen
("questions-and"), so its verdict cannot tell a listed word from a made one; the
dictionary's own entries are read instead (once per dictionary, a few thousand words).

A word made of a prefix English joins to words (``[hyphen-prefixes]``: "re", "non",
"over") and a longer known word ("reinfestation", "nonpartisanship"), or of a known
word and "-like" ("antlike"), is a derivation the dictionary lacks
(:func:`english_derivation`): the rule shows it as a quiet "check this word", not as a
misspelling. The known part has at least MIN_DERIVED_BASE letters, so a slip that
happens to leave a prefix and a short word ("misstake", "untill") stays a warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from composer.spelling.engines import HunspellEngine, SpellEngine
from composer.spelling.wordlists import hyphen_prefixes

#: Each part of a listed word has at least this many letters ("e-book" is left out:
#: a one-letter part is too easily a slip's leftover).
MIN_PART = 2
#: The known word inside a derivation has at least this many letters.
MIN_DERIVED_BASE = 6
#: The base of a "-like" word has at least this many letters ("antlike", "fanlike").
MIN_LIKE_BASE = 3
#: The longest prefix tried.
MAX_PREFIX = 7


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


def english_derivation(word: str, spell: SpellEngine) -> bool:
    """Whether the lower-case ``word`` is a prefix English joins to words and a known
    word of at least MIN_DERIVED_BASE letters ("re|infestation"), or a known word and
    "like" ("ant|like")."""
    if not word.isalpha() or not word.islower():
        return False
    if word.endswith("like") and len(word) - 4 >= MIN_LIKE_BASE and spell.check(word[:-4]):
        return True
    prefixes = hyphen_prefixes("en")
    return any(
        word[:cut] in prefixes and spell.check(word[cut:])
        for cut in range(MIN_PART, min(MAX_PREFIX, len(word) - MIN_DERIVED_BASE) + 1)
    )
