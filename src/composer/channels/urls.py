"""URL extraction as twitter-text does it, so that X lengths come out exactly as X counts.

A faithful implementation of twitter-text's ``extractUrlsWithIndices``: a URL needs a
known top-level domain (list in ``resources/twitter-text.toml``), may lack the
``http(s)://`` scheme, keeps balanced parentheses in its path and leaves trailing sentence
punctuation out (the cases in twitter-text's extract.yml). Mastodon finds URLs the same
way with a wider path grammar and only with a scheme (:func:`extract_mastodon_urls`).

Spans are Python string indices.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from composer.resources import load_toml

MAX_URL_LENGTH = 4096
MAX_TCO_SLUG_LENGTH = 40
MAX_DOMAIN_LABEL_LENGTH = 63

_PUNCT = r"!'#%&'()*+,\\\-./:;<=>?@\[\]^_{|}~$"
_SPACES = r"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
_INVALID = r"\uFFFE\uFEFF\uFFFF"
_LATIN_ACCENTS = (
    r"\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263"
    r"\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF"
)
_CYRILLIC = r"\u0400-\u04FF"
_TLD_END = r"(?=[^0-9a-z@+-]|$)"

# Characters that may stand just before a URL, the characters of a domain label.
_PRECEDING = rf"(?:[^A-Za-z0-9@＠$#＃{_INVALID}]|^)"
_DOMAIN_CHAR = rf"[^{_PUNCT}{_SPACES}{_INVALID}]"
_SUBDOMAIN = rf"(?:(?:{_DOMAIN_CHAR}(?:[_-]|{_DOMAIN_CHAR})*)?{_DOMAIN_CHAR}\.)"
_DOMAIN_NAME = rf"(?:(?:{_DOMAIN_CHAR}(?:-|{_DOMAIN_CHAR})*)?{_DOMAIN_CHAR}\.)"
_PUNYCODE = r"(?:xn--[\-0-9a-z]+)"
# A URL never contains white space: the search runs only over the runs of non-space
# characters that contain a dot, starting at the space before (for the preceding char);
# see _runs_with.

# twitter-text's path and query grammar.
_TWITTER_PATH_CHAR = rf"[a-z{_CYRILLIC}0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{_LATIN_ACCENTS}]"
_TWITTER_PATH_END = rf"[+\-a-z{_CYRILLIC}0-9=_#/{_LATIN_ACCENTS}]"
_TWITTER_QUERY_CHAR = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
_TWITTER_QUERY_END = r"[a-z0-9\-_&=#/]"

# Mastodon's wider grammar (config/initializers/twitter_regex.rb): any non-space path.
_UCHARS = (
    r"\xA0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF\U00010000-\U0001FFFD\U00020000-\U0002FFFD"
    r"\U00030000-\U0003FFFD\U00040000-\U0004FFFD\U00050000-\U0005FFFD\U00060000-\U0006FFFD"
    r"\U00070000-\U0007FFFD\U00080000-\U0008FFFD\U00090000-\U0009FFFD\U000A0000-\U000AFFFD"
    r"\U000B0000-\U000BFFFD\U000C0000-\U000CFFFD\U000D0000-\U000DFFFD\U000E1000-\U000EFFFD"
    r"\uE000-\uF8FF\U000F0000-\U000FFFFD\U00100000-\U0010FFFD"
)
_MASTODON_PATH_CHAR = r"[^\p{White_Space}<>()?]"
_MASTODON_PATH_END = r"[^\p{White_Space}()?!*\"'「」<>;:=,.$%\[\]~&|@]"
_MASTODON_QUERY_CHAR = rf"[a-z0-9!?*'();:&=+$/%#\[\]\-_.,~|@^{_UCHARS}]"
_MASTODON_QUERY_END = rf"[a-z0-9_&=#/\-{_UCHARS}]"


@dataclass(frozen=True)
class Url:
    """One URL found in a text: ``text[start:end] == url``."""

    start: int
    end: int
    url: str
    has_protocol: bool


def _balanced_parens(path_char: str) -> str:
    return rf"\((?:{path_char}+|(?:{path_char}*\({path_char}+\){path_char}*))\)"


def _path(path_char: str, path_end: str, at_rule: str) -> str:
    parens = _balanced_parens(path_char)
    return (
        rf"(?:(?:{path_char}*(?:{parens}{path_char}*)*(?:{path_end}|{parens}))"
        rf"|{at_rule})"
    )


@cache
def _tlds() -> tuple[str, str]:
    """Alternations of the generic and the country-code top-level domains."""
    data = load_toml("twitter-text.toml")["tlds"]

    def alternation(names: list[str]) -> str:
        ordered = sorted(names, key=lambda name: (-len(name), name))
        return "(?:(?:" + "|".join(regex.escape(name) for name in ordered) + ")" + _TLD_END + ")"

    return (
        alternation(data["generic"]),
        alternation(data["country"]),
    )


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    generic, country = _tlds()
    domain = rf"(?:{_SUBDOMAIN}*{_DOMAIN_NAME}(?:{generic}|{country}|{_PUNYCODE}))"

    def url_pattern(protocol: str, path: str, query_char: str, query_end: str) -> str:
        return (
            rf"({_PRECEDING})"  # 1 preceding character
            rf"("  # 2 URL
            rf"({protocol})"  # 3 protocol
            rf"({domain})"  # 4 domain
            r"(?::([0-9]+))?"  # 5 port
            rf"(/{path}*)?"  # 6 path
            rf"(\?{query_char}*{query_end})?"  # 7 query
            r")"
        )

    twitter_path = _path(_TWITTER_PATH_CHAR, _TWITTER_PATH_END, rf"(?:@{_TWITTER_PATH_CHAR}+/)")
    mastodon_path = _path(_MASTODON_PATH_CHAR, _MASTODON_PATH_END, rf"(?:{_MASTODON_PATH_CHAR}+/)")
    flags = regex.IGNORECASE | regex.VERSION0
    ascii_domain = rf"(?:(?:[\-a-z0-9{_LATIN_ACCENTS}]+)\.)+(?:{generic}|{country}|{_PUNYCODE})"
    return {
        "twitter": regex.compile(
            url_pattern(r"(?:https?://)?", twitter_path, _TWITTER_QUERY_CHAR, _TWITTER_QUERY_END),
            flags,
        ),
        "mastodon": regex.compile(
            url_pattern(r"https?://", mastodon_path, _MASTODON_QUERY_CHAR, _MASTODON_QUERY_END),
            flags,
        ),
        "ascii_domain": regex.compile(ascii_domain, flags),
        "tco": regex.compile(
            rf"^https?://t\.co/([a-z0-9]+)(?:\?{_TWITTER_QUERY_CHAR}*{_TWITTER_QUERY_END})?", flags
        ),
    }


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _label_length(label: str) -> int:
    """Length of a domain label in its ASCII (punycode, "xn--") form."""
    if label.isascii():
        return len(label)
    return 4 + len(label.encode("punycode"))


def _valid_url(url: str, protocol: str, domain: str) -> bool:
    """twitter-text's isValidUrl: every label 1..63 ASCII characters, URL at most 4096."""
    if domain.lower().startswith("xn--") and not _patterns()["ascii_domain"].fullmatch(domain):
        return False
    ascii_length = 0
    for label in domain.split("."):
        length = _label_length(label)
        if not 1 <= length <= MAX_DOMAIN_LABEL_LENGTH:
            return False
        ascii_length += length
    ascii_length += domain.count(".")
    url_length = _utf16_length(url) + ascii_length - _utf16_length(domain)
    return len(protocol) + url_length <= MAX_URL_LENGTH


