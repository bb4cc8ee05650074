"""Rule family `hashtag`: the organisation's official hashtags written right, in the right
version, and hashtags a screen reader can read.

- ``hashtag.misspelt``: a near miss of an official tag (a lost ä/ö/å, a letter missing or
  wrong): the tag does not join the organisation's feed. Letter case does not matter.
- ``hashtag.other-organisation``: another organisation's official tag.
- ``hashtag.wrong-language``: an official tag of another language version
  (``#pietarsaari`` in Jakobstad's Swedish text).
- ``hashtag.camelcase``: a multi-word tag in lower case (``#kesäkokkola``); capitals at
  word starts (``#KesäKokkola``) let screen readers read the words. An official tag is
  suggested in its official form; single words (compounds too) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from composer.entities import entities_of
from composer.hashtags import camel_case, fold, is_camel_case, misspelling_of
from composer.model import Finding, Severity
from composer.profiles import Hashtag, Profile, ProfileSet, load_profiles
from composer.rules.base import CheckContext, Rule, VersionRule

BASES = ("hashtags", "accounts", "caution")
SCREEN_READER_BASES = ("law:wcag-1-3-1", "accessibility")


def _other_organisations(
    profile: Profile, profiles: ProfileSet | None = None
) -> dict[str, tuple[Profile, Hashtag]]:
    """Folded official tags of the other organisations that are not also this one's."""
    own = {fold(h.tag) for h in profile.hashtags}
    found: dict[str, tuple[Profile, Hashtag]] = {}
    for other in (profiles or load_profiles()).profiles.values():
        if other.id == profile.id:
            continue
        for hashtag in other.hashtags:
            key = fold(hashtag.tag)
            if key not in own:
                found.setdefault(key, (other, hashtag))
    return found


def _counterparts(profile: Profile, hashtag: Hashtag, language: str) -> list[str]:
    """The official tags of ``language`` to use instead of ``hashtag``: the one at the
    same place in that language's list first (#pietarsaari ↔ #jakobstad)."""
    mine = [h.tag for h in profile.hashtags if h.language == language]
    theirs = [h for h in profile.hashtags if h.language == hashtag.language]
    index = theirs.index(hashtag) if hashtag in theirs else -1
    if 0 <= index < len(mine):
        return [mine[index], *(t for t in mine if t != mine[index])]
    return mine


class HashtagRule(VersionRule):
    family = "hashtag"

    def check_version(self, text: str, language: str, ctx: CheckContext) -> list[Finding]:
        tags = entities_of(text, "hashtag")
        if not tags:
            return []
        profile = ctx.profile
        official = {fold(h.tag): h for h in profile.hashtags}
        others = _other_organisations(profile, ctx.profiles)
        findings: list[Finding] = []
        for entity in tags:
            key = fold(entity.text)
            span: dict[str, Any] = {"language": language, "start": entity.start, "end": entity.end}
            if key in official:
                findings.extend(self._official(entity.text, official[key], language, span, ctx))
            elif key in others:
                other, _ = others[key]
                findings.append(ctx.finding(
                    "hashtag.other-organisation", Severity.WARNING, BASES, **span,
                    suggestions=[h.tag for h in profile.official_hashtags(language)],
                    tag=entity.text, organisation=other.name(ctx.ui_language),
                    own=profile.name(ctx.ui_language),
                ))
            elif (near := misspelling_of(entity.text, profile.hashtags)) is not None:
                findings.append(ctx.finding(
                    "hashtag.misspelt", Severity.WARNING, BASES, **span,
                    suggestions=[near.tag], tag=entity.text, official=near.tag,
                ))
            elif (camel := camel_case(entity.text, _languages(language))) is not None:
                findings.append(ctx.finding(
                    "hashtag.camelcase", Severity.INFO, SCREEN_READER_BASES, **span,
                    suggestions=[camel], tag=entity.text, suggestion=camel,
                ))
        return findings

    def _official(
        self, written: str, hashtag: Hashtag, language: str, span: dict, ctx: CheckContext
    ) -> Iterator[Finding]:
        profile = ctx.profile
        if (
            hashtag.language is not None
            and hashtag.language != language
            and any(h.language == language for h in profile.hashtags)
        ):
            yield ctx.finding(
                "hashtag.wrong-language", Severity.INFO, BASES, **span,
                suggestions=_counterparts(profile, hashtag, language),
                tag=written, other_language=hashtag.language,
            )
        elif written != hashtag.tag and is_camel_case(hashtag.tag):
            yield ctx.finding(
                "hashtag.camelcase", Severity.INFO, SCREEN_READER_BASES, **span,
                suggestions=[hashtag.tag], tag=written, suggestion=hashtag.tag,
            )


def _languages(language: str) -> tuple[str, ...]:
    """Dictionaries to find a tag's words with: the version's language, then English."""
    return (language,) if language == "en" else (language, "en")


RULES: list[Rule] = [HashtagRule()]
