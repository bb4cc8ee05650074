"""Spoken language and chat shorthand: a note on register, not a misspelling.

"mä", "mut", "sitte" in Finnish, "nåt", "dom" in Swedish, "btw", "idk" in English are no
typos: the writer chose them. Official posts are written in standard language
(hallintolaki 9 §; the towns' guidelines), so the spelling rule shows them as
``spelling.colloquial``, information with the written standard form as its suggestion.

The forms are data (``resources/wordlists/spelling.toml``, ``[colloquial]``); Finnish
spoken language's regular shortenings are recognised by form, each only when the
standard form is a word the dictionary knows and no common slip undone makes a word of
it ("Kakiki" is a swap in "Kaikki"): a past participle without its final -t
("ollu", "menny" for "ollut", "mennyt"), a question with -ks for -ko/-kö ("onks",
"oliks"), the clitic -ki for -kin ("muutenki"), -s and -l for -ssa and -lla
("alakerras", "kaupungil"), and a lengthened vowel for a partitive's -a ("kaikkee",
"paljoo").
"""

from __future__ import annotations

from functools import cache

from composer.resources import load_toml
from composer.spelling.candidates import restorations, simple_edits
from composer.spelling.engines import SpellEngine

#: A participle's ending before its lost -t: "-nu", "-ny", "-lu", "-ly", "-ru", "-sy" ...
_PARTICIPLE_CONSONANTS = "nlrs"
#: Vowels spoken Finnish lengthens in place of a partitive's -a/-ä ("kaikkee", "paljoo").
_LENGTHENED = "eoöuy"
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
    for standard in _spoken_patterns(lower):
        if spell.check(standard):
            if _slip_of_a_word(lower, spell):
                return None  # "Kakiki" is "Kaikki" with two letters swapped
            return _same_case(standard, word)
    return None


def _slip_of_a_word(word: str, spell: SpellEngine) -> bool:
    """Whether undoing a common slip (two letters swapped, a letter doubled or dropped,
    lost dots) makes a known word: then a slip is likelier than a spoken form."""
    return any(spell.check(c) for c in (*restorations(word, "fi"), *simple_edits(word)))


def _spoken_patterns(word: str) -> list[str]:
    """The standard forms ``word`` would have if it were one of Finnish spoken
    language's regular shortenings."""
    found = []
    if word[-1] in "uy" and word[-2] in _PARTICIPLE_CONSONANTS:
        found.append(word + "t")  # "ollu", "menny": a past participle's -t
    if word.endswith("ks"):
        found += [word[:-2] + "ko", word[:-2] + "kö"]  # "onks": the question's -ko
    if word.endswith("ki"):
        found.append(word + "n")  # "muutenki": the clitic -kin
    if word.endswith("s"):
        found += [word + "sa", word + "sä"]  # "alakerras": -ssa
    if word.endswith("l"):
        found += [word + "la", word + "lä"]  # "kaupungil": -lla
    if word[-1] == word[-2] and word[-1] in _LENGTHENED:
        found += [word[:-1] + "a", word[:-1] + "ä"]  # "kaikkee", "paljoo": partitive -a
    return found


def _same_case(standard: str, word: str) -> str:
    """``standard`` capitalised as ``word`` is ("Mä" -> "Minä"); an all-capital form
    ("OK") stays as written."""
    if word[:1].isupper() and standard[:1].islower():
        return standard[:1].upper() + standard[1:]
    return standard
