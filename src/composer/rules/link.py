"""Rule family `link`: links a reader can trust and click.

- ``link.insecure``: a plain ``http://`` link; the suggestion is the ``https://`` form.
- ``link.shortener``: a link shortener (bit.ly, tinyurl.com ... list in
  ``resources/wordlists/link.toml``) hides where the link goes; the guidelines warn about
  links carrying viruses.
- ``link.platform-wrapper``: a network's own link wrapper (t.co, lnkd.in, fb.me), copied
  with a post from that network: the network checks where its links go, so it is a note
  (the reader still cannot see the address), not a warning.
- ``link.not-clickable``: a link in a post for a selected channel whose text links are
  not clickable (Instagram, TikTok, Pinterest: ``links_clickable`` in the channel spec).
- ``link.feedback-channel``: the post asks for feedback but points elsewhere than the
  organisation's official feedback channel (Kokkola: kartta.kokkola.fi/eFeedback).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from composer.channels import get_spec
from composer.entities import Entity, entities, is_web_address, web_addresses, words
from composer.model import Finding, Severity
from composer.morphology import MorphologyUnavailable, voikko
from composer.resources import load_toml
from composer.rules.base import CheckContext, Rule, VersionRule

TRUST_BASES = ("links", "security", "caution")
CHANNEL_BASES = ("links", "accounts", "caution")


@cache
def _wordlist() -> dict:
    return load_toml("wordlists", "link.toml")


def host_of(url: str) -> str:
    """The host of ``url`` in lower case without ``www.``; ``url`` may lack a scheme."""
    if "://" not in url:
        url = "http://" + url
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def links(text: str) -> list[Entity]:
    """Every web address in ``text`` (scheme optional, as X finds them), in text order."""
    return web_addresses(text)


def _is_feedback_word(word: str, language: str, stems: list[str]) -> bool:
    lower = word.lower()
    if language != "fi":
        return lower.startswith(tuple(stems))
    # Inflection changes a stem's end (palaute → palautteen): look for its beginning.
    if not any(stem[:6] in lower for stem in stems):
        return False
    try:
        analyses = voikko().analyze(word)
    except MorphologyUnavailable:
        analyses = []
    if not analyses:
        return lower.startswith(tuple(stems))
    return any(f"({stem})" in a.get("WORDBASES", "") for a in analyses for stem in stems)


class LinkRule(VersionRule):
    family = "link"

    def check_version(self, text: str, language: str, ctx: CheckContext) -> list[Finding]:
        if "." not in text:
            return []
        found = links(text)
        findings: list[Finding] = []
        if found:
            findings.extend(self._trust(found, language, ctx))
            findings.extend(self._not_clickable(found, language, ctx))
        findings.extend(self._feedback(text, language, ctx))
        return findings

    def _trust(self, found: list[Entity], language: str, ctx: CheckContext) -> Iterator[Finding]:
        shorteners = set(_wordlist().get("shorteners", []))
        wrappers: dict[str, str] = _wordlist().get("platform-wrappers", {})
        for link in found:
            span: dict[str, Any] = {"language": language, "start": link.start, "end": link.end}
            if link.text[:7].lower() == "http://":
                yield ctx.finding(
                    "link.insecure", Severity.WARNING, TRUST_BASES, **span,
                    suggestions=["https://" + link.text[7:]],
                )
            host = host_of(link.text)
            # "bit.ly" alone in a sentence names the service; a short link has a path.
            if host in shorteners and ("/" in link.text.split("://", 1)[-1]
                                       or "://" in link.text):
                network = wrappers.get(host)
                if network is not None:
                    yield ctx.finding(
                        "link.platform-wrapper", Severity.INFO, TRUST_BASES, **span,
                        host=host, network=network,
                    )
                    continue
                yield ctx.finding(
                    "link.shortener", Severity.WARNING, TRUST_BASES, **span, host=host,
                )

    def _not_clickable(
        self, found: list[Entity], language: str, ctx: CheckContext
    ) -> Iterator[Finding]:
        names = []
        phrase = ""
        for channel in ctx.post.channels:
            try:
                spec = get_spec(channel, ctx.settings)
            except KeyError:
                continue
            if not spec.links_clickable:
                names.append(spec.name)
                # What to write in this version ("linkki profiilissa" in the Finnish
                # one, whatever the window's language).
                phrase = phrase or spec.link_phrase.get(language, "")
        if not names:
            return
        for link in found:
            yield ctx.finding(
                "link.not-clickable", Severity.WARNING, CHANNEL_BASES, language=language,
                start=link.start, end=link.end, channels=", ".join(names),
                phrase=phrase or "link in bio",
            )

    def _feedback(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        official = ctx.profile.feedback_channel
        stems = _wordlist().get("feedback", {}).get(language, [])
        if not official or not stems:
            return
        folded = text.casefold()
        official_host = host_of(official)
        if official.casefold() in folded or (official_host and official_host in folded):
            return
        if not any(stem[:6].casefold() in folded for stem in stems):
            return
        asks = [s for s, _, w in words(text) if _is_feedback_word(w, language, stems)]
        if not asks:
            return
        channels = [e for e in entities(text)
                    if e.kind == "email" or (e.kind == "url" and is_web_address(e))]
        if not channels:
            return
        # The channel given nearest to the (first) request for feedback.
        nearest = min(channels, key=lambda e: abs(e.start - asks[0]))
        yield ctx.finding(
            "link.feedback-channel", Severity.INFO, ("feedback",), language=language,
            start=nearest.start, end=nearest.end, suggestions=[official],
            organisation=ctx.profile.name(ctx.ui_language), channel=official,
        )


RULES: list[Rule] = [LinkRule()]
