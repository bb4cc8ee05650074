"""Whether an unknown word looks like a misspelling of a word the dictionary knows.

A lower-case word no dictionary knows is a warning when it looks like a typo of a known
word, and only a quiet "check this word" when nothing in the dictionary is near it (a new
word, a loan, a technical term, a compound the dictionary lacks). A word looks like a
typo (:func:`looks_like_typo`) when a dictionary word is

* the word with lost ä/ö/å put back (``kayttaa`` → ``käyttää``), or capitalised
  (``florida`` → ``Florida``, ``euroopan`` → ``Euroopan``),
* one edit away: a letter dropped, added, changed, or two neighbours swapped. Finnish
  compounds freely, so almost any long Finnish word is one changed or added letter away
  from some compound (``showroomia`` ~ ``showboomia``): there only the edits that rarely
  make a new compound count (a letter dropped, doubled or left single, a swap), and
  Voikko's own suggestions within two edits,
* two doubled or single letters away (``tommorow`` → ``tomorrow``, ``reccomend``),
* the word without letters stretched for emphasis (``sooooo``), or two known words run
  together with a short word among them (``questionsand``, ``iwas``),
* in English, the same consonants in the same order (``excelnt`` ~ ``excellent``,
  ``schedual`` ~ ``schedule``, ``maintainance``) and at most two edits apart, as
  sound-alike misspellings are common there (the ranked pyspellchecker words,
  :mod:`composer.spelling.frequencies`).

A word of four or more letters without a vowel (``xqzvbnmkw``: keys hit at random) is
a slip too.

In Finnish, a foreign stem with a Finnish ending (``showroomia``, ``dollyja``,
``plugeilla``, ``tweeteillä``: :func:`finnish_loan`) is a loan, not a misspelling,
unless one of those few typing edits makes a Finnish word of it; so is a compound of
two Finnish words that Voikko lacks (:func:`finnish_compound`: ``arkiseksiä``).

Each verdict is cached per engine and word, so a word costs its edits once (about a
millisecond, tens for long Finnish words).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from composer import morphology
from composer.spelling.candidates import restorations, simple_edits, swaps
from composer.spelling.engines import SpellEngine, SpellingUnavailable, engine, pyspellchecker
from composer.spelling.lru import LRU

#: Letters tried when a letter is added or changed, per language.
ALPHABETS = {
    "fi": "abcdefghijklmnopqrstuvwyzäö",
    "sv": "abcdefghijklmnopqrstuvwxyzåäöé",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
#: Longer words are not searched letter by letter (their edits would be thousands).
MAX_SEARCHED = 24
#: Runs of doubled or single letters changed together (pairs of them: a bounded number).
MAX_TOGGLES = 2
#: Voikko's suggestions this many edits away still count as the intended word.
MAX_SUGGESTION_DISTANCE = 2
#: A run-together word counts as a slip when one of its parts is this short or shorter
#: ("questions|and", "the|guys"); longer parts make a compound, not a missing space.
SHORT_PART = 3
#: A sound-alike misspelling is at most this many edits from the word.
MAX_SOUND_ALIKE = 2
#: Finnish case and number endings a foreign stem takes, with the plural "i"/"ei" and a
#: linking vowel tried between the stem and the ending ("plug-ei-lla", "showroom-i-a").
FINNISH_ENDINGS = (
    "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "hin", "tta",
    "ttä", "ta", "tä", "na", "nä", "ja", "jä", "in", "en", "n", "a", "ä", "t",
)
_LINKING = ("", "i", "e", "ei")
MIN_LOAN_STEM = 4
#: The shortest part of a Finnish compound judged by its parts.
MIN_PART = 3
_VOWEL = regex.compile(r"[aeiouyåäöé]")
#: A word this long without a vowel is keys hit at random (a slip), not a new word.
MIN_MASH = 4
_NO_VOWELS = str.maketrans("", "", "aeiouyåäöé")
_REPEATED = regex.compile(r"(.)\1+")
_STRETCHED = regex.compile(r"(\p{L})\1{2,}")
_verdicts: LRU[bool] = LRU(16384)
_one_edit_words: LRU[tuple[str, ...]] = LRU(4096)
_skeletons: list[dict[str, tuple[str, ...]]] = []


def damerau(one: str, other: str) -> int:
    """Edits between two words: letters added, dropped, changed, neighbours swapped."""
    previous2: list[int] = []
    previous = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        current = [i] + [0] * len(other)
        for j, b in enumerate(other, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and one[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def one_edit(word: str, alphabet: str) -> Iterator[str]:
    """Every word one letter dropped, swapped, changed or added away from ``word``."""
    for index in range(len(word) + 1):
        head, tail = word[:index], word[index:]
        if tail:
            yield head + tail[1:]
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
        for letter in alphabet:
            if tail and letter != tail[0]:
                yield head + letter + tail[1:]
            yield head + letter + tail


def _runs(word: str) -> list[tuple[int, int]]:
    runs, start = [], 0
    for index in range(1, len(word) + 1):
        if index == len(word) or word[index] != word[start]:
            runs.append((start, index))
            start = index
    return runs


def toggled(word: str) -> Iterator[str]:
    """``word`` with one or two of its letters doubled or doubled ones left single."""
    runs = [r for r in _runs(word) if word[r[0]].isalpha()]

    def toggle(text: str, run: tuple[int, int]) -> str:
        start, end = run
        return text[:start] + (text[start] * (1 if end - start > 1 else 2)) + text[end:]

    for second in range(len(runs)):
        once = toggle(word, runs[second])
        yield once
        for first in range(second):  # the earlier run first keeps the later's place
            yield toggle(once, runs[first])


def skeleton(word: str) -> str:
    """The first letter and the consonants after it, each run once (``excelnt`` and
    ``excellent`` are both ``exclnt``)."""
    return word[:1] + _REPEATED.sub(r"\1", word[1:].translate(_NO_VOWELS))


def _english_skeletons() -> dict[str, tuple[str, ...]]:
    if not _skeletons:
        checker = pyspellchecker()
        words = checker.word_frequency.dictionary if checker is not None else {}
        found: dict[str, list[str]] = {}
        for known in words:
            if len(known) > 3:
                found.setdefault(skeleton(known), []).append(known)
        _skeletons.append({key: tuple(group) for key, group in found.items()})
    return _skeletons[0]


def sounds_like(word: str) -> bool:
    """An English word with the consonants of a known word and few letters apart
    (``excelnt``, ``schedual``, ``blouvard``; not ``morcillas`` ~ ``miracles``)."""
    return any(damerau(word, known) <= MAX_SOUND_ALIKE
               for known in _english_skeletons().get(skeleton(word), ()))


def _run_together(word: str, known: Callable[[str], bool]) -> bool:
    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        if min(len(head), len(tail)) > SHORT_PART or max(len(head), len(tail)) < 2:
            continue
        if (len(head) > 1 or head in "ai") and known(head) and known(tail):
            return True
    return False


def _near(word: str, spell: SpellEngine) -> bool:
    known = spell.check
    if len(word) >= MIN_MASH and not _VOWEL.search(word):
        return True  # "xqzvbnmkw": keys hit at random are no new word
    if any(known(c) for c in restorations(word, spell.language)):
        return True
    capitalised = word[:1].upper() + word[1:]
    if capitalised != word and known(capitalised):
        return True
    if _STRETCHED.search(word) and (
        known(_STRETCHED.sub(r"\1", word)) or known(_STRETCHED.sub(r"\1\1", word))
    ):
        return True
    if len(word) > MAX_SEARCHED:
        return False
    if spell.language == "sv":
        if one_edit_words(word, spell):  # kept: they are the quick suggestions too
            return True
    else:
        edits = simple_edits(word) if spell.language == "fi" else one_edit(
            word, ALPHABETS.get(spell.language, ALPHABETS["en"]))
        if any(len(c) > 1 and c != word and known(c) for c in edits):
            return True
    if any(known(c) for c in toggled(word)):
        return True
    if spell.language == "fi":
        return any(
            " " not in s and "-" not in s
            and damerau(word, s.lower()) <= MAX_SUGGESTION_DISTANCE
            for s in spell.quick_suggest(word)
        )
    if _run_together(word, known):
        return True
    if spell.language == "en" and len(word) > 3:
        return sounds_like(word)
    return False


def one_edit_words(word: str, spell: SpellEngine) -> tuple[str, ...]:
    """The words ``spell`` knows one letter dropped, swapped, changed or added away from
    ``word`` (at most :data:`MAX_SEARCHED` letters long), a letter added first (the
    slip people make most: "bibloteket" ~ "biblioteket"), then dropped, swapped and
    changed; cached, as a long compound's edits cost Hunspell tens of milliseconds."""
    key = (spell.id, word)
    found = _one_edit_words.get(key)
    if found is None:
        if len(word) > MAX_SEARCHED:
            found = ()
        else:
            alphabet = ALPHABETS.get(spell.language, ALPHABETS["en"])
            words = [c for c in dict.fromkeys(one_edit(word, alphabet))
                     if len(c) > 1 and c != word and spell.check(c)]
            found = tuple(sorted(words, key=lambda c: len(c) != len(word) + 1))
        _one_edit_words.put(key, found)
    return found


