"""The rule families, in reporting order, and the rule ids each family reports.

A family is either code, a module ``composer.rules.<module>`` that defines ``RULES`` (a
list of rule instances), or data: a word-list family without a module is built from its
TOML files alone (:mod:`composer.rules.wordlist`). Either way the family's rule ids are
the rule tables of ``resources/messages/<family>.toml``, defined there once. How to add a
family: ``docs/rule-families.md``.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import cache

from composer.resources import load_toml
from composer.rules.base import Rule

#: Rule families (as module names: ``personal_data`` is family ``personal-data``), in
#: reporting order.
RULE_MODULES: tuple[str, ...] = (
    "personal_data",
    "confidential",
    "placeholder",
    "security",
    "tone",
    "facts",
    "calendar",
    "opinion",
    "language",
    "consistency",
    "terms",
    "link",
    "link_language",
    "hashtag",
    "media",
    "accessibility",
    "spelling",
    "grammar",
    "plain_language",
    "channel",
)


def family_name(module: str) -> str:
    """The family a rule module name stands for (``personal_data`` → ``personal-data``)."""
    return module.replace("_", "-")


def families() -> tuple[str, ...]:
    """Every rule family, in reporting order."""
    return tuple(family_name(m) for m in RULE_MODULES)


@cache
def rule_ids(family: str) -> tuple[str, ...]:
    """The rule ids (``family.name``) of ``family``: the tables of its messages file that
    are messages of their own (a table with ``rule = "<name>"`` is another message of
    that rule, and a table without an English text is not a message)."""
    table = load_toml("messages", f"{family}.toml")
    return tuple(
        f"{family}.{name}"
        for name, entry in table.items()
        if isinstance(entry, dict) and "en" in entry and "rule" not in entry
    )


def is_data_family(module: str) -> bool:
    """Whether the family has no code of its own (a word-list family made of data)."""
    return importlib.util.find_spec(f"composer.rules.{module}") is None


def all_rules() -> tuple[Rule, ...]:
    """New instances of every family's rules (an engine's rules keep no state that
    another engine could see)."""
    from composer.rules.wordlist import WordListRule

    rules: list[Rule] = []
    for name in RULE_MODULES:
        if is_data_family(name):
            rules.append(WordListRule(family_name(name)))
            continue
        module = importlib.import_module(f"composer.rules.{name}")
        rules.extend(type(rule)() for rule in module.RULES)
    return tuple(rules)
