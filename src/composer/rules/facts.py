"""Rule family `facts`: hearsay markers ("kuulemma", "det ryktas", "reportedly").

A word-list family (:mod:`composer.rules.wordlist`; lists in
``resources/wordlists/facts.toml``, messages and bases in ``resources/messages/facts.toml``)
with what lists cannot say. A marker is no hearsay

* with a named source or what else the saying tells in its sentence (the lists
  ``sourced`` and ``told``: "poliisin mukaan väitetään", "usein sanotaan", "näyttelyssä
  kerrotaan", "they say they want"),
* when it tells what a named message, post, letter, e-mail, call or web page claims, right
  after naming it ("tekstiviestin, jossa väitetään, että …", "viestissä väitetään",
  "julkaisuja, joiden väitetään tulleen …", "sms där det påstås att …", "meddelanden
  från september som påstås komma …", "messages that allegedly come from the city"):
  a scam warning
  reports the fake message's claim with its source, as "poliisin mukaan väitetään";
  a claim without a source ("väitetään, että koulu suljetaan", "det påstås att …") and
  "kuulemma", "reportedly" are still hearsay,
* when the writer heard a sound in person: "I heard the band play live", "jag hörde
  kören sjunga", "olen kuullut kuoron laulavan" (``perceived``); "I heard that …" and
  "I heard the pool will close" are hearsay,
* in a sentence about a century before the 20th: a legend or a tradition, told as one
  ("Det sägs att nunnorna stickade ... på 1800-talet"), not a rumour of today,
* in English, before a general truth: "they say" or "it is said" and a noun without an
  article and "is"/"are" ("They say exercise is the best medicine."), as sayings are
  worded; a claim about something in particular or dated ("They say the pool will
  close", "They say prices are rising", "They say parking is free on 5 May") is still
  hearsay.

Guideline points: correct information, no rumours (each organisation's ``facts``), and
caution.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from composer.detail_periods import periods
from composer.rules.base import Rule
from composer.rules.phrases import find
from composer.rules.wordlist import WordListRule
from composer.text_cache import text_cache

FAMILY = "facts"
#: The last century whose tellings count as tradition: before the 20th.
LAST_TRADITION_CENTURY = 19
#: English words that make a noun particular or are no noun: articles, determiners,
#: pronouns, quantifiers.
_PARTICULAR = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "our", "your", "my", "his", "her",
    "its", "their", "some", "any", "many", "every", "each", "all", "no", "there", "it",
    "he", "she", "they", "we", "you", "i", "someone", "somebody", "everyone", "everybody",
    "nobody", "one", "both", "either", "neither", "another", "other", "such", "what",
    "who", "which", "here", "now", "then", "soon", "today", "tomorrow", "next",
})
#: After the English marker: "that", a noun, "is" or "are", and the next word.
_GENERAL_TRUTH = regex.compile(
    r",?[ \u00a0]+(?:that[ \u00a0]+)?(?P<noun>\p{Ll}+)[ \u00a0]+(?:is|are)[ \u00a0]+"
    r"(?P<next>\p{L}+)"
)
_DIGIT = regex.compile(r"\d")
#: Markers that say what someone claims, which a named message may do.
_CLAIMS = {
    "fi": frozenset({"väitetään", "on väitetty", "sanotaan että", "kerrotaan että"}),
    "sv": frozenset({"påstås", "det sägs att", "sägs det"}),
    "en": frozenset({"allegedly", "supposedly"}),
}
#: A message, letter, e-mail, call or web page named right before a claim marker, with
#: what joins them ("tekstiviestin, jossa", "viestissä", "sms där det", "i meddelandet",
#: "messages that"); compounds by their last part ("tekstiviesti", "sähköposti").
_MESSAGE_SOURCE = {
    "fi": regex.compile(
        r"(?i:\p{L}*(?:viest|posti|postei|kirje|puhelu|soito|soitto|sivusto|sivu|"
        r"ilmoitu|ilmoitus|mainok|mainos|linkk|linki|lomak|julkaisu|julkaisuj)\p{L}*"
        r"(?:,?[ \u00a0]+(?:jossa|joissa|jonka|joiden)(?:[ \u00a0]+mukaan)?)?)"
        r"[ \u00a0]+\Z"
    ),
    "sv": regex.compile(
        r"(?i:(?:\p{L}*(?:sms|meddelande|mejl|mail|e-post|brev|samtal|webbplats|sajt|"
        r"sida|sidan|länk|annons|inlägg)(?::?\p{L}*)"
        r"(?:[ \u00a0]+(?:från|av|i|på|om)[ \u00a0]+\p{L}+)?"
        r",?[ \u00a0]+(?:där[ \u00a0]+det|där|som|i[ \u00a0]+vilk\p{L}+[ \u00a0]+det))"
        r"|(?:\b(?:i|på)[ \u00a0]+\p{L}*(?:sms|meddelande|mejl|mail|e-post|brev|samtal|"
        r"webbplats|sajt|sida|länk|annons)(?::?\p{L}*)))[ \u00a0]+\Z"
    ),
    "en": regex.compile(
        r"(?i:\b(?:\p{L}*message|text|sms|e-?mail|letter|call|site|website|web[ \u00a0]page"
        r"|page|link|ad|advert|post)s?(?:[ \u00a0]+(?:from|by|on)[ \u00a0]+\p{L}+)?"
        r"(?:,?[ \u00a0]+(?:that|which))?)[ \u00a0]+\Z"
    ),
}
#: How far before a marker its source is looked for (characters).
_SOURCE_REACH = 80
_ENGLISH_SAYING = frozenset({"they say", "it is said", "it's said"})
#: Markers of having heard, which may tell of a sound heard in person.
_HEARD = {
    "fi": frozenset({"olen kuullut"}),
    "sv": frozenset({"jag hörde", "jag har hört", "har jag hört"}),
    "en": frozenset({"i heard", "i've heard", "i have heard"}),
}
#: What ends the clause after such a marker: punctuation, "that" or a conjunction.
_CLAUSE_END = regex.compile(
    r"[,;:.!?…\n]|\b(?:that|att|että|and|och|ja|but|men|mutta|about|om|siitä)\b",
    regex.IGNORECASE,
)
#: How far the clause after the marker is read (characters).
_CLAUSE_REACH = 60


class FactsRule(WordListRule):
    """The family's rules, read from its messages file, with the exceptions above."""

    def __init__(self) -> None:
        super().__init__(FAMILY)

    def excused(self, text: str, language: str, start: int, end: int,
                sentence: tuple[int, int]) -> bool:
        low, high = sentence
        if _about_old_times(text[low:high], language):
            return True
        if _claim_of_a_message(text, language, start, end, low):
            return True
        if _heard_in_person(text, language, start, end, high):
            return True
        return language == "en" and _general_truth(text, start, end, high)


