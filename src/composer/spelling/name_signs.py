"""Signs in the text that an unknown word is part of a name, not a misspelling.

Used by the spelling rule for words no dictionary knows (:mod:`composer.rules.spelling`):

* **Name particles and titles** (``resources/wordlists/spelling.toml``, ``[names]``): "de",
  "di", "van", "von" right before a capitalised word ("kenraali de Meza", "John di
  Domenico", "De Gaulle"), a title such as "Mrs" or "Dr" before one ("Mrs Clinton").
* **Letters the language does not write** (:func:`foreign_letters`): a word with "ó",
  "ñ" or "ç" in a Finnish, Swedish or English text was typed so on purpose ("Barón",
  "numérique"); no slip on a Finnish or Swedish keyboard makes one.
* **A name opening more than one sentence** (:func:`repeated_elsewhere`): "Lamarr
  accompanied Mandl … Lamarr's earliest inventions": a slip is seldom made twice the
  same way, a name is written the same way each time.
* **A Swedish name inflected in Finnish** (:func:`swedish_name_in_finnish`): a Swedish
  word with a Finnish ending after a capitalised Swedish name in the genitive, "Oxhamns
  skolassa" ("Oxhamns skola"), as Kotus has Swedish names inflected.
* **A name in the post's own web or e-mail address** (:func:`named_in_an_address`):
  "Varha tiedottaa: … varha.fi/rokotukset", "Kela" beside "kela.fi": an organisation's
  name is its domain's.
* **A company's name in capitals** (:func:`in_company_name`): "VINGAS VISAKHA
  INDUSTRIAL GASES PVT. LTD.": capital words running up to a legal form.
* **A name's initials** (:func:`initials_of_a_name`): "dp Debra Perlingiere", "Debra
  Perlingiere (DP)": two or three letters that are the first letters of the capitalised
  words right after or before them, as e-mails are signed; or standing alone as the
  text's last word after its last sentence ("… this information? Dp").
* **A credit line** (:func:`in_credit_line`): "Kuva: pixabay", "Foto: stadens arkiv",
  "Posted by darin": the words after a credit word (``[credits]``) to the line's end.
* **Near only to names** (:func:`near_common_word`): at the start of a sentence an
  unknown capitalised word is a slip when a common word is a typo away ("Awsome" ~
  "awesome"); when the only words near it are other names ("Caplan" ~ "Callan",
  "Cuaron" ~ "Cuparon"), it is a name the dictionary lacks. A swap of two letters in a
  known name ("Naantlai") is still a slip.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from urllib.parse import urlsplit

import regex

from composer.entities import entities, words
from composer.resources import load_toml
from composer.spelling.candidates import restorations, simple_edits
from composer.spelling.engines import SpellEngine
from composer.spelling.lru import LRU
from composer.spelling.names import is_capitalised, name_words, same_name
from composer.spelling.typos import ALPHABETS as TYPED
from composer.spelling.typos import compound_only, damerau, swedish_loan, toggled
from composer.spelling.wordlists import legal_forms
from composer.text_cache import text_cache

#: The letters each language writes its own words with (loans included: "šakki",
#: "idé"). A letter outside them was typed on purpose.
ALPHABETS = {
    "fi": frozenset("abcdefghijklmnopqrstuvwxyzåäöšž"),
    "sv": frozenset("abcdefghijklmnopqrstuvwxyzåäöéü"),
    "en": frozenset("abcdefghijklmnopqrstuvwxyz"),
}
#: How many other capitalised forms of the same beginning are compared (bounds the work
#: on a long text full of capitalised words).
MAX_COMPARED = 64
#: Letters native Finnish words do not have (loans and foreign names do).
_NOT_FINNISH = regex.compile(r"[cqwxz]")
#: The shortest word read as a name from a host name ("Yle" and "yle.fi").
#: A credit of this many capitalised words at most may end with a full stop.
MAX_NAME_CREDIT = 3
MIN_ADDRESS_NAME = 3
_NEXT_WORD = regex.compile(r"[ \u00a0]+(\p{Lu})")


_WORD_BEFORE = regex.compile(r"(\p{Lu}\p{L}{1,40}s)[ \u00a0]+$")


def swedish_name_in_finnish(text: str, start: int, word: str, language: str) -> bool:
    """Whether ``word``, at ``start`` of a Finnish text, is a Swedish word with a Finnish
    ending right after a capitalised Swedish genitive ("Oxhamns skolassa", "Jakobstads
    gymnasiumissa"): part of a Swedish-language name inflected in Finnish."""
    if language != "fi" or not word.islower():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 44), start)
    return before is not None and swedish_loan(word)


