"""Spoken language and chat shorthand: a note on register, not a misspelling.

"mä", "mut", "sitte" in Finnish, "nåt", "dom" in Swedish, "btw", "idk" in English are no
typos: the writer chose them. Official posts are written in standard language
(hallintolaki 9 §; the towns' guidelines), so the spelling rule shows them as
``spelling.colloquial``, information with the written standard form as its suggestion.

The forms are data (``resources/wordlists/spelling.toml``, ``[colloquial]``); Finnish
spoken language's regular shortenings are recognised by form, each only when the
standard form is a word the dictionary knows and swapping two letters back does not make
a word of it ("Kakiki" is a swap in "Kaikki"): a past participle without its final -t
("ollu", "menny" for "ollut", "mennyt"), a question with -ks for -ko/-kö ("onks",
"oliks"), the clitic -ki for -kin ("muutenki"), -s and -l for -ssa and -lla
("alakerras", "kaupungil"), a lengthened vowel for a partitive's -a ("kaikkee"), -ks
for the translative's -ksi ("kaveriks"), -s for the possessive -si ("kanssas"), -tii for
the past passive's -tiin ("tultii"), -is for the conditional's -isi ("kuulis", also
before a question clitic: "voiskos"), a plural partitive's -i for -ja/-ia ("vahvoi",
"entisii"), "ee" for "ea" ("nopeesti"), a listed spoken numeral as a compound's
first part ("kuuskymppinen"), a long vowel and -n for the illative infinitive's
-maan/-mään ("lähtee nouseen", "alkaa koluaan" for "nousemaan", "koluamaan"), and an
"i" dropped from an "-oittaa" verb's "oi" before "tt" ("alottaa", "kirjottamisen") or
from a "-lainen" word's diphthong before its ending ("sellaset", "erilanen"), each
only where Voikko reads the standard form as such a verb or adjective, and a
conditional's "-uis-" for "-uais-" ("haluisit" for "haluaisit") where Voikko reads the
standard form as a conditional. Swedish spoken tens without their final -o ("fyrti",
"tjugu") are read inside a number written as one word too ("fyrtifem" for
"fyrtiofem", ``[spoken-numerals]``).

A version that has at least :data:`SPOKEN_REGISTER` such forms is written in spoken
language, and its other unknown words are read with the looser shortenings a slip could
also make (:func:`spoken_form`): a lost last vowel, -n or -t ("ett", "sielt", "jotai",
"ny" for "että", "sieltä", "jotain", "nyt"), a conditional's "-äs", "-ys" for "-äisi",
"-yisi" ("pistäs", "täytys"), "o" for "oi" anywhere ("kotti"), a lost "d"
("lähen" for "lähden"), "tt" for "ts" ("kattoo") and "ii" for "iää" ("selvii"). In
standard text they stay slips, except for a conjunction that loses its last vowel before
the negation verb (:func:`before_negation`: "ett ei", "vaikk en"), as the written
contractions "ettei" and "vaikken" do.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from functools import cache
from typing import Any

import regex

from composer.morphology import MorphologyUnavailable, voikko
from composer.resources import load_toml
from composer.spelling.candidates import restorations, swaps
from composer.spelling.engines import SpellEngine, same_case
from composer.spelling.inflection_models import is_lemma, listed_form
from composer.spelling.lru import LRU

#: A participle's ending before its lost -t: "-nu", "-ny", "-lu", "-ly", "-ru", "-sy" ...
_PARTICIPLE_CONSONANTS = "nlrs"
#: Vowels spoken Finnish lengthens in place of a partitive's -a/-ä ("kaikkee", "paljoo").
_LENGTHENED = "eoöuy"
_VOWELS = "aeiouyäö"
#: The shortest word read by form (shorter ones are too easily slips).
MIN_PATTERN = 4
#: The table of everyday spoken words the dictionary lacks.
EVERYDAY = "colloquial-words"
#: Finnish clitics a spoken form may carry, and how standard language writes them.
_CLITICS = (("kään", "kään"), ("kaan", "kaan"), ("kin", "kin"), ("ki", "kin"),
            ("hän", "hän"), ("han", "han"), ("kö", "kö"), ("ko", "ko"))
#: Readings kept per word (a version repeats its words; a re-check repeats them all).
#: The spoken readings of a word depend on its language's dictionary only (the Finnish
#: one, Voikko, is the same for every profile), so the language is the key; "" stands
#: for no reading.
_READINGS: LRU[str] = LRU(4096)
#: Spoken forms read with certainty that make a version one written in spoken language.
SPOKEN_REGISTER = 2
#: The illative infinitive's endings, which spoken Finnish says as a long vowel and -n.
_INFINITIVE = ("maan", "mään")


def clear_caches() -> None:
    """Forget the readings (after a dictionary was installed)."""
    _READINGS.clear()


def _remembered(key: Hashable, read: Callable[[], str | None]) -> str | None:
    """The reading kept under ``key``, made by ``read`` the first time."""
    found = _READINGS.get(key)
    if found is None:
        found = read() or ""
        _READINGS.put(key, found)
    return found or None


@cache
def _table(language: str) -> dict[str, str]:
    table = load_toml("wordlists", "spelling.toml").get("colloquial", {}).get(language, {})
    return {form.lower(): str(standard) for form, standard in table.items()}


def standard_form(word: str, spell: SpellEngine, spoken: bool = False) -> str | None:
    """The written standard form of ``word`` if it is a spoken or chat form of
    ``spell``'s language, else None. In a version written in spoken Finnish
    (``spoken``), a regular shortening is read so even where swapping two letters back
    makes a word ("tykkäis" is "tykkäisi" there, not "tykkäsi")."""
    return _remembered(("standard", word, spell.language, spoken),
                       lambda: _standard_form(word, spell, spoken))


def _standard_form(word: str, spell: SpellEngine, spoken: bool) -> str | None:
    lower = word.lower().replace("’", "'")
    listed = (_table(spell.language).get(lower) or _with_clitic(lower, spell.language)
              or _everyday_word(lower, spell.language) or _spoken_head(lower, spell)
              or _spoken_tens(lower, spell))
    if listed is not None:
        return same_case(word, listed)
    if spell.language != "fi" or len(lower) < MIN_PATTERN or not lower.isalpha():
        return None
    for stem, clitic in _question_clitics(lower):
        # Before a question clitic only the conditional's -is is read ("voiskos" is
        # "voisikos", not "voissakos"): the other endings are too easily slips there
        # ("leikkipuisko" is "leikkipuisto").
        patterns = [stem + "i"] if clitic else _spoken_patterns(stem)
        for standard in patterns:
            standard += clitic
            if spell.check(standard) and (
                not standard.endswith(_INFINITIVE) or _illative_infinitive(standard)
            ):
                if not spoken and _slip_of_a_word(lower, spell):
                    return None  # "Kakiki" is "Kaikki" with two letters swapped
                return same_case(word, standard)
    restored = _lost_i(lower, spell) or _spoken_conditional(lower, spell, loose=False)
    if restored is not None and (spoken or not _slip_of_a_word(lower, spell)):
        return same_case(word, restored)
    return None


def _spoken_conditional(word: str, spell: SpellEngine, loose: bool) -> str | None:
    """The standard form of a conditional spoken Finnish shortens: "-uis-" for "-uais-"
    ("haluisit": "haluaisit"), and with ``loose`` (in a version written in spoken
    Finnish) "-äs"/"-as" for "-äisi"/"-aisi" ("pistäs": "pistäisi") and "-ys"/"-us" for
    "-yisi"/"-uisi" ("täytys": "täytyisi"), which elsewhere are as often slips of a past
    tense or a noun ("korjas" for "korjasi", "yhtys" for "yhteys"). Voikko must read the
    standard form as a verb in the conditional."""
    if len(word) < MIN_PATTERN or not word.isalpha():
        return None
    candidates = []
    if loose and word.endswith(("as", "äs", "ys", "us")) and word[-3] not in _VOWELS:
        candidates.append(word[:-1] + "isi")  # "pistäs": "pistäisi", "täytys"
    at = word.rfind("uis")
    if at > 0:
        lengthened = word[:at] + "uais" + word[at + 3:]
        candidates += [lengthened, lengthened + "i"]  # "haluisit", "haluis"
    return next((c for c in candidates
                 if _read_as(c, spell, lambda a: a.get("MOOD") == "conditional")), None)


#: The endings of an "-inen" adjective's forms after its stem's vowel ("sellai|nen",
#: "sellai|sia"): spoken Finnish drops that "i" ("sellanen", "sellasia").
_INEN_FORMS = regex.compile(r"(?<=[aäo])(?=(?:nen|s[aeiäu]\w{0,6})$)")


#: The "-inen" words whose "i" spoken Finnish drops, by their endings: the "-lainen"
#: kind ("sellainen", "erilainen", "suomalainen") and "jokainen". Others read so are as
#: often slips ("lasen" for "lasten" is no "laisen").
_SPOKEN_INEN = ("lainen", "läinen", "jokainen")
#: An "-oittaa" verb derived from a stem of two letters or more ("al|oittaa",
#: "kirj|oittaa"; not "voittaa", "soittaa") and its forms: "-oitta-", "-oittu-".
_OITTAA_VERB = regex.compile(r"^\w{2,}oitt[au]")


def _lost_i(word: str, spell: SpellEngine) -> str | None:
    """The standard form of ``word`` if it is one of two regular spoken forms that drop
    an "i" from a diphthong: an "-oittaa" verb's "oi" before "tt" ("alottaa",
    "kirjottamisen", "sekottuneita" for "aloittaa", "kirjoittamisen", "sekoittuneita")
    and a "-lainen" adjective's or pronoun's "ai" or "äi" before its ending ("sellaset",
    "tällasia", "jokanen" for "sellaiset", "tällaisia", "jokainen"). Voikko
    must read the standard form as that verb (a derivation of it included) or that
    adjective: a letter put back elsewhere is what undoing any slip does."""
    if len(word) < MIN_PATTERN or not word.isalpha():
        return None
    candidates = [(word[:m.start() + 1] + "i" + word[m.start() + 1:], "oitt")
                  for m in regex.finditer(r"o(?=tt)", word)]
    candidates += [(word[:m.start()] + "i" + word[m.start():], "inen")
                   for m in _INEN_FORMS.finditer(word)]

    def dropped_from(mark: str) -> Callable[[dict[str, Any]], bool]:
        def accepts(analysis: dict[str, Any]) -> bool:
            base = str(analysis.get("BASEFORM", ""))
            if mark == "oitt":
                return _OITTAA_VERB.search(base) is not None
            return base.endswith(_SPOKEN_INEN) and len(base) > len("lainen") and (
                analysis.get("CLASS") in ("laatusana", "asemosana", "nimisana_laatusana"))
        return accepts

    return next((c for c, mark in candidates if _read_as(c, spell, dropped_from(mark))),
                None)


def _read_as(candidate: str, spell: SpellEngine,
             accepts: Callable[[dict[str, Any]], bool]) -> bool:
    """Whether ``spell`` knows ``candidate`` and Voikko reads it as ``accepts`` wants."""
    if not spell.check(candidate):
        return False
    try:
        analyses = voikko().analyze(candidate)
    except MorphologyUnavailable:
        return False
    return any(accepts(analysis) for analysis in analyses)


#: The question clitic and its "-s" ("voiskos": "voisi" + "kos"), before which the
#: conditional's spoken -is is read.
_QUESTION_CLITICS = ("kos", "kös", "ko", "kö")


def _question_clitics(word: str) -> list[tuple[str, str]]:
    """``word`` as it is, and, if it ends in the conditional's spoken -is and a question
    clitic, split before the clitic ("voiskos": "vois" and "kos"), as (stem, clitic)
    pairs."""
    pairs = [(word, "")]
    for clitic in _QUESTION_CLITICS:
        stem = word[:-len(clitic)]
        if word.endswith(clitic) and len(stem) >= MIN_PATTERN and stem.endswith("is") and (
            _back(stem) == _back(clitic)
        ):
            pairs.append((stem, clitic))
            break
    return pairs


def _with_clitic(word: str, language: str) -> str | None:
    """A listed spoken form with a clitic ("mäkään", "mullakin", "tääki"): the standard
    form with the clitic, spoken "-ki" written "-kin" ("minäkään", "minullakin")."""
    if language != "fi":
        return None
    table = _table(language)
    for clitic, written in _CLITICS:
        stem = word[:-len(clitic)]
        harmonic = any(c in "aouäöy" for c in clitic)
        if not word.endswith(clitic) or (harmonic and _back(stem) != _back(clitic)):
            continue  # vowel harmony: "mäkään", "kuko", not "kukö"
        if standard := table.get(stem):
            if "," in standard:
                return None  # alternatives: "de, dem"
            return standard + written  # "emmäkään": "en minäkään"
    return None


#: The shortest listed spoken form read as a compound's first part ("kuus|kymppinen"),
#: and the shortest rest after it.
MIN_SPOKEN_HEAD = 4
MIN_SPOKEN_REST = 3


def _spoken_head(word: str, spell: SpellEngine) -> str | None:
    """A Finnish compound whose first part is a listed spoken numeral, the whole known
    with the numeral's standard form: "kuuskymppisiään" is "kuusikymppisiään",
    "kakskielinen" "kaksikielinen". The rest begins as a Finnish word does, with one
    consonant and a vowel ("kaksnkertainen" is a slip in "kaksinkertainen")."""
    if spell.language != "fi" or not word.isalpha():
        return None
    table = _table("fi")
    for cut in range(MIN_SPOKEN_HEAD, len(word) - MIN_SPOKEN_REST + 1):
        standard, rest = table.get(word[:cut]), word[cut:]
        if standard and rest[0] not in _VOWELS and rest[1] in _VOWELS and (
            _numeral(standard) and spell.check(standard + rest)
        ):
            return standard + rest
    return None


@cache
def _numeral(word: str) -> bool:
    """Whether Voikko reads ``word`` as a numeral ("kuusi", "seitsemän")."""
    try:
        analyses = voikko().analyze(word)
    except MorphologyUnavailable:
        return False
    return any(a.get("CLASS") == "lukusana" for a in analyses)


def _back(part: str) -> bool:
    """Whether ``part`` takes back-vowel endings (it has an a, o or u; "ki" and "kin",
    with neither kind, go with both)."""
    return any(c in "aou" for c in part)


@cache
def _spoken_numerals(language: str) -> Any:
    """A pattern matching ``language``'s spoken tens (``[spoken-numerals]``) where the
    written form's last letter does not follow, and the written forms by spoken one."""
    spoken = load_toml("wordlists", "spelling.toml").get("spoken-numerals", {}).get(
        language, [])
    table = _table(language)
    written = {form: table[form] for form in spoken if form in table}
    if not written:
        return None, written
    alternatives = "|".join(sorted(written, key=len, reverse=True))
    return regex.compile(rf"(?:{alternatives})(?!o)"), written


