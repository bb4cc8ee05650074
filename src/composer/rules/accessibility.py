"""Rule family `accessibility`: text that screen readers read badly or not at all.

- ``accessibility.emoji-run``: three or more emoji in a row; a screen reader reads out
  the name of every one ("party popper party popper party popper").
- ``accessibility.emoji-bullet``: emoji used as list bullets at line starts.
- ``accessibility.fancy-text``: "fancy" letters (𝐛𝐨𝐥𝐝, 𝓈𝒸𝓇𝒾𝓅𝓉, ｆｕｌｌｗｉｄｔｈ, Ⓒⓘⓡⓒⓛⓔⓓ,
  sᴍᴀʟʟ ᴄᴀᴘs) which screen readers spell out as symbols or skip; the suggestion is the
  plain text.
- ``accessibility.invisible``: zero-width and other invisible characters (outside emoji
  sequences, where the zero-width joiner and tag characters belong).

Emoji are grapheme clusters (``regex`` ``\\X``), so a ZWJ family 👨‍👩‍👧 or a flag 🇫🇮 counts
as one emoji.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex

from composer.model import Finding, Severity
from composer.rules.base import CheckContext, Rule, VersionRule

BASES = ("accessibility", "law:accessibility-act")
#: Emoji in a row (spaces between them allowed) that make a run.
RUN_LENGTH = 3
#: Lines that must start with an emoji before they count as an emoji bullet list.
BULLET_LINES = 2

# A grapheme cluster that may be an emoji: a keycap (1️⃣) or a cluster that starts with a
# pictograph or a regional indicator (a flag); the whole ZWJ sequence is one cluster.
_EMOJI_CANDIDATE = regex.compile(
    r"[#*0-9]\uFE0F?\u20E3|(?=[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{RI}])\X"
)
_EMOJI_CLUSTER = regex.compile(
    r"\p{Emoji_Presentation}|\p{Extended_Pictographic}.*\uFE0F|\u20E3|\p{RI}\p{RI}"
)

# Letters from blocks whose only use in a post is to imitate a font.
_STRONG_FANCY = (
    "\U0001D400-\U0001D7FF"  # Mathematical Alphanumeric Symbols: 𝐛𝐨𝐥𝐝 𝑖𝑡𝑎𝑙𝑖𝑐 𝓈𝒸𝓇𝒾𝓅𝓉 𝕕𝕠𝕦𝕓𝕝𝕖
    "\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A"  # fullwidth digits and letters
    "\u249C-\u24E9"  # parenthesized and circled letters ⒜ Ⓐ ⓐ
    "\U0001F130-\U0001F149"  # squared letters 🄰
    "\U0001F150-\U0001F169"  # negative circled letters 🅐
    "\U0001F170-\U0001F189"  # negative squared letters 🅰 (emoji when followed by U+FE0F)
    "\u1D00-\u1D22\uA730\uA731\u0280\u0262\u029C\u026A\u029F\u0274\u028F\u0299"  # small caps
)
# Letterlike symbols that fill the gaps of the mathematical alphabets (ℬ ℯ ℊ ℋ ℍ ℝ ...):
# only fancy next to other fancy letters, as ℓ or ℝ alone may be meant.
_WEAK_FANCY = "\u210A-\u2113\u2115\u2119-\u211D\u2124\u2128\u212C\u212D\u212F-\u2131\u2133\u2134"
# 🅰️ 🅱️ 🅾️ 🅿️ followed by the emoji variation selector are emoji, not letters.
_FANCY_CHAR = f"(?:[{_STRONG_FANCY}{_WEAK_FANCY}](?!\uFE0F))"
# A run of fancy letters, with what the font generator left plain (spaces, punctuation,
# ä, ö, å) inside it; a line break ends the run.
_FANCY_RUN = regex.compile(rf"{_FANCY_CHAR}(?:[^\n]{{0,3}}?{_FANCY_CHAR})*")
_STRONG = regex.compile(f"[{_STRONG_FANCY}](?!\uFE0F)")
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}]")

# Invisible characters: format (Cf) and control (Cc) characters other than line breaks
# and tabs, and blank "letters" used to fake empty lines or spaces.
_INVISIBLE = regex.compile(
    r"[[\p{Cf}\p{Cc}]--[\n\t\r]]+|[\u115F\u1160\u3164\uFFA0\u2800]+", regex.VERSION1
)
# Characters that belong inside an emoji sequence: ZWJ and tag characters.
_EMOJI_JOINERS = regex.compile(r"[\u200D\U000E0020-\U000E007F]")


@lru_cache(maxsize=4096)
def is_emoji(cluster: str) -> bool:
    """Whether a grapheme cluster is shown as an emoji (not ©, ™ or a digit as text)."""
    return _EMOJI_CLUSTER.search(cluster) is not None


# What each search needs: an emoji candidate starts with a pictograph (© U+00A9 is the
# first), an emoji presentation character or a regional indicator, or is a keycap (U+20E3);
# every fancy letter is at or above U+0262; an invisible character is a control or format
# character (or a blank letter). A text without any needs no search (a search with these
# character classes tries every position; finding the few distinct characters above a code
# point and testing each is much quicker).
_EMOJI_START = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{RI}\u20E3]")
_FANCY_LETTER = regex.compile(f"[{_STRONG_FANCY}{_WEAK_FANCY}]")
_INVISIBLE_CHAR = regex.compile(
    r"[[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]--[\n\t\r]]", regex.VERSION1
)
_ASCII_CONTROL = regex.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]")


@lru_cache(maxsize=8)
def _from(lowest: str) -> regex.Pattern[str]:
    return regex.compile(f"[\\U{ord(lowest):08X}-\\U0010FFFF]")


def _has(text: str, characters: regex.Pattern[str], lowest: str) -> bool:
    """Whether ``text`` has a character of the class ``characters``, all of which are at
    or above ``lowest``."""
    return any(characters.match(ch) for ch in set(_from(lowest).findall(text)))


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every emoji grapheme cluster in ``text``."""
    if text.isascii() or not _has(text, _EMOJI_START, "\u00a9"):
        return []
    return [m.span() for m in _EMOJI_CANDIDATE.finditer(text) if is_emoji(m.group())]


