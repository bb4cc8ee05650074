"""Splitting a text that does not fit into a numbered thread, as a person would: at a
paragraph break if one is near the limit, else at a line break, a sentence end or between
words. Breaks are only ever at white space, so a URL, hashtag, mention or grapheme is
never cut; only a single word longer than a whole post (which no network would take
either) is cut, at a grapheme boundary, and a too-long URL is left whole in its own part.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from composer.entities import entities

_GRAPHEME = regex.compile(r"\X")
#: A break must leave at least this share of the longest fitting part in the part.
MIN_FILL = 0.5


@dataclass(frozen=True)
class Break:
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
    found = []
    for match in _break_pattern(separator).finditer(text):
        if match.end() < len(text) and _MARK.match(text, match.end()):
            continue  # a combining mark belongs to the space before it
        found.append(Break(match.start(), match.end(), _STRENGTH[match.lastgroup or "word"]))
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
    text: str, start: int, candidates: list[Break], fits: Callable[[str], bool],
    separator: str,
) -> int:
    """Index of the last candidate whose part (from ``start``) fits, or -1: galloping,
    then binary search, so no text much longer than one part is ever counted."""
    def ok(index: int) -> bool:
        return fits(_strip_separator(text[start : candidates[index].start], separator))

    low, step = -1, 1
    high = len(candidates)
    while low + step < len(candidates):
        if ok(low + step):
            low += step
            step *= 2
        else:
            high = low + step
            break
    # Invariant: candidates[low] fits (or low == -1), candidates[high] does not (or end).
    while high - low > 1:
        middle = (low + high) // 2
        if ok(middle):
            low = middle
        else:
            high = middle
    return low


def _split(text: str, fits: Callable[[str], bool], separator: str) -> list[str]:
    text = text.strip()
    all_breaks = [*breaks(text, separator), Break(len(text), len(text), 5)]
    parts: list[str] = []
    start = 0
    first = 0  # index of the first break after start
    while start < len(text):
        while first < len(all_breaks) and all_breaks[first].start <= start:
            first += 1
        candidates = all_breaks[first:]
        best = _longest_fitting(text, start, candidates, fits, separator)
        if best == len(candidates) - 1:
            part = _strip_separator(text[start:], separator)
            if part:
                parts.append(part)
            break
        if best < 0:
            token_end = candidates[0].start
            token = text[start:token_end]
            if _is_entity(token) or _strip_separator(token, separator) != token:
                parts.append(token)  # never cut a URL, hashtag or mention
                start = candidates[0].end
            else:
                head, _tail = _hard_split(token, fits)
                parts.append(head)
                start += len(head)
            continue
        longest = candidates[best].start - start
        chosen = candidates[best]
        for strength in (4, 3, 2, 1):
            strong = [
                b for b in candidates[: best + 1]
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
    assumed = 9
    while True:
        width = numbering.format(number=assumed, total=assumed)

        def part_fits(candidate: str, width: str = width) -> bool:
            return fits(f"{candidate}\n{width}")

        parts = _split(text, part_fits, separator)
        if len(parts) <= assumed:
            break
        assumed = assumed * 10 + 9
    total = len(parts)
    return [number_part(part, n, total, numbering) for n, part in enumerate(parts, 1)]