def _spoken_tens(word: str, spell: SpellEngine) -> str | None:
    """A number written as one word with the spoken form of its tens, the whole known
    with the written ones: Swedish "fyrtifem", "hundrasextifem" are "fyrtiofem",
    "hundrasextiofem"."""
    pattern, written = _spoken_numerals(spell.language)
    if pattern is None or not word.isalpha() or len(word) > MAX_NUMBER_WORD:
        return None
    standard = pattern.sub(lambda m: written[m.group()], word)
    return standard if standard != word and spell.check(standard) else None


#: The longest number written as one word that is read for its spoken tens.
MAX_NUMBER_WORD = 40


def _everyday_word(word: str, language: str) -> str | None:
    """The standard word of ``word`` if it is a form of an everyday spoken word the
    dictionary lacks, alone or as a part of a compound ("kouluterkkarilla",
    "skeittiparkissa"; :mod:`composer.spelling.inflection_models`)."""
    return listed_form(word, EVERYDAY, language)


def replaceable(word: str, language: str) -> bool:
    """Whether :func:`standard_form` of ``word`` may replace it as it stands: not for
    an inflected form or a compound of an everyday word ("kouluterkkarilla"), whose
    standard word is given in its dictionary form ("terveydenhoitaja")."""
    lower = word.lower().replace("’", "'")
    return lower in _table(language) or _everyday_word(lower, language) is None or (
        is_lemma(lower, EVERYDAY, language))


