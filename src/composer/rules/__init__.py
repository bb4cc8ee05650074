"""The rule families. Each module defines ``RULES``, a list of rule instances."""

from __future__ import annotations

import importlib
from functools import cache

from composer.rules.base import CheckContext, PostRule, Rule, VersionRule

#: Rule family modules, in reporting order.
RULE_MODULES: tuple[str, ...] = (
    "personal_data",
    "confidential",
    "security",
    "tone",
    "facts",
    "calendar",
    "opinion",
    "language",
    "consistency",
    "link",
    "hashtag",
    "media",
    "accessibility",
    "spelling",
    "grammar",
    "channel",
)


@cache
def all_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for name in RULE_MODULES:
        module = importlib.import_module(f"composer.rules.{name}")
        rules.extend(module.RULES)
    return tuple(rules)


__all__ = ["CheckContext", "PostRule", "Rule", "VersionRule", "all_rules"]
