"""Rule family `facts`: hearsay markers ("kuulemma", "det ryktas", "reportedly").

A word-list family (:mod:`composer.rules.wordlist`; lists in
``resources/wordlists/facts.toml``, messages and bases in ``resources/messages/facts.toml``)
with what lists cannot say. A marker is no hearsay

* with a named source or what else the saying tells in its sentence (the lists
  ``sourced`` and ``told``: "poliisin mukaan väitetään", "usein sanotaan", "näyttelyssä
  kerrotaan", "they say they want"),
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

import regex

from composer.detail_periods import periods
from composer.rules.base import Rule
from composer.rules.wordlist import WordListRule

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
_ENGLISH_SAYING = frozenset({"they say", "it is said", "it's said"})


class FactsRule(WordListRule):
    """The family's rules, read from its messages file, with the exceptions above."""

    def __init__(self) -> None:
        super().__init__(FAMILY)

    def excused(self, text: str, language: str, start: int, end: int,
                sentence: tuple[int, int]) -> bool:
        low, high = sentence
        if _about_old_times(text[low:high], language):
            return True
        return language == "en" and _general_truth(text, start, end, high)


def _about_old_times(sentence: str, language: str) -> bool:
    """Whether ``sentence`` names a century before the 20th ("1400-luvulla",
    "på 1800-talet", "in the 15th century")."""
    return any(kind == "century" and number <= LAST_TRADITION_CENTURY
               for _start, _end, (kind, number) in periods(sentence, language))


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
