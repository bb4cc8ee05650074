"""The check pipeline: runs every enabled rule over a post and returns its findings, each
selected channel's export and each version's facts (:mod:`composer.pipeline`), each
computed once.

Version rules are cached per (rule, language, text, context): a version rule sees only
its own version, and the context key covers every other part of the post and the
settings it could read, so re-checking a post in which one version changed only re-runs
the rules on that version. Exports are cached per channel and everything an export reads
(the versions, the profile, the channel settings); version facts per text. An
:class:`Engine` is not thread-safe; use one per thread (the app keeps one in its checking
worker).
"""

from __future__ import annotations

import dataclasses
import json
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from composer.channels import UnknownChannelError
from composer.channels.export import ChannelExport, export_channel
from composer.i18n import normalise_ui_language
from composer.model import LANGUAGES, Finding, Post
from composer.pipeline import PipelineRequest, PipelineResult, VersionFacts, version_facts
from composer.profiles import Profile, load_profiles
from composer.rules import all_rules
from composer.rules.base import CheckContext, PostRule, Rule, VersionRule
from composer.settings import Settings

CACHE_SIZE = 512
EXPORT_CACHE_SIZE = 64
FACTS_CACHE_SIZE = 192

T = TypeVar("T")


def _cached(cache: OrderedDict[Any, T], key: Hashable, size: int, make: Callable[[], T]) -> T:
    """``cache[key]``, made with ``make`` when missing; the oldest entries beyond ``size``
    are dropped."""
    found = cache.get(key)
    if found is None:
        found = cache[key] = make()
        if len(cache) > size:
            cache.popitem(last=False)
    else:
        cache.move_to_end(key)
    return found


