"""Spoken language and chat shorthand: a note on register, not a misspelling.

"mä", "mut", "sitte" in Finnish, "nåt", "dom" in Swedish, "btw", "idk" in English are no
typos: the writer chose them. Official posts are written in standard language
(hallintolaki 9 §; the towns' guidelines), so the spelling rule shows them as
``spelling.colloquial``, information with the written standard form as its suggestion.

The forms are data (``resources/wordlists/spelling.toml``, ``[colloquial]``); two Finnish
spoken patterns are recognised by form, each only when the standard form is a word the
dictionary knows: a past participle without its final -t ("ollu", "tullu", "menny" for
"ollut", "tullut", "mennyt") and a question with -ks for -ko/-kö ("onks", "oliks",
"tuleeks" for "onko", "oliko", "tuleeko").
"""

from __future__ import annotations

from functools import cache

from composer.resources import load_toml
from composer.spelling.engines import SpellEngine

#: A participle's ending before its lost -t: "-nu", "-ny", "-lu", "-ly", "-ru", "-sy" ...
_PARTICIPLE_CONSONANTS = "nlrs"
#: The shortest word read by form (shorter ones are too easily slips).
MIN_PATTERN = 4


@cache
def _table(language: str) -> dict[str, str]:
    table = load_toml("wordlists", "spelling.toml").get("colloquial", {}).get(language, {})
    return {form.lower(): str(standard) for form, standard in table.items()}


def standard_form(word: str, spell: SpellEngine) -> str | None:
    """The written standard form of ``word`` if it is a spoken or chat form of
    ``spell``'s language, else None."""
    lower = word.lower().replace("’", "'")
    listed = _table(spell.language).get(lower)
    if listed is not None:
        return _same_case(listed, word)
    if spell.language != "fi" or len(lower) < MIN_PATTERN or not lower.isalpha():
        return None
    if lower[-1] in "uy" and lower[-2] in _PARTICIPLE_CONSONANTS and spell.check(lower + "t"):
        return _same_case(lower + "t", word)
    if lower.endswith("ks"):
        for clitic in ("ko", "kö"):
            if spell.check(lower[:-2] + clitic):
                return _same_case(lower[:-2] + clitic, word)
    return None


def _same_case(standard: str, word: str) -> str:
    """``standard`` capitalised as ``word`` is ("Mä" -> "Minä"); an all-capital form
    ("OK") stays as written."""
    if word[:1].isupper() and standard[:1].islower():
        return standard[:1].upper() + standard[1:]
    return standard
