"""Rule family `channel` (not written yet)."""

from composer.rules.base import Rule

RULES: list[Rule] = []