def looks_like_typo(word: str, spell: SpellEngine) -> bool:
    """Whether a word ``spell`` does not know is near a word it does (cached)."""
    lower = word.lower().replace("’", "'")
    key = (spell.id, lower)
    verdict = _verdicts.get(key)
    if verdict is None:
        verdict = _judge(lower, spell)
        _verdicts.put(key, verdict)
    return verdict


def _judge(word: str, spell: SpellEngine) -> bool:
    finnish = spell.language == "fi"
    if "-" in word:  # judged by the parts the dictionary does not know
        joined = word.replace("-", "")
        if spell.check(joined):
            return True  # "hoi-toon": a hyphen left from a line break
        parts = [p for p in word.split("-") if p and not spell.check(p)]
        if finnish and all(finnish_loan(p) or _foreign(p) for p in parts):
            return _typing_slip(joined, spell)
        return bool(parts) and (any(_near(p, spell) for p in parts) or _near(joined, spell))
    if not _near(word, spell):
        return False
    if finnish and finnish_loan(word):
        return _typing_slip(word, spell, same_loan=_foreign_stems(word))
    if finnish and finnish_compound(word, spell):
        return _typing_slip(word, spell, split=True)
    return True


def _typing_slip(word: str, spell: SpellEngine, split: bool = False,
                 same_loan: frozenset[str] = frozenset()) -> bool:
    """The slips that make a loan or a compound look right: lost ä/ö, a doubled or
    single letter, two letters swapped ("hotelin" for "hotellin"), a letter left out
    (one of Voikko's suggestions has it: "lisätitoja" ~ "lisätietoja"). For a loan the
    word made must not itself be a new compound (Voikko makes one of nearly anything:
    "showrommia"); for a compound of two words it may ("nuorisotallo" ~ "nuorisotalo").
    Nor may it be the same loan in another case (Voikko's base form of it is one of
    ``same_loan``, the word's foreign stems): "smoothieita" is no slip of the abessive
    "smoothieitta"."""
    if any(spell.check(c) for c in restorations(word, spell.language)):
        return True
    if any(c != word and spell.check(c) and (split or not compound_only(c))
           and not _same_loan(c, same_loan)
           for c in (*toggled(word), *swaps(word))):
        return True
    return any(
        len(s) == len(word) + 1 and s.isalpha() and damerau(word, s.lower()) == 1
        and not (same_loan and (_same_loan(s.lower(), same_loan) or compound_only(s)))
        for s in spell.quick_suggest(word)
    )


