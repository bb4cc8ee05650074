"""The pieces of a channel's text: each language version cleaned, its trailing hashtag
lines taken apart, the organisation's own @mentions written as the channel's handle, and,
where links are not clickable, links moved out with a note saying where they went.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from composer.channels.clean import clean_text
from composer.channels.spec import ChannelSpec
from composer.entities import entities
from composer.profiles import Profile

_HASHTAG_LINE = regex.compile(r"^(?:#[^\s#]+[ \t]*)+$")
_SPACE_BEFORE_PUNCT = regex.compile(r"[ \t]+(?=[.,;:!?)\]])")
_EMPTY_BRACKETS = regex.compile(r"\(\s*\)|\[\s*\]")
_ONLY_PUNCT = regex.compile(r"^[\s\p{P}\p{S}]*$")
_SPACES = regex.compile(r"[ \t]{2,}")
_BLANK_LINES = regex.compile(r"\n{3,}")


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
    if target is None:
        return text
    if not target.startswith("@"):
        target = "@" + target
    handles = own_handles(profile)
    for mention in reversed([e for e in entities(text) if e.kind == "mention"]):
        if mention.text.lstrip("@").casefold() in handles:
            text = text[: mention.start] + target + text[mention.end :]
    return text


def move_links(text: str, note: str) -> tuple[str, list[str]]:
    """Remove the links of ``text``; say where they went with ``note``.

    A line like "Read more: <link>" becomes "Read more: link in bio."; otherwise the note
    is added as the last line.
    """
    urls = [e for e in entities(text) if e.kind == "url"]
    if not urls:
        return text, []
    inline_note = note[:1].lower() + note[1:]
    needs_line = False
    lines_out: list[str] = []
    position = 0
    for line in text.split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        here = [u for u in urls if line_start <= u.start < line_end]
        if not here:
            lines_out.append(line)
            continue
        for url in reversed(here):
            line = line[: url.start - line_start] + line[url.end - line_start :]
        line = _EMPTY_BRACKETS.sub("", line)
        line = _SPACE_BEFORE_PUNCT.sub("", _SPACES.sub(" ", line)).strip()
        if _ONLY_PUNCT.match(line):
            needs_line = True
            continue
        if line.endswith(":"):
            lines_out.append(f"{line} {inline_note}")
        else:
            lines_out.append(line)
            needs_line = True
    body = "\n".join(lines_out).strip()
    body = _BLANK_LINES.sub("\n\n", body)
    if needs_line:
        body = f"{body}\n\n{note}" if body else note
    return body, [u.text for u in urls]


@lru_cache(maxsize=32)
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
        note = spec.link_note.get(language) or spec.link_note.get("en") or "Link in bio."
        body, links = move_links(body, note)
    return Section(language, body, tags, links)