def spoken_register(words: Iterable[str], spell: SpellEngine) -> bool:
    """Whether ``words`` (a version's unknown words) hold at least
    :data:`SPOKEN_REGISTER` different spoken forms read with certainty
    (:func:`standard_form`): the version is written in spoken Finnish."""
    if spell.language != "fi":
        return False
    seen: set[str] = set()
    for word in words:
        lower = word.lower()
        if lower not in seen and standard_form(word, spell) is not None:
            seen.add(lower)
            if len(seen) >= SPOKEN_REGISTER:
                return True
    return False


def spoken_form(word: str, spell: SpellEngine) -> str | None:
    """The standard form of ``word`` read with the looser shortenings of spoken Finnish,
    for a version already written in spoken language (:func:`spoken_register`); None
    where none makes a known word, or where undoing a swap makes one."""
    return _remembered(("spoken", word, spell.language), lambda: _spoken_form(word, spell))


def _spoken_form(word: str, spell: SpellEngine) -> str | None:
    lower = word.lower().replace("’", "'")
    if spell.language != "fi" or not lower.isalpha():
        return None
    table = _table("fi")
    conditional = _spoken_conditional(lower, spell, loose=True)
    if conditional is not None and not _slip_of_a_word(lower, spell):
        return same_case(word, conditional)
    for candidate in _loose_patterns(lower):
        standard = table.get(candidate)
        if standard is None and len(candidate) > 2 and spell.check(candidate) and (
            _one_word(candidate)
        ):
            standard = candidate
        if standard is not None:
            if _slip_of_a_word(lower, spell):
                return None
            return same_case(word, standard)
    return None


