"""Finds the entities of a post text with their exact spans: URLs, e-mail addresses,
@mentions and #hashtags, and the words between them.

Rules that must not look inside an entity (spelling, tone) take the words from
:func:`words`; rules about entities (links, hashtags, consistency) take :func:`entities`.
Spans are Python string indices.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from composer.channels.urls import extract_urls
from composer.text_cache import text_cache

_EMAIL = regex.compile(
    r"(?<![\w.+-])[\w.+-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}\b"
)
_MENTION = regex.compile(r"(?<![\w@/])@\w+(?:@(?:[\w-]+\.)+\w+)?")
_HASHTAG = regex.compile(r"(?<![\w#&/])#\w*\p{L}\w*")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’:][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*")
_START, _END, _GROUP = regex.Match.start, regex.Match.end, regex.Match.group


@dataclass(frozen=True)
class Entity:
    kind: str  # "url", "email", "mention" or "hashtag"
    start: int
    end: int
    text: str


@text_cache(maxsize=256)
def entities(text: str) -> tuple[Entity, ...]:
    """All entities, in text order, never overlapping (e-mail wins over URL and mention)."""
    found: list[Entity] = []
    # The spans taken so far: disjoint, sorted by start (ends sorted alike), so a new span
    # is checked against its two neighbours only.
    starts: list[int] = []
    ends: list[int] = []

    def free(start: int, end: int) -> bool:
        index = bisect_right(starts, start)
        if index and ends[index - 1] > start:
            return False
        return index == len(starts) or starts[index] >= end

    def take(span: tuple[int, int]) -> None:
        index = bisect_right(starts, span[0])
        starts.insert(index, span[0])
        ends.insert(index, span[1])

    for match in _EMAIL.finditer(text):
        found.append(Entity("email", match.start(), match.end(), match.group()))
        take(match.span())
    # URLs as X finds them (twitter-text rules: a known top-level domain, scheme optional,
    # trailing punctuation left out), so rules and the channel export agree on what a link is.
    for url in extract_urls(text):
        if free(url.start, url.end):
            found.append(Entity("url", url.start, url.end, url.url))
            take((url.start, url.end))
    for kind, pattern in (("mention", _MENTION), ("hashtag", _HASHTAG)):
        for match in pattern.finditer(text):
            if free(*match.span()):
                found.append(Entity(kind, match.start(), match.end(), match.group()))
                take(match.span())
    found.sort(key=lambda e: e.start)
    return tuple(found)


def entities_of(text: str, kind: str) -> list[Entity]:
    return [e for e in entities(text) if e.kind == kind]


# A placeholder as templates write them: a few words, or digits of zeros ("[00–00]"), in
# square brackets on one line. Not "[...]" (an omission), "[sic]", "[1]" (a note) or a
# bracketed link, not a Markdown link's text ("[text](url)"), and not an editor's
# interpolation (:func:`_interpolation`).
_PLACEHOLDER = regex.compile(
    r"\[(?!\s*(?:sic|\.\.\.|…|\d+)\s*\])(?P<inner>(?:[^\[\]\n/:]{1,40}))\](?!\()",
    regex.IGNORECASE,
)
_PLACEHOLDER_CONTENT = regex.compile(r"\p{L}|^[0\s.:–-]+$")
MAX_PLACEHOLDER_WORDS = 8
# The International Phonetic Alphabet's own letters and marks (IPA Extensions, Spacing
# Modifier Letters: "ˈ", "ː", "ɲ"): a pronunciation, "[ˈdvor̝aːk]".
_PHONETIC = regex.compile(r"[\u0250-\u02FF]")
# A digit other than zero: an editor's conversion or date ("twenty miles [32 km]", "[in
# 1998]"); a blank writes its digits as zeros ("[00.00]", "[00–00]").
_REAL_DIGIT = regex.compile(r"[1-9]")
# A note's letter or lower-case Roman numeral: "[a]", "[iv]".
_NOTE_MARK = regex.compile(r"\p{Ll}|[ivxlc]{1,4}")


def _interpolation(inner: str) -> bool:
    """Whether a bracket's content is an editor's, not a blank: a pronunciation, a note's
    mark, a conversion or date with real digits ("[32 km]"), an editor's note
    ("[laughter]", "[sensuroitu]"), a lone pronoun ("[he]") or words opening with a
    relative pronoun or a comparison ("[which is]", "[than the government]")
    (``resources/wordlists/placeholder.toml``)."""
    if _PHONETIC.search(inner) or _NOTE_MARK.fullmatch(inner) or _REAL_DIGIT.search(inner):
        return True
    words = inner.split()
    return " ".join(words).casefold() in _interpolations() or (
        len(words) > 1 and words[0].casefold() in _openers())


@lru_cache(maxsize=1)
def _interpolations() -> frozenset[str]:
    from composer.resources import load_toml

    data = load_toml("wordlists", "placeholder.toml")
    return frozenset(
        word.casefold()
        for table in ("editorial", "pronouns")
        for words in data.get(table, {}).values()
        for word in words
    )


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    from composer.resources import load_toml

    data = load_toml("wordlists", "placeholder.toml")
    return frozenset(word.casefold() for words in data.get("openers", {}).values()
                     for word in words)


@text_cache(maxsize=256)
def placeholders(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of unfilled template placeholders ("[Tapahtuman nimi]", "[plats]",
    "[pp.kk.]", "[00–00]"), brackets included."""
    if "[" not in text:
        return ()
    found = []
    for match in _PLACEHOLDER.finditer(text):
        inner = match.group("inner").strip()
        if inner and len(inner.split()) <= MAX_PLACEHOLDER_WORDS and _PLACEHOLDER_CONTENT.search(
            inner
        ) and not _interpolation(inner):
            found.append(match.span())
    return tuple(found)


