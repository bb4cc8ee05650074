"""Organisation profiles: languages, official hashtags, accounts and guideline points.

Built-in profiles live in ``resources/profiles/*.toml``; a user can add their own (or
override a built-in one) as TOML files in ``<user config dir>/profiles/``. A broken user
profile is reported with its file and line and the others keep working.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer.config_checks import (
    NUMBER,
    STRING,
    Check,
    ConfigError,
    Invalid,
    Reader,
    list_of,
    matching,
    one_of,
    optional,
    table_of,
)
from composer.model import CHANNELS, LANGUAGES
from composer.resources import resource_path
from composer.safe_io import read_limited
from composer.settings import config_dir

#: The English spellings a profile can choose (``[languages] english``).
ENGLISH_VARIANTS: tuple[str, ...] = ("en-GB", "en-US")


class ProfileError(ConfigError):
    """A profile file that cannot be used; the message names the file, key and line."""


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
    #: The English spelling the organisation writes: "en-GB" or "en-US".
    english: str = "en-GB"
    source: Path | None = None
    builtin: bool = True
    #: Address patterns (regular expressions) of the organisation's own sites that show a
    #: page's language, per language (the `link-language` rules; optional).
    link_language: dict[str, list[str]] = field(default_factory=dict)
    #: Plain-language thresholds that differ from resources/plain-language.toml (optional).
    plain_language: dict[str, Any] = field(default_factory=dict)
    #: Citations made from this profile's points (composer.citations.cite), per bases and
    #: UI language.
    citations: dict[tuple[tuple[str, ...], str], tuple[str, str]] = field(
        default_factory=dict, compare=False, repr=False
    )

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
    """The user's own profiles: ``profiles/`` in the configuration folder."""
    return config_dir() / "profiles"


#: The largest profile file read (a FIFO or a device is refused without reading).
MAX_PROFILE_BYTES = 1024 * 1024

_ID = matching(r"[a-z0-9][a-z0-9_-]*", "an id (lowercase letters, digits, - or _)")
_LANGUAGE = one_of(LANGUAGES)
_WORDS = table_of(table_of(list_of(STRING), keys=_LANGUAGE))


def _hashtag(value: Any) -> Hashtag:
    entry = table_of(lambda v: v)(value)
    tag = entry.get("tag")
    if not isinstance(tag, str) or not re.fullmatch(r"#\w+", tag):
        raise Invalid(f"{tag!r} is not a hashtag (#word)"[:200])
    language = one_of(("all", *LANGUAGES))(entry.get("language", "all"))
    return Hashtag(tag, None if language == "all" else language)


def _account(value: Any) -> Account:
    entry = table_of(lambda v: v)(value)
    if not isinstance(entry.get("name"), str):
        raise Invalid("needs a name")
    return Account("", entry["name"], optional(STRING)(entry.get("handle")))


def _point(value: Any) -> GuidelinePoint:
    entry = table_of(lambda v: v)(value)
    if not all(isinstance(entry.get(k), str) for k in ("section", "quote")):
        raise Invalid("needs a section and a quote")
    return GuidelinePoint("", entry["section"], entry["quote"])


#: Optional keys read as they are: ``key: (check, default)``; the value goes to the
#: :class:`Profile` field of the same name (dots as underscores). Adding an optional key
#: is one line here and one field on :class:`Profile`.
def _pattern(value: Any) -> str:
    text = STRING(value)
    try:
        re.compile(text)
    except re.error as exc:
        raise Invalid(f"{text!r} is not a pattern: {exc}"[:200]) from None
    return text


def _threshold(value: Any) -> Any:
    """A number, or a table of numbers per language (``{ fi = 15 }``)."""
    if isinstance(value, dict):
        return table_of(NUMBER, keys=_LANGUAGE)(value)
    return NUMBER(value)


OPTIONAL_KEYS: dict[str, tuple[Check, Any]] = {
    "feedback_channel": (optional(STRING), None),
    "guideline_language": (_LANGUAGE, "fi"),
    "link_language": (table_of(list_of(_pattern), keys=_LANGUAGE), {}),
    "plain_language": (table_of(_threshold), {}),
}


def _parse(path: Path, builtin: bool) -> Profile:
    try:
        text = read_limited(path, MAX_PROFILE_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(path, f"cannot read: {exc}") from exc
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        raise ProfileError(path, str(exc), line) from exc
    return _profile(path, builtin, Reader(path, text, data, ProfileError))


def _profile(path: Path, builtin: bool, reader: Reader) -> Profile:
    fail = reader.error
    org_id = reader.get("id", _ID, None)
    if org_id is None:
        try:
            org_id = _ID(path.stem)
        except Invalid as exc:
            raise fail("id", f"missing, and the file name {exc.message}") from None
    names = reader.get("names", table_of(STRING, keys=STRING), {})
    if not names:
        raise fail("names", "at least one display name is needed")
    reader.get("languages", table_of(lambda v: v), {})
    required = reader.get("languages.required", list_of(_LANGUAGE), [])
    optional_languages = reader.get("languages.optional", list_of(_LANGUAGE), [])
    if not required:
        raise fail("languages.required", "at least one required language is needed")
    optional_languages = [lang for lang in optional_languages if lang not in required]
    optional_languages += [
        lang for lang in LANGUAGES if lang not in required and lang not in optional_languages
    ]
    hashtags = reader.get("hashtags", list_of(_hashtag), [])
    accounts = {
        channel: Account(channel, entry.name, entry.handle)
        for channel, entry in reader.get(
            "accounts", table_of(_account, keys=one_of(CHANNELS)), {}
        ).items()
    }
    points = {
        key: GuidelinePoint(key, entry.section, entry.quote)
        for key, entry in reader.get("points", table_of(_point), {}).items()
    }
    disabled = reader.get("rules.disabled", list_of(STRING), [])
    words = reader.get("words", _WORDS, {})
    english = reader.get("languages.english", one_of(ENGLISH_VARIANTS), ENGLISH_VARIANTS[0])
    guideline_file = None
    if guideline := reader.get("guideline", optional(STRING)):
        candidate = Path(guideline)
        if not candidate.is_absolute():
            candidate = (
                resource_path("guidelines", guideline) if builtin else path.parent / guideline
            )
        guideline_file = candidate
    return Profile(
        id=org_id,
        names=dict(names),
        required_languages=list(required),
        optional_languages=optional_languages,
        hashtags=hashtags,
        accounts=accounts,
        points=points,
        disabled_rules=frozenset(disabled),
        words=words,
        guideline_file=guideline_file,
        english=english,
        source=path,
        builtin=builtin,
        **reader.read(OPTIONAL_KEYS),
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
        except Exception as exc:  # a user file must never break every organisation
            if builtin:
                raise
            into.errors.append(ProfileError(path, f"unusable: {exc}"))
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
