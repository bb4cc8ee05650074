"""The tense of Swedish and English finite verbs, told by their form.

:func:`clause_reports_past` reads the words of one clause and says whether it reports the
past: it has a finite verb in the past tense and none in another tense or mood ("The
board decided on Monday", "Stadsstyrelsen beslutade mån 17.5", "The concert was held";
not "The concert is on Monday", "Konserten hålls mån 17.5", "The library, renovated,
opens"). Without a tagger a word's tense is read from its form:

- the irregular verbs' forms are closed classes (``resources/wordlists/tense.toml``):
  "was", "took", "var", "höll"; be, have, do and the modals in the present;
- a regular past ends in "-ed" (English) or "-de", "-te", "-dde", "-des" (Swedish) on a
  verb the Hunspell dictionary knows ("decided" of "decide", "stängde" of "stänga",
  "öppnades" of "öppna"); a present in "-s" (English) or "-r", "-s" (Swedish) likewise;
- a form that is also a participle (every English "-ed", irregular "held", Swedish "-ade")
  is a finite verb only where one stands: after its subject (a noun, a name, a pronoun;
  not an article, a preposition or "was": "the renovated library", "was closed") and,
  in English, before what may follow a verb (a preposition, an article, a pronoun, the
  date; not a noun, which the participle may describe: "guided tour"). So the headline
  "Concert postponed to Monday" has a finite-looking "postponed": a date after "to",
  "until", "till" or "senast" is the target of a change or a deadline, which
  :mod:`composer.channels.past_report` never takes for a past report.

An English infinitive's phrase is its own ("Just wanted to confirm our meeting on
Tuesday": the meeting is to come); Swedish "att" starts a clause anyway.

Reading a present as the past would hide an announcement, so every doubt is read as
"other" or as no verb: a clause counts as the past only on a clear past form. Against
the tags of Universal Dependencies treebanks (English EWT and Swedish Talbanken, test and
development sets), 97 % of the English and 99 % of the Swedish clauses read as the past
are in the past tense; about half of all past clauses are read as such.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from composer.morphology import MorphologyUnavailable, hunspell
from composer.resources import load_toml

#: The token that stands for the words of the date itself in a clause's word list.
DATE = "\0date"
PAST, OTHER = "past", "other"


@dataclass(frozen=True)
class _Classes:
    """One language's closed word classes (see ``tense.toml``)."""

    past: frozenset[str]
    shared_past: frozenset[str]
    other: frozenset[str]
    other_endings: tuple[str, ...]
    subjects: frozenset[str]
    determiners: frozenset[str]
    not_before_finite: frozenset[str]
    after_finite: frozenset[str]
    adverbs: frozenset[str]
    not_verbs: frozenset[str]
    particles: tuple[str, ...]
    targets: frozenset[str]
    clause_starts: frozenset[str]


@cache
def word_classes(language: str) -> _Classes:
    """The closed word classes of ``language`` (sv or en)."""
    data = load_toml("wordlists", "tense.toml")[language]

    def words(key: str) -> frozenset[str]:
        return frozenset(data.get(key, ()))

    return _Classes(
        past=words("past"), shared_past=words("shared_past"), other=words("other"),
        other_endings=tuple(data.get("other_endings", ())), subjects=words("subjects"),
        determiners=words("determiners"), not_before_finite=words("not_before_finite"),
        after_finite=words("after_finite"), adverbs=words("adverbs"),
        not_verbs=words("not_verbs"), particles=tuple(data.get("particles", ())),
        targets=words("targets"), clause_starts=words("clause_starts"),
    )


@lru_cache(maxsize=16384)
def _stems(word: str, language: str) -> tuple[str, ...]:
    """Hunspell's stems of ``word`` other than the word itself (none without Hunspell)."""
    try:
        stems = hunspell(language).stem(word)
    except MorphologyUnavailable:
        return ()
    return tuple(s.lower() for s in stems if s.lower() != word)


@lru_cache(maxsize=16384)
def _is_common_word(word: str, language: str) -> bool:
    """Whether the lower-case ``word`` is in the dictionary: a common word, not a name
    (unknown without Hunspell: then taken to be one, the cautious reading)."""
    try:
        return bool(hunspell(language).spell(word))
    except MorphologyUnavailable:
        return True


def _previous(words: Sequence[str], index: int, classes: _Classes) -> int:
    """The index of the word before ``words[index]``, adverbs skipped ("the board also
    decided"); -1 at the clause's start."""
    j = index - 1
    while j >= 0 and (words[j].lower() in classes.adverbs
                      or (words[j].islower() and words[j].endswith("ly"))):
        j -= 1
    return j


