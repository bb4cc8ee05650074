"""Where the text itself shows that an unknown word is a term or a name, not a slip.

Professional prose marks its rare words in two ways a spell checker can read:

* **An open compound** (Finnish): a name or a foreign term is joined to a Finnish word
  with a space and a hyphen, "kikoho -hyökkäys", "Monitori 2010 -seminaari", "Dancing
  with the Stars -ohjelma" (Kielitoimisto's rule for compounds whose first part is
  several words or foreign). The words before " -" are that first part.
* **A gloss**: the word is explained right after it, "siidasta eli lapinkylästä",
  "moshav, dvs. ett jordbrukskollektiv", "kibbutz, i.e. a commune": a writer explains a
  term they chose, not a typo.
* **A name for it right before it**: "niin sanottua kikohoa", "ns. siidaa", "så kallad
  moshav", "the so-called atomos", "known as kikoho": the writer names the term.
* **A definition** (Swedish, English): a sentence opens with the word after an
  indefinite article and says what it is, "En moshav är också ett jordbrukskollektiv",
  "A kibbutz is a commune".

And a text that inflects an unknown stem three or more ways ("simin", "simit",
"simeille" in a text about a game's sims) uses it as a term of its own: a slip is not
made in three forms of one word (:func:`inflected_terms`).

:func:`marked_as_term` says whether a word is so marked; the spelling rule then shows
it as a quiet note instead of a warning.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from composer.spelling.names import same_name

#: How many words before " -" may form the first part of an open compound.
MAX_OPEN_PART = 4
#: " -" and a word: the second part of an open compound ("kikoho -hyökkäykseensä").
_OPEN_COMPOUND = regex.compile(r"[ \u00a0][-‐][\p{L}]")
#: A gloss after the word, per language: "eli", "dvs.", "i.e.", with an optional comma.
_GLOSS = {
    "fi": regex.compile(r",?[ \u00a0]+(?:eli|toisin sanoen|ts\.)[ \u00a0]+\p{L}"),
    "sv": regex.compile(r",?[ \u00a0]+(?:dvs\.?|det vill säga|alltså)[ \u00a0]+\p{L}"),
    "en": regex.compile(r",?[ \u00a0]+(?:i\.e\.|that is,)[ \u00a0]*\p{L}"),
}
#: Words that name a term right before it, with an optional quotation mark: "niin
#: sanottu", "ns.", "så kallad", "s.k.", "so-called", "known as". Verbs such as "called",
#: "termed", "kallas", "kutsutaan" are left out: an ordinary word follows them as often ("tätä
#: kutsutaan aktiiviseksi puolustamiseksi"), and a slip in it would go quiet.
_NAMED_BEFORE = {
    "fi": regex.compile(r"(?:\bniin[ \u00a0]+(?:sanot|kutsut)\p{L}*|\bns\.)[ \u00a0]+[\"”“«']?\Z",
                        regex.IGNORECASE),
    "sv": regex.compile(r"(?:\bså[ \u00a0]+kallad[e]?|\bså[ \u00a0]+kallat|\bs\.k\.)"
                        r"[ \u00a0]+[\"”“«']?\Z", regex.IGNORECASE),
    "en": regex.compile(r"(?:\bso-called|\bso[ \u00a0]+called|\bknown[ \u00a0]+as)"
                        r"[ \u00a0]+[\"”“']?\Z", regex.IGNORECASE),
}
#: How far before the word the naming words are looked for (characters).
_NAMED_REACH = 24
#: A definition: a sentence opening with an indefinite article and the word ...
_DEFINED_BEFORE = {
    "sv": regex.compile(r"(?:^|[.!?:]\s+)(?:en|ett)[ \u00a0]+\Z", regex.IGNORECASE),
    "en": regex.compile(r"(?:^|[.!?:]\s+)(?:a|an)[ \u00a0]+\Z", regex.IGNORECASE),
}
#: ... and going on to say what it is: "är (också) en/ett …", "is (also) a/an …".
_DEFINED_AFTER = {
    "sv": regex.compile(r"[ \u00a0]+är(?:[ \u00a0]+(?:också|även|alltså))?"
                        r"[ \u00a0]+(?:en|ett)[ \u00a0]+\p{L}"),
    "en": regex.compile(r"[ \u00a0]+is(?:[ \u00a0]+(?:also|thus))?[ \u00a0]+(?:a|an)"
                        r"[ \u00a0]+\p{L}"),
}
#: How far before the word its sentence's opening is looked for (characters).
_DEFINED_REACH = 8
#: A stem the text inflects in this many different forms is a term of the text.
MIN_TERM_FORMS = 3
#: ... sharing a beginning this long, followed by endings this long at most.
MIN_TERM_STEM = 3
MAX_TERM_ENDING = 5
#: Forms compared per beginning (bounds the work on a long text of unknown words).
MAX_FORMS = 32
_WORD_GAP = regex.compile(r"[ \u00a0]+[\p{L}\d][\p{L}\d'’.:-]*")


def open_compound_part(text: str, end: int, language: str) -> bool:
    """Whether the word ending at ``end`` is among the (up to MAX_OPEN_PART) words
    before " -" of a Finnish open compound."""
    if language != "fi":
        return False
    position = end
    for _ in range(MAX_OPEN_PART):
        if _OPEN_COMPOUND.match(text, position):
            return True
        following = _WORD_GAP.match(text, position)
        if following is None:
            return False
        position = following.end()
    return False


def glossed(text: str, end: int, language: str) -> bool:
    """Whether the word ending at ``end`` is explained right after it ("X eli Y")."""
    pattern = _GLOSS.get(language)
    return pattern is not None and pattern.match(text, end) is not None


def defined(text: str, start: int, end: int, language: str) -> bool:
    """Whether the word at ``text[start:end]`` opens a sentence that defines it: "En
    moshav är också ett jordbrukskollektiv", "A kibbutz is a commune"."""
    before, after = _DEFINED_BEFORE.get(language), _DEFINED_AFTER.get(language)
    return before is not None and after is not None and before.search(
        text, max(0, start - _DEFINED_REACH), start) is not None and after.match(
        text, end) is not None


def named_before(text: str, start: int, language: str) -> bool:
    """Whether words that name a term stand right before the word beginning at
    ``start`` ("niin sanottu", "så kallad", "so-called")."""
    pattern = _NAMED_BEFORE.get(language)
    return pattern is not None and pattern.search(
        text, max(0, start - _NAMED_REACH), start) is not None


def marked_as_term(text: str, end: int, language: str, start: int | None = None) -> bool:
    """Whether the text marks the word ending at ``end`` (beginning at ``start``, when
    given) as a term or a name."""
    return open_compound_part(text, end, language) or glossed(text, end, language) or (
        start is not None and (defined(text, start, end, language)
                               or named_before(text, start, language)))


def inflected_terms(unknown: Iterable[str]) -> frozenset[str]:
    """Of the words ``unknown`` (a version's words no dictionary knows), lower-cased,
    those whose stem the text inflects in MIN_TERM_FORMS or more different forms."""
    groups: dict[str, list[str]] = {}
    for word in dict.fromkeys(w.lower() for w in unknown):
        group = groups.setdefault(word[:MIN_TERM_STEM], [])
        if len(group) < MAX_FORMS:
            group.append(word)
    terms = set()
    for group in groups.values():
        for word in group:
            forms = sum(1 for other in group
                        if same_name(word, other, MIN_TERM_STEM, MAX_TERM_ENDING))
            if forms >= MIN_TERM_FORMS:
                terms.add(word)
    return frozenset(terms)
