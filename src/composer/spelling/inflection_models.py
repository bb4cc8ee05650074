"""Finnish words Voikko lacks, read in every inflection and compound by a word it knows.

A listed word comes with a common word that inflects as it does ("mentori" as "paperi",
"eka" as "kala"). A form of the listed word is found by putting the common word's stem in
place of the listed word's and asking Voikko about the result: "yrittäjämentorin" is a
form of "mentori" because Voikko reads "yrittäjäpaperin" as a form of a compound of
"paperi"; "ekasta" is "eka" because "kalasta" is "kala". Voikko's reading of the whole
vouches for the compound's other parts, and the common word's paradigm for the endings.

Two tables in ``resources/wordlists/spelling.toml`` use it: ``[inflected-words]``,
standard words the dictionary lacks (:func:`listed_form`, used by the spelling checker),
and ``[colloquial-words]``, everyday spoken words with their standard word
(:mod:`composer.spelling.colloquial`).
"""

from __future__ import annotations

from functools import cache

from composer.morphology import MorphologyUnavailable, voikko
from composer.resources import load_toml

#: One entry: (the listed word's stem, the stem of the common word, the common word, the
#: value the table gives: the standard word, or the listed word itself).
Entry = tuple[str, str, str, str]


@cache
def entries(table: str, language: str) -> tuple[Entry, ...]:
    """The entries of ``table`` ("inflected-words", "colloquial-words") of
    ``language``: each word with a stem it shares with its common word."""
    found = []
    for word, value in load_toml("wordlists", "spelling.toml").get(table, {}).get(
        language, {}
    ).items():
        standard, model = (word, value) if isinstance(value, str) else value
        shared = 0
        while shared < min(len(word), len(model)) - 1 and word[-1 - shared] == model[-1 - shared]:
            shared += 1
        found.append((word[:len(word) - shared], model[:len(model) - shared], model,
                      str(standard)))
    return tuple(found)


def listed_form(word: str, table: str, language: str) -> str | None:
    """The table's value for ``word`` (lower case) if it is a form of a listed word,
    alone or in a compound ("kouluterkkarilla", "yrittäjämentorin"); else None."""
    for stem, model_stem, model, value in entries(table, language):
        at = word.find(stem)
        if at < 0:
            continue
        candidate = word[:at] + model_stem + word[at + len(stem):]
        try:
            analyses = voikko().analyze(candidate)
        except MorphologyUnavailable:
            return None
        if any(str(a.get("BASEFORM", "")).endswith(model)
               or f"({model})" in str(a.get("WORDBASES", "")) for a in analyses):
            return value
    return None


def is_lemma(word: str, table: str, language: str) -> bool:
    """Whether ``word`` (lower case) is a listed word itself, in its dictionary form."""
    return any(word == stem + model[len(model_stem):]
               for stem, model_stem, model, _v in entries(table, language))
