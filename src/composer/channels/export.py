"""Ready-to-paste text per channel, built from a post's language versions.

The versions come in the organisation's language order (Jakobstad: Swedish first;
Kokkola and Naantali: Finnish first; English last), separated by a line with an em dash
between blank lines (``[export] language_separator`` in ``resources/channels.toml``).
The hashtags on each version's trailing hashtag lines are gathered once at the end
(tags that differ by language are all kept, duplicates written once), within the
channel's hashtag limit, official hashtags first. The organisation's own @mentions are
written as the channel's handle; on channels whose links are not clickable each link is
replaced in place by words in the version's language saying where it went ("linkki
profiilissa", "länk i profilen", "link in bio"), so every sentence still reads. The
text is clean (see :mod:`composer.channels.clean`).

Exporting is a pure step, post to text: what the export had to do (a thread, hashtags
left out, links moved) comes with it as :class:`ExportNote` data, which the ``channel``
rule (:mod:`composer.rules.channel`) reports as findings in the user's language.

When the text does not fit: on X, Bluesky, Threads and Mastodon it becomes one post per
language when each fits, else a numbered thread (:mod:`composer.channels.split`); on the
other channels the export keeps one post and reports by how much it is over.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from composer.channels.compose import Section, build_section, inline_tags, tag_key
from composer.channels.counting import (
    count_spec,
    grapheme_length,
    invalid_characters,
    utf8_length,
    within_limits,
)
from composer.channels.keyinfo import KINDS, cut_index, late_kinds, shown_before
from composer.channels.pieces import PieceCounter
from composer.channels.spec import ChannelSpec, get_spec
from composer.channels.split import number_part, split_spans
from composer.entities import entities, placeholders
from composer.model import LANGUAGES, Post, Severity
from composer.profiles import Profile, get_profile
from composer.resources import load_toml
from composer.safe_io import Written, without_lone_surrogates, write_atomic
from composer.settings import Settings

LENGTH_BASES = ("accounts",)
HASHTAG_BASES = ("hashtags", "accounts")
LINK_BASES = ("links", "accounts")
CUT_BASES = ("accessibility", "law:municipal-act")


@dataclass(frozen=True)
class ExportNote:
    """Something the export did or could not do, for the ``channel`` rule to report:
    ``rule`` (``channel.length`` ...), its message ``key`` in
    ``resources/messages/channel.toml``, severity, guideline bases, the span in a version
    when there is one, and the message parameters."""

    rule: str
    key: str
    severity: Severity
    bases: tuple[str, ...]
    language: str | None = None
    start: int | None = None
    end: int | None = None
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ChannelExport:
    """The text(s) to paste into one channel, their lengths and what the export noted."""

    channel: str
    posts: list[str]
    lengths: list[int]
    limit: int
    notes: list[ExportNote] = field(default_factory=list)
    #: Links moved out of the text (channels whose links are not clickable).
    links: list[str] = field(default_factory=list)
    #: "single", "per-language" or "thread".
    mode: str = "single"

    def to_dict(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "posts": list(self.posts),
            "lengths": list(self.lengths),
            "limit": self.limit,
        }


@cache
def _export_settings() -> tuple[str, str]:
    table = load_toml("channels.toml").get("export", {})
    return table.get("language_separator", "—"), table.get("numbering", "{number}/{total}")


def language_separator() -> str:
    """The text between two language versions (blank line, separator line, blank line)."""
    return f"\n\n{_export_settings()[0]}\n\n"


def export_languages(post: Post, profile: Profile) -> list[str]:
    """The written languages in the organisation's order, any others after them."""
    written = post.written_languages()
    order = [lang for lang in profile.language_order if lang in written]
    return order + [lang for lang in LANGUAGES if lang in written and lang not in order]


class _Notes:
    """Collects an export's notes."""

    def __init__(self) -> None:
        self.found: list[ExportNote] = []

    def add(
        self,
        rule: str,
        key: str,
        severity: Severity,
        bases: tuple[str, ...],
        *,
        language: str | None = None,
        start: int | None = None,
        end: int | None = None,
        **params: Any,
    ) -> None:
        self.found.append(ExportNote(rule, key, severity, bases, language, start, end, params))


