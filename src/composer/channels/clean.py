"""Clean text for pasting into a network: NFC, no invisible characters, one kind of line
break, no trailing spaces, at most one blank line in a row.

Zero-width joiners, variation selectors and tag characters are kept inside emoji
sequences (👩‍💻, ❤️, 🏴󠁧󠁢󠁳󠁣󠁴󠁿), where they are part of what a person sees; anywhere else
they, like every other format character (soft hyphen, zero-width space, bidi controls,
word joiner, BOM) and the invisible fillers, are removed. So are the C0 and C1 control
characters (NUL, BEL, ESC, DEL ...) other than line breaks and tabs: no network shows
them, and a pasted one may cut the post short. Tabs become spaces.
"""

from __future__ import annotations

import unicodedata

import regex

from composer.channels.emoji import emoji_spans

# Format characters (Cf) and the invisible fillers and joiners outside Cf.
_INVISIBLE = regex.compile(
    r"[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFFA0"
    r"\uFE00-\uFE0F\U000E0100-\U000E01EF\uFFFC]"
)
# Control characters (Cc) left once line breaks are "\n": all but the newline and tab.
_CONTROLS = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = regex.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
_TRAILING_SPACE = regex.compile(r"[ \t\u00A0\u3000]+$", regex.MULTILINE)
_BLANK_LINES = regex.compile(r"\n{3,}")
_SPACES = regex.compile(r"[ \t]{2,}")


def remove_invisible(text: str) -> str:
    """Drop invisible characters except those that belong to an emoji."""
    if text.isascii():
        return text
    keep = emoji_spans(text)
    parts: list[str] = []
    index = 0
    for start, end in keep:
        parts.append(_INVISIBLE.sub("", text[index:start]))
        parts.append(text[start:end])
        index = end
    parts.append(_INVISIBLE.sub("", text[index:]))
    return "".join(parts)


def clean_text(text: str) -> str:
    """``text`` as it should be pasted (see the module docstring)."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = remove_invisible(text).replace("\t", " ")
    text = _TRAILING_SPACE.sub("", text)
    text = "\n".join(_SPACES.sub(" ", line).strip(" ") for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip("\n ")
