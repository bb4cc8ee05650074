"""English word frequencies that rank the quick suggestions, kept small.

pyspellchecker's English list (``spellchecker/resources/en.json.gz``) has 160,572
words, 103,247 of them at the list's floor count of 50, which says only that the word
was seen. Whether a word exists is Hunspell's call here, so only the words above the
floor are kept: 57,325 words that rank candidates exactly as the whole list does on the
labelled English set (``benchmarks/spelling_eval.py``: the intended word first for 59
of 70 misspellings either way), in a third of the memory. The words are read straight
from the library's data without first building the whole dictionary, which alone
would add some 25 MB to the checking process's peak.
"""

from __future__ import annotations

import gzip
import json
import pkgutil
import re

#: The counts, and ``"word": count`` pairs whose count is not ``{floor}``, in the
#: library's JSON file (one pair a line, no escapes).
_COUNT = re.compile(r'": ?(\d+)')
_PAIR_ABOVE = r'"([^"\\]*)": ?(?!{floor}\b)(\d+)'


def ranked_words(language: str = "en") -> dict[str, int]:
    """The words of pyspellchecker's ``language`` list seen more often than its floor,
    with their counts; raises :class:`FileNotFoundError` or :class:`ValueError` when the
    list is missing or unreadable."""
    data = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    if data is None:
        raise FileNotFoundError(f"pyspellchecker has no {language} word list")
    return words_above_floor(gzip.decompress(data).decode("utf-8"))


def words_above_floor(text: str) -> dict[str, int]:
    """The ``word: count`` pairs of a pyspellchecker JSON list whose count is above the
    list's smallest; raises :class:`ValueError` for text that is not such a list."""
    if "\\" in text:  # escapes the pattern does not decode: read it as JSON after all
        counts = json.loads(text)
        if not isinstance(counts, dict):
            raise ValueError("not a word list")
        floor = min(counts.values(), default=0)
        return {word: count for word, count in counts.items() if count > floor}
    floor = min(map(int, _COUNT.findall(text)), default=0)
    # The words at the floor are skipped by the pattern itself (most lines), not in Python.
    above = re.compile(_PAIR_ABOVE.format(floor=floor))
    return {match[1]: int(match[2]) for match in above.finditer(text)}