def _loose_patterns(word: str) -> list[str]:
    """What ``word`` would be in standard Finnish if spoken language had shortened it
    in one of the ways a slip also does (see the module's docstring), the surest first."""
    found = []
    if word.endswith("ii"):
        found += [word[:-1] + "ää", word[:-1] + "aa"]  # "selvii": -iää
    for index in range(1, len(word)):
        before, after = word[:index], word[index:]
        if before[-1] == "o" and after[0] != "i":
            found.append(before + "i" + after)  # "alottaa": "oi"
        if before[-1] in "aeiouyäöhl" and after[0] in _VOWELS and before[-1] != after[0]:
            found.append(before + "d" + after)  # "lähen": a lost "d"
        if before[-1] == "t" and after[0] == "t":
            found.append(before + "s" + after[1:])  # "kattoo": "ts"
    if word[-1] in _VOWELS:
        found += [word + "n", word + "t"]  # "jotai", "ny": a lost -n or -t
    elif word[-1] != "n":
        found += [word + end for end in ("ä", "a", "i", "e")]  # "ett", "sielt": a vowel
    return found


def _one_word(word: str) -> bool:
    """Whether Voikko reads ``word`` as one word, not only as a compound: undoing a
    shortening does not make a compound of a slip ("aines|setä" from "aineset")."""
    try:
        analyses = voikko().analyze(word)
    except MorphologyUnavailable:
        return False
    return any(str(a.get("STRUCTURE", "")).count("=") == 1 for a in analyses)


