"""Organisation profiles: languages, official hashtags, accounts and guideline points.

Built-in profiles live in ``resources/profiles/*.toml``; a user can add their own (or
override a built-in one) as TOML files in ``<user config dir>/profiles/``. A broken user
profile is reported with its file and line and the others keep working.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from composer.model import CHANNELS, LANGUAGES
from composer.resources import resource_path


class ProfileError(Exception):
    """A profile file that cannot be used; the message names the file and line."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")


class UnknownOrganisation(KeyError):
    """No profile with that id."""

    def __init__(self, org_id: str, known: Iterable[str]) -> None:
        self.org_id = org_id
        self.known = sorted(known)
        super().__init__(org_id)

    def __str__(self) -> str:
        return f"unknown organisation {self.org_id!r} (known: {', '.join(self.known)})"


@dataclass(frozen=True)
class Hashtag:
    """An official hashtag; ``language`` is a post language or ``None`` for all."""

    tag: str
    language: str | None

    def applies_to(self, language: str) -> bool:
        return self.language is None or self.language == language


@dataclass(frozen=True)
class Account:
    """The organisation's own account on one channel."""

    channel: str
    name: str
    handle: str | None = None


@dataclass(frozen=True)
class GuidelinePoint:
    """A point of the organisation's guideline: its section heading and a verbatim quote."""

    key: str
    section: str
    quote: str


@dataclass
class Profile:
    id: str
    names: dict[str, str]
    required_languages: list[str]
    optional_languages: list[str]
    hashtags: list[Hashtag] = field(default_factory=list)
    accounts: dict[str, Account] = field(default_factory=dict)
    points: dict[str, GuidelinePoint] = field(default_factory=dict)
    disabled_rules: frozenset[str] = frozenset()
    words: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    feedback_channel: str | None = None
    guideline_file: Path | None = None
    guideline_language: str = "fi"
    source: Path | None = None
    builtin: bool = True
    #: Address patterns (regular expressions) of the organisation's own sites that show a
    #: page's language, per language (the `link-language` rules; optional).
    link_language: dict[str, list[str]] = field(default_factory=dict)
    #: Plain-language thresholds that differ from resources/plain-language.toml (optional).
    plain_language: dict[str, Any] = field(default_factory=dict)

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.id

    @property
    def language_order(self) -> list[str]:
        """Required languages in the organisation's order, then the optional ones."""
        return [*self.required_languages, *self.optional_languages]

    def official_hashtags(self, language: str | None = None) -> list[Hashtag]:
        if language is None:
            return list(self.hashtags)
        return [h for h in self.hashtags if h.applies_to(language)]

    def word_list(self, family: str, language: str) -> list[str]:
        return self.words.get(family, {}).get(language, [])

    def rule_enabled(self, rule: str) -> bool:
        family = rule.split(".", 1)[0]
        return rule not in self.disabled_rules and family not in self.disabled_rules

    def guideline_text(self) -> str:
        if self.guideline_file is None:
            return ""
        return self.guideline_file.read_text(encoding="utf-8")


def user_profile_dir() -> Path:
    if env := os.environ.get("COMPOSER_CONFIG_DIR"):
        return Path(env) / "profiles"
    return Path(platformdirs.user_config_dir("composer", appauthor=False)) / "profiles"


def _line_of(text: str, key: str) -> int | None:
    """The line of ``key`` (``languages.required``): the leaf key under its table if
    found, else the table header or top-level key."""
    head, _, leaf = key.partition(".")
    match = re.search(rf"^\s*\[*\s*{re.escape(head)}\b", text, re.MULTILINE)
    if match is None:
        return None
    position = match.start()
    if leaf:
        leaf_match = re.compile(rf"^\s*{re.escape(leaf.split('.')[0])}\s*=", re.MULTILINE)
        found = leaf_match.search(text, match.end())
        if found:
            position = found.start()
    return text.count("\n", 0, position) + 1


