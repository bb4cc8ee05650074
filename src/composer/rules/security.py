"""Rule family `security`: door codes, alarm codes, PINs, passwords and Wi-Fi keys.

A keyword (``ovikoodi``, ``portkod``, ``password`` … in any inflection) is only a problem
when the detail itself follows it: "Ovikoodi on 4590", "Lösenordet är Sommar2024",
"Wi-Fi password: Library#24". Talking about passwords ("Muista vaihtaa salasanasi") or
codes that are sent privately ("ovikoodi lähetetään sähköpostilla") is fine, and so is a
code of another kind: a generic "koodi" / "kod" / "code" after a word such as "postal" or
after an abbreviation other than what a code opens (PIN, WLAN, SMS …) names a
classification code of goods ("CN-koodiin 28492000", "HS code 8471"). Always an
error. Word lists: ``resources/wordlists/security.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from composer.model import Finding, Severity
from composer.rules.base import CheckContext, VersionRule
from composer.rules.phrases import Match, Word, analyse, categories, find

FAMILY = "security"
BASES = ("security", "confidential", "caution")

_SEPARATOR = regex.compile(r"[ \t]*(?:[:=]|[–—-](?!\d))?[ \t]*")
_CONNECTOR = regex.compile(r"\p{L}+")
_CODE = regex.compile(
    r"[\"'“”‘’«]?([#*]?(?:\p{L}?\d{3,8}\p{L}?|\d{2,4}[ ]\d{2,4})[#*]?)[\"'“”’»]?"
    r"(?![\p{L}\p{N}]|[.,:/–-]\d)"
)
_TOKEN = regex.compile(r"([\"'“”‘’«])?([^\s\"“”'‘’«»]+)([\"'“”’»])?")
_TRAILING = ".,;:!?)]}…"
_SYMBOL = regex.compile(r"[^\p{L}\p{N}]")
MAX_CONNECTORS = 5
#: Words a prepositional phrase may have between a keyword and its value.
MAX_FREE_WORDS = 3


@lru_cache(maxsize=8)
def _word_set(category: str, language: str) -> frozenset[str]:
    table = categories(FAMILY).get(category, {})
    return frozenset(w.lower() for w in table.get(language, []))


def _code_value(text: str, pos: int) -> int | None:
    match = _CODE.match(text, pos)
    return match.end() if match else None


def _password_value(text: str, pos: int) -> int | None:
    match = _TOKEN.match(text, pos)
    if match is None:
        return None
    value = match.group(2)
    quoted = bool(match.group(1)) and bool(match.group(3))
    end = match.end()
    if not quoted:
        stripped = value.rstrip(_TRAILING)
        end -= len(value) - len(stripped)
        value = stripped
    if len(value) < 4 or "://" in value:
        return None
    inner_capital = any(c.isupper() for c in value[1:]) and not value.isupper()
    if quoted or inner_capital or any(c.isdigit() for c in value) or _SYMBOL.search(value):
        return end
    return None


def _value_end(text: str, start: int, language: str, category: str) -> int | None:
    """Where the code or password after a keyword ends, or None if none follows."""
    connectors = _word_set("connector", language)
    prepositions = _word_set("preposition", language)
    free = 0  # words allowed after a preposition ("till sidoingången")
    pos = start
    for _ in range(MAX_CONNECTORS + MAX_FREE_WORDS + 1):
        separator = _SEPARATOR.match(text, pos)
        pos = separator.end() if separator else pos
        found = _code_value(text, pos) if category == "code" else _password_value(text, pos)
        if found is not None:
            return found
        word = _CONNECTOR.match(text, pos)
        if word is None:
            return None
        lower = word.group().lower()
        if lower in prepositions:
            free = MAX_FREE_WORDS
        elif lower not in connectors:
            if not free:
                return None
            free -= 1
        pos = word.end()
    return None


def _qualifier(text: str, match: Match, analysed: tuple[Word, ...]) -> str | None:
    """What names the kind of a one-word keyword: a hyphenated compound's first part
    ("CN" of "CN-koodiin"), else the word right before it ("postal" of "postal code")."""
    word = analysed[match.first]
    if match.first == match.last and "-" in word.text:
        return word.text.rsplit("-", 1)[0]
    if match.first == 0:
        return None
    previous = analysed[match.first - 1]
    if text[previous.end:word.start].strip(" \t\u00a0"):
        return None
    return previous.text


def _after_harmless(
    text: str, match: Match, analysed: tuple[Word, ...], language: str
) -> bool:
    """A generic keyword named a harmless kind of code: after e.g. "postal" ("postal code
    67100", "kampanja-koodi"), or after an abbreviation that is no [access-abbreviation]
    ("CN-koodiin 28492000", "HS code 8471": classification codes of goods)."""
    qualifier = _qualifier(text, match, analysed)
    if qualifier is None:
        return False
    first = analyse(qualifier, language)
    if first and not first[-1].forms.isdisjoint(_word_set("not-after", language)):
        return True
    if match.entry.lower() not in _word_set("generic", language):
        return False
    # An abbreviation stands out in capitals only before a keyword that is not in capitals
    # itself ("OVI-KOODI ON 1234" is shouting).
    letters = [c for c in qualifier if c.isalpha()]
    keyword = analysed[match.first].text.rsplit("-", 1)[-1]
    return (len(letters) >= 2 and all(c.isupper() for c in letters)
            and any(c.islower() for c in keyword)
            and qualifier.lower() not in _word_set("access-abbreviation", language))


class SecurityRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        taken: list[tuple[int, int]] = []
        for category in ("code", "password"):
            for match in find(text, language, FAMILY, category, ctx.profile):
                if _after_harmless(text, match, analyse(text, language), language):
                    continue
                end = _value_end(text, match.end, language, category)
                if end is None or any(match.start < e and s < end for s, e in taken):
                    continue
                taken.append((match.start, end))
                yield ctx.finding(
                    f"{FAMILY}.{category}",
                    Severity.ERROR,
                    BASES,
                    language=language,
                    start=match.start,
                    end=end,
                    phrase=text[match.start : match.end],
                )


RULES = [SecurityRule()]