# --- English ---------------------------------------------------------------------------


def _english_regular_past(word: str) -> bool:
    """"decided" (decide), "planned" (plan), "applied" (apply), "opened" (open)."""
    if not word.endswith("ed") or len(word) < 5:
        return False
    return any(
        len(s) >= 3 and word in (s + "d", s + "ed", s[:-1] + "ied", s + s[-1] + "ed")
        for s in _stems(word, "en")
    )


def _english_present_s(word: str) -> bool:
    """"opens", "takes", "applies": a verb's third person, or a plural noun (either way
    read as another tense where a verb may stand: the doubt keeps an announcement)."""
    if not word.endswith("s") or len(word) < 3:
        return False
    return any(word in (s + "s", s + "es", s[:-1] + "ies") for s in _stems(word, "en"))


def _english_subject(words: Sequence[str], j: int, opener: str | None,
                     classes: _Classes) -> bool:
    """Whether ``words[j]`` (-1: what opened the clause) may end the subject of a finite
    verb after it: a subject pronoun; a name inside the clause ("Kokkola City Board");
    a name opening it that is no common word ("Kokkola"); a noun after an article or a
    possessive ("the city board"). Not a bare common noun opening a clause, a
    headline's ("Passport needed", "Library closed")."""
    if j < 0:
        return opener in classes.subjects
    word = words[j]
    lower = word.lower()
    if lower in classes.subjects:
        return True
    if (word == DATE or lower in classes.not_before_finite
            or lower.endswith(("ing", "'s", "’s"))):  # "Israel's partially completed"
        return False
    if word[:1].isupper():
        return j > 0 or opener is not None or not _is_common_word(lower, "en")
    return any(w.lower() in classes.determiners or w.endswith(("'s", "’s"))
               for w in words[max(0, j - 3):j])


def _english_finite_past(words: Sequence[str], index: int, opener: str | None,
                         classes: _Classes) -> bool:
    """Whether a form that may be a participle ("decided", "held") stands where a finite
    verb does: not in a title ("Library Closed"), after its subject, and before what
    may follow a verb (a preposition, an article, a pronoun, a name, the date; not a
    noun it may describe, "guided tour", nor the clause's end, "the form attached")."""
    if index > 0 and words[index][:1].isupper():
        return False
    if not _english_subject(words, _previous(words, index, classes), opener, classes):
        return False
    if index + 1 >= len(words):
        # At the clause's end only after a name inside the clause ("the City Board
        # decided, …"), not after a common noun ("the form attached").
        return index >= 2 and words[index - 1][:1].isupper() and words[index - 1] != DATE
    after = words[index + 1]
    return after == DATE or after[:1].isupper() or after.lower() in classes.after_finite


def _english(words: Sequence[str], index: int, opener: str | None) -> str | None:
    classes = word_classes("en")
    lower = words[index].lower()
    if lower in classes.past:
        return PAST
    if lower in classes.other or lower.endswith(classes.other_endings):
        return OTHER
    if lower in classes.shared_past or _english_regular_past(lower):
        return PAST if _english_finite_past(words, index, opener, classes) else None
    j = _previous(words, index, classes)
    before = words[j].lower() if j >= 0 else None
    # A present in -s where a verb may stand ("takes place", "this sounds"), or any
    # word after a subject pronoun ("we open"), is another tense.
    if lower in classes.determiners:
        return None  # "its" is no "it" + "s"
    if _english_present_s(lower) and before not in classes.determiners and (
            before is None or before not in classes.not_before_finite):
        return OTHER
    if before in ("i", "we", "you", "they"):
        return OTHER
    return None


# --- Swedish ---------------------------------------------------------------------------


def _infinitives(word: str) -> tuple[str, ...]:
    """The verb stems Hunspell gives ``word``, a deponent's without its -s ("samlas")."""
    return tuple(s[:-1] if s.endswith("as") else s for s in _stems(word, "sv"))


