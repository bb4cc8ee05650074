"""Splitting a text that does not fit into a numbered thread, as a person would: at a
paragraph break if one is near the limit, else at a line break, a sentence end or between
words. Breaks are only ever at white space, so a URL, hashtag, mention or grapheme is
never cut; only a single word longer than a whole post (which no network would take
either) is cut, at a grapheme boundary, and a too-long URL is left whole in its own part.
A language version begins a part of its own unless it fits whole after the versions
before it, and the part that ends a split version holds no other language: a reader
follows each language through its own parts (:func:`_chosen`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, count
from operator import add, attrgetter
from typing import NamedTuple

import regex

from composer.channels.urls import MAX_URL_LENGTH
from composer.entities import entities

_GRAPHEME = regex.compile(r"\X")
#: A break must leave at least this share of the longest fitting part in the part.
MIN_FILL = 0.5
#: A token longer than this is never one URL, hashtag or mention (a URL is at most 4,096
#: characters and its scheme), so it is not searched for entities whole.
MAX_ENTITY_LENGTH = MAX_URL_LENGTH + len("https://")


class Break(NamedTuple):
    start: int  # where the part before it ends
    end: int  # where the next part starts
    strength: int  # 4 language separator, 3 paragraph, 2 line, 1 sentence end, 0 word


#: Whether ``text[start:end]`` followed by a suffix fits (``PieceCounter.fits``).
PieceFits = Callable[[int, int, str], bool]


@lru_cache(maxsize=16)
def _break_pattern(separator: str, single_spaces: bool = True) -> regex.Pattern[str]:
    # Every alternative starts with a space, tab or line break (the sentence end is
    # looked for behind the first space), which lets the search skip other characters.
    # Without ``single_spaces`` a lone space or tab between words is not matched.
    sep = regex.escape(separator) if separator else r"(?!)"
    word = r"[ \t]+" if single_spaces else r"[ \t]{2,}"
    return regex.compile(
        rf"[ \t]*\n(?:(?P<sep>\s*\n{sep}\n\s*)|(?P<para>[ \t]*\n\s*)|(?P<line>\s*))"
        r"|(?P<sentence>[ \t](?<=[.!?…:;][\"'”’»)\]]*[ \t])[ \t]*)"
        rf"|(?P<word>{word})"
    )


_STRENGTH = {"sep": 4, "para": 3, "line": 2, "sentence": 1, "word": 0}


_MARK = regex.compile(r"\p{M}")
_LASTGROUP = attrgetter("lastgroup")


def breaks(text: str, separator: str = "") -> list[Break]:
    """Every place ``text`` may be split, in order."""
    return [Break(*found) for found in zip(*_breaks(text, separator), strict=True)]


class _Breaks(NamedTuple):
    """The breaks of a text as three lists (no object per break)."""

    starts: list[int]
    ends: list[int]
    strengths: list[int]


def _breaks(text: str, separator: str) -> _Breaks:
    if "\t" not in text and _MARK.search(text) is None:
        return _breaks_and_spaces(text, separator)
    matches = list(_break_pattern(separator).finditer(text))
    if _MARK.search(text) is not None:
        # A combining mark belongs to the space before it: no break there.
        matches = [m for m in matches if m.end() == len(text) or not _MARK.match(text, m.end())]
    return _Breaks(
        list(map(regex.Match.start, matches)),
        list(map(regex.Match.end, matches)),
        list(map(_STRENGTH.__getitem__, map(_LASTGROUP, matches))),
    )


def _breaks_and_spaces(text: str, separator: str) -> _Breaks:
    """:func:`_breaks` for a text without tabs and combining marks, with one search
    object per break other than a lone space between words (most breaks): the search
    without those finds the same other breaks (it fails exactly where the full one
    would match a lone space, and moves on by one character as the full one does), and
    the lone spaces are the spaces outside the breaks found."""
    matches = list(_break_pattern(separator, single_spaces=False).finditer(text))
    spaces = list(map(add, accumulate(map(len, text.split(" ")[:-1])), count()))
    after = list(map((1).__add__, spaces))
    found = _Breaks([], [], [])
    done = 0
    for match in matches:
        start, end = match.span()
        first = bisect_left(spaces, start, done)
        found.starts.extend(spaces[done:first])
        found.ends.extend(after[done:first])
        found.strengths.extend([0] * (first - done))
        found.starts.append(start)
        found.ends.append(end)
        found.strengths.append(_STRENGTH[match.lastgroup])  # type: ignore[index]
        done = bisect_left(spaces, end, first)
    found.starts.extend(spaces[done:])
    found.ends.extend(after[done:])
    found.strengths.extend([0] * (len(spaces) - done))
    return found


def _strip_separator(part: str, separator: str) -> str:
    part = part.strip()
    if not separator:
        return part
    lines = part.split("\n")
    while lines and lines[0].strip() == separator:
        lines.pop(0)
    while lines and lines[-1].strip() == separator:
        lines.pop()
    return "\n".join(lines).strip()


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text[start:end].strip()``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _stripped_span(text: str, start: int, end: int, separator: str) -> tuple[int, int]:
    """The span in ``text`` of ``_strip_separator(text[start:end], separator)``."""
    start, end = _strip_span(text, start, end)
    if not separator:
        return start, end
    while start < end:  # leading separator lines
        newline = text.find("\n", start, end)
        line_end = end if newline < 0 else newline
        if text[start:line_end].strip() != separator:
            break
        start = end if newline < 0 else newline + 1
    while start < end:  # trailing separator lines
        newline = text.rfind("\n", start, end)
        if text[newline + 1 if newline >= 0 else start : end].strip() != separator:
            break
        end = start if newline < 0 else newline
    return _strip_span(text, start, end)


def _hard_split(token: str, fits: Callable[[str], bool]) -> tuple[str, str]:
    """The longest grapheme prefix of ``token`` that fits, and the rest."""
    # Galloping first: only prefixes up to twice the answer are cut into graphemes and
    # counted (a binary search over the whole token read the whole rest of a long
    # unbroken text several times for each part).
    graphemes = _GRAPHEME.finditer(token)
    bounds: list[int] = []

    def bound(index: int) -> int | None:
        if index < len(bounds):
            return bounds[index]
        for match in graphemes:
            bounds.append(match.end())
            if len(bounds) > index:
                break
        return bounds[index] if index < len(bounds) else None

    best = 1 if bound(0) is not None else 0
    low, high, step = 1, -1, 1
    while True:
        end = bound(step)
        if end is None:
            high = len(bounds) - 1
            break
        if not fits(token[:end]):
            high = step - 1
            break
        best = step + 1
        low = step + 1
        step *= 2
    while low <= high:
        middle = (low + high) // 2
        if fits(token[: bounds[middle]]):
            best = middle + 1
            low = middle + 1
        else:
            high = middle - 1
    cut = bounds[best - 1] if best else len(token)
    return token[:cut], token[cut:]


def _is_entity(token: str) -> bool:
    if len(token) > MAX_ENTITY_LENGTH:
        return False
    found = entities(token)
    return bool(found) and found[0].start == 0 and found[0].end == len(token)


def _longest_fitting(
    ok: Callable[[int], bool], first: int, end: int, guess: int
) -> int:
    """Index of the last of the candidate breaks ``first`` .. ``end - 1`` whose part fits
    (``ok``), or ``first - 1``: galloping from ``guess`` (where the previous part's length
    would end), then binary search, so no text much longer than one part is ever counted
    and a run of similar parts needs two or three counts each."""
    guess = min(max(guess, first), end - 1)
    step = 1
    if ok(guess):
        low, high = guess, end
        while low + step < end:
            if ok(low + step):
                low += step
                step *= 2
            else:
                high = low + step
                break
    else:
        low, high = first - 1, guess
        while high - step >= first:
            if ok(high - step):
                low = high - step
                break
            high -= step
            step *= 2
    # Invariant: candidate low fits (or low == first - 1), candidate high does not
    # (or end).
    while high - low > 1:
        middle = (low + high) // 2
        if ok(middle):
            low = middle
        else:
            high = middle
    return low


def _chosen(all_breaks: _Breaks, first: int, best: int, start: int, longest: int,
            whole: bool = True) -> int:
    """The break to end a part at, of ``first`` .. ``best`` (the last that fits).

    A language separator, however short the part: a language version starts a part of
    its own unless it fits whole after the versions before it, so no part begins a
    language that the next part goes on with. A part that begins a language version
    (``whole``) ends at the last separator that fits (whole versions share a part, as
    in the post itself); one that goes on with a version split before ends at the
    version's end, the first separator. Without one, the last break of the strongest
    kind (paragraph, line, sentence end) that still leaves :data:`MIN_FILL` of the
    longest fitting part in the part; else ``best``.
    """
    least = longest * MIN_FILL
    starts, strengths = all_breaks.starts, all_breaks.strengths
    separators = range(best, first - 1, -1) if whole else range(first, best + 1)
    for index in separators:
        if strengths[index] >= 4:
            return index
    last_of = [-1] * 4  # the last break of strength 1, 2, 3 seen
    for index in range(best, first - 1, -1):
        strength = strengths[index]
        if starts[index] - start < least:
            break
        if strength and last_of[strength] < 0:
            last_of[strength] = index
    for strength in (3, 2, 1):
        found = max(last_of[strength:])
        if found >= 0:
            return found
    return best


def _split(
    text: str, all_breaks: _Breaks, fits_span: Callable[[int, int], bool],
    fits: Callable[[str], bool], separator: str, limit: int,
) -> list[tuple[int, int]]:
    """The spans of the parts of stripped ``text`` at ``all_breaks`` (its breaks and one
    at its end); stops early once there are more than ``limit``."""
    starts, ends = all_breaks.starts, all_breaks.ends
    count = len(starts)
    parts: list[tuple[int, int]] = []
    start = 0
    first = 0  # index of the first break after start
    previous = 0  # length of the previous part's longest fitting text
    whole = True  # the part begins a language version

    def ok(index: int) -> bool:
        return fits_span(*_stripped_span(text, start, starts[index], separator))

    while start < len(text) and len(parts) <= limit:
        while first < count and starts[first] <= start:
            first += 1
        guess = bisect_right(starts, start + previous, first) - 1 if previous else first
        best = _longest_fitting(ok, first, count, guess)
        if best == count - 1 and (whole or 4 not in all_breaks.strengths[first:best]):
            part = _stripped_span(text, start, len(text), separator)
            if part[0] < part[1]:
                parts.append(part)
            break
        if best < first:
            token_end = starts[first]
            token = text[start:token_end]
            if _is_entity(token) or _strip_separator(token, separator) != token:
                if token.strip():
                    parts.append((start, token_end))  # never cut a URL, hashtag or mention
                start = ends[first]
                whole = all_breaks.strengths[first] >= 4
            else:
                head, _tail = _hard_split(token, fits)
                parts.append((start, start + len(head)))
                start += len(head)
                whole = False
            continue
        longest = starts[best] - start
        previous = longest
        chosen = _chosen(all_breaks, first, best, start, longest, whole)
        part = _stripped_span(text, start, starts[chosen], separator)
        if part[0] < part[1]:
            parts.append(part)
        start = ends[chosen]
        whole = all_breaks.strengths[chosen] >= 4
    return [(a, b) for a, b in parts if text[a:b].strip()]


def number_part(part: str, number: int, total: int, numbering: str) -> str:
    return f"{part}\n{numbering.format(number=number, total=total)}"


def split_spans(
    text: str,
    fits: Callable[[str], bool],
    *,
    separator: str = "",
    numbering: str = "{number}/{total}",
    piece_fits: Callable[[str], PieceFits] | None = None,
) -> tuple[str, list[tuple[int, int]]]:
    """``text`` stripped, and the spans in it of the parts :func:`split_thread` numbers.

    ``piece_fits(stripped)``, when given, answers ``fits(stripped[start:end] + suffix)``
    for the candidate parts (faster, from one reading of the text:
    :class:`composer.channels.pieces.PieceCounter`).
    """
    # Each part is tried with the widest number of its digit count ("9/9", "99/99"), so
    # the real, possibly narrower, number always fits.
    text = text.strip()
    all_breaks = _breaks(text, separator)
    for column, value in zip(all_breaks, (len(text), len(text), 5), strict=True):
        column.append(value)  # the end of the text
    if piece_fits is not None:
        fits_piece = piece_fits(text)
    else:
        def fits_piece(start: int, end: int, suffix: str) -> bool:
            return fits(text[start:end] + suffix)
    assumed = 9
    while True:
        width = numbering.format(number=assumed, total=assumed)
        suffix = f"\n{width}"

        def part_fits(candidate: str, suffix: str = suffix) -> bool:
            return fits(candidate + suffix)

        def span_fits(start: int, end: int, suffix: str = suffix) -> bool:
            return fits_piece(start, end, suffix)

        parts = _split(text, all_breaks, span_fits, part_fits, separator, assumed)
        if len(parts) <= assumed:
            break
        assumed = assumed * 10 + 9
    return text, parts


def split_thread(
    text: str,
    fits: Callable[[str], bool],
    *,
    separator: str = "",
    numbering: str = "{number}/{total}",
    piece_fits: Callable[[str], PieceFits] | None = None,
) -> list[str]:
    """``text`` as numbered parts that each satisfy ``fits`` (numbering included).

    ``separator`` is the language separator line, preferred as a break and dropped at
    the edges of parts. A part that cannot fit (a single URL longer than the limit) is
    returned as it is; the caller reports it.
    """
    stripped, spans = split_spans(
        text, fits, separator=separator, numbering=numbering, piece_fits=piece_fits
    )
    total = len(spans)
    return [
        number_part(stripped[a:b], n, total, numbering) for n, (a, b) in enumerate(spans, 1)
    ]
