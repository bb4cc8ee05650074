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
# A label is 1..63 characters and a domain at most 127 labels (RFC 1035; twitter-text
# rejects longer labels after matching). Bounding the repetitions keeps the scan linear:
# unbounded, "a." * 1000 took a minute (every start backtracked over every later label).
# A label matches in one way only (it ends at the first dot), so it is atomic: backing off
# a label never re-reads its characters.
_SUBDOMAIN = rf"(?>(?:{_DOMAIN_CHAR}(?:[_-]|{_DOMAIN_CHAR}){{0,61}})?{_DOMAIN_CHAR}\.)"
_DOMAIN_NAME = rf"(?>(?:{_DOMAIN_CHAR}(?:-|{_DOMAIN_CHAR}){{0,61}})?{_DOMAIN_CHAR}\.)"
_MAX_SUBDOMAINS = 126
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


def _trie_pattern(names: list[str]) -> str:
    """An alternation of ``names`` factored by common prefixes ("c(?:om|o|a)..."): the
    regex engine tries a handful of characters at each dot instead of 1,500 names. Which
    name matches does not depend on the order: every top-level domain must be followed by
    a character that cannot continue one (``_TLD_END``)."""
    trie: dict[str, dict] = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [regex.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(trie)


@cache
def _tlds() -> tuple[str, str]:
    """Alternations of the generic and the country-code top-level domains."""
    data = load_toml("twitter-text.toml")["tlds"]

    def alternation(names: list[str]) -> str:
        return "(?:" + _trie_pattern([name.lower() for name in names]) + _TLD_END + ")"

    return (
        alternation(data["generic"]),
        alternation(data["country"]),
    )


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    generic, country = _tlds()
    tld = rf"(?:{generic}|{country}|{_PUNYCODE})"
    domain = rf"(?:{_SUBDOMAIN}{{0,{_MAX_SUBDOMAINS}}}{_DOMAIN_NAME}{tld})"

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
    ascii_domain = rf"(?:(?:[\-a-z0-9{_LATIN_ACCENTS}]{{1,63}})\.){{1,127}}{tld}"
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


# Where a domain can start. Tried at every position, the domain grammar backs off over up
# to 127 labels and tests ~1,500 top-level domains at each: "a." * 20000 took 10 s even
# with bounded labels. A domain is a chain of labels ending in a top-level domain, so the
# chains are read once, right to left, and the pattern is only tried where a chain short
# enough reaches a top-level domain (a superset of the positions finditer would match at).

_MAX_LABELS = _MAX_SUBDOMAINS + 1
_DOT = re.compile(r"\.")


@cache
def _chain_patterns() -> dict[str, regex.Pattern[str]]:
    generic, country = _tlds()
    flags = regex.IGNORECASE | regex.VERSION0
    return {
        # A dot followed by a top-level domain (no letter pair after the dot: none).
        "tld": regex.compile(
            rf"\.(?=\p{{L}}\p{{L}})(?=(?:{generic}|{country}|{_PUNYCODE}))", flags
        ),
        "domain_char": regex.compile(_DOMAIN_CHAR, flags),
        "ascii_char": regex.compile(rf"[\-a-z0-9{_LATIN_ACCENTS}]", flags),
        "protocol": regex.compile(r"https?://", flags),
    }


def _label_starts(
    text: str, start: int, end: int, inner: str, last_ok: bool
) -> tuple[list[int], list[int]]:
    """Positions in ``text[start:end]`` (a piece between dots) where a label ending at
    ``end`` can start, for a subdomain and for the last label before the top-level domain:
    at most 63 characters, of domain characters and ``inner`` ones (which cannot start or
    end a subdomain label; ``_`` is not allowed in the last label)."""
    chars = _chain_patterns()
    is_domain = chars["domain_char"].match
    if inner == "":  # the ASCII grammar: any of its characters anywhere
        is_ascii = chars["ascii_char"].match
        positions = []
        for p in range(end - 1, max(start, end - MAX_DOMAIN_LABEL_LENGTH) - 1, -1):
            if not is_ascii(text, p):
                break
            positions.append(p)
        return positions, positions
    if end == start or not is_domain(text, end - 1):
        return [], []
    subdomain: list[int] = []
    last: list[int] = []
    underscore = False
    for p in range(end - 1, max(start, end - MAX_DOMAIN_LABEL_LENGTH) - 1, -1):
        ch = text[p]
        if ch in inner:
            underscore = underscore or ch == "_"
            continue
        if not is_domain(text, p):
            break
        subdomain.append(p)
        if last_ok and not underscore:
            last.append(p)
    return subdomain, last


def _chain_starts(text: str, inner: str, first: int = 0) -> list[int]:
    """Every position from which a chain of at most 127 labels reaches a top-level
    domain: the only places a domain can start (``first``: where the text may begin)."""
    tlds = {m.start() for m in _chain_patterns()["tld"].finditer(text)}
    if not tlds:
        return []
    dots = [m.start() for m in _DOT.finditer(text)]
    bounds = [first - 1, *dots, len(text)]
    pieces = len(bounds) - 1
    # reach[i]: fewest labels from the whole piece i to a top-level domain (0: none).
    reach = [0] * (pieces + 1)
    is_tld = [False] * (pieces + 1)
    for i in range(1, pieces):
        is_tld[i] = bounds[i] in tlds
    starts: list[int] = []
    for i in range(pieces - 2, -1, -1):
        start, end = bounds[i] + 1, bounds[i + 1]
        subdomain, last = _label_starts(text, start, end, inner, True)
        if last and is_tld[i + 1]:
            starts.extend(last)
            if last[-1] == start:
                reach[i] = 1
        if 0 < reach[i + 1] < _MAX_LABELS and subdomain:
            starts.extend(subdomain)
            if subdomain[-1] == start and not reach[i]:
                reach[i] = reach[i + 1] + 1
    return starts


def _twitter_starts(window: str) -> list[int]:
    starts = _chain_starts(window, "_-")
    starts.extend(m.start() for m in _chain_patterns()["protocol"].finditer(window))
    return starts


def _ascii_domain_starts(domain: str) -> list[int]:
    return _chain_starts(domain, "")


def _finditer(
    pattern: regex.Pattern[str], text: str, starts: list[int], before: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, trying the pattern only where a match can begin: at
    ``start - before`` for each possible ``start`` (``before`` characters of context are
    part of the pattern; at the beginning of the text that context may be absent)."""
    tries = sorted({max(start - before, 0) for start in starts})
    position = 0
    for at in tries:
        if at < position:
            continue
        match = pattern.match(text, at)
        if match is not None and match.end() > match.start():
            yield match
            position = match.end()


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
        for m in _finditer(_patterns()["ascii_domain"], domain, _ascii_domain_starts(domain), 0)
    ]
    if found and path:
        last = found[-1]
        found[-1] = Url(last.start, end, window[last.start : end], False)
    return found


def _twitter_urls(window: str, without_protocol: bool) -> list[Url]:
    patterns = _patterns()
    urls: list[Url] = []
    for match in _finditer(patterns["twitter"], window, _twitter_starts(window), 1):
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