def _swedish_weak_past(word: str) -> str | None:
    """``"past"`` for a weak preterite that is no participle ("stängde", "besökte",
    "bodde", "öppnades"), ``"shared"`` for one in -ade, which is also the participle's
    plural ("flyttade konserter"), else None."""
    if not word.endswith(("de", "te", "des", "tes")):
        return None
    for base in _infinitives(word):
        if base.endswith("a"):
            if word == base + "de":
                return "shared"
            stem = base[:-1]
            forms = [stem + "de", stem + "te", base + "des", stem + "des", stem + "tes"]
            if len(stem) > 2 and stem[-1] == stem[-2]:  # "känna" -> "kände"
                forms += [stem[:-1] + "de", stem[:-1] + "des", stem[:-1] + "te"]
        else:  # "bo" -> "bodde", "nå" -> "nådde"
            forms = [base + "dde", base + "ddes"]
        if word in forms:
            return PAST
    return None


def _swedish_strong_past(word: str, classes: _Classes) -> bool:
    """A listed preterite, alone or after a particle ("deltog", "avhölls", "bestod")."""
    if word in classes.past:
        return True
    return any(word.startswith(p) and word[len(p):] in classes.past
               and word[len(p):] not in ("var", "hade") for p in classes.particles)


def _swedish_present_form(word: str, classes: _Classes) -> bool:
    """A form a present may have: "-r" ("öppnar", "håller", "bor") or a passive "-s"
    ("öppnas", "hålls"; not a genitive's "-ens", "-ets", "-ns"). Where Hunspell gives
    the word a stem, the form must be that verb's ("öppna" -> "öppnar"; "konsert" ->
    "konserter" is a plural, "dag" -> "dagar" too); a word it gives none may be a verb."""
    if len(word) < 3 or not word.islower() or word in classes.not_verbs:
        return False
    if not word.endswith("r") and not (word.endswith("s") and word[-2] not in "nts"):
        return False
    bases = _infinitives(word)
    return not bases or any(word in _present_forms(base) for base in bases)


def _present_forms(base: str) -> tuple[str, ...]:
    """The present forms of the verb ``base``: "öppna" -> "öppnar", "öppnas"; "hålla" ->
    "håller", "hålls"; "bo" -> "bor", "bos"."""
    if base.endswith("a"):
        stem = base[:-1]
        return base + "r", stem + "er", base + "s", stem + "s"
    if base[-1:] in "eiouyåäö":
        return base + "r", base + "s"
    return ()


def _swedish_after_subject(words: Sequence[str], index: int, opener: str | None,
                           classes: _Classes) -> bool:
    """Whether a finite verb may stand at ``words[index]``: after its subject or a
    fronted part (a date too: "mån 17.5 beslutade styrelsen"), not after an article, a
    preposition, an adverb in -t ("glest befolkade"), an adjective in -a ("den gamla
    inflammerade") or a bare plural, nor first in a clause of its own ("Flyttade
    evenemang")."""
    j = _previous(words, index, classes)
    if j < 0:
        return opener in classes.subjects
    before = words[j].lower()
    if before in classes.subjects or (words[index].lower() == "var"
                                      and before in ("det", "den", "de")):
        return True  # "vi firade"; "det var" (an article is never before "var", "each")
    if before in classes.not_before_finite:
        return False
    if not words[j].islower():
        return True
    # An adverb in -t, an adjective in -a ("likadana"), or a plural without its article
    # ("enheter centrerade kring") is followed by a participle; a plural subject has its
    # article ("eleverna").
    adverb = before.endswith("t") and not before.endswith("et")
    adjective = before.endswith("a") and not before.endswith("rna")
    return not (adverb or adjective or before.endswith(("ar", "er", "or")))


def _swedish(words: Sequence[str], index: int, opener: str | None) -> str | None:
    classes = word_classes("sv")
    lower = words[index].lower()
    if lower in classes.other:
        return OTHER
    weak = _swedish_weak_past(lower)
    if weak is not None or _swedish_strong_past(lower, classes):
        # "var" is also "where" and "each" ("var femte"); -ade also a participle.
        if lower == "var" or weak == "shared":
            return PAST if index + 1 < len(words) and _swedish_after_subject(
                words, index, opener, classes) else None
        return PAST
    if not _swedish_present_form(lower, classes):
        return None
    # First in a clause (an imperative, a question, "säger X"), or after a subject or a
    # fronted part: a present.
    if index == 0 and opener is None:
        return OTHER
    j = _previous(words, index, classes)
    return OTHER if j < 0 or words[j].lower() not in classes.not_before_finite else None


# --- Clauses ---------------------------------------------------------------------------