@text_cache(maxsize=64)
def _address_labels(text: str) -> frozenset[str]:
    """The labels of the host names in ``text``'s web and e-mail addresses, without the
    top-level domain and "www": "varha.fi/rokotukset" gives "varha"."""
    labels: set[str] = set()
    for entity in entities(text):
        host: str | None
        if entity.kind == "email":
            host = entity.text.rpartition("@")[2]
        elif entity.kind == "url":
            try:
                host = urlsplit(entity.text if "//" in entity.text
                                else "//" + entity.text).hostname
            except ValueError:
                continue  # not a host name a URL parser accepts
        else:
            continue
        parts = (host or "").lower().split(".")
        labels.update(p for p in parts[:-1] if p != "www")
    return frozenset(labels)


def named_in_an_address(text: str, word: str) -> bool:
    """Whether ``word`` is a label of a host name in ``text``'s web or e-mail addresses
    ("Varha" and "varha.fi": an organisation's name; "irc server: irc.example.net")."""
    return len(word) >= MIN_ADDRESS_NAME and word.lower() in _address_labels(text)


#: Initials are this many letters at most ("dp", "MKV").
MAX_INITIALS = 3
#: The letters of one name read for initials, and how far back the names are looked for.
MAX_NAME_LETTERS = 31
_NAME_WORD = rf"\p{{Lu}}\p{{Ll}}{{1,{MAX_NAME_LETTERS - 1}}}"


def _names(count: int) -> str:
    return rf"{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{{count - 1}}}"


#: By the number of initials: the names right after them, and right before them.
_NAMES_AFTER = {n: regex.compile(rf"[ \t\u00a0,:–-]+({_names(n)})(?!\p{{L}})")
                for n in range(2, MAX_INITIALS + 1)}
_NAMES_BEFORE = {n: regex.compile(rf"(?<!\p{{L}})({_names(n)})[ \t\u00a0,:(–-]+$")
                 for n in range(2, MAX_INITIALS + 1)}


@cache
def _credit_words() -> frozenset[str]:
    table = load_toml("wordlists", "spelling.toml").get("credits", {})
    return frozenset(w.lower() for w in table.get("words", []))


#: How far back on its line a credit word is looked for (characters), and how long a
#: credit is read.
MAX_CREDIT_REACH = 80
#: A credit names a few people or sources; a longer line is a caption.
MAX_CREDIT_WORDS = 6
#: A known lower-case word this long in a credit line makes it a caption ("lasten").
MIN_CAPTION_WORD = 4
_CREDIT = regex.compile(r"(?:^|[\s(|/–-])(\p{L}+)(?:[ \t\u00a0]*:|[ \t\u00a0]+(?:by|av))"
                        r"[ \t\u00a0]", regex.IGNORECASE | regex.MULTILINE)