def _about_old_times(sentence: str, language: str) -> bool:
    """Whether ``sentence`` names a century before the 20th ("1400-luvulla",
    "på 1800-talet", "in the 15th century")."""
    return any(kind == "century" and number <= LAST_TRADITION_CENTURY
               for _start, _end, (kind, number) in periods(sentence, language))


def _claim_of_a_message(text: str, language: str, start: int, end: int, low: int) -> bool:
    """Whether the claim marker at ``text[start:end]`` tells what a message, letter,
    e-mail, call or web page named just before it claims ("tekstiviestin, jossa
    väitetään", "sms där det påstås", "messages that allegedly")."""
    claims = _CLAIMS.get(language)
    marker = regex.sub(r"[\s,]+", " ", text[start:end].lower())
    if claims is None or marker not in claims:
        return False
    source = _MESSAGE_SOURCE[language]
    return source.search(text, max(low, start - _SOURCE_REACH), start) is not None


def _heard_in_person(text: str, language: str, start: int, end: int, high: int) -> bool:
    """Whether the marker at ``text[start:end]`` says the writer heard a sound in person:
    "I heard", "jag hörde" or "olen kuullut" with a verb of ``[perceived]`` in the same
    clause ("I heard the band play live and …"), not a clause of what was said ("I
    heard that …", "I heard the pool will close")."""
    marker = regex.sub(r"[\s,]+", " ", text[start:end].lower()).replace("’", "'")
    if marker not in _HEARD.get(language, ()):
        return False
    stop = _CLAUSE_END.search(text, end, min(high, end + _CLAUSE_REACH))
    limit = stop.start() if stop is not None else min(high, end + _CLAUSE_REACH)
    starts = _perceived(text, language)
    index = bisect_left(starts, end)
    return index < len(starts) and starts[index] < limit


@text_cache(maxsize=16)
def _perceived(text: str, language: str) -> tuple[int, ...]:
    """Where the verbs of ``[perceived]`` stand in ``text``, in order (found once a
    text, however many markers it has)."""
    return tuple(sorted(match.start for match in find(text, language, FAMILY, "perceived")))


def _general_truth(text: str, start: int, end: int, high: int) -> bool:
    """Whether the English saying marker at ``text[start:end]`` introduces a general
    truth: a noun without an article, "is" or "are", and no progressive or participle
    after it (a change under way is news: "prices are rising")."""
    if text[start:end].lower().replace("’", "'") not in _ENGLISH_SAYING:
        return False
    truth = _GENERAL_TRUTH.match(text, end, high)
    if truth is None or truth.group("noun") in _PARTICULAR:
        return False
    following = truth.group("next").lower()
    return (not following.endswith(("ing", "ed")) and following not in ("to", "about")
            and _DIGIT.search(text, end, high) is None)


RULES: list[Rule] = [FactsRule()]
