"""Key information a reader must see before the feed cuts the text ("See more"): dates,
times, links and places. Patterns live in ``resources/channels.toml``
(``[key-information]``), each kind's searched as one alternation; links are the text's
URLs. A date with a year before the publishing year ("seminaarissa 8.4.2010", "49 eKr.")
or in a clause that reports the past ("saapui tiistaina", "The board decided on
Monday", "Konserten hölls i lördags") is a past event the text reports, not key
information (:mod:`composer.channels.past_report`);
a bare address written as a name ("Kistler told SPACE.com.") is no link to follow
(:mod:`composer.channels.site_names`). A place word right before a web or e-mail
address ("osoitteeseen idrott@jakobstad.fi", "Adress: www.kokkola.fi") names that
address, not a place: it is no place (the address may be a link).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from composer.channels.counting import grapheme_length, one_per_character
from composer.channels.past_report import explicit_past_year, past_clause
from composer.channels.site_names import named_site
from composer.entities import entities, web_addresses
from composer.resources import load_toml
from composer.text_cache import text_cache

#: Kinds of key information, in reporting order.
KINDS: tuple[str, ...] = ("date", "time", "link", "place")
_GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True)
class KeyItem:
    kind: str
    start: int
    end: int
    text: str


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    table = load_toml("channels.toml").get("key-information", {})
    return {
        kind: regex.compile("|".join(f"(?:{p})" for p in entry["patterns"]), regex.IGNORECASE)
        for kind, entry in table.items()
    }


#: Between a place word and the address it names: spaces, a colon.
_TO_ADDRESS = regex.compile(r"[ \t\u00a0]*+:?[ \t\u00a0]*+")


def _names_an_address(text: str, end: int) -> bool:
    """Whether a web or e-mail address starts right after ``end`` (spaces or a colon
    between): the word before it, "osoitteeseen", "Adress:", names that address."""
    position = _TO_ADDRESS.match(text, end).end()  # type: ignore[union-attr]
    found = entities(text)
    index = bisect_left(found, position, key=lambda entity: entity.start)
    return index < len(found) and found[index].start == position and (
        found[index].kind in ("url", "email"))


def _matches(text: str, kind: str) -> Iterator[regex.Match[str]]:
    """The matches of ``kind``'s patterns in ``text``, without a place word that names
    the web or e-mail address after it."""
    for match in _patterns()[kind].finditer(text):
        if kind == "place" and _names_an_address(text, match.end()):
            continue
        yield match


@text_cache(maxsize=256)
def key_items(text: str) -> tuple[KeyItem, ...]:
    """Every date, time, link and place mention in ``text``, in text order."""
    items = [
        KeyItem("link", e.start, e.end, e.text) for e in web_addresses(text)
    ]
    for kind in _patterns():
        items.extend(KeyItem(kind, m.start(), m.end(), m.group()) for m in _matches(text, kind))
    items.sort(key=lambda item: (item.start, KINDS.index(item.kind)))
    return tuple(items)


def cut_index(text: str, cut_chars: int | None, cut_lines: int | None = None) -> int | None:
    """Where the feed cuts ``text``: after ``cut_chars`` graphemes or ``cut_lines`` lines,
    whichever comes first; ``None`` when the whole text is shown."""
    cut = len(text)
    if cut_chars is not None and cut_chars > 0 and one_per_character(text):
        if len(text) > cut_chars:
            cut = cut_chars
    elif cut_chars is not None and grapheme_length(text) > cut_chars:
        for number, match in enumerate(_GRAPHEME.finditer(text), 1):
            if number == cut_chars:
                cut = match.end()
                break
    if cut_lines is not None:
        position = -1
        for _ in range(cut_lines):
            position = text.find("\n", position + 1)
            if position < 0:
                break
        if position >= 0:
            cut = min(cut, position)
    return cut if cut < len(text.rstrip()) else None


def shown_cut(text: str, cut_chars: int | None, cut_lines: int | None = None) -> int | None:
    """Where the text the feed shows before "See more" ends (a Python index), or ``None``
    when it shows it all: :func:`cut_index` without the blank space and the separator
    lines ("—" between languages) just before it. The channel preview draws this much
    and the ``channel.cut`` note gives its length, so both name the same cut, whichever
    of ``cut_chars`` and ``cut_lines`` made it."""
    # The cut lies in the first few hundred characters: a long text's start gives the
    # same cut as the whole text (only where the start is shown whole is the rest read).
    limit = (cut_chars or 0) * 32 + 4096
    cut = cut_index(text[:limit], cut_chars, cut_lines) if len(text) > limit else None
    if cut is None:
        cut = cut_index(text, cut_chars, cut_lines)
    return None if cut is None else shown_before(text, cut)


def shown_before(text: str, cut: int) -> int:
    """The end of what the feed shows of ``text`` cut at ``cut``: without the blank
    space and the separator lines ("—" between languages) just before the cut."""
    shown = text[:cut].rstrip()
    while "\n" in shown and not any(c.isalnum() for c in shown.rsplit("\n", 1)[1]):
        shown = shown.rsplit("\n", 1)[0].rstrip()
    return len(shown)


@text_cache(maxsize=256)
def first_items(text: str) -> dict[str, KeyItem]:
    """The first occurrence of each kind of key information in ``text`` (what
    :func:`key_items` would list first per kind, without searching the whole text)."""
    first: dict[str, KeyItem] = {}
    link = next(iter(web_addresses(text)), None)
    if link is not None:
        first["link"] = KeyItem("link", link.start, link.end, link.text)
    for kind in _patterns():
        match = next(_matches(text, kind), None)
        if match is not None and (kind not in first or match.start() < first[kind].start):
            first[kind] = KeyItem(kind, match.start(), match.end(), match.group())
    return first


_WHITE_SPACE = regex.compile(r"[ \t\n]")


def _link_before(text: str, cut: int) -> bool:
    """Whether the first link of ``text`` starts before ``cut``, found in the text up to
    the first space or line break from the cut: no URL or e-mail address spans white
    space, so there the links of the beginning are the whole text's links."""
    space = _WHITE_SPACE.search(text, cut)
    window = text if space is None else text[: space.start()]
    link = next(iter(web_addresses(window)), None)
    return link is not None and link.start < cut