def _same_loan(candidate: str, stems: frozenset[str]) -> bool:
    """Whether Voikko reads ``candidate`` as an inflected form of one of ``stems``."""
    if not stems:
        return False
    try:
        analyses = morphology.voikko().analyze(candidate)
    except morphology.MorphologyUnavailable:
        return False
    return any(str(a.get("BASEFORM", "")).lower() in stems for a in analyses)


def compound_only(word: str) -> bool:
    """Whether Voikko reads ``word`` only as a compound of two or more words."""
    try:
        analyses = morphology.voikko().analyze(word)
    except morphology.MorphologyUnavailable:
        return False
    return bool(analyses) and all(a.get("STRUCTURE", "=").count("=") > 1 for a in analyses)


def _foreign(word: str) -> bool:
    for language in ("en", "sv"):
        try:
            if engine(language).check(word):
                return True
        except SpellingUnavailable:
            continue
    return False


def finnish_compound(word: str, spell: SpellEngine) -> bool:
    """Two Finnish words written together, as Finnish writes compounds: Voikko accepts
    them with a hyphen between ("vähittäis-liikkeen"), or suggests them apart
    ("arki seksiä"), each part at least MIN_PART letters."""
    if any(spell.check(word[:cut] + "-" + word[cut:])
           for cut in range(MIN_PART, len(word) - MIN_PART + 1)):
        return True
    for suggestion in spell.quick_suggest(word):
        head, space, tail = suggestion.lower().partition(" ")
        if space and head + tail == word and min(len(head), len(tail)) >= MIN_PART:
            return True
    return False