def _without_protocol(match: regex.Match[str], window: str) -> list[Url]:
    """A URL written without a scheme: each ASCII domain in it, the last with the path."""
    before, domain, path = match.group(1), match.group(4), match.group(6)
    start, end = match.start(2), match.end(2)
    if before and before[-1] in "-_./":
        return []
    found = [
        Url(start + m.start(), start + m.end(), m.group(), False)
        for m in _patterns()["ascii_domain"].finditer(domain)
    ]
    if found and path:
        last = found[-1]
        found[-1] = Url(last.start, end, window[last.start : end], False)
    return found


def _twitter_urls(window: str, without_protocol: bool) -> list[Url]:
    patterns = _patterns()
    urls: list[Url] = []
    for match in patterns["twitter"].finditer(window):
        url, protocol, domain = match.group(2), match.group(3), match.group(4)
        if not _valid_url(url, protocol or "https://", domain):
            continue
        if not protocol:
            if without_protocol:
                urls.extend(_without_protocol(match, window))
            continue
        start, end = match.start(2), match.end(2)
        tco = patterns["tco"].match(url)
        if tco:
            if len(tco.group(1)) > MAX_TCO_SLUG_LENGTH:
                continue
            end = start + tco.end()
        urls.append(Url(start, end, window[start:end], True))
    return urls


