"""Rule family `link-language`: a link to a page in another language than the version.

A Swedish version that links to the Finnish page of a bilingual site (the address shows
it: ``/fi/``, ``?lang=fi``, ``fi.``-subdomains; patterns in
``resources/wordlists/link-language.toml``, and the organisation's own sites' patterns in
its profile's ``[link_language]``) sends Swedish readers to Finnish text, and the reverse.
Where the language is a query parameter (``?lang=fi``), the same address with the
version's language is the fix. In an English version it is advice only (info): many pages
have no English version to link to.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

import regex

from composer.entities import entities
from composer.model import Finding, Severity
from composer.resources import load_toml
from composer.rules.base import CheckContext, Rule, VersionRule

FAMILY = "link-language"
BASES = ("language", "law:language-act")
#: How a link to another language's page counts in each version.
SEVERITY = {"fi": Severity.WARNING, "sv": Severity.WARNING, "en": Severity.INFO}


@cache
def _builtin() -> tuple[tuple[regex.Pattern[str], bool], ...]:
    return tuple((regex.compile(p["regex"], regex.IGNORECASE), bool(p.get("swap", False)))
                 for p in load_toml("wordlists", "link-language.toml")["pattern"])


@cache
def _site_patterns(patterns: tuple[tuple[str, tuple[str, ...]], ...]
                   ) -> tuple[tuple[regex.Pattern[str], str], ...]:
    return tuple((regex.compile(p, regex.IGNORECASE), lang)
                 for lang, items in patterns for p in items)


def page_language(url: str, site_patterns: Any = ()) -> tuple[str, str | None] | None:
    """The language an address shows and the address with ``{lang}`` where its marker is
    (``None`` when the marker cannot simply be swapped); ``None`` if it shows none."""
    address = url.split("://", 1)[-1]
    for pattern, lang in _site_patterns(tuple(site_patterns)):
        if pattern.search(address):
            return lang, None
    for pattern, swap in _builtin():
        found = pattern.search(address)
        if found:
            marker = found.group()
            replaced = marker.replace(found.group("lang"), "\0", 1)
            template = url.replace(marker, replaced.replace("\0", "{lang}"), 1)
            return found.group("lang").lower(), template if swap else None
    return None


def _profile_patterns(ctx: CheckContext) -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = getattr(ctx.profile, "link_language", None) or {}
    return tuple((lang, tuple(items)) for lang, items in sorted(table.items()))


class LinkLanguageRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        if language not in SEVERITY or "." not in text:
            return
        patterns = _profile_patterns(ctx)
        for link in entities(text):
            if link.kind != "url":
                continue
            shown = page_language(link.text, patterns)
            if shown is None or shown[0] == language:
                continue
            page, template = shown
            fix = template.format(lang=language) if template and "{" not in link.text else None
            yield ctx.finding(
                f"{FAMILY}.wrong-page", SEVERITY[language], BASES, language=language,
                start=link.start, end=link.end, suggestions=[fix] if fix else [],
                other_language=page,
            )


RULES: list[Rule] = [LinkLanguageRule()]