#: Letters a foreign name (or its stem before a Finnish ending) has at least.
MIN_FOREIGN_NAME = 5


def foreign_name(word: str, language: str = "fi") -> bool:
    """A capitalised word in a Finnish text that is a proper name in English or Swedish
    (a word their dictionaries know capitalised only), as it is ("Reagan", "Norman") or
    as a stem with a Finnish ending ("Parkerin", "Wrightilla"): a name from abroad, not a
    slip in a Finnish word. Common words do not count: "Pinetä" is a slip in a Finnish
    word, not "pine" with an ending. In a Swedish text, a name the English dictionary
    knows, as it is or in the genitive ("Rabin", "Rabins")."""
    spells = _foreign_engines(("en",) if language == "sv" else ("en", "sv"))

    def proper(stem: str) -> bool:
        # Short names ("Loup", "Joan") fit too many slips in Finnish words.
        return len(stem) >= MIN_FOREIGN_NAME and stem[:1].isupper() and any(
            spell.check(stem) and not spell.check(stem.lower()) for spell in spells
        )

    if language == "sv":
        return proper(word) or (word.endswith("s") and proper(word[:-1]))
    return proper(word) or any(proper(stem) for stem in _loan_stems(word))


def _foreign_stems(word: str) -> frozenset[str]:
    """The stems of :func:`_loan_stems` that the English or Swedish dictionary knows and
    that take the ending as Finnish inflects a loan: a stem ending in a consonant takes
    a linking vowel or an ending that starts with one ("internet|i|n", not "internet|n")."""
    others = _foreign_engines()
    found = set()
    for stem in _loan_stems(word):
        rest = word[len(stem):]
        if stem[-1] not in "aeiouyäö" and rest[:1] not in "aeiouyäö":
            continue
        if any(spell.check(stem) for spell in others):
            found.add(stem)
    return frozenset(found)


def finnish_loan(word: str) -> bool:
    """A foreign (English or Swedish) stem with a Finnish ending: ``dollyja``,
    ``showroomia``, ``plugeilla``, ``chippiä`` (a doubled last consonant)."""
    others = _foreign_engines()
    return any(spell.check(stem) for stem in _loan_stems(word) for spell in others)


def swedish_loan(word: str) -> bool:
    """A Swedish word with a Finnish ending: ``skolassa`` ("skola"), ``gymnasiumiin``."""
    try:
        swedish = engine("sv")
    except SpellingUnavailable:
        return False
    return any(swedish.check(stem) for stem in _loan_stems(word))


def _foreign_engines(languages: tuple[str, ...] = ("en", "sv")) -> list[SpellEngine]:
    """The dictionaries of ``languages`` that are installed."""
    found = []
    for language in languages:
        try:
            found.append(engine(language))
        except SpellingUnavailable:
            continue
    return found


def _loan_stems(word: str) -> Iterator[str]:
    """The stems ``word`` has if it is a foreign stem with a Finnish ending."""
    for ending in FINNISH_ENDINGS:
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        for linking in _LINKING:
            if linking and not base.endswith(linking):
                continue
            stem = base[: len(base) - len(linking)]
            if len(stem) < MIN_LOAN_STEM or not stem.isalpha():
                continue
            yield stem
            if stem[-1] == stem[-2] and stem[-1] not in "aeiouyäö":
                yield stem[:-1]  # "chipp-iä" is "chip"


def clear_caches() -> None:
    _verdicts.clear()
    _one_edit_words.clear()