def _ordered_tags(sections: list[Section], profile: Profile) -> list[str]:
    """Trailing hashtags of all versions, each once, official ones first."""
    seen: set[str] = set()
    tags: list[str] = []
    for section in sections:
        for tag in section.tags:
            if tag_key(tag) not in seen:
                seen.add(tag_key(tag))
                tags.append(tag)
    official = {tag_key(h.tag) for h in profile.hashtags}
    return sorted(tags, key=lambda tag: tag_key(tag) not in official)


def _join(bodies: list[str], tags: list[str]) -> str:
    text = language_separator().join(body for body in bodies if body)
    if tags:
        text = f"{text}\n\n{' '.join(tags)}" if text else " ".join(tags)
    return text


def _language_post(section: Section, spec: ChannelSpec, profile: Profile) -> str:
    """One language version as a post of its own, with its own hashtags."""
    inline = {tag_key(t) for t in inline_tags(section.body)}
    tags = [t for t in _ordered_tags([section], profile) if tag_key(t) not in inline]
    if spec.hashtag_limit is not None:
        tags = tags[: max(0, spec.hashtag_limit - len(inline))]
    return _join([section.body], tags)


def _unique_links(text: str) -> int:
    return len({e.text.casefold() for e in entities(text) if e.kind == "url"})


def _within(text: str, length: int, spec: ChannelSpec) -> bool:
    """:func:`fits` for ``text`` already counted as ``length``."""
    if length > spec.max_length:
        return False
    return spec.max_bytes is None or utf8_length(text) <= spec.max_bytes


def _length_findings(
    findings: _Notes, spec: ChannelSpec, combined: str, length: int, posts: list[str],
    lengths: list[int], mode: str,
) -> None:
    if mode in ("thread", "per-language"):
        findings.add(
            "channel.length", mode, Severity.INFO, LENGTH_BASES,
            length=length, limit=spec.max_length, parts=len(posts),
        )
        for number, (post, part_length) in enumerate(zip(posts, lengths, strict=True), 1):
            if not _within(post, part_length, spec):
                findings.add(
                    "channel.length", "length-part", Severity.ERROR, LENGTH_BASES,
                    part=number, length=part_length, limit=spec.max_length,
                )
        return
    if length > spec.max_length:
        findings.add(
            "channel.length", "length", Severity.ERROR, LENGTH_BASES,
            length=length, limit=spec.max_length, over=length - spec.max_length,
        )
    elif spec.max_bytes is not None and utf8_length(combined) > spec.max_bytes:
        size = utf8_length(combined)
        findings.add(
            "channel.length", "length-bytes", Severity.ERROR, LENGTH_BASES,
            length=size, limit=spec.max_bytes, over=size - spec.max_bytes,
        )


def _without_boilerplate(text: str, profile: Profile) -> str:
    """``text`` with a template's unfilled blanks and the organisation's standing feedback
    address as spaces (same length, so positions hold): "[00.00–00.00]" is no time a
    reader must see, and "Palautetta voi antaa … kartta.kokkola.fi/eFeedback" at the end
    is no link the post is about."""
    spans = list(placeholders(text))
    address = profile.feedback_channel
    if address:
        folded, wanted = text.casefold(), address.casefold()
        found = folded.find(wanted)
        while found >= 0 and len(folded) == len(text):
            spans.append((found, found + len(wanted)))
            found = folded.find(wanted, found + len(wanted))
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _cut_findings(
    findings: _Notes, spec: ChannelSpec, post: Post, sections: list[Section], profile: Profile
) -> None:
    """Key information that a version has only after the feed's "See more" cut, each
    version judged by its own start (a reader of either language starts reading at the
    top of their version), with the first late item's position. A link is no such item
    where the feed shows it as a preview card (a post without an image or video on a
    channel with ``link_preview``).

    A note, not a warning: "key information first" is the guidelines' advice on writing
    for the feed, and a reader who opens "See more" finds it all. On 414 realistic
    municipal posts written to put it first, a warning where no date, time or weekday
    came before the cut still fell on 77 (19 %), mostly on long posts whose first date
    is a deadline near the end, which no rule tells from a date the reader needs."""
    if spec.feed_cut is None and spec.feed_cut_lines is None:
        return
    for section in sections:
        text = _without_boilerplate(post.text(section.language), profile)
        cut = cut_index(text, spec.feed_cut, spec.feed_cut_lines)
        if cut is None:
            continue
        late = late_kinds(text, cut, post.publishing_day().year, section.language)
        if spec.link_preview and not post.media:
            late.pop("link", None)  # shown as a preview card under the text
        if not late:
            continue
        kinds = [kind for kind in KINDS if kind in late]
        item = late[kinds[0]]
        findings.add(
            "channel.cut", "cut", Severity.INFO, CUT_BASES,
            language=section.language, start=item.start, end=item.end,
            cut=_shown_characters(text, cut, spec), kinds=kinds,
        )