def word_tense(words: Sequence[str], index: int, opener: str | None,
               language: str) -> str | None:
    """``"past"`` when ``words[index]`` is a finite verb in the past tense, ``"other"``
    when it may be one of another tense or mood, else None. ``words`` are a clause's
    (:data:`DATE` for the date's own), ``opener`` the conjunction or relative pronoun
    the clause starts after, if any."""
    if words[index] == DATE:
        return None
    if language == "en":
        return _english(words, index, opener)
    if language == "sv":
        return _swedish(words, index, opener)
    return None


def _infinitive_at(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` is English "to" before an infinitive ("wanted to confirm
    our meeting"): a lower-case word after it that is no article, pronoun or preposition
    ("to the library", "to us")."""
    if words[index].lower() != "to" or index + 1 >= len(words):
        return False
    after = words[index + 1]
    return after != DATE and after.islower() and after not in word_classes("en").after_finite


def date_phrase(words: Sequence[str], language: str) -> tuple[int, int]:
    """Where the part of a clause's ``words`` that the date belongs to starts and ends:
    in English, an infinitive's phrase is its own ("Just wanted to confirm our meeting on
    Tuesday": the meeting is to come, whatever the tense of "wanted"); Swedish "att"
    already starts a clause."""
    if language != "en" or DATE not in words:
        return 0, len(words)
    date = words.index(DATE)
    cuts = [i for i in range(len(words)) if _infinitive_at(words, i)]
    start = max((i for i in cuts if i < date), default=-1) + 1
    return start, min((i for i in cuts if i > date), default=len(words))


def clause_reports_past(words: Sequence[str], opener: str | None, language: str) -> bool:
    """Whether a clause of ``language`` (sv or en) reports the past: a finite verb in the
    date's part of it (:func:`date_phrase`) is in the past tense and none may be in
    another tense or mood."""
    return clause_tense(words, opener, language) == PAST


def clause_tense(words: Sequence[str], opener: str | None, language: str,
                 perfect: bool = False) -> str | None:
    """:data:`PAST` when a clause of ``language`` (sv or en) reports the past (see
    :func:`clause_reports_past`), :data:`OTHER` when a finite verb in the date's part of
    it is in another tense or mood, None when it shows no finite verb at all. With
    ``perfect``, a perfect ("has approved", "har beviljat") counts as the past too."""
    start, end = date_phrase(words, language)
    if start > 0:
        opener = None  # the phrase starts after "to", not after the clause's opener
    words = words[start:end]
    past = False
    for index in range(len(words)):
        if perfect and _perfect(words, index, language):
            past = True  # "has approved", "har beviljat": done by now
            continue
        tense = word_tense(words, index, opener, language)
        if tense == OTHER:
            return OTHER
        past = past or tense == PAST
    return PAST if past else None


#: The present of "have" that makes a perfect with a participle or supine after it.
_PERFECT_AUXILIARIES = {"en": ("has", "have"), "sv": ("har",)}
#: Words that may stand between the auxiliary and its participle ("har nu beviljat",
#: "has also approved", "har inte", the date itself).
_BETWEEN_AUXILIARY = frozenset({"now", "also", "already", "not", "today", "nu", "även",
                                "också", "redan", "inte", "i", "dag", DATE})
#: Words read after the auxiliary at most.
MAX_TO_PARTICIPLE = 4


def _perfect(words: Sequence[str], index: int, language: str) -> bool:
    """Whether ``words[index]`` is the present auxiliary of a perfect: "has approved",
    "have been published", "har beviljat", "har tors 9.9 beviljat". The perfect reports
    what is done, as the past tense does; "has to", "har möte" are no perfect."""
    if words[index].lower() not in _PERFECT_AUXILIARIES.get(language, ()):
        return False
    for word in words[index + 1:index + 1 + MAX_TO_PARTICIPLE]:
        lower = word.lower()
        if word == DATE or lower in _BETWEEN_AUXILIARY:
            continue
        return _participle(lower, language)
    return False


def _participle(word: str, language: str) -> bool:
    """An English past participle ("approved", "held", "been") or a Swedish supine
    ("beviljat", "stängt", "bott", "skrivit"), told by the dictionary's stems."""
    if language == "en":
        return (word == "been" or word in word_classes("en").shared_past
                or _english_regular_past(word))
    if not word.endswith("t"):
        return False
    for base in _stems(word, "sv"):
        forms = {base + "t", base + "tt", base[:-1] + "t", base[:-1] + "it"}
        if len(base) > 2 and base[-2] == base[-3]:
            forms.add(base[:-2] + "t")  # "godkänna" -> "godkänt"
        if word in forms:
            return True
    return False