def in_credit_line(text: str, start: int, unknown: frozenset[str] = frozenset()) -> bool:
    """Whether the word at ``start`` follows a credit word on its line ("Kuva:",
    "Foto:", "Photo by", "Posted by"): a credit names people and sources. The credit
    runs to the line's end, has at most MAX_CREDIT_WORDS words, ends with no full stop,
    question or exclamation mark and has no lower-case word of MIN_CAPTION_WORD letters
    or more but names and ``unknown`` words (the dictionary's unknowns): a caption is
    checked as one ("Kuva: Lapset leikkivät puistossa.", "Kuva: lasten leikkipuisto").
    A credit of at most MAX_NAME_CREDIT capitalised words may end with a full stop
    ("Image: Huebi.", "Kuva: Matti Mäkinen.")."""
    line_start = text.rfind("\n", max(0, start - MAX_CREDIT_REACH), start) + 1
    low = max(line_start, start - MAX_CREDIT_REACH)
    credits = _credit_words()
    for found in _CREDIT.finditer(text, low, start + 1):
        if found.end() > start or found.group(1).lower() not in credits:
            continue
        line_end = text.find("\n", start, start + MAX_CREDIT_REACH)
        credit = text[found.end():line_end if line_end >= 0 else start + MAX_CREDIT_REACH]
        named = [w for _s, _e, w in words(credit)]
        ending = credit.rstrip()
        if (line_end >= 0 or len(text) <= start + MAX_CREDIT_REACH) and len(
            named
        ) <= MAX_CREDIT_WORDS and (not ending.endswith((".", "!", "?", "…")) or (
            ending.endswith(".") and len(named) <= MAX_NAME_CREDIT
            and all(is_capitalised(w) for w in named)
        )) and (
            all(not w.islower() or len(w) < MIN_CAPTION_WORD or w in unknown
                for w in named)
        ):
            return True
    return False


def signed_with_initials(text: str, start: int, end: int, word: str) -> bool:
    """Whether ``word`` (two or three letters) stands alone as the text's last word,
    after its last sentence: a signature's initials ("… this information? Dp")."""
    if not 2 <= len(word) <= MAX_INITIALS or not word.isalpha() or text[end:].strip():
        return False
    before = text[:start].rstrip()
    return len(before) < len(text[:start]) and before[-1:] in (".", "!", "?", "…")


def initials_of_a_name(text: str, start: int, end: int, word: str) -> bool:
    """Whether ``word`` (at ``start``–``end``) is the initials of the capitalised words
    right after it or right before it on the same line: "dp Debra Perlingiere", "Debra
    Perlingiere (DP)", "– MK Matti Korhonen"."""
    count = len(word)
    if not 2 <= count <= MAX_INITIALS or not word.isalpha():
        return False
    after = _NAMES_AFTER[count].match(text, end)
    reach = (MAX_NAME_LETTERS + 3) * count  # the names, and what stands between them
    before = _NAMES_BEFORE[count].search(text, max(0, start - reach), start)
    return any(
        found is not None
        and "".join(w[0] for w in found.group(1).split()).lower() == word.lower()
        for found in (after, before)
    )


#: The most capital words of a company's name read before its legal form.
MAX_COMPANY_WORDS = 6
_CAPITAL_WORD = regex.compile(r"[ \u00a0]+(\p{Lu}[\p{Lu}&-]*)\.?")


def in_company_name(text: str, end: int) -> bool:
    """Whether the word in capitals ending at ``end`` is followed by capital words up to
    a legal form, within MAX_COMPANY_WORDS words: part of a company's name as its register
    writes it ("VISAKHA" in "VINGAS VISAKHA INDUSTRIAL GASES PVT. LTD.")."""
    forms = legal_forms()
    position = end + 1 if text.startswith(".", end) else end
    for _ in range(MAX_COMPANY_WORDS):
        found = _CAPITAL_WORD.match(text, position)
        if found is None:
            return False
        if found.group(1).lower() in forms:
            return True
        position = found.end()
    return False