class Engine:
    def __init__(self, rules: Iterable[Rule] | None = None) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules) if rules is not None else all_rules()
        self._cache: OrderedDict[tuple[Any, ...], tuple[Finding, ...]] = OrderedDict()
        self._exports: OrderedDict[tuple[Any, ...], ChannelExport] = OrderedDict()
        self._facts: OrderedDict[tuple[str, str], VersionFacts] = OrderedDict()
        #: Called with each step's name: a rule family, "export", "facts" (the checking
        #: process reports where it is, for a check that takes too long).
        self.progress: Callable[[str], None] | None = None

    def check(
        self,
        post: Post,
        *,
        ui_language: str | None = "en",
        profile: Profile | None = None,
        settings: Settings | None = None,
        families: Iterable[str] | None = None,
        enforce: bool = False,
        publishing: bool = False,
        whole_post_only: bool = False,
    ) -> list[Finding]:
        """All findings for ``post``, most severe first, then by language and position.

        ``enforce``: run the ``families`` even where the profile or the settings disable
        them (the check before text leaves the machine cannot be switched off).
        ``publishing``: checked for export (see :attr:`CheckContext.publishing`).
        ``whole_post_only``: only the rules about the whole post, none that reads a
        version's text (quick enough to run anywhere)."""
        request = PipelineRequest(
            post, ui_language, settings or Settings(), profile,
            tuple(families) if families is not None else None, enforce, publishing,
        )
        return self._findings(request, self._context(request), whole_post_only)

    def run(self, request: PipelineRequest) -> PipelineResult:
        """The findings, every selected channel's export and every version's facts."""
        ctx = self._context(request)
        result = PipelineResult(request.post, self._findings(request, ctx))
        if self.progress is not None:
            self.progress("export")
        for channel in dict.fromkeys(request.post.channels):
            try:
                result.exports[channel] = ctx.export(channel)
            except UnknownChannelError as error:
                result.export_errors[channel] = str(error)
        if self.progress is not None:
            self.progress("facts")
        result.facts = {
            language: self._version_facts(request.post.text(language), language)
            for language in LANGUAGES
        }
        return result

    def _context(self, request: PipelineRequest) -> CheckContext:
        profiles = load_profiles()
        return CheckContext(
            post=request.post,
            profile=request.profile or profiles.get(request.post.organisation),
            ui_language=normalise_ui_language(request.ui_language),
            settings=request.settings,
            profile_set=profiles,
            exporter=self._export,
            publishing=request.publishing,
        )

    def _findings(self, request: PipelineRequest, ctx: CheckContext,
                  whole_post_only: bool = False) -> list[Finding]:
        post = request.post
        wanted = set(request.families) if request.families is not None else None
        findings: list[Finding] = []
        context_key = ctx.cache_key()
        versions: dict[str, CheckContext] = {}
        for rule in self.rules:
            if wanted is not None and rule.family not in wanted:
                continue
            if not (request.enforce or rule.enabled(ctx)):
                continue
            if self.progress is not None:
                self.progress(rule.family)
            if isinstance(rule, VersionRule):
                if whole_post_only:
                    continue
                for language in LANGUAGES:
                    text = post.text(language)
                    if not text:
                        continue
                    key = (id(rule), language, text, context_key)
                    cached = self._cache.get(key)
                    if cached is None:
                        if language not in versions:
                            versions[language] = self._version_context(ctx, language, text)
                        cached = tuple(rule.check_version(text, language, versions[language]))
                        self._cache[key] = cached
                        if len(self._cache) > CACHE_SIZE:
                            self._cache.popitem(last=False)
                    else:
                        self._cache.move_to_end(key)
                    findings.extend(cached)
            elif isinstance(rule, PostRule):
                findings.extend(rule.check_post(post, ctx))
        if not request.enforce:
            findings = [f for f in findings if ctx.profile.rule_enabled(f.rule)]
        findings = _one_finding_per_word(findings)
        findings.sort(key=Finding.sort_key)
        return findings

    @staticmethod
    def _version_context(ctx: CheckContext, language: str, text: str) -> CheckContext:
        """``ctx`` with a post of just the one version (all a version rule may read)."""
        post = dataclasses.replace(ctx.post, versions={language: text})
        return dataclasses.replace(ctx, post=post, exports={})

    def _export(self, post: Post, channel: str, ctx: CheckContext) -> ChannelExport:
        key = (
            channel,
            tuple(sorted(post.versions.items())),
            post.has_video(),  # TikTok's shorter caption for a video
            ctx.profile.id,
            id(ctx.profile),
            json.dumps(ctx.settings.channel_overrides, sort_keys=True),
        )
        return _cached(
            self._exports, key, EXPORT_CACHE_SIZE,
            lambda: export_channel(post, channel, settings=ctx.settings, profile=ctx.profile),
        )

    def _version_facts(self, text: str, language: str) -> VersionFacts:
        return _cached(
            self._facts, (language, text), FACTS_CACHE_SIZE,
            lambda: version_facts(text, language),
        )


_default_engine: Engine | None = None


#: Grammar findings that replace a word no dictionary knows with the right words (a
#: capital letter at a sentence's start is no such rewrite: the word stays unknown).
WORD_REWRITES = frozenset({"grammar.word-division"})


def _one_finding_per_word(findings: list[Finding]) -> list[Finding]:
    """``findings`` without a spelling finding on a word that a grammar finding rewrites
    ("ikäänkuin": "ikään kuin"): one problem, one card, the one that says how to fix it."""
    rewritten = {
        (f.language, f.start, f.end) for f in findings
        if f.rule in WORD_REWRITES and f.suggestions and f.start is not None
    }
    if not rewritten:
        return findings
    return [f for f in findings
            if not (f.family == "spelling" and (f.language, f.start, f.end) in rewritten)]


def check(post: Post, **kwargs: Any) -> list[Finding]:
    """Check ``post`` with a shared engine (for scripts and the CLI; not thread-safe)."""
    global _default_engine
    if _default_engine is None:
        _default_engine = Engine()
    return _default_engine.check(post, **kwargs)