def _shown_characters(text: str, cut: int, spec: ChannelSpec) -> int:
    """How many characters of ``text`` the feed shows before its cut at ``cut``: the
    channel's ``feed_cut`` where that made the cut, else (a post of short lines, cut by
    ``feed_cut_lines``) the characters of the lines shown, as the preview draws them
    (:func:`composer.channels.keyinfo.shown_cut`)."""
    if spec.feed_cut is not None and grapheme_length(text[:cut]) >= spec.feed_cut:
        return spec.feed_cut
    return grapheme_length(text[:shown_before(text, cut)])


def _character_name(ch: str) -> str:
    """A refused character as a person can read it: itself if visible, else U+XXXX."""
    return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"


def _character_findings(
    findings: _Notes, spec: ChannelSpec, post: Post, combined: str
) -> None:
    """Characters the network refuses (X: twitter-text's invalid ones; YouTube: < >),
    pointed at in the first version that has one."""
    refused = invalid_characters(combined, spec)
    if not refused:
        return
    language = start = end = None
    for lang in LANGUAGES:
        text = post.text(lang)
        positions = [i for i in (text.find(ch) for ch in refused) if i >= 0]
        if positions:
            language, start = lang, min(positions)
            end = start + 1
            break
    findings.add(
        "channel.characters", "characters", Severity.ERROR, LENGTH_BASES,
        language=language, start=start, end=end,
        characters=" ".join(_character_name(ch) for ch in refused),
    )


def export_channel(
    post: Post,
    channel: str,
    *,
    settings: Settings | None = None,
    profile: Profile | None = None,
) -> ChannelExport:
    """The ready-to-paste post(s) for ``channel``.

    Raises :class:`composer.channels.UnknownChannelError` for an unknown channel and
    :class:`composer.profiles.UnknownOrganisation` for an unknown organisation.
    """
    spec = get_spec(channel, settings).for_post(post.has_video())
    profile = profile or get_profile(post.organisation)
    findings = _Notes()
    sections = [
        build_section(post.text(lang), lang, profile, spec)
        for lang in export_languages(post, profile)
    ]
    sections = [s for s in sections if s.body or s.tags]
    bodies = [s.body for s in sections]

    # Hashtags: trailing ones once at the end, within the limit.
    inline = {tag_key(t) for body in bodies for t in inline_tags(body)}
    tags = [t for t in _ordered_tags(sections, profile) if tag_key(t) not in inline]
    total_tags = len(inline) + len(tags)
    if spec.hashtag_limit is not None and total_tags > spec.hashtag_limit:
        # Writers count hashtags per version; the post carries them all.
        findings.add(
            "channel.hashtags", "hashtags-versions" if len(sections) > 1 else "hashtags",
            Severity.WARNING, HASHTAG_BASES, limit=spec.hashtag_limit, count=total_tags,
        )
        room = max(0, spec.hashtag_limit - len(inline))
        if len(tags) > room:
            left_out = tags[room:]
            tags = tags[:room]
            findings.add(
                "channel.hashtags", "hashtags-left-out", Severity.INFO, HASHTAG_BASES,
                limit=spec.hashtag_limit, tags=" ".join(left_out),
            )

    combined = _join(bodies, tags)
    # A channel that may thread counts the text's pieces from one reading of it.
    counter = PieceCounter(combined, spec) if spec.thread and combined else None
    length = counter.count(0, len(combined), "") if counter else count_spec(combined, spec)
    posts = [combined] if combined else []
    lengths = [length] if combined else []
    mode = "single"
    if counter is not None and not _within(combined, length, spec):
        per_language = [_language_post(s, spec, profile) for s in sections]
        per_language = [p for p in per_language if p]
        per_lengths: list[int] = []
        for text in per_language:  # counted until one does not fit
            per_lengths.append(count_spec(text, spec))
            if not _within(text, per_lengths[-1], spec):
                break
        if len(per_language) > 1 and len(per_lengths) == len(per_language) and _within(
            per_language[-1], per_lengths[-1], spec
        ):
            posts, lengths, mode = per_language, per_lengths, "per-language"
        else:
            posts, lengths = _thread(combined, spec, counter)
            mode = "thread"
    _length_findings(findings, spec, combined, length, posts, lengths, mode)
    _character_findings(findings, spec, post, combined)

    if spec.max_links is not None:
        for number, text in enumerate(posts, 1):
            links = _unique_links(text)
            if links > spec.max_links:
                findings.add(
                    "channel.links", "links", Severity.ERROR, LINK_BASES,
                    limit=spec.max_links, part=number, count=links,
                )
    moved = [link for s in sections for link in s.links]
    if moved:
        first_language = next(s.language for s in sections if s.links)
        findings.add(
            "channel.links", "links-moved", Severity.INFO, LINK_BASES,
            note_language=first_language, links=", ".join(dict.fromkeys(moved)),
        )
    if posts and mode == "single":
        _cut_findings(findings, spec, post, sections, profile)

    return ChannelExport(
        channel=spec.id,
        posts=posts,
        lengths=lengths,
        limit=spec.max_length,
        notes=findings.found,
        links=list(dict.fromkeys(moved)),
        mode=mode,
    )