def _mastodon_urls(window: str, _without_protocol: bool) -> list[Url]:
    urls: list[Url] = []
    for match in _patterns()["mastodon"].finditer(window):
        url, protocol, domain = match.group(2), match.group(3), match.group(4)
        if _valid_url(url, protocol, domain):
            urls.append(Url(match.start(2), match.end(2), url, True))
    return urls


_FINDERS = {"twitter": _twitter_urls, "mastodon": _mastodon_urls}


@lru_cache(maxsize=8192)
def _window_urls(kind: str, window: str, without_protocol: bool) -> tuple[Url, ...]:
    return tuple(_FINDERS[kind](window, without_protocol))


@cache
def _other_spaces() -> re.Pattern[str]:
    """White space of the URL grammar other than the plain space (stdlib ``re``: a plain
    character class is scanned several times faster there)."""
    others = _SPACES.replace(r"\x20", "")
    return re.compile(f"[{others}]")


def is_url_space(ch: str) -> bool:
    """Whether ``ch`` is white space that ends a URL (and a run searched for URLs)."""
    return ch == " " or _other_spaces().match(ch) is not None


def _runs_with(text: str, needed: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of non-space characters containing ``needed``, found
    with string searches (no Python loop over every word)."""
    flat = _other_spaces().sub(" ", text)  # same length, every space a plain one
    position = flat.find(needed)
    while position >= 0:
        start = flat.rfind(" ", 0, position) + 1
        end = flat.find(" ", position)
        if end < 0:
            end = len(flat)
        yield start, end
        position = flat.find(needed, end)


def _find(kind: str, text: str, needed: str, without_protocol: bool = True) -> list[Url]:
    """URLs of ``text``, searched run by run: no URL spans white space, so each run of
    non-space characters containing ``needed`` is searched on its own, with the character
    before it (results are cached per run, which makes re-counting text cheap)."""
    found: list[Url] = []
    for run_start, run_end in _runs_with(text, needed):
        offset = max(run_start - 1, 0)
        window = text[offset:run_end]
        for url in _window_urls(kind, window, without_protocol):
            found.append(Url(url.start + offset, url.end + offset, url.url, url.has_protocol))
    return found


def extract_urls(text: str, *, without_protocol: bool = True) -> list[Url]:
    """URLs in ``text`` as twitter-text extracts them (``extractUrlsWithIndices``)."""
    if not text or ("." not in text if without_protocol else ":" not in text):
        return []
    return _find("twitter", text, "." if without_protocol else ":", without_protocol)


def extract_mastodon_urls(text: str) -> list[Url]:
    """http(s) URLs as Mastodon finds them when it counts a post's length."""
    if ":" not in text:
        return []
    return _find("mastodon", text, ":")