#: A quotation on one line, at most MAX_QUOTATION characters between its marks.
MAX_QUOTATION = 120
_QUOTATION = regex.compile(rf"[\"”“„«»]([^\"”“„«»\n]{{1,{MAX_QUOTATION}}})[\"”“„«»]")


def quotation(text: str, position: int) -> tuple[int, int] | None:
    """The span of the quotation (between quotation marks on one line) that holds
    ``position``, if any; reads at most MAX_QUOTATION characters either side."""
    low = max(0, position - MAX_QUOTATION - 1)
    for match in _QUOTATION.finditer(text, low, min(len(text), position + MAX_QUOTATION + 1)):
        if match.start(1) <= position < match.end(1):
            return match.start(1), match.end(1)
    return None


@lru_cache(maxsize=1)
def bare_domain_tlds() -> frozenset[str]:
    from composer.resources import load_toml

    return frozenset(load_toml("wordlists", "link.toml").get("bare-domain-tlds", []))


def is_web_address(entity: Entity) -> bool:
    """Whether a URL entity is written as a web address a reader would follow.

    X counts every domain-like string as a link ("e.Kr", "dd.mm" end in Korea's and
    Myanmar's domains), so the channel export counts them; rules about links take a
    bare domain (no scheme, no ``www.``, no path) only when its top-level domain is one
    that posts here use, written in lower case (``kokkola.fi``, ``hs.fi``).
    """
    text = entity.text
    if "://" in text or text[:4].lower() == "www." or "/" in text:
        return True
    tld = text.rstrip(".").rsplit(".", 1)[-1]
    return tld.islower() and tld in bare_domain_tlds()


def web_addresses(text: str) -> list[Entity]:
    """The URL entities of ``text`` that are web addresses (:func:`is_web_address`)."""
    return [e for e in entities(text) if e.kind == "url" and is_web_address(e)]


@text_cache(maxsize=256)
def words(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, word)`` for each word outside URLs, e-mails, mentions and hashtags
    (cached per text: several rules read the same version's words)."""
    matches = list(_WORD.finditer(text))
    starts = list(map(_START, matches))
    ends = list(map(_END, matches))
    found = list(zip(starts, ends, map(_GROUP, matches), strict=True))
    # Words and entities are each in text order without overlaps: the words an entity
    # overlaps are a run of the list, found by bisection and left out.
    keep: list[tuple[int, int, str]] = []
    position = 0
    for entity in entities(text):
        first = max(bisect_right(ends, entity.start), position)
        last = bisect_left(starts, entity.end)
        if first < last:
            keep.extend(found[position:first])
            position = last
    if not position:
        return tuple(found)
    keep.extend(found[position:])
    return tuple(keep)
