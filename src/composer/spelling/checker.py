"""Finds the misspelt words of a text.

A word is never flagged when it is

* inside a URL, e-mail address, @mention or #hashtag (:func:`composer.entities.words`;
  a word split by a soft hyphen or another invisible joiner is read whole),
  or a template's unfilled placeholder ("[pp.kk.]", reported by its own rule),
* a single letter, contains a digit, or is an acronym (all capitals, up to six letters;
  longer all-capital words, such as headings, are checked), or written in another script
  than the Latin one ("天津飯", "Москва": no fi/sv/en dictionary can judge it),
* written in camel case (``LinkedIn``, ``eFeedback``: product and service names),
* in the shared, organisation or user word lists, or such a name inflected
  (:mod:`composer.spelling.wordlists`),
* known to the language's dictionary, or hyphenated from parts that are all fine, or
  a range whose first part shares the second's end ("huhti-kesäkuun" = "huhtikuun" to
  "kesäkuun", "tammi-maaliskuussa"),
* an abbreviation with a case ending after a colon ("sdp:n", "EU:ssa"),
* a Swedish compound whose parts the dictionary knows (``barnavårdare`` = ``barna`` +
  ``vårdare``, with the linking ``s``, ``a`` or ``e``), as word processors check them,
  or a Swedish word made by a productive ending from a known word: the verbal noun in
  ``-andet``/``-endet`` of a known ``-ande`` form (``vårdandet``), an adverb in ``-vis``
  (``generationsvis``, ``gruppvis``), or a resident noun after a place known only as
  a name (``karlebybo``, ``jakobstadsborna``),
* a form or compound of a Finnish word the dictionary lacks that ``[inflected-words]``
  lists with a word inflecting as it does (``yrittäjämentorin``:
  :mod:`composer.spelling.inflection_models`),
* written as real text has it: glued to a number (``6th``, ``£2bn``; with a hyphen
  after a number, an ordinal or a range, the word is checked with the number:
  ``28-vuotias``, ``18-åringen``, ``7.-luokkalaisten``, ``1.–2.-luokkalaiset``, and an
  English compound's plural by its parts, ``16–17-year-olds``), a unit after a number
  (``30 min``, ``10 €/hlö``: ``resources/wordlists/spelling.toml``, ``[units]``), a
  weekday's abbreviation where it stands for the day (``lö 10–14``,
  :mod:`composer.spelling.weekdays`), an abbreviation with its full
  stops (``etc.``, ``bl.a.``, ``ks.``; a short lower-case word before a full stop
  that the sentence goes on after, ``myöh. 1800-luvulla``, or that opens a parenthesis,
  ``(lat. Iohannes``; a short capitalised one opening a sentence that goes on so,
  ``Heng. on lyhyttä``, ``Ilm. 15.3. mennessä``; a longer one before a number,
  ``satur. 92–95``, ``Ungef. 20 personer``), or the first part of a
  compound ellipsis (``uutis- ja viestintäala``, ``för- och nackdelar``).

In English a word of the other spelling (``color`` in a British profile, ``colour`` in
an American one) is a :class:`Misspelling` of kind ``variant``, which the rule shows as
information only; a name that only the other variant's dictionary lists ("Vaasa",
"Oulu" in en_US) is of kind ``name``, a name note, not the other spelling.

Dictionary verdicts are cached per engine and word in an LRU, so re-checking a text
while typing costs a few microseconds a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from composer.entities import bare_domain_tlds, placeholders, words
from composer.morphology import MorphologyUnavailable, voikko
from composer.profiles import ENGLISH_VARIANTS, Profile
from composer.spelling.candidates import restorations
from composer.spelling.engines import SpellEngine, SpellingUnavailable, engine
from composer.spelling.inflection_models import listed_form
from composer.spelling.lru import LRU
from composer.spelling.userdict import user_words
from composer.spelling.weekdays import weekday_abbreviation
from composer.spelling.wordlists import (
    AcceptedWords,
    accepted_words,
    hyphen_prefixes,
    legal_forms,
    units,
)

MAX_ACRONYM = 6
#: Invisible characters inside a word: soft hyphen, word joiner, zero-width (non-)joiner.
JOINERS = "\u00ad\u2060\u200c\u200d"
_JOINERS = regex.compile(f"[{JOINERS}]")
_LATIN = regex.compile(r"\p{Latin}")
#: A case ending after an abbreviation's colon ("sdp:n", "EU:ssa", "SVT:s"), and with
#: a clitic after it ("U.S.A.:ssakin", "1990:stäkin").
MAX_COLON_ENDING = 4
MAX_COLON_ENDING_CLITIC = 7
#: A range's first part ("huhti-" in "huhti-kesäkuun") and the shortest end it borrows.
MIN_RANGE_HEAD = 3
MIN_RANGE_END = 3
#: Swedish productive endings: the verbal noun of an "-ande" form ("vårdande" ->
#: "vårdandet", "vårdandets") and adverbs in "-vis" made of a noun ("generationsvis").
_SV_VERBAL_NOUN = ("andet", "andets", "endet", "endets")
_SV_ADVERB = "vis"
#: ... the action noun in "-ning" of a known verb ("sköta" -> "skötningen"), and the
#: quality noun in "-itet" of a known adjective ("kollektiv" -> "kollektivitet").
_SV_ACTION_NOUN = ("ningarnas", "ningarna", "ningars", "ningar", "ningens", "ningen",
                   "nings", "ning")
_SV_QUALITY_NOUN = ("iteternas", "iteterna", "iteter", "itetens", "iteten", "itets", "itet")
MIN_DERIVED_STEM = 5
#: A Swedish resident noun's endings after a place name written in lower case, with or
#: without a linking "s": "karlebybo", "jakobstadsborna", "helsingforsbor".
_SV_RESIDENT = ("bornas", "borna", "bors", "bor", "bons", "bon", "bos", "bo")
MIN_PLACE = 3
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
_DIGIT = regex.compile(r"\d")
#: A word with its abbreviation points ("bl.a.", "etc.", "ks."), matched at its start.
_DOTTED = regex.compile(r"(?:\p{L}+\.){1,4}")
#: What follows the first part of a compound ellipsis: "uutis- ja", "för- och", "kasvis-,",
#: "huhti-/toukokuun".
_ELLIPSIS = regex.compile(
    r"-(?:,|/|[ \u00a0]+(?:ja|tai|sekä|eli|ynnä|och|eller|samt|respektive|and|or|to)\b)",
    regex.IGNORECASE,
)
#: A dash and the word right after it, as in a range of compounds ("huhti–toukokuussa").
_DASH_WORD = regex.compile(r"[–—](\p{Ll}{4,64})")
#: After an abbreviation's full stop the sentence goes on: a lower-case word, a number.
_GOES_ON = regex.compile(r"\.[ \u00a0]*(?:[\p{Ll}\d,;:)]|[^\p{Latin}\s])")
MAX_ABBREVIATION = 4
#: A number after the full stop: a longer shortened word before a reading or an amount
#: ("satur. 92–95", "yht. 20 €", "approx. 30").
_NUMBER_AFTER = regex.compile(r"\.[ \u00a0]*\d")
MAX_ABBREVIATION_BEFORE_NUMBER = 8
#: Letters of a Swedish abbreviation written with spaces ("m fl", "o s v", "bl a").
_SPACED = regex.compile(r"(?<![\p{L}\d.])(\p{Ll}{1,3})(?:[ \u00a0](\p{Ll}{1,3})){1,3}"
                        r"(?![\p{L}\d])")
MAX_SPACED_REACH = 12
#: Right after an opening parenthesis a longer one ("(ruots. Jakobstad)", "(lat. ...").
MAX_OPENING_ABBREVIATION = 6
#: A file name's extension after its full stop ("TEXT.htm", "report.docx").
MAX_EXTENSION = 4
#: A species' scientific name in parentheses after its common name ("Japanese rose (Rosa
#: rugosa)", "kurtturuusu (Rosa rugosa)"): a genus, written out or as an initial, and the
#: species in lower case, alone in the parentheses or before a comma.
MAX_GENUS = 24
_GENUS_BEFORE = regex.compile(r"\((?:\p{Lu}\p{Ll}{2,20}|\p{Lu}\.)[ \u00a0]\Z")
_SPECIES_AFTER = regex.compile(r"[),;]")
_SPECIES_NAME = regex.compile(r"[ \u00a0]\p{Ll}{3,30}[),;]")
#: What follows the name of a web address that a compound goes on from: a top-level
#: domain and a hyphen ("Suomi.fi-tunnistus").
_DOMAIN_AFTER = regex.compile(r"(?P<tld>\p{Ll}{2,4})-\p{L}")
#: A short unknown word after a number is a unit or its abbreviation ("72,000 bpd").
MAX_UNIT = 3
#: The most digits read back for the number a word is glued to ("2025-luvulla").
MAX_NUMBER = 12
_AFTER_NUMBER = regex.compile(r"\d[ \u00a0]")
#: ... or after a number's unit and a slash: a rate ("10 €/hlö", "5 €/kk", "50 km/h").
_PER_UNIT = regex.compile(r"[\d\p{Sc}%]/")
#: Swedish compounds: parts of at least this many letters, joined directly, with a
#: linking letter ("barnavårdare", "kommunsektor") or with the first part's "-a" as
#: "-o" or "-u" ("kvinnoklinik", "gatubelysning").
MIN_PART = 4
MIN_TAIL = 5
#: A first part of three letters ("app", "hök", "liv") only before a last part this long:
#: such short words fit into few long words by a typo.
SHORT_HEAD = 3
LONG_TAIL = 7
#: With the linking "s" between them, a first part this long and a last part this short
#: ("genomsnitt|s|tal").
MIN_LINKED_HEAD = 7
MIN_LINKED_TAIL = 3
#: A name as a compound's first part, written in lower case, has at least this many
#: letters ("oscars-vinnande"): shorter names ("Orsa", "Tell") fit into slips.
MIN_NAME_HEAD = 5
#: A note's (:meth:`WordChecker.compound_parts`) last part may be this short after a
#: first part this long: measured on one-letter slips of 6+-letter Swedish words, 1.2 %
#: read so instead of 0.9 % (a note still marks them); 5 more of 170 unknown lower-case
#: words in some 4,000 sentences of real Swedish prose.
NOTE_SHORT_TAIL = 4
NOTE_LONG_HEAD = 7
#: The last part two compounds share across a dash has this many letters at least.
MIN_SHARED_PART = 3
#: An island, the last part of many a place's compound ("fyr|ön", "bad|öarna"): so short
#: a part fits few slips there (2 in 10,000 one-letter slips of Swedish words read so).
_ISLAND = ("öarna", "öars", "öar", "öns", "ön", "ö")
#: Longer words are not split into parts (nor ranges): no real compound is this long, and
#: each split is a dictionary look-up, so a pasted run of letters stays cheap.
MAX_SPLIT = 64
#: Languages whose compounds are checked by parts. Not Finnish: Voikko knows Finnish
#: compounding, and a split would let typos in long compounds through (measured:
#: "nuorisotallo" = "nuoriso" + "tallo", 1 of the 65 labelled misspellings).
COMPOUNDING = frozenset({"sv"})
#: The table of Finnish words the dictionary lacks, each with a word inflecting as it does.
INFLECTED_WORDS = "inflected-words"
#: Last parts that make an English hyphenated adjective a noun in the plural, which no
#: dictionary lists by itself: "five-year-olds", "two-year-olds".
_EN_PLURAL_HEADS = frozenset({"olds"})
#: Regular English derivations (ending, the base word's ending): "impermissib|ly" from
#: "impermissib|le", "iodis|ation" from "iodis|e".
_EN_DERIVED = (("bly", "ble"), ("isation", "ise"), ("ization", "ize"))
#: ... from a stem of at least this many letters ("iod|isation"; "ta|bly" is no word).
MIN_EN_STEM = 3
#: English prefixes and suffixes that make a word of nearly any noun or adjective
#: ("noninteger", "semiformal", "miteless", "shieldlike"); those a slip reaches easily
#: ("re-", "un-", "pre-", "over-", "mis-") are left out: 1 in 20,000 one-letter slips of
#: English words reads as one of these.
_EN_PREFIXES = ("non", "anti", "semi", "multi")
_EN_SUFFIXES = ("like", "less")
#: The known word such an affix is added to has at least this many letters.
MIN_AFFIXED = 4
_LINKS = ("s", "a", "e")
_VOWEL_CHANGE = ("o", "u", "e")
_VOWELS = "aeiouyåäö"
#: Finnish possessive suffixes of "our", "your" (plural) and "his, her, their" ("-ni" and
#: "-si" end too many slips of other forms: "kompatuisi").
_POSSESSIVES = ("mme", "nne", "nsa", "nsä")
#: The most spaces between a name and its legal form ("Club  rf").
MAX_GAP = 2
_GAP = " \u00a0"
#: What ends a sentence or a line before a word that opens the next.
_SENTENCE_END = ".!?…\n"
_verdicts: LRU[bool] = LRU(65536)


@dataclass(frozen=True)
class Misspelling:
    """A flagged word and its span (Python string indices) in the text."""

    start: int
    end: int
    word: str
    #: "unknown"; "variant": the other English spelling; "name": a name only the other
    #: English variant's dictionary lists ("Vaasa"); "unit": a short unknown word after a
    #: number ("72,000 bpd"). The last three are information only.
    kind: str = "unknown"


def skipped(word: str) -> bool:
    """Words no dictionary should judge: letters alone, numbers, acronyms, camel case."""
    if len(word) < 2 or _DIGIT.search(word):
        return True
    letters = sum(ch.isalpha() for ch in word)
    if letters <= 1 or (word.isupper() and letters <= MAX_ACRONYM):
        return True
    if not _LATIN.search(word):
        return True  # another script: "天津飯", "Москва"
    return bool(_CAMEL.search(word))


class WordChecker:
    """Judges words of one language for one organisation (build one per text)."""

    def __init__(self, language: str, profile: Profile | None = None) -> None:
        self.language = language
        self._other_dictionary: str | None = None
        self._other_engine: SpellEngine | None = None
        self._other_looked_up = False
        if language == "en":
            variant = profile.english if profile is not None else ENGLISH_VARIANTS[0]
            self.engine: SpellEngine = engine(language, variant.replace("-", "_"))
            other = next(v for v in ENGLISH_VARIANTS if v != variant)
            self._other_dictionary = other.replace("-", "_")
        else:
            self.engine = engine(language)
        self.accepted: AcceptedWords = accepted_words(profile, language, user_words(language))

    @property
    def other(self) -> SpellEngine | None:
        """For English, the other spelling's dictionary (None if not installed), loaded
        when a word first needs it (7 MB that most checks never use); looked up once
        per checker."""
        if self._other_dictionary is not None and not self._other_looked_up:
            self._other_looked_up = True
            try:
                found: SpellEngine | None = engine(self.language, self._other_dictionary)
            except SpellingUnavailable:
                found = None
            if found is not None and found.id != self.engine.id:
                self._other_engine = found
        return self._other_engine

    @property
    def engines(self) -> list[SpellEngine]:
        """This language's dictionary, and for English the other spelling's too (names
        are no spelling variant: "Shanna" is only in en_US)."""
        other = self.other
        return [self.engine] if other is None else [self.engine, other]

    def known(self, word: str, spell: SpellEngine | None = None) -> bool:
        """The dictionary's verdict, cached."""
        spell = spell or self.engine
        key = (spell.id, word)
        verdict = _verdicts.get(key)
        if verdict is None:
            verdict = spell.check(word)
            _verdicts.put(key, verdict)
        return verdict

    def other_languages(self, word: str) -> tuple[str, ...]:
        """The other post languages whose dictionaries know ``word`` ("the" in a Finnish
        version: English, and old Swedish)."""
        found = []
        for language in ("en", "sv", "fi"):
            if language == self.language:
                continue
            try:
                spell = engine(language)
            except SpellingUnavailable:
                continue
            if self.known(word, spell):
                found.append(language)
        return tuple(found)

    def compound(self, word: str) -> bool:
        """A Swedish compound of two known parts (with a linking letter or not); the last
        part has at least MIN_TAIL letters, as short words fit into too many typos."""
        lower = word.lower()
        if self.language not in COMPOUNDING or not (
            MIN_PART + MIN_TAIL <= len(lower) <= MAX_SPLIT
        ) or not lower.isalpha():
            return False
        if any(self.known(c) for c in restorations(lower, self.language)):
            return False  # "valkommen" is "välkommen" without its dots, not "val" + "kommen"
        if self._linked(lower):
            return True
        for cut in range(len(lower) - MIN_TAIL, SHORT_HEAD - 1, -1):
            head, tail = lower[:cut], lower[cut:]
            if cut < MIN_PART and len(tail) < LONG_TAIL:
                break
            if not self.known(tail):
                continue
            if self._head(head):
                return True
            if self.language == "sv" and len(head) > MIN_PART - 1 and (
                (head.endswith(_LINKS) and self._head(head[:-1]))
                or (head.endswith(_VOWEL_CHANGE) and self.known(head[:-1] + "a"))
            ):
                return True
        return False

    def _linked(self, word: str) -> bool:
        """A long known first part, the linking "s" and a short known last part
        ("genomsnitt|s|tal", "lägenhet|s|låst"): the linking letter marks the seam, so
        the last part may be as short as three letters."""
        for cut in range(len(word) - MIN_LINKED_TAIL - 1, MIN_LINKED_HEAD - 1, -1):
            if word[cut] != "s" or word[cut - 1] == "s" or len(word) - cut - 1 >= MIN_TAIL:
                continue  # a doubled "s" is a slip's mark more often than a seam's
            if self.known(word[:cut]) and self.known(word[cut + 1:]):
                return True
        return False

    def adjective_as_noun(self, word: str) -> bool:
        """A Finnish adjective used as a noun with a possessive suffix, which Voikko
        gives only to nouns: "22 viisivuotiastamme" (our five-year-olds),
        "viisivuotiaamme", "pienimmämme", "seitsemänkymppisiään" (the third person's
        long vowel and -n after a case ending in a vowel). The form without the suffix
        (with the genitive's "-n" or the plural's "-t" the suffix replaces) must be an
        adjective Voikko knows in a case that takes one."""
        if self.language != "fi" or not word.isalpha() or not word[1:].islower():
            return False
        word = word.lower()
        suffix = next((s for s in _POSSESSIVES if word.endswith(s)), None)
        lengthened = suffix is None and word[-1:] == "n" and word[-2:-1] in _VOWELS and (
            word[-2] == word[-3:-2])
        if lengthened:
            # the third person's long vowel and -n after a case ending in a vowel:
            # "seitsemänkymppisiään" ("seitsemänkymppisiä" + "än"), "pienimmässään"
            suffix = word[-2:]
        if suffix is None or len(word) - len(suffix) < MIN_PART:
            return False
        stem = word[: -len(suffix)]
        candidates = ((stem,) if stem[-1:] in "nt" or lengthened
                      else (stem, stem + "n", stem + "t"))
        try:
            handle = voikko()
        except MorphologyUnavailable:
            return False
        return any(
            analysis.get("CLASS") == "laatusana" and (
                analysis.get("SIJAMUOTO") not in ("nimento", "omanto") if lengthened
                else analysis.get("SIJAMUOTO") != "nimento"
                or analysis.get("NUMBER") == "plural")
            for candidate in candidates for analysis in handle.analyze(candidate)
        )

    def compound_parts(self, word: str) -> tuple[str, str] | None:
        """For a Swedish word :meth:`compound` does not accept, the two known words it
        reads as, if any: a first part of three letters or more (or such a word
        without its final "-a", as Swedish joins "skola", "vila", "läsa": "skol|gård",
        "vil|bänkar", "läs|sommar"), or with a linking letter ("familje|stoj"), and a last
        part of MIN_TAIL letters or more ("fyr|museum", "rör|brott"), or of
        NOTE_SHORT_TAIL after a first part of NOTE_LONG_HEAD ("ruccola|frön",
        "fönster|rikt"), or an island ("fyr|ön"). Such a word is as likely a compound the
        dictionary lacks as a slip (about 1 one-letter slip in 80 of a Swedish word reads
        so), so it is a note to check, not a warning."""
        lower = word.lower()
        if self.language not in COMPOUNDING or not lower.isalpha() or not (
            SHORT_HEAD < len(lower) <= MAX_SPLIT
        ):
            return None
        for cut in range(SHORT_HEAD, len(lower) - NOTE_SHORT_TAIL + 1):
            head, tail = lower[:cut], lower[cut:]
            if len(tail) < (NOTE_SHORT_TAIL if cut >= NOTE_LONG_HEAD else MIN_TAIL):
                continue
            if self.known(tail) and (self.known(head) or self._dropped_a(head) or (
                cut > MIN_PART and head.endswith(_LINKS) and head[-1] != head[-2]
                and self.known(head[:-1])  # a doubled "s" marks a slip: "heltidssjobb"
            )):
                return head, tail
        for tail in _ISLAND:
            head = lower[:-len(tail)]
            if lower.endswith(tail) and len(head) >= SHORT_HEAD and (
                self.known(head) or self._dropped_a(head)
            ):
                return head, tail  # "fyr|ön", "bad|öarna": an island named by what is on it
        return None

    def _dropped_a(self, head: str) -> bool:
        """A word ending in "-a" without it ("skol" for "skola"); not after a vowel."""
        return head[-1:] not in _VOWELS and self.known(head + "a")

    def _head(self, head: str) -> bool:
        """A compound's first part: a known word, or a name of MIN_NAME_HEAD or more letters
        written in lower case as Swedish writes it in a compound ("oscarsvinnande",
        "mellanösternfronten")."""
        return self.known(head) or (
            len(head) >= MIN_NAME_HEAD and self.known(head[:1].upper() + head[1:])
        )

    def correct(self, word: str) -> bool:
        word = word.replace("’", "'")
        if self.known(word) or word in self.accepted or skipped(word):
            return True
        if self.accepted.inflected(word, self.known):
            return True
        stem, colon, ending = word.partition(":")
        if colon and stem and (skipped(stem) or stem in self.accepted):
            return True  # EU:ssa, Skutnäs:ssa
        if colon and stem.isalpha() and skipped(stem.upper()) and (
            ending.isalpha() and len(ending) <= MAX_COLON_ENDING
        ):
            return True  # sdp:n: a colon and an ending follow only an abbreviation
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            if len(parts) > 1 and parts[0].lower() in hyphen_prefixes(self.language):
                return self.correct("-".join(parts[1:]))  # "un-detectable", "mis-matches"
            if self.language == "en" and len(parts) > 2 and parts[-1] in _EN_PLURAL_HEADS:
                return self.correct(word[:-1])  # "five-year-olds", "two-year-olds"
            return len(parts) > 1 and (
                all(self.correct(p) or (index < len(parts) - 1 and self._bound(p))
                    for index, p in enumerate(parts))
                or self.range(parts)
            )
        return (self.compound(word) or self.derived(word) or self.adjective_as_noun(word)
                or self._modelled(word) or self.last_part_inflected(word))

    def last_part_inflected(self, word: str) -> bool:
        """A Finnish compound Voikko knows with both parts inflecting ("täysikuu",
        "täydenkuun"), written with only its last part inflected, as Kielitoimisto allows
        ("täysikuun", "uusikuulla"): the first part an adjective or a numeral as in the
        compound's nominative, the rest a form of a noun, and the two the compound's
        nominative."""
        if self.language != "fi" or not word.isalpha() or not word[1:].islower() or (
            len(word) > MAX_SPLIT
        ):
            return False
        lower = word.lower()
        try:
            handle = voikko()
        except MorphologyUnavailable:
            return False
        for cut in range(MIN_PART - 1, len(lower) - MIN_PART + 2):
            head, tail = lower[:cut], lower[cut:]
            if not any(a.get("CLASS") in ("laatusana", "lukusana")
                       and a.get("SIJAMUOTO") == "nimento" for a in handle.analyze(head)):
                continue  # an agreeing first part is an adjective or a numeral: "täysi"
            for analysis in handle.analyze(tail):
                base = str(analysis.get("BASEFORM", ""))
                if analysis.get("CLASS") != "nimisana" or base == tail or not base:
                    continue
                whole = head + base
                if any(a.get("BASEFORM") == whole and str(a.get("STRUCTURE", "")).count("=") > 1
                       for a in handle.analyze(whole)):
                    return True
        return False

    def _modelled(self, word: str) -> bool:
        """A form or compound of a Finnish word the dictionary lacks that
        ``[inflected-words]`` lists with a word inflecting as it does
        ("yrittäjämentorin": "mentori" as "paperi")."""
        return self.language == "fi" and word.isalpha() and listed_form(
            word.lower(), INFLECTED_WORDS, self.language) is not None

    def _bound(self, part: str) -> bool:
        """A Finnish compound's first part that stands only before a hyphen: "pohjois-",
        "itä-" (Voikko knows them so), as in "pohjois-etelä-suunnassa"."""
        return self.language == "fi" and part.isalpha() and self.known(part + "-")

    def range(self, parts: list[str]) -> bool:
        """Two parts whose first borrows the second's end: "huhti-kesäkuun" (April to
        June: "huhtikuun" and "kesäkuun"), "tammi-maaliskuussa"."""
        if len(parts) != 2 or not parts[0].isalpha() or not (
            len(parts[0]) >= MIN_RANGE_HEAD and len(parts[0]) + len(parts[1]) <= MAX_SPLIT
        ):
            return False
        head, tail = parts
        if not self.correct(tail):
            return False
        return any(self.known(head + tail[cut:]) or self.known(head.lower() + tail[cut:])
                   for cut in range(1, len(tail) - MIN_RANGE_END + 1))

    def after_number(self, digits: str, word: str) -> bool:
        """Whether ``word``, written after the number ``digits`` and a hyphen, is right
        there: the dictionary knows the whole ("28-vuotias", "18-åringen"; Voikko's
        "7-luokkalaisten" stands for the ordinal "7.-luokkalaisten" as well), or, in
        English, it is the plural of a compound that is right by its parts ("year-olds":
        "year-old")."""
        whole = f"{digits}-{word}"
        if self.known(whole):
            return True
        return (self.language == "en" and "-" in word and word.endswith("s")
                and len(word) <= MAX_SPLIT and self.correct(word[:-1]))

    def derived(self, word: str) -> bool:
        """An English word made regularly from a known one (:meth:`_english_derived`), or
        a Swedish word made by a productive ending from a known word: "vårdandet"
        (the verbal noun of "vårdande"), "generationsvis" ("generation" + s + "vis"),
        "skötningen" ("sköta" + "-ning"), "kollektivitet" ("kollektiv" + "-itet")."""
        if self.language == "en" and word.isalpha() and len(word) <= MAX_SPLIT:
            return self._english_derived(word.lower())
        if self.language != "sv" or not word.isalpha() or len(word) > MAX_SPLIT:
            return False
        lower = word.lower()
        for ending in _SV_VERBAL_NOUN:
            if lower.endswith(ending):
                return self.known(lower[: len(lower) - len(ending) + 4])
        if lower.endswith(_SV_ADVERB) and len(lower) >= MIN_PART + len(_SV_ADVERB):
            stem = lower[: -len(_SV_ADVERB)]
            return self.known(stem) or (stem.endswith("s") and self.known(stem[:-1]))
        for ending in _SV_ACTION_NOUN:
            stem = lower[: -len(ending)]
            if lower.endswith(ending) and len(stem) >= MIN_PART:
                # "skötningen": "sköta" + "-ning" (in its inflected forms); a doubled
                # letter before it is a slip's mark ("stämmning", "beräknningen"), and a
                # verb in "-era" makes "-ering" ("parkering", not "parkerning")
                return (stem[-1] != stem[-2] and stem[-1] != "n" and not stem.endswith("er")
                        and self.known(stem + "a"))
        for ending in _SV_QUALITY_NOUN:
            stem = lower[: -len(ending)]
            if lower.endswith(ending) and len(stem) >= MIN_DERIVED_STEM:
                return self.known(stem)  # "kollektivitet": "kollektiv" + "-itet"
        return self._resident(lower)

    def _english_derived(self, lower: str) -> bool:
        """An English adverb or noun made regularly from a word the dictionary knows:
        "-bly" from an adjective in "-ble" ("impermissibly"), "-isation"/"-ization" from
        a verb in "-ise"/"-ize" ("iodisation"), from a stem of MIN_EN_STEM letters; or a
        known word of MIN_AFFIXED letters or more with one of the productive affixes
        ("noninteger", "miteless")."""
        for ending, replacement in _EN_DERIVED:
            stem = lower[: -len(ending)]
            if lower.endswith(ending) and len(stem) >= MIN_EN_STEM:
                return self.known(stem + replacement)
        return any(
            lower.startswith(prefix) and len(lower) - len(prefix) >= MIN_AFFIXED
            and self.known(lower[len(prefix):]) for prefix in _EN_PREFIXES
        ) or any(
            lower.endswith(suffix) and len(lower) - len(suffix) >= MIN_AFFIXED
            and self.known(lower[: -len(suffix)]) for suffix in _EN_SUFFIXES
        )

    def _resident(self, lower: str) -> bool:
        """A Swedish resident noun, written in lower case after a place the dictionary
        knows only as a name: "karlebybo" ("Karleby"), "jakobstadsborna"."""
        for ending in _SV_RESIDENT:
            if not lower.endswith(ending):
                continue
            stem = lower[: -len(ending)]
            for place in (stem, stem[:-1] if stem.endswith("s") else ""):
                if len(place) >= MIN_PLACE and not self.known(place) and self.known(
                    place[:1].upper() + place[1:]
                ):
                    return True
            return False
        return False

    def in_context(self, text: str, start: int, end: int, word: str) -> Misspelling | None:
        """An unknown word judged with what surrounds it: None when it is part of a
        number, an abbreviation or a compound ellipsis; else the span to flag."""
        before = text[start - 1] if start else ""
        if before.isdigit():
            return None  # 6th, £2bn, 5km: a number's suffix or unit
        if before == ":" and start >= 2 and (
            text[start - 2].isdigit() or text[start - 2] in "%."
        ) and word.islower() and len(word) <= MAX_COLON_ENDING_CLITIC:
            return None  # a number's or an abbreviation's case ending: "955:ltä",
            # "75 %:iin", "U.S.A.:ssa", "Jr.:lle"
        if before == "_" or text.startswith("_", end):
            return None  # a file or variable name: "Lisa_coverletter.doc"
        if before == "." and start >= 2 and text[start - 2].isalnum():
            domain, hyphen, rest = word.partition("-")
            if hyphen and rest and domain in bare_domain_tlds():
                # "Suomi.fi-tunnistus", "Suomi.fi-meddelanden": a web address as a
                # compound's first part; the rest is a word of its own
                return None if self.correct(rest) else Misspelling(end - len(rest), end, rest)
            if word.islower() and len(word) <= MAX_EXTENSION:
                return None  # a file name's extension: "TEXT.htm"
        if before == "." and (start < 2 or text[start - 2] in " \t\n\u00a0(\"'“”") and (
            word.islower() and (end == len(text) or text[end] not in "-'’")
        ):
            return None  # a file type or a dotfile: ".pdf-muodossa" aside, ".env", ".gitignore"
        if word.islower() and _GENUS_BEFORE.search(text, max(0, start - MAX_GENUS), start) and (
            _SPECIES_AFTER.match(text, end)
        ):
            return None  # "(Rosa rugosa)", "(L. polyphyllus)": a species' scientific name
        if before == "(" and word[:1].isupper() and _SPECIES_NAME.match(text, end):
            return None  # its genus
        if text.startswith(".", end) and (
            domain_after := _DOMAIN_AFTER.match(text, end + 1)
        ) and domain_after.group("tld") in bare_domain_tlds():
            return None  # "Suomi" of "Suomi.fi-tunnistus": a web address's name
        if before and before in "-–" and (number := _number_before(text, start - 1)) is not None:
            first, digits = number
            if self.after_number(digits, word) or weekday_abbreviation(
                text, start, end, self.language
            ):
                return None  # "28-vuotias"; a range's end day, "må 28.12–on 30.12"
            return Misspelling(first, end, text[first:end])
        if text.startswith(".", end):
            dotted = _DOTTED.match(text, start)
            if dotted and self.known(dotted.group()):
                return None
            letters = sum(c.isalpha() for c in word)
            if (word.islower() or (word[:1].isupper() and word[1:].islower())) and (
                (letters <= MAX_ABBREVIATION and _GOES_ON.match(text, end))
                or (letters <= MAX_ABBREVIATION_BEFORE_NUMBER and _NUMBER_AFTER.match(text, end))
                or (word.islower() and letters <= MAX_OPENING_ABBREVIATION and before == "(")
            ):
                # "myöh. 1800-luvulla", "satur. 92–95", "(lat. Iohannes"; opening a
                # sentence that goes on: "Heng. on", "Ungef. 20 personer"
                return None
        if self.language == "sv" and word.islower() and self._spaced_abbreviation(
            text, start, end
        ):
            return None  # "m fl", "bl a", "o s v": Swedish writes them without points too
        if _ELLIPSIS.match(text, end):
            return None
        if (after_dash := _DASH_WORD.match(text, end)) is not None and self._shares_ending(
            word, after_dash.group(1)
        ):
            return None  # "huhti–toukokuussa": the first of two compounds sharing a part
        after_number = bool(_AFTER_NUMBER.match(text, max(0, start - 2), start)
                            or _PER_UNIT.match(text, max(0, start - 2), start))
        if after_number and word.lower() in units(self.language):
            return None  # "1 h 30 min", "10 €/hlö"
        if weekday_abbreviation(text, start, end, self.language):
            return None  # "må–fr 9–16, lö 10–14"
        if word.lower() in legal_forms() and self._after_name(text, start):
            return None  # a name's legal form: "Jakobstads Lions Club rf", "Firma Oy"
        other = self._other_variant(word)
        if other is not None:
            return Misspelling(start, end, word, other)
        if word.islower() and len(word) <= MAX_UNIT and after_number:
            return Misspelling(start, end, word, "unit")  # "72,000 bpd"
        return Misspelling(start, end, word)

    def _spaced_abbreviation(self, text: str, start: int, end: int) -> bool:
        """Whether the word at ``text[start:end]`` is part of a Swedish abbreviation
        written with spaces instead of points, as Swedish style allows ("m fl", "bl a",
        "o s v"): its letters, with points, are an abbreviation the dictionary knows
        ("m.fl.")."""
        low = max(0, start - MAX_SPACED_REACH)
        for found in _SPACED.finditer(text, low, min(len(text), end + MAX_SPACED_REACH)):
            if not found.start() <= start < found.end():
                continue
            letters = [(s, e) for group in (1, 2) for s, e in found.spans(group)]
            letters.sort()
            index = next((i for i, (s, _e) in enumerate(letters) if s == start), None)
            return index is not None and any(
                self.known(".".join(text[s:e] for s, e in letters[first:last]) + ".")
                for first in range(index + 1)
                for last in range(max(first + 2, index + 1), len(letters) + 1)
            )
        return False

    def _shares_ending(self, word: str, following: str) -> bool:
        """Whether ``word`` before a dash is the first of two compounds that share their
        last part, written once: "huhti–toukokuussa" (April–May, "huhti|kuussa"), the
        shared part at least three letters."""
        lower = word.lower()
        return any(self.known(lower + following[cut:])
                   for cut in range(1, len(following) - MIN_SHARED_PART + 1))

    def _after_name(self, text: str, start: int) -> bool:
        """Whether a name stands right before ``start``: a capitalised word, and if it
        opens a sentence, one the dictionary does not know in lower case ("Folkhälsan
        rf", not "The rf")."""
        before = _word_before(text, start)
        if before is None or not before[1][0].isupper():
            return False
        first, name = before
        return not _opens_sentence(text, first) or not self.known(name.lower())

    def _other_variant(self, word: str) -> str | None:
        """What the other English variant's dictionary makes of ``word``: "variant" if it
        knows it in lower case, the other spelling of a word ("color", "Color");
        "name" if it knows it only capitalised ("Vaasa", "Amin": a name that dictionary
        lists and this one does not, no spelling of either); None if it does not know
        it, or for Finnish and Swedish."""
        other = self.other
        if other is None:
            return None
        word = word.replace("’", "'")
        if not self.known(word, other):
            return None
        return "variant" if word.islower() or self.known(word.lower(), other) else "name"

    def misspellings(self, text: str) -> list[Misspelling]:
        verdicts: dict[str, bool] = {}
        found = []
        blanks = placeholders(text)  # a template's blanks are reported as such
        for start, end, word in joined_words(text):
            if blanks and any(s <= start < e for s, e in blanks):
                continue
            verdict = verdicts.get(word)
            if verdict is None:
                verdict = verdicts[word] = self.correct(word)
            if not verdict:
                miss = self.in_context(text, start, end, word)
                if miss is not None:
                    found.append(miss)
        return found


