"""Emoji sequences as one unit: keycaps, flags, tag sequences (subdivision flags), ZWJ
sequences of pictographs with skin-tone modifiers or variation selectors.

Used by the X counter (an emoji sequence counts 2), the Threads counter and the export's
cleaning (a zero-width joiner or variation selector is kept only inside an emoji).
Characters below U+2000 (©, ®, digits) are emoji only with a variation selector or keycap.
"""

from __future__ import annotations

import regex

_ELEMENT = (
    r"(?:\p{Emoji_Modifier_Base}\p{Emoji_Modifier}"
    r"|(?![\x00-\u1FFF])\p{Extended_Pictographic}\uFE0F?"
    r"|\p{Emoji}\uFE0F"
    r"|\p{Emoji_Modifier})"
)

#: One emoji sequence.
EMOJI_SEQUENCE = regex.compile(
    r"[#*0-9]\uFE0F?\u20E3"
    r"|\p{Regional_Indicator}{2}"
    r"|\U0001F3F4[\U000E0020-\U000E007E]+\U000E007F"
    rf"|{_ELEMENT}(?:\u200D{_ELEMENT})*"
)

#: An emoji sequence, or an emoji-capable character with its text/emoji presentation
#: selector: the units whose invisible parts (ZWJ, FE0E/FE0F, tags) must be kept.
EMOJI_UNIT = regex.compile(rf"(?:{EMOJI_SEQUENCE.pattern})|\p{{Emoji}}[\uFE0E\uFE0F]")


#: Every emoji sequence or unit has a character at or above this one (U+203C ‼ is the
#: first pictograph above U+2000; keycaps, variation selectors, modifiers, flags and tags
#: are higher still), so a text without one needs no search.
FIRST_EMOJI_CHARACTER = "\u203c"


_FROM_FIRST_EMOJI_CHARACTER = regex.compile(f"[{FIRST_EMOJI_CHARACTER}-\\U0010FFFF]")


def may_contain_emoji(text: str) -> bool:
    """Whether ``text`` has a character at or above :data:`FIRST_EMOJI_CHARACTER`."""
    return not text.isascii() and _FROM_FIRST_EMOJI_CHARACTER.search(text) is not None


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each emoji unit in ``text``."""
    if not may_contain_emoji(text):
        return []
    return [m.span() for m in EMOJI_UNIT.finditer(text)]