def _parse(path: Path, builtin: bool) -> Profile:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(path, f"cannot read: {exc}") from exc
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        raise ProfileError(path, str(exc), line) from exc

    def fail(key: str, message: str) -> ProfileError:
        return ProfileError(path, f"{key}: {message}", _line_of(text, key))

    org_id = data.get("id", path.stem)
    if not isinstance(org_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", org_id):
        raise fail("id", "must be lowercase letters, digits, - or _")
    names = data.get("names", {})
    if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
        raise fail("names", "must be a table of language = name")
    if not names:
        raise fail("names", "at least one display name is needed")

    languages = data.get("languages", {})
    required = languages.get("required", []) if isinstance(languages, dict) else None
    optional = languages.get("optional", []) if isinstance(languages, dict) else None
    for key, value in (("languages.required", required), ("languages.optional", optional)):
        if not isinstance(value, list) or any(v not in LANGUAGES for v in value):
            raise fail(key, f"must be a list of {', '.join(LANGUAGES)}")
    if not required:
        raise fail("languages.required", "at least one required language is needed")
    optional = [lang for lang in optional if lang not in required]
    optional += [lang for lang in LANGUAGES if lang not in required and lang not in optional]

    hashtags = []
    for entry in data.get("hashtags", []):
        tag, lang = (entry.get("tag"), entry.get("language", "all")) if isinstance(
            entry, dict) else (None, None)
        if not isinstance(tag, str) or not re.fullmatch(r"#\w+", tag):
            raise fail("hashtags", f"{tag!r} is not a hashtag (#word)")
        if lang != "all" and lang not in LANGUAGES:
            raise fail("hashtags", f"language of {tag} must be all, fi, sv or en")
        hashtags.append(Hashtag(tag, None if lang == "all" else lang))

    accounts = {}
    for channel, entry in data.get("accounts", {}).items():
        if channel not in CHANNELS:
            raise fail("accounts", f"unknown channel {channel!r}")
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise fail(f"accounts.{channel}", "needs a name")
        accounts[channel] = Account(channel, entry["name"], entry.get("handle"))

    points = {}
    for key, entry in data.get("points", {}).items():
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) for k in ("section", "quote")
        ):
            raise fail(f"points.{key}", "needs a section and a quote")
        points[key] = GuidelinePoint(key, entry["section"], entry["quote"])

    rules = data.get("rules", {})
    disabled = rules.get("disabled", []) if isinstance(rules, dict) else None
    if not isinstance(disabled, list):
        raise fail("rules", "disabled must be a list of rule ids")

    words = data.get("words", {})
    if not isinstance(words, dict):
        raise fail("words", "must be a table of family = {language = [words]}")
    for family, per_lang in words.items():
        if not isinstance(per_lang, dict) or not all(
            lang in LANGUAGES and isinstance(v, list) and all(isinstance(w, str) for w in v)
            for lang, v in per_lang.items()
        ):
            raise fail(f"words.{family}", "must map fi/sv/en to lists of words")

    guideline_file = None
    if guideline := data.get("guideline"):
        candidate = Path(guideline)
        if not candidate.is_absolute():
            candidate = (
                resource_path("guidelines", guideline) if builtin else path.parent / guideline
            )
        guideline_file = candidate

    link_language = data.get("link_language", {})
    if not isinstance(link_language, dict) or not all(
        lang in LANGUAGES and isinstance(v, list) and all(isinstance(p, str) for p in v)
        for lang, v in link_language.items()
    ):
        raise fail("link_language", "must map fi/sv/en to lists of address patterns")
    for patterns in link_language.values():
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise fail("link_language", f"{pattern!r} is not a pattern: {exc}") from None
    plain_language = data.get("plain_language", {})
    if not isinstance(plain_language, dict):
        raise fail("plain_language", "must be a table of thresholds")

    return Profile(
        id=org_id,
        names=dict(names),
        required_languages=list(required),
        optional_languages=optional,
        hashtags=hashtags,
        accounts=accounts,
        points=points,
        disabled_rules=frozenset(disabled),
        words={f: dict(v) for f, v in words.items()},
        feedback_channel=data.get("feedback_channel"),
        guideline_file=guideline_file,
        guideline_language=data.get("guideline_language", "fi"),
        source=path,
        builtin=builtin,
        link_language={lang: list(v) for lang, v in link_language.items()},
        plain_language=dict(plain_language),
    )


@dataclass
class ProfileSet:
    profiles: dict[str, Profile]
    errors: list[ProfileError]

    def get(self, org_id: str) -> Profile:
        try:
            return self.profiles[org_id]
        except KeyError:
            raise UnknownOrganisation(org_id, self.profiles) from None


def _scan(directory: Path, builtin: bool, into: ProfileSet) -> None:
    if not directory.is_dir():
        return
    for path in sorted(directory.glob("*.toml")):
        try:
            profile = _parse(path, builtin)
        except ProfileError as exc:
            if builtin:
                raise
            into.errors.append(exc)
            continue
        into.profiles[profile.id] = profile


@functools.cache
def _load_cached(user_dir: Path) -> ProfileSet:
    result = ProfileSet({}, [])
    _scan(resource_path("profiles"), True, result)
    _scan(user_dir, False, result)
    return result


def load_profiles() -> ProfileSet:
    """Built-in and user profiles; user files with the same id replace built-in ones."""
    return _load_cached(user_profile_dir())


def reload_profiles() -> ProfileSet:
    _load_cached.cache_clear()
    return load_profiles()


def get_profile(org_id: str) -> Profile:
    return load_profiles().get(org_id)