def _runs(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """``(start, end, count)`` of groups of emoji separated only by spaces or tabs."""
    group: list[tuple[int, int]] = []
    for span in spans:
        if group and text[group[-1][1]:span[0]].strip(" \t"):
            yield group[0][0], group[-1][1], len(group)
            group = []
        group.append(span)
    if group:
        yield group[0][0], group[-1][1], len(group)


_SMALL_CAPS_NAME = regex.compile(r"LATIN LETTER SMALL CAPITAL ([A-Z])$")


@lru_cache(maxsize=4096)
def plain_char(char: str) -> str:
    """The plain letter or digit a fancy character stands for."""
    folded = unicodedata.normalize("NFKC", char)
    if folded != char:
        return folded
    found = _SMALL_CAPS_NAME.search(unicodedata.name(char, ""))
    return found.group(1).lower() if found else char


def plain_text(text: str) -> str:
    """``text`` with fancy letters written as plain letters."""
    return "".join(plain_char(c) for c in text)


class AccessibilityRule(VersionRule):
    family = "accessibility"

    def check_version(self, text: str, language: str, ctx: CheckContext) -> list[Finding]:
        findings: list[Finding] = []
        spans = emoji_spans(text)
        if spans:
            findings.extend(self._emoji_runs(text, language, spans, ctx))
            findings.extend(self._emoji_bullets(text, language, spans, ctx))
        findings.extend(self._fancy(text, language, ctx))
        findings.extend(self._invisible(text, language, spans, ctx))
        return findings

    def _emoji_runs(
        self, text: str, language: str, spans: list[tuple[int, int]], ctx: CheckContext
    ) -> Iterator[Finding]:
        for start, end, count in _runs(text, spans):
            if count >= RUN_LENGTH:
                first = next(text[s:e] for s, e in spans if s == start)
                yield ctx.finding(
                    "accessibility.emoji-run", Severity.WARNING, BASES, language=language,
                    start=start, end=end, suggestions=(first,), count=count,
                )

    def _emoji_bullets(
        self, text: str, language: str, spans: list[tuple[int, int]], ctx: CheckContext
    ) -> Iterator[Finding]:
        starts = {s: e for s, e in spans}
        bullets: list[tuple[int, int]] = []
        offset = 0
        for line in text.split("\n"):
            head = offset + len(line) - len(line.lstrip(" \t"))
            end = starts.get(head)
            # A bullet is an emoji followed by the line's text, not an emoji-only line.
            if end is not None and text[end:offset + len(line)].strip():
                bullets.append((head, end))
            offset += len(line) + 1
        if len(bullets) < BULLET_LINES:
            return
        for start, end in bullets:
            yield ctx.finding(
                "accessibility.emoji-bullet", Severity.INFO, BASES, language=language,
                start=start, end=end, suggestions=("–",), emoji=text[start:end],
            )

    def _fancy(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        if text.isascii() or not _has(text, _FANCY_LETTER, "\u0262"):
            return
        for match in _FANCY_RUN.finditer(text):
            if not _STRONG.search(match.group()):
                continue
            start, end = match.span()
            # Plain letters the generator had no fancy form for belong to the same words.
            while start > 0 and _WORD_CHAR.match(text[start - 1]):
                start -= 1
            while end < len(text) and _WORD_CHAR.match(text[end]):
                end += 1
            yield ctx.finding(
                "accessibility.fancy-text", Severity.ERROR, ("law:accessibility-act",
                                                             "accessibility"),
                language=language, start=start, end=end,
                suggestions=(plain_text(text[start:end]),),
            )

    def _invisible(
        self, text: str, language: str, spans: list[tuple[int, int]], ctx: CheckContext
    ) -> Iterator[Finding]:
        if not _ASCII_CONTROL.search(text) and (
            text.isascii() or not _has(text, _INVISIBLE_CHAR, "\x80")
        ):
            return
        for match in _INVISIBLE.finditer(text):
            start, end = match.span()
            chars = [
                i for i in range(start, end)
                if not (_EMOJI_JOINERS.match(text[i]) and _inside(text, i, spans))
            ]
            for first, last in _groups(chars):
                names = ", ".join(sorted({_char_name(text[i]) for i in range(first, last)}))
                yield ctx.finding(
                    "accessibility.invisible", Severity.WARNING, BASES, language=language,
                    start=first, end=last, suggestions=("",), characters=names,
                )


def _inside(text: str, index: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the joiner or tag character at ``index`` is inside an emoji sequence."""
    joiner = text[index] == "\u200D"
    return any(start < index < end and (not joiner or index < end - 1) for start, end in spans)


def _groups(indices: list[int]) -> Iterator[tuple[int, int]]:
    """Consecutive indices as ``(start, end)`` ranges."""
    if not indices:
        return
    first = last = indices[0]
    for i in indices[1:]:
        if i != last + 1:
            yield first, last + 1
            first = i
        last = i
    yield first, last + 1


def _char_name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'control').lower()}"


RULES: list[Rule] = [AccessibilityRule()]