def _number_before(text: str, hyphen: int) -> tuple[int, str] | None:
    """The number a word is glued to by the hyphen at ``hyphen``: its start and digits,
    an ordinal's full stop left out ("7.-luokkalaisten", the last number of a range
    "1.–2.-luokkalaiset"); None if no digit stands there. Reads at most MAX_NUMBER
    characters back."""
    end = hyphen
    if end >= 2 and text[end - 1] == "." and text[end - 2].isdigit():
        end -= 1
    first = end
    while first and end - first < MAX_NUMBER and text[first - 1].isdigit():
        first -= 1
    if first == end:
        return None
    return first, text[first:end]


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """The word right before ``start``, a space or two between them, and its start;
    None if none stands there. Reads at most MAX_SPLIT letters back."""
    end = start
    while end and start - end < MAX_GAP and text[end - 1] in _GAP:
        end -= 1
    first = end
    while first and end - first < MAX_SPLIT and text[first - 1].isalpha():
        first -= 1
    if end == start or first == end:
        return None
    return first, text[first:end]


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a line or a sentence."""
    position = start
    while position and start - position < MAX_GAP and text[position - 1] in _GAP:
        position -= 1
    return not position or text[position - 1] in _SENTENCE_END


def joined_words(text: str) -> Iterator[tuple[int, int, str]]:
    """:func:`composer.entities.words`, with the parts of a word that a soft hyphen or
    another invisible joiner splits put together ("kau\u00adpungin" is "kaupungin", its
    span the whole): news sites hyphenate long words so, and pasted text keeps it."""
    found = words(text)
    if not _JOINERS.search(text):
        yield from found
        return
    index = 0
    while index < len(found):
        start, end, word = found[index]
        while index + 1 < len(found) and found[index + 1][0] == end + 1 and (
            text[end] in JOINERS
        ):
            index += 1
            end, word = found[index][1], word + found[index][2]
        yield start, end, word
        index += 1


def misspellings(text: str, language: str, profile: Profile | None = None) -> list[Misspelling]:
    """The misspelt words of ``text``; raises :class:`SpellingUnavailable` if the
    language's engine or dictionary is missing."""
    return WordChecker(language, profile).misspellings(text)


def is_correct(word: str, language: str, profile: Profile | None = None) -> bool:
    """Whether ``word`` would pass the spelling check."""
    return WordChecker(language, profile).correct(word)


def clear_caches() -> None:
    _verdicts.clear()
