"""Splitting a text that does not fit into a numbered thread, as a person would: at a
paragraph break if one is near the limit, else at a line break, a sentence end or between
words. Breaks are only ever at white space, so a URL, hashtag, mention or grapheme is
never cut; only a single word longer than a whole post (which no network would take
either) is cut, at a grapheme boundary, and a too-long URL is left whole in its own part.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import NamedTuple

import regex

from composer.entities import entities

_GRAPHEME = regex.compile(r"\X")
#: A break must leave at least this share of the longest fitting part in the part.
MIN_FILL = 0.5


class Break(NamedTuple):
    start: int  # where the part before it ends
    end: int  # where the next part starts
    strength: int  # 4 language separator, 3 paragraph, 2 line, 1 sentence end, 0 word


def _break_pattern(separator: str) -> regex.Pattern[str]:
    sep = regex.escape(separator) if separator else r"(?!)"
    return regex.compile(
        rf"(?P<sep>[ \t]*\n\s*\n{sep}\n\s*)"
        r"|(?P<para>[ \t]*\n[ \t]*\n\s*)"
        r"|(?P<line>[ \t]*\n\s*)"
        r"|(?P<sentence>(?<=[.!?…:;][\"'”’»)\]]*)[ \t]+)"
        r"|(?P<word>[ \t]+)"
    )


_STRENGTH = {"sep": 4, "para": 3, "line": 2, "sentence": 1, "word": 0}


_MARK = regex.compile(r"\p{M}")


def breaks(text: str, separator: str = "") -> list[Break]:
    """Every place ``text`` may be split, in order."""
    marks = _MARK.search(text) is not None
    found = []
    for match in _break_pattern(separator).finditer(text):
        start, end = match.span()
        if marks and end < len(text) and _MARK.match(text, end):
            continue  # a combining mark belongs to the space before it
        found.append(Break(start, end, _STRENGTH[match.lastgroup or "word"]))
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


def _hard_split(token: str, fits: Callable[[str], bool]) -> tuple[str, str]:
    """The longest grapheme prefix of ``token`` that fits, and the rest."""
    bounds = [m.end() for m in _GRAPHEME.finditer(token)]
    low, high = 0, len(bounds) - 1
    best = 1 if bounds else 0
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
    found = entities(token)
    return bool(found) and found[0].start == 0 and found[0].end == len(token)


def _longest_fitting(
    text: str, start: int, candidates: list[Break], first: int, guess: int,
    fits: Callable[[str], bool], separator: str,
) -> int:
    """Index of the last of ``candidates[first:]`` whose part (from ``start``) fits, or
    ``first - 1``: galloping from ``guess`` (where the previous part's length would end),
    then binary search, so no text much longer than one part is ever counted and a run
    of similar parts needs two or three counts each."""
    def ok(index: int) -> bool:
        return fits(_strip_separator(text[start : candidates[index].start], separator))

    end = len(candidates)
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
    # Invariant: candidates[low] fits (or low == first - 1), candidates[high] does not
    # (or end).
    while high - low > 1:
        middle = (low + high) // 2
        if ok(middle):
            low = middle
        else:
            high = middle
    return low


def _split(
    text: str, all_breaks: list[Break], fits: Callable[[str], bool], separator: str,
    limit: int,
) -> list[str]:
    """The parts of stripped ``text`` at ``all_breaks`` (its breaks and one at its end);
    stops early once there are more than ``limit``."""
    starts = [b.start for b in all_breaks]
    parts: list[str] = []
    start = 0
    first = 0  # index of the first break after start
    previous = 0  # length of the previous part's longest fitting text
    while start < len(text) and len(parts) <= limit:
        while first < len(all_breaks) and all_breaks[first].start <= start:
            first += 1
        guess = bisect_right(starts, start + previous, first) - 1 if previous else first
        best = _longest_fitting(text, start, all_breaks, first, guess, fits, separator)
        if best == len(all_breaks) - 1:
            part = _strip_separator(text[start:], separator)
            if part:
                parts.append(part)
            break
        if best < first:
            token_end = all_breaks[first].start
            token = text[start:token_end]
            if _is_entity(token) or _strip_separator(token, separator) != token:
                if token.strip():
                    parts.append(token)  # never cut a URL, hashtag or mention
                start = all_breaks[first].end
            else:
                head, _tail = _hard_split(token, fits)
                parts.append(head)
                start += len(head)
            continue
        longest = all_breaks[best].start - start
        previous = longest
        chosen = all_breaks[best]
        for strength in (4, 3, 2, 1):
            strong = [
                b for b in all_breaks[first : best + 1]
                if b.strength >= strength and b.start - start >= longest * MIN_FILL
            ]
            if strong:
                chosen = strong[-1]
                break
        part = _strip_separator(text[start : chosen.start], separator)
        if part:
            parts.append(part)
        start = chosen.end
    return [p for p in parts if p.strip()]


def number_part(part: str, number: int, total: int, numbering: str) -> str:
    return f"{part}\n{numbering.format(number=number, total=total)}"


def split_thread(
    text: str,
    fits: Callable[[str], bool],
    *,
    separator: str = "",
    numbering: str = "{number}/{total}",
) -> list[str]:
    """``text`` as numbered parts that each satisfy ``fits`` (numbering included).

    ``separator`` is the language separator line, preferred as a break and dropped at
    the edges of parts. A part that cannot fit (a single URL longer than the limit) is
    returned as it is; the caller reports it.
    """
    # Each part is tried with the widest number of its digit count ("9/9", "99/99"), so
    # the real, possibly narrower, number always fits.
    text = text.strip()
    all_breaks = [*breaks(text, separator), Break(len(text), len(text), 5)]
    assumed = 9
    while True:
        width = numbering.format(number=assumed, total=assumed)

        def part_fits(candidate: str, width: str = width) -> bool:
            return fits(f"{candidate}\n{width}")

        parts = _split(text, all_breaks, part_fits, separator, assumed)
        if len(parts) <= assumed:
            break
        assumed = assumed * 10 + 9
    total = len(parts)
    return [number_part(part, n, total, numbering) for n, part in enumerate(parts, 1)]
