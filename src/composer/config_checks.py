"""Typed reading of user configuration (profiles, templates): every value is checked
against what it must be before it is used, and a wrong one is an error naming the file,
the key and its line.

A check is a function ``value -> converted value`` that raises :class:`Invalid` with a
plain description of what was expected. The checks compose (``list_of(STRING)``,
``table_of(table_of(STRING))``), so a new optional key is declared in one line::

    "feedback_channel": (optional(STRING), None),
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Check = Callable[[Any], Any]


class Invalid(ValueError):
    """A value that is not what its key needs; ``key`` is filled in on the way up."""

    def __init__(self, message: str, key: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.key = key


class ConfigError(Exception):
    """A configuration file that cannot be used: ``file:line: key: message``."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")


def STRING(value: Any) -> str:
    if not isinstance(value, str):
        raise Invalid(f"must be text, not {_kind(value)}")
    return value


def BOOLEAN(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid(f"must be true or false, not {_kind(value)}")
    return value


def NUMBER(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Invalid(f"must be a number, not {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    names = {str: "text", bool: "true/false", int: "a number", float: "a number",
             list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def optional(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


def one_of(choices: Iterable[str]) -> Check:
    allowed = tuple(choices)

    def check(value: Any) -> str:
        if value not in allowed:
            raise Invalid(f"must be one of {', '.join(allowed)}, not {value!r}"[:200])
        return value

    return check


def matching(pattern: str, description: str) -> Check:
    compiled = re.compile(pattern)

    def check(value: Any) -> str:
        if not isinstance(value, str) or not compiled.fullmatch(value):
            raise Invalid(f"{value!r} is not {description}"[:200])
        return value

    return check


def list_of(item: Check) -> Check:
    def check(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise Invalid(f"must be a list, not {_kind(value)}")
        result = []
        for index, element in enumerate(value):
            try:
                result.append(item(element))
            except Invalid as exc:
                raise Invalid(f"item {index + 1} {exc.message}", exc.key) from None
        return result

    return check


def table_of(item: Check, keys: Check | None = None) -> Check:
    def check(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid(f"must be a table, not {_kind(value)}")
        result = {}
        for key, element in value.items():
            if keys is not None:
                try:
                    keys(key)
                except Invalid as exc:
                    raise Invalid(exc.message, key) from None
            try:
                result[key] = item(element)
            except Invalid as exc:
                raise Invalid(exc.message, f"{key}.{exc.key}" if exc.key else key) from None
        return result

    return check


def line_of(text: str, key: str) -> int | None:
    """The line of dotted ``key`` in TOML ``text``: its last part under its table if found,
    else the table header or top-level key."""
    parts = key.split(".")
    position = None
    start = 0
    for depth in range(len(parts), 0, -1):
        header = re.compile(
            r"^[ \t]*\[+[ \t]*" + r"[ \t]*\.[ \t]*".join(re.escape(p) for p in parts[:depth])
            + r"[ \t]*\]",
            re.MULTILINE,
        )
        found = header.search(text)
        if found:
            start = found.end()
            position = found.start()
            rest = parts[depth:]
            if rest:
                leaf = re.compile(rf"^[ \t]*{re.escape(rest[0])}[ \t]*=", re.MULTILINE)
                leaf_found = leaf.search(text, start)
                if leaf_found:
                    position = leaf_found.start()
            break
    if position is None:
        top = re.search(rf"^[ \t]*{re.escape(parts[0])}[ \t]*=", text, re.MULTILINE)
        if top is None:
            return None
        position = top.start()
        if len(parts) > 1:
            leaf_match = re.search(rf"\b{re.escape(parts[-1])}\s*=", text[position:])
            if leaf_match:
                position += leaf_match.start()
    return text.count("\n", 0, position) + 1


class Reader:
    """The values of one parsed file, read key by key with checks; a wrong value raises
    :class:`ConfigError` with the file, the key and its line."""

    def __init__(
        self, path: Path, text: str, data: dict[str, Any],
        error: type[ConfigError] = ConfigError,
    ) -> None:
        self.path = path
        self.text = text
        self.data = data
        self._error = error

    def error(self, key: str, message: str) -> ConfigError:
        return self._error(self.path, f"{key}: {message}", line_of(self.text, key))

    def get(self, key: str, check: Check, default: Any = None) -> Any:
        """The checked value at dotted ``key`` (``rules.disabled``), or ``default``."""
        value: Any = self.data
        for part in key.split("."):
            if not isinstance(value, dict):
                raise self.error(key, "must be inside a table")
            if part not in value:
                return default
            value = value[part]
        try:
            return check(value)
        except Invalid as exc:
            full = f"{key}.{exc.key}" if exc.key else key
            raise self.error(full, exc.message) from None

    def read(self, keys: dict[str, tuple[Check, Any]]) -> dict[str, Any]:
        """Every key of a ``{key: (check, default)}`` table (dots become underscores)."""
        return {key.replace(".", "_"): self.get(key, check, default)
                for key, (check, default) in keys.items()}