def _past(text: str, start: int, end: int, year: int | None, language: str | None) -> bool:
    """Whether the date at ``text[start:end]`` is a past event the text reports, not
    what a reader must see to come along: dated before the publishing ``year``
    ("seminaarissa 8.4.2010", "perustettiin 12. maaliskuuta 1998", "1st January 49 BC"),
    or in a clause that reports the past ("saapui tiistaina", "arrived on Tuesday")."""
    return explicit_past_year(text, start, end, year) or (
        language is not None and past_clause(text, start, end, language)
    )


@text_cache(maxsize=256)
def _first_item(
    text: str, kind: str, year: int | None = None, language: str | None = None
) -> KeyItem | None:
    """The first item of ``kind`` in ``text`` (cached: each version is judged for every
    channel with a feed cut); given ``year``, dates of the reported past and addresses
    written as a site's name are passed over."""
    if kind == "link":
        link = next((e for e in web_addresses(text)
                     if year is None or not named_site(text, e.start, e.end)), None)
        return None if link is None else KeyItem("link", link.start, link.end, link.text)
    for match in _matches(text, kind):
        if kind == "date" and year is not None and _past(
            text, match.start(), match.end(), year, language
        ):
            continue
        return KeyItem(kind, match.start(), match.end(), match.group())
    return None


def late_kinds(
    text: str, cut: int, year: int | None = None, language: str | None = None
) -> dict[str, KeyItem]:
    """Kinds of key information found in ``text`` only after ``cut``, with the first
    occurrence of each (what :func:`first_items` gives, for the kinds whose first item
    starts at or after ``cut``). Given the publishing ``year``, a late date with an
    earlier year, or (``language`` "fi") in a clause reporting the past, is not reported
    (a date of any year before the cut still shows the reader when things happen), nor
    is an address written as a site's name."""
    if "link" in _patterns():  # links found by pattern as well as as URLs
        first = first_items(text)
        ordered = sorted(first.values(), key=lambda item: (item.start, KINDS.index(item.kind)))
        return {item.kind: item for item in ordered if item.start >= cut}
    late: list[KeyItem] = []
    for kind in ("link", *_patterns()):
        if kind == "link" and _link_before(text, cut):
            continue  # no need to find every link of the text
        item = _first_item(text, kind)  # a search stops at the first match
        if item is not None and item.start >= cut and kind in ("date", "link") and (
                year is not None):
            # a past event is no key date, a site's name no link to follow
            item = _first_item(text, kind, year, language)
        if item is not None and item.start >= cut:
            late.append(item)
    late.sort(key=lambda item: (item.start, KINDS.index(item.kind)))
    return {item.kind: item for item in late}