def _thread(
    combined: str, spec: ChannelSpec, counter: PieceCounter
) -> tuple[list[str], list[int]]:
    """``combined`` as a numbered thread, and each part's length (``counter`` counts
    pieces of ``combined``)."""
    separator, numbering = _export_settings()
    counters: list[PieceCounter] = []

    def piece_fits(text: str) -> Callable[[int, int, str], bool]:
        counters.append(counter if text is combined else PieceCounter(text, spec))
        return counters[-1].fits

    text, spans = split_spans(
        combined, lambda text: within_limits(text, spec), separator=separator, numbering=numbering,
        piece_fits=piece_fits,
    )
    total = len(spans)
    posts: list[str] = []
    lengths: list[int] = []
    for number, (start, end) in enumerate(spans, 1):
        posts.append(number_part(text[start:end], number, total, numbering))
        suffix = posts[-1][end - start :]
        lengths.append(counters[0].count(start, end, suffix))
    return posts, lengths


#: Written between the parts of a thread in a text file and on the command line.
PART_SEPARATOR = "\n---\n"


def export_text(export: ChannelExport) -> str:
    """The export as one text: the posts separated by a line ``---``."""
    return PART_SEPARATOR.join(export.posts)


def write_export_files(
    exports: Mapping[str, ChannelExport], folder: Path, *, name: str = "post",
    overwrite: bool = False,
) -> list[Written]:
    """One UTF-8 text file per export in ``folder``, named after the post
    (``<name>-x.txt`` ..., see :mod:`composer.channels.files`), each written atomically,
    readable by its owner only, replacing (never writing through) a link or a FIFO in
    its place: what was written and what it replaced. Without ``overwrite`` nothing is
    written when any of the files is already there
    (:class:`~composer.channels.files.ExportFilesExist`)."""
    from composer.channels.files import ExportFilesExist, existing, export_paths, file_stem

    folder.mkdir(parents=True, exist_ok=True)
    paths = export_paths(folder, file_stem(name), exports)
    if not overwrite:
        there = existing(paths.values())
        if there:
            raise ExportFilesExist(there)
    written = []
    for channel, export in exports.items():
        data = without_lone_surrogates(export_text(export) + "\n").encode("utf-8")
        written.append(write_atomic(paths[channel], data))
    return written


def write_exports(
    exports: Mapping[str, ChannelExport], folder: Path, *, name: str = "post",
    overwrite: bool = False,
) -> list[Path]:
    """:func:`write_export_files`: the paths written."""
    return [item.path for item in write_export_files(exports, folder, name=name,
                                                     overwrite=overwrite)]
