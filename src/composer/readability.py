"""Readability of one language version: the signs of heavy text that plain-language
guidance names, measured against thresholds (``resources/plain-language.toml``, tunable
per organisation in its profile's ``[plain_language]``).

:func:`readability` gives, per version: long sentences and long words (every language),
LIX (Swedish), and for Finnish genitive noun chains, "-minen" nouns, the passive share of
the finite verbs and participle constructions (read with Voikko's morphology); plus a
level (``clear``, ``fair``, ``heavy``) and the reasons that raise it, for the badge
beside the version's character count. Every scan is linear in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from composer.entities import words
from composer.morphology import MorphologyUnavailable, voikko
from composer.resources import load_toml
from composer.text_cache import text_cache

#: Where a sentence ends: ., ! or ? (repeated) before a space and a capital letter or
#: digit (quotes or emoji may come between), or a line break.
_SENTENCE_END = regex.compile(r"[.!?…]+(?=\s+[^\p{L}\p{N}\n]*[\p{Lu}\p{N}#@])|\n+")
_LIX_LONG = 6
_PARTICIPLES = frozenset({"present_active", "present_passive", "agent", "past_passive"})


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    size: int = 0  # words in a sentence, letters in a word, nouns in a chain


@dataclass(frozen=True)
class Readability:
    language: str
    words: int
    sentences: int
    long_sentences: tuple[Span, ...] = ()
    long_words: tuple[Span, ...] = ()
    lix: float | None = None
    noun_chains: tuple[Span, ...] = ()
    minen_words: tuple[Span, ...] = ()
    passives: int = 0
    finite_verbs: int = 0
    participles: tuple[Span, ...] = ()
    #: What makes the text heavy (keys of resources/messages/plain-language.toml).
    reasons: tuple[str, ...] = field(default=())

    @property
    def level(self) -> str:
        """``clear`` (nothing, or only a long word or two), ``fair`` (one or two signs) or
        ``heavy`` (three or more)."""
        if set(self.reasons) <= {"long-word"} and len(self.long_words) <= 2:
            return "clear"
        return "fair" if len(self.reasons) <= 2 else "heavy"


def thresholds(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The default thresholds with an organisation's ``overrides`` applied."""
    return {k: dict(v) if isinstance(v, tuple) else v for k, v in _thresholds_key(
        tuple(sorted((k, _frozen(v)) for k, v in (overrides or {}).items())))}


@lru_cache(maxsize=32)
def _thresholds_key(overrides_key: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
    overrides = {k: dict(v) if isinstance(v, tuple) else v for k, v in overrides_key}
    merged: dict[str, Any] = {}
    for key, value in load_toml("plain-language.toml").items():
        merged[key] = dict(value) if isinstance(value, dict) else value
    for key, value in (overrides or {}).items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key].update(value)
        else:
            merged[key] = value
    return tuple(sorted((k, _frozen(v)) for k, v in merged.items()))


def _limit(value: Any, language: str) -> Any:
    """A threshold that may be given per language (a table, frozen as pairs)."""
    if isinstance(value, tuple):
        value = dict(value)
    return value.get(language) if isinstance(value, dict) else value


@lru_cache(maxsize=16384)
def _finnish(word: str) -> tuple[bool, bool, bool, bool, bool]:
    """(genitive noun, "-minen" noun, finite verb, passive finite verb, participle)."""
    try:
        analyses = voikko().analyze(word)
    except MorphologyUnavailable:
        return (False, False, False, False, False)
    if not analyses:
        return (False, False, False, False, False)
    first = analyses[0]
    genitive = all(a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "omanto"
                   for a in analyses)
    minen = first.get("MOOD") == "MINEN-infinitive"
    finite = first.get("CLASS") == "teonsana" and first.get("PERSON") is not None
    passive = finite and first.get("PERSON") == "4"
    participle = all(a.get("PARTICIPLE") in _PARTICIPLES for a in analyses)
    return genitive, minen, finite, passive, participle


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        if text[start:end.end()].strip():
            spans.append((start, end.end()))
        start = end.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


@text_cache(maxsize=512)
def _measure(text: str, language: str, limits_key: tuple[tuple[str, Any], ...]) -> Readability:
    limits = dict(limits_key)
    tokens = words(text)  # each starts with a letter
    sentence_spans = _sentences(text)
    long_sentences, long_words = [], []
    sentence_limit = _limit(limits["sentence_words"], language)
    word_limit = _limit(limits["word_letters"], language)
    index = 0
    for start, end in sentence_spans:
        count = 0
        while index < len(tokens) and tokens[index][0] < end:
            count += tokens[index][0] >= start
            index += 1
        if count > sentence_limit:
            long_sentences.append(Span(start, len(text[:end].rstrip()), count))
    for start, end, word in tokens:
        if len(word) <= word_limit or "-" in word:
            continue
        letters = sum(ch.isalpha() for ch in word)
        if letters > word_limit:
            long_words.append(Span(start, end, letters))
    found: dict[str, Any] = {}
    reasons = []
    if long_sentences:
        reasons.append("long-sentence")
    if long_words:
        reasons.append("long-word")
    if language == "sv" and tokens:
        long_share = sum(len(w) > _LIX_LONG for _, _, w in tokens) / len(tokens)
        found["lix"] = round(len(tokens) / max(1, len(sentence_spans)) + 100 * long_share, 1)
        # On a few words the index says nothing ("Välkommen." scores 101): no reason
        # below ``lix_words`` words.
        if found["lix"] > limits["lix"] and len(tokens) >= limits["lix_words"]:
            reasons.append("lix")
    if language == "fi":
        chains: list[Span] = []
        chain: list[tuple[int, int]] = []
        minen: list[Span] = []
        participles: list[Span] = []
        finite = passive = 0
        for start, end, word in tokens:
            genitive, is_minen, is_finite, is_passive, participle = _finnish(word)
            if genitive and (not chain or text[chain[-1][1]:start].strip() == ""):
                chain.append((start, end))
            else:
                if len(chain) >= limits["noun_chain"]:
                    chains.append(Span(chain[0][0], chain[-1][1], len(chain)))
                chain = [(start, end)] if genitive else []
            if is_minen:
                minen.append(Span(start, end))
            finite += is_finite
            passive += is_passive
            if participle:
                participles.append(Span(start, end))
        if len(chain) >= limits["noun_chain"]:
            chains.append(Span(chain[0][0], chain[-1][1], len(chain)))
        found.update(noun_chains=tuple(chains), finite_verbs=finite, passives=passive,
                     minen_words=tuple(minen), participles=tuple(participles))
        if chains:
            reasons.append("noun-chain")
        if len(minen) >= limits["minen_words"]:
            reasons.append("nominal-style")
        if passive >= limits["passive_verbs"] and passive > limits["passive_share"] * finite:
            reasons.append("passive")
        if len(participles) >= limits["participles"]:
            reasons.append("participles")
    return Readability(language, len(tokens), len(sentence_spans), tuple(long_sentences),
                       tuple(long_words), reasons=tuple(reasons), **found)


def _frozen(value: Any) -> Any:
    return tuple(sorted(value.items())) if isinstance(value, dict) else value


def readability(text: str, language: str, overrides: dict[str, Any] | None = None
                ) -> Readability:
    """The readability of ``text`` written in ``language`` (cached per text)."""
    key = tuple(sorted((k, _frozen(v)) for k, v in overrides.items())) if overrides else ()
    return _measure(text, language, _thresholds_key(key))
