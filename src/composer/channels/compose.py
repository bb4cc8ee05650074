"""The pieces of a channel's text: each language version cleaned, its trailing hashtag
lines taken apart, the organisation's own @mentions written as the channel's handle, and,
where links are not clickable, each link replaced in place, in the version's language, by
words saying where it went ("linkki profiilissa", "länk i profilen", "link in bio").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import regex

from composer.channels.clean import clean_text
from composer.channels.spec import ChannelSpec
from composer.entities import entities
from composer.profiles import Profile
from composer.text_cache import text_cache

_HASHTAG_LINE = regex.compile(r"^(?:#[^\s#]+[ \t]*)+$")
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
# Before a link that starts a sentence: nothing on the line but symbols, or the end of
# a sentence (see _ends_sentence).
_SENTENCE_END = frozenset(".!?")
_JOINED_LINKS = regex.compile(r"[\s,]*")


@dataclass
class Section:
    """One language version, ready to be joined with the others."""

    language: str
    body: str
    #: Hashtags of the trailing hashtag-only lines, in order.
    tags: list[str] = field(default_factory=list)
    #: Links moved out of the text (channels whose links are not clickable).
    links: list[str] = field(default_factory=list)


def tag_key(tag: str) -> str:
    return tag.casefold()


def inline_tags(text: str) -> list[str]:
    return [e.text for e in entities(text) if e.kind == "hashtag"]


def split_trailing_tags(text: str) -> tuple[str, list[str]]:
    """``text`` without its trailing lines of nothing but hashtags, and those hashtags."""
    lines = text.split("\n")
    tags: list[str] = []
    while lines and (not lines[-1].strip() or _HASHTAG_LINE.match(lines[-1].strip())):
        line = lines.pop().strip()
        tags = line.split() + tags
    return "\n".join(lines).strip(), tags


def own_handles(profile: Profile) -> set[str]:
    """The organisation's handles on every channel, compared without "@" and case."""
    return {
        account.handle.lstrip("@").casefold()
        for account in profile.accounts.values()
        if account.handle
    }


def rewrite_mentions(text: str, profile: Profile, channel: str) -> str:
    """@mentions of the organisation's own accounts written as ``channel``'s handle; a
    channel where the organisation has no handle keeps the mention as written."""
    account = profile.accounts.get(channel)
    target = account.handle if account is not None and account.handle else None
    if target is None or "@" not in text:
        return text
    if not target.startswith("@"):
        target = "@" + target
    handles = own_handles(profile)
    for mention in reversed([e for e in entities(text) if e.kind == "mention"]):
        if mention.text.lstrip("@").casefold() in handles:
            text = text[: mention.start] + target + text[mention.end :]
    return text


def _sentence(phrase: str) -> str:
    """``phrase`` as a sentence of its own: capital first letter, full stop."""
    text = phrase[:1].upper() + phrase[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with the end of a sentence and a space: a full
    stop, question or exclamation mark, closing quotes or brackets, then white space.
    Read from the end, so its cost does not grow with the line."""
    position = end
    while position > start and text[position - 1].isspace():
        position -= 1
    if position == end:
        return False
    while position > start and unicodedata.category(text[position - 1]) in ("Pf", "Pe"):
        position -= 1
    return position > start and text[position - 1] in _SENTENCE_END


def move_links(text: str, phrase: str, note: str | None = None) -> tuple[str, list[str]]:
    """Replace each link of ``text`` in place with ``phrase`` ("linkki profiilissa"), so
    every sentence still reads: "Lisätietoja: 040 1234567 tai linkki profiilissa." A
    link that starts a sentence gets a capital; a link alone on its line becomes ``note``
    ("Linkki profiilissa."; default: ``phrase`` as a sentence); links next to each other
    (only spaces or commas between) are written once. Returns the text and the links.
    """
    urls = [e for e in entities(text) if e.kind == "url"]
    if not urls:
        return text, []
    note = note or _sentence(phrase)
    parts: list[str] = []
    position = 0
    previous_end = -1
    # The line around each link is tracked as the links go by, so a long line with many
    # links is read once, not once per link.
    line_start, line_end, link_on_line = 0, -1, False
    for url in urls:
        newline = text.rfind("\n", position, url.start)
        if newline >= 0:
            line_start, link_on_line = newline + 1, False
        if line_end < url.end:
            line_end = text.find("\n", url.end)
            line_end = len(text) if line_end < 0 else line_end
        between = text[position : url.start]
        if previous_end >= 0 and _JOINED_LINKS.fullmatch(between):
            position = url.end  # the link beside the previous one: already said
            link_on_line = True
            continue
        parts.append(between)
        # An earlier link on the line is a word before this one.
        word_before = link_on_line or _HAS_WORD.search(text, line_start, url.start) is not None
        if not word_before and _HAS_WORD.search(text, url.end, line_end) is None:
            # Alone on its line (perhaps after an arrow or an emoji): a sentence.
            after = text[url.end : line_end].lstrip()
            parts.append(note.rstrip(".") if after.startswith((".", "!", "?")) else note)
        elif not word_before or _ends_sentence(text, line_start, url.start):
            parts.append(phrase[:1].upper() + phrase[1:])
        else:
            parts.append(phrase)
        position = previous_end = url.end
        link_on_line = True
    parts.append(text[position:])
    return "".join(parts), [u.text for u in urls]


@text_cache(maxsize=32)
def _cleaned(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` cleaned and without its trailing hashtag lines, and those hashtags (the
    same for every channel, so each version is cleaned once per check)."""
    body, tags = split_trailing_tags(clean_text(text))
    return body, tuple(tags)


def build_section(
    text: str, language: str, profile: Profile, spec: ChannelSpec
) -> Section:
    body, cleaned_tags = _cleaned(text)
    tags = list(cleaned_tags)
    body = rewrite_mentions(body, profile, spec.id)
    links: list[str] = []
    if not spec.links_clickable:
        phrase = (spec.link_phrase.get(language) or spec.link_phrase.get("en")
                  or "link in bio")
        body, links = move_links(body, phrase, spec.link_note.get(language))
    return Section(language, body, tags, links)