def _illative_infinitive(word: str) -> bool:
    """Whether Voikko reads ``word`` as a verb's illative infinitive ("nousemaan"), not
    only as a compound noun ("tavoite|maan"), which a slip reaches as easily."""
    try:
        analyses = voikko().analyze(word)
    except MorphologyUnavailable:
        return False
    return any(a.get("MOOD") == "MA-infinitive" and a.get("SIJAMUOTO") == "sisatulento"
               for a in analyses)


def _slip_of_a_word(word: str, spell: SpellEngine) -> bool:
    """Whether swapping two neighbouring letters back, or putting back lost dots, makes a
    known word: then a slip is likelier than a spoken form."""
    return any(spell.check(c) for c in (*restorations(word, "fi"), *swaps(word)) if c != word)


def _spoken_patterns(word: str) -> list[str]:
    """The standard forms ``word`` would have if it were one of Finnish spoken
    language's regular shortenings. ("o" for "oi", "kirjotan", is left out: putting a
    letter back inside a word is what undoing a slip does, "hotelin" ~ "hoitelin".)"""
    ends = []
    if word[-1] in "uy" and word[-2] in _PARTICIPLE_CONSONANTS:
        ends.append(word + "t")  # "ollu", "menny": a past participle's -t
    if word.endswith("ks"):
        ends += [word[:-2] + "ko", word[:-2] + "kö"]  # "onks": the question's -ko
        ends.append(word + "i")  # "limanaamoiks": the translative's -ksi
    if word.endswith("ki"):
        ends.append(word + "n")  # "muutenki": the clitic -kin
    if word.endswith("s"):
        ends += [word + "sa", word + "sä"]  # "alakerras": -ssa
        ends.append(word + "i")  # "kanssas": the possessive -si
    if word.endswith("tii"):
        ends.append(word + "n")  # "tultii": the past passive's -tiin
    if word.endswith("l"):
        ends += [word + "la", word + "lä"]  # "kaupungil": -lla
    if word[-1] == word[-2] and word[-1] in _LENGTHENED:
        ends += [word[:-1] + "a", word[:-1] + "ä"]  # "kaikkee": a partitive's -a
    if word.endswith("is"):
        ends += [word + "i", word + "iin"]  # "kuulis", "sanottais": the conditional
    if word[-1] == "i" and word[-2] in _VOWELS:
        # "vahvoi", "entisii": a plural partitive's -ja/-ia
        ends += [word[:-1] + "ja", word[:-1] + "jä", word[:-1] + "ia", word[:-1] + "iä"]
    if word[-1] == "n" and word[-2] == word[-3] != word[-4] and word[-2] in _VOWELS:
        ends += [word[:-2] + "maan", word[:-2] + "mään"]  # "nouseen": -maan
    for index in range(1, len(word) - 2):
        if word[index:index + 2] == "ee":  # "nopeesti": -easti
            ends += [word[:index + 1] + "a" + word[index + 2:],
                     word[:index + 1] + "ä" + word[index + 2:]]
    return ends