def before_a_name(text: str, end: int, word: str) -> bool:
    """Whether ``word`` (ending at ``end``) is a name particle or a title followed by a
    capitalised word: "de Meza", "di Domenico", "De Gaulle", "Mrs Clinton", "Dr. Who"."""
    particles, titles = name_words()
    lower = word.lower()
    after = end + 1 if lower in titles and text.startswith(".", end) else end
    if lower not in particles and lower not in titles:
        return False
    return _NEXT_WORD.match(text, after) is not None


def foreign_letters(word: str, language: str) -> bool:
    """Whether ``word`` has a letter ``language`` does not write its words with."""
    alphabet = ALPHABETS.get(language)
    if alphabet is None:
        return False
    return any(ch.isalpha() and ch not in alphabet for ch in word.lower())


@text_cache(maxsize=64)
def _capitalised_forms(text: str) -> dict[str, list[tuple[int, str]]]:
    """The capitalised words of ``text`` by their first four letters (lower-cased):
    ``{"lama": [(0, "lamarr"), (52, "lamarr's")]}``."""
    found: dict[str, list[tuple[int, str]]] = {}
    for start, _end, word in words(text):
        if is_capitalised(word):
            lower = word.lower().replace("’", "'")
            group = found.setdefault(lower[:4], [])
            if len(group) < MAX_COMPARED:
                group.append((start, lower))
    return found


def repeated_elsewhere(text: str, start: int, word: str) -> bool:
    """Whether the capitalised ``word`` at ``start`` stands capitalised elsewhere in the
    text too, as it is or inflected ("Lamarr" … "Lamarr's")."""
    lower = word.lower().replace("’", "'")
    return any(other_start != start and same_name(lower, other)
               for other_start, other in _capitalised_forms(text).get(lower[:4], ()))


def near_common_word(word: str, suggestions: Iterable[str], spell: SpellEngine) -> bool:
    """Whether a common word (one the dictionary knows in lower case) is a typo away from
    ``word``: among the engine's ``suggestions``, or, when those a typo away are all
    names, made by undoing a slip (a letter dropped, doubled or left single, two letters
    swapped). With no suggestion a typo away, there is none. A name with two of its
    letters swapped counts too ("Naantlai"). For a Finnish word with a letter native
    Finnish words lack (c, q, w, x, z) a word Voikko reads only as a compound does not
    count: Voikko makes one of nearly anything with a loan part ("Cuaron" ~ "cup" +
    "aron"), while such a word is a foreign name far more often."""
    lower = word.lower()
    near = [c for c in (s.lower() for s in suggestions)
            if " " not in c and c != lower and damerau(lower, c) == 1]
    if not near:
        return False  # nothing the engine knows is a typo away

    def common(candidate: str) -> bool:
        return spell.check(candidate) and not (
            spell.language == "fi" and _NOT_FINNISH.search(lower) is not None
            and compound_only(candidate)
        )

    for candidate in near:
        if common(candidate):
            return True
        if sorted(candidate) == sorted(lower):
            return True  # one edit away with the same letters: two of them swapped
    key = (spell.id, lower)
    undone = _undone_verdicts.get(key)
    if undone is None:
        undone = len(lower) <= MAX_UNDONE and any(
            common(c) for c in _undone(lower, spell.language))
        _undone_verdicts.put(key, undone)
    return undone


#: Longer words are not searched letter by letter.
MAX_UNDONE = 24
#: Each word's search is made once per engine (a few hundred look-ups).
_undone_verdicts: LRU[bool] = LRU(4096)


def _undone(word: str, language: str) -> Iterator[str]:
    """``word`` with one slip undone: a letter added back, a doubled letter left single
    or a single one doubled, a letter too many dropped, two letters swapped back."""
    yield from restorations(word, language)
    yield from simple_edits(word)
    yield from toggled(word)
    letters = TYPED.get(language, TYPED["en"])
    for index in range(1, len(word) + 1):
        for letter in letters:
            yield word[:index] + letter + word[index:]


def clear_caches() -> None:
    _undone_verdicts.clear()
