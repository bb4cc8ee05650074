"""Common English misspellings, from codespell's list (itself grown from Wikipedia's
"Lists of common misspellings"): a spelling warning on one of these words in the English
sentences is the source's own typo ("alot", "recomend", "succesfull"), not a false
alarm, whether or not the treebank's annotators marked it.

Only codespell's main list is read, not its lists of rare words, informal forms or
British and American variants (words that are right in some sense). The list is
independent of the corpus; Finnish and Swedish have no such list, so only the treebanks'
own marks count there.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _listed() -> frozenset[str]:
    try:
        data = resources.files("codespell_lib").joinpath("data", "dictionary.txt")
        text = data.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(line.split("->", 1)[0].strip().lower()
                     for line in text.splitlines() if "->" in line)


def available() -> bool:
    """Whether codespell's list is installed (it comes with ``pip install -e .[dev]``)."""
    return bool(_listed())


def common_misspelling(word: str, language: str) -> bool:
    """Whether ``word`` is a common misspelling of an English word."""
    return language == "en" and word.lower() in _listed()
