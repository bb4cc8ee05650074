"""The guideline engine: runs every enabled rule over a post and returns its findings.

Version rules are cached per (rule, text, language, context), so re-checking a post in
which one version changed only re-runs the rules on that version. An :class:`Engine` is
not thread-safe; use one per thread (the app keeps one in its checking worker).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from composer.i18n import normalise_ui_language
from composer.model import LANGUAGES, Finding, Post
from composer.profiles import Profile, load_profiles
from composer.rules import all_rules
from composer.rules.base import CheckContext, PostRule, Rule, VersionRule
from composer.settings import Settings

CACHE_SIZE = 512


class Engine:
    def __init__(self, rules: Iterable[Rule] | None = None) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules) if rules is not None else all_rules()
        self._cache: OrderedDict[tuple[Any, ...], tuple[Finding, ...]] = OrderedDict()

    def check(
        self,
        post: Post,
        *,
        ui_language: str | None = "en",
        profile: Profile | None = None,
        settings: Settings | None = None,
        families: Iterable[str] | None = None,
    ) -> list[Finding]:
        """All findings for ``post``, most severe first, then by language and position."""
        profiles = load_profiles()
        ctx = CheckContext(
            post=post,
            profile=profile or profiles.get(post.organisation),
            ui_language=normalise_ui_language(ui_language),
            settings=settings or Settings(),
            profile_set=profiles,
        )
        wanted = set(families) if families is not None else None
        findings: list[Finding] = []
        context_key = ctx.cache_key()
        for rule in self.rules:
            if wanted is not None and rule.family not in wanted:
                continue
            if not rule.enabled(ctx):
                continue
            if isinstance(rule, VersionRule):
                for language in LANGUAGES:
                    text = post.text(language)
                    if not text:
                        continue
                    key = (id(rule), language, text, context_key)
                    cached = self._cache.get(key)
                    if cached is None:
                        cached = tuple(rule.check_version(text, language, ctx))
                        self._cache[key] = cached
                        if len(self._cache) > CACHE_SIZE:
                            self._cache.popitem(last=False)
                    else:
                        self._cache.move_to_end(key)
                    findings.extend(cached)
            elif isinstance(rule, PostRule):
                findings.extend(rule.check_post(post, ctx))
        findings = [f for f in findings if ctx.profile.rule_enabled(f.rule)]
        findings.sort(key=Finding.sort_key)
        return findings


_default_engine: Engine | None = None


def check(post: Post, **kwargs: Any) -> list[Finding]:
    """Check ``post`` with a shared engine (for scripts and the CLI; not thread-safe)."""
    global _default_engine
    if _default_engine is None:
        _default_engine = Engine()
    return _default_engine.check(post, **kwargs)