#: Finnish conjunctions that standard language contracts with the negation verb
#: ("ettei", "jottei", "vaikkei", "muttei"); spoken language drops their last vowel
#: before it as a word of its own ("ett ei", "vaikk en").
_CONTRACTING = frozenset({"että", "jotta", "vaikka", "mutta"})
#: The forms of the Finnish negation verb ("ei", "en", "eivät", "eikö" …).
_NEGATION = frozenset({"en", "et", "ei", "emme", "ette", "eivät", "enkö", "etkö", "eikö",
                       "emmekö", "ettekö", "eivätkö"})


def before_negation(text: str, end: int, word: str, language: str) -> str | None:
    """The conjunction a Finnish ``word`` ending at ``end`` shortens before the negation
    verb ("ett ei" for "että ei", written "ettei"), or None: a spoken contraction, not a
    slip."""
    if language != "fi" or len(word) < 3 or not word.isalpha():
        return None
    lower = word.lower()
    full = next((c for c in _CONTRACTING if c[:-1] == lower), None)
    if full is None:
        return None
    rest = text[end:end + 12]
    following = rest.lstrip(" \u00a0")
    if len(following) == len(rest):
        return None  # no space after it
    next_word = following.split(None, 1)[0].rstrip(".,!?;:…").lower() if following else ""
    return same_case(word, full) if next_word in _NEGATION else None
