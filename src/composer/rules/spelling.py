"""Rule family `spelling`: words the language's dictionary does not know.

``spelling.unknown`` (warning) flags each misspelt word with its span and up to three
quick suggestions (lost ä/ö/å first, so OCR'd "kayttaa" offers "käyttää");
``spelling.unrecognised`` (info, "check this word") is a lower-case word no dictionary
knows that looks like no typo of a word it does: no dictionary word is a typo's
distance away, or it is a Finnish ending on a foreign stem ("showroomia", "dollyja")
or a compound Voikko accepts with a hyphen (:mod:`composer.spelling.typos`), or the text
marks it as a term: the first part of a Finnish open compound ("kikoho -hyökkäys") or a
word explained right after it ("siidasta eli lapinkylästä";
:mod:`composer.spelling.context`). Lower-case words that look like misspellings stay
warnings;
``spelling.name`` (info, "check this name") is a capitalised word no dictionary knows
inside a sentence, or one that begins a sentence and is capitalised inside a sentence
elsewhere in the version, or a word in capitals among words that are not ("Franz
FISCHLER") with no dictionary word a typo away: names are not misspellings. A
capitalised word that appears (or whose stem appears: "Shackletonin" ~ "Shackleton")
capitalised in another version is a name and is not flagged at all
(:mod:`composer.spelling.names`); so is a lower-case word written the same in another
version that no post language's dictionary knows ("Andante festivo", "Ave verum
corpus": a title the versions share; a slip is not repeated in a translation, and an
untranslated word another post language knows is still ``spelling.foreign``).
A word unknown in the version's language that another post language's dictionary knows
is ``spelling.foreign`` (info: "the" in a Finnish version), as are the words of a phrase
in French, Spanish, Italian or German ("La Comédie humaine", "spina bifida":
:mod:`composer.spelling.foreign_phrases`), and a capitalised word that begins a
sentence with no dictionary word one typo away (a name more likely than a slip).
Signs in the text that a word is part of a name (a particle or title before a capitalised
word, letters the language does not write, a name opening two sentences, only other
names a typo away, a name's initials beside it or alone after the last sentence, a
company's name in capitals up to its legal form, a credit line: "Kuva: … / pixabay",
"Posted by darin") make it a name note too (:mod:`composer.spelling.name_signs`); a
lower-case word the text writes in an address too ("irc" and "irc.example.net") or
defines ("En moshav är ett …") is ``spelling.unrecognised``.
``spelling.colloquial`` (info) is spoken language or chat shorthand ("mä", "btw"), with
the written standard form as its suggestion (:mod:`composer.spelling.colloquial`; in a
version written in spoken Finnish its looser shortenings too, "ett", "sielt").
``spelling.capitalisation`` (info) is a word the dictionary knows only with capitals
("florida", "india": the letters are right, the case is not; a rare name a typo away
from a common word only where the writer leaves capitals out, "max and jen"; an Irish
surname, "o'neal"), or one the text writes capitalised inside a sentence elsewhere
("Firefox" … "firefox"), with that form as the suggestion. An English word the
dictionary lists with a hyphen, written as one ("tradeoff"), is ``spelling.compound``
with the dictionary's form. A compound whose first part is a loan another version
writes too and no post language knows ("bao-sämpylöitä", "baobullar" beside "bao
buns") is ``spelling.unrecognised``.
``spelling.variant`` (info) is the other English spelling ("color" where the
organisation's profile writes British English, ``[languages] english``); a name only the
other variant's dictionary lists ("Vaasa") is a name note;
``spelling.unavailable`` (info) says, once per language and check, that a language's
engine or dictionary is missing and what to install, while the other languages are
still checked. What is never flagged is described in :mod:`composer.spelling.checker`.

Basis: the organisation's own point on good language where it has one (Jakobstad:
"Kom alltid också ihåg ett gott språk på både finska och svenska"), else the
Administrative Procedure Act's requirement of good language use (434/2003, 9 §).

This is a post rule although it judges one version at a time: the engine caches version
rules by text, and a word the user adds to their dictionary must clear its underline
at the next check of the same text. Dictionary verdicts and suggestions are cached per
word instead (:mod:`composer.spelling`), so re-checking costs microseconds a word.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

from composer.entities import quotation, words
from composer.i18n import language_name
from composer.model import LANGUAGES, Finding, Post, Severity
from composer.rules.base import CheckContext, PostRule, Rule
from composer.spelling import (
    SpellingUnavailable,
    WordChecker,
    pyspellchecker,
    quick_suggestions,
)
from composer.spelling.checker import COMPOUNDING, MAX_SPLIT, Misspelling
from composer.spelling.colloquial import (
    before_negation,
    replaceable,
    spoken_form,
    spoken_register,
    standard_form,
)
from composer.spelling.context import inflected_terms, marked_as_term
from composer.spelling.engines import same_case
from composer.spelling.foreign_phrases import phrase_languages
from composer.spelling.hyphenated import hyphenated_form
from composer.spelling.lru import LRU
from composer.spelling.name_signs import (
    before_a_name,
    foreign_letters,
    in_company_name,
    in_credit_line,
    initials_of_a_name,
    named_in_an_address,
    near_common_word,
    repeated_elsewhere,
    signed_with_initials,
    swedish_name_in_finnish,
)
from composer.spelling.names import (
    capitalised_words,
    inside_sentence,
    is_capitalised,
    is_name_like,
    is_named_elsewhere,
    neighbours,
    writes_lower_case,
)
from composer.spelling.typos import foreign_name, looks_like_typo
from composer.text_cache import text_cache

BASES = ("language", "law:administrative-procedure-act")
#: Longer runs of letters are no word of any language here (the longest Finnish compounds
#: in use have some 60 letters).
MAX_WORD = 100
#: The letters of such a run the message shows.
SHOWN_LETTERS = 40
#: What each language needs, named the same in every UI language.
ENGINES = {"fi": "Voikko (voikko-fi)", "sv": "Hunspell sv_FI / sv_SE",
           "en": "Hunspell en_GB / en_US"}


class SpellingRule(PostRule):
    family = "spelling"

    def check_post(self, post: Post, ctx: CheckContext) -> Iterator[Finding]:
        written = {lang: post.text(lang) for lang in LANGUAGES if post.text(lang).strip()}
        for language, text in written.items():
            if ctx.settings.spelling_enabled(language):
                others = [other for lang, other in written.items() if lang != language]
                elsewhere = [capitalised_words(other) for other in others]
                yield from self.check_version(text, language, ctx, elsewhere, shared=others)

    def check_version(
        self, text: str, language: str, ctx: CheckContext,
        elsewhere: Sequence[frozenset[str]] = (), *, shared: Sequence[str] = (),
    ) -> Iterable[Finding]:
        """Findings of one version; ``elsewhere`` holds the capitalised words of the
        post's other versions (names found there are not flagged here), ``shared`` their
        texts (a lower-case word written the same there and known to no post language is
        quoted material, a title or a name, not a slip)."""
        version = language_name(language, ctx.ui_language)
        try:
            checker = WordChecker(language, ctx.profile)
            found = checker.misspellings(text)
        except SpellingUnavailable as exc:
            return [ctx.finding(
                "spelling.unavailable", Severity.INFO, BASES, language=language,
                version=version, engine=ENGINES.get(language, language), install=exc.install,
            )]
        findings = [
            # No word is this long: a run of letters pasted or typed by accident, flagged
            # as it is (reading it for names, spoken forms or suggestions would take
            # seconds a word).
            ctx.finding("spelling.unknown", Severity.WARNING, BASES, language=language,
                        start=miss.start, end=miss.end, suggestions=[],
                        word=miss.word[:SHOWN_LETTERS] + "…", version=version,
                        variant=ctx.profile.english)
            for miss in found if len(miss.word) > MAX_WORD
        ]
        found = [miss for miss in found if len(miss.word) <= MAX_WORD]
        unknown = frozenset(m.word for m in found)
        foreign = _foreign_words(text, found, checker, shared)
        phrases = phrase_languages(text, [(m.start, m.end) for m in found
                                          if m.kind == "unknown"])
        spoken = spoken_register((m.word for m in found if m.kind == "unknown" and (
            m.word.islower() or not inside_sentence(text, m.start))), checker.engine)
        terms = inflected_terms(m.word for m in found if m.kind == "unknown" and (
            m.word.islower() or not inside_sentence(text, m.start)))
        for index, miss in enumerate(found):
            rule, severity = "spelling.unknown", Severity.WARNING
            params: dict[str, str] = {}
            try:
                suggestions = quick_suggestions(miss.word, language)
            except SpellingUnavailable:
                suggestions = []
            if miss.kind == "variant":
                rule, severity = "spelling.variant", Severity.INFO
            elif miss.kind == "name":
                # A name the other English variant's dictionary lists ("Vaasa"); not
                # flagged where another version has it ("Vaasassa").
                if any(is_named_elsewhere(miss.word, names) for names in elsewhere):
                    continue
                rule, severity = "spelling.name", Severity.INFO
            elif miss.kind == "unknown" and miss.word[:1].islower() and any(
                miss.word in _lower_case_words(other) for other in shared
            ) and not checker.other_languages(miss.word.lower()):
                # "Andante festivo", "Ave verum corpus" in every version: a title or a
                # name the versions share; a slip is not repeated in a translation. A
                # word another post language knows is left for ``spelling.foreign``.
                continue
            elif miss.kind == "unit":
                rule, severity = "spelling.unrecognised", Severity.INFO
            elif (miss.word[:1].islower() or not inside_sentence(text, miss.start)) and (
                standard := standard_form(miss.word, checker.engine, spoken) or (
                    spoken_form(miss.word, checker.engine) if spoken else None)
                or before_negation(text, miss.end, miss.word, language)
            ) is not None:
                # Spoken language or chat shorthand ("mä", "btw"): register, not a typo
                # (a capitalised word inside a sentence is a name: "Skutnäsissä"); in a
                # version written in spoken Finnish, its looser shortenings too ("ett");
                # a conjunction shortened before the negation verb ("ett ei").
                rule, severity = "spelling.colloquial", Severity.INFO
                params["standard"] = standard
                suggestions = [standard] if replaceable(miss.word, language) else []
            elif (other_language := foreign[index] or phrases.get(miss.start)) is not None:
                # Another post language's word, or a word of a phrase in a language
                # the post is not written in ("La Comédie humaine", "spina bifida");
                # capitalised as another version writes it, a name the versions share
                # ("Rantakatu", "Matti Mäkinen"): no note at all.
                if miss.word[:1].isupper() and any(
                    is_named_elsewhere(miss.word, names) for names in elsewhere
                ):
                    continue
                rule, severity = "spelling.foreign", Severity.INFO
                params["other_language"] = other_language
            elif (cased := _cased_form(miss.word, checker, suggestions,
                                       writes_lower_case(text, language))
                  or _written_as_a_name(text, miss.word)) is not None:
                # "florida", "ipod", "i've": the word is right, its capitals are not;
                # or the text itself writes it as a name inside a sentence ("Firefox");
                # or its writer leaves capitals out ("i think shanna and i").
                rule, severity = "spelling.capitalisation", Severity.INFO
                params["standard"] = cased
                suggestions = [cased]
            elif (miss.word[:1].islower() and any(
                is_capitalised(part) for part in miss.word.split("-")[1:]
            )) or before_a_name(text, miss.end, miss.word) or swedish_name_in_finnish(
                text, miss.start, miss.word, language
            ) or initials_of_a_name(text, miss.start, miss.end, miss.word) or (
                miss.word.isupper() and in_company_name(text, miss.end)
            ) or signed_with_initials(text, miss.start, miss.end, miss.word) or (
                in_credit_line(text, miss.start, unknown)
            ):
                # "al-Qaida", "az-Zaman"; a particle or a title: "de Meza", "Mrs Clinton";
                # a Swedish name inflected in Finnish: "Oxhamns skolassa"; a name's
                # initials: "dp Debra Perlingiere", "… information? Dp"; a company's
                # name in capitals: "VINGAS VISAKHA INDUSTRIAL GASES PVT. LTD."; a
                # credit line: "Kuva: pixabay", "Posted by darin"
                rule, severity = "spelling.name", Severity.INFO
            elif foreign_letters(miss.word, language):
                # Typed so on purpose ("Barón", "numérique"): no slip makes an "ó".
                rule, severity = ("spelling.name" if is_capitalised(miss.word)
                                  else "spelling.unrecognised"), Severity.INFO
            elif miss.word[:1].islower() and (
                parts := checker.compound_parts(miss.word)
            ) is not None:
                # Two known words a Swedish compound may join ("fyr|museum", "rör|brott")
                # that the dictionary lacks: a note naming them, not a warning.
                rule, severity = "spelling.compound", Severity.INFO
                params["first"], params["last"] = parts
            elif language == "en" and (
                miss.word[:1].islower() or not inside_sentence(text, miss.start)
            ) and (listed := hyphenated_form(miss.word, checker.engines)) is not None:
                # "tradeoff": the dictionary writes "trade-off"; only the hyphen is missing
                rule, severity = "spelling.compound", Severity.INFO
                params["first"], params["last"] = listed.split("-")
                suggestions = [same_case(miss.word, listed)]
            elif miss.word[:1].islower() and (
                not looks_like_typo(miss.word, checker.engine)
                or marked_as_term(text, miss.end, language, miss.start)
                or miss.word.lower() in terms
                or _code_switched(miss.word, checker, shared)
                or named_in_an_address(text, miss.word)
            ):
                # No dictionary word is a typo away: a new word, a loan or a compound;
                # or the text marks it as a term ("kikoho -hyökkäys", "siidasta eli")
                # or inflects it three ways ("simin", "simit", "simeille"), or writes
                # it in an address too ("irc server: irc.example.net").
                rule, severity = "spelling.unrecognised", Severity.INFO
            elif miss.word[:1].isupper():
                if any(is_named_elsewhere(miss.word, names) for names in elsewhere):
                    continue
                if is_name_like(text, miss.start, miss.end):
                    if is_capitalised(miss.word) and inside_sentence(text, miss.start):
                        rule, severity = "spelling.name", Severity.INFO
                    else:
                        if is_named_elsewhere(miss.word, _name_forms(text)) or (
                            repeated_elsewhere(text, miss.start, miss.word)
                        ) or named_in_an_address(text, miss.word) or (
                            miss.word.lower() in terms
                        ) or not near_common_word(
                            miss.word, suggestions, checker.engine
                        ) or not looks_like_typo(miss.word, checker.engine) or (
                            marked_as_term(text, miss.end, language, miss.start)
                        ) or (language in ("fi", "sv") and foreign_name(
                            miss.word, language
                        )):
                            # Beginning a sentence (or in capitals among words that
                            # are not: "Franz FISCHLER"), a name more likely than a
                            # typo: capitalised elsewhere or in the post's own addresses
                            # ("Varha" and "varha.fi"), no common word a typo away
                            # (only names: "Caplan" ~ "Callan"), or in a Finnish text a
                            # name English or Swedish knows ("Reagan", "Parkerin"), in
                            # a Swedish one a name English knows ("Rabins").
                            rule, severity = "spelling.name", Severity.INFO
            findings.append(ctx.finding(
                rule, severity, BASES, language=language,
                start=miss.start, end=miss.end, suggestions=suggestions,
                word=miss.word, version=version, variant=ctx.profile.english, **params,
            ))
        return findings


def _code_switched(word: str, checker: WordChecker, shared: Sequence[str] = ()) -> bool:
    """Whether a hyphenated word joins another post language's word or words to a word of
    its own language ("Fair play-priset", "tex-mex-päivä", "street food -tapahtuma"), or
    a word another version writes too ("bao-sämpylöitä" beside "bao buns"): a compound
    that borrows its first part, not a slip."""
    head, hyphen, last = word.rpartition("-")
    if not hyphen and checker.language in COMPOUNDING and word.isalpha() and shared and (
        len(word) <= MAX_SPLIT
    ):
        # Swedish closes such a compound: "baobullar" beside "bao buns"
        lower = word.lower()
        return any(
            checker.correct(lower[cut:]) and _shared_loan(lower[:cut], checker, shared)
            for cut in range(MIN_NAME_PART, len(lower) - MIN_OWN_PART + 1)
        )
    if not hyphen or len(last) < MIN_OWN_PART or not checker.correct(last):
        return False
    parts = [p for p in head.lower().split("-") if p]
    return bool(parts) and all(p.isalpha() for p in parts) and (
        bool(checker.other_languages(head.lower()))
        or all(checker.other_languages(p) for p in parts)
        or all(_shared_loan(p, checker, shared) for p in parts)
    )


def _shared_loan(part: str, checker: WordChecker, shared: Sequence[str]) -> bool:
    """Whether ``part`` is a word another version writes too that no post language's
    dictionary knows: a loan or a name the versions share ("bao"), not a common word of
    another language that a slip may leave ("for" in "forskolan")."""
    return any(part in _lower_case_words(other) for other in shared) and not (
        checker.known(part) or checker.other_languages(part))


#: The letters of a code-switched compound's own last part at least ("-priset").
MIN_OWN_PART = 4


@text_cache(maxsize=64)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words of ``text`` that begin with a lower-case letter, as written, and the
    parts of those with hyphens ("bao" of "bao-sämpylöitä")."""
    found = {w for _s, _e, w in words(text) if w[:1].islower()}
    return frozenset(found | {p for w in found if "-" in w for p in w.split("-") if p})


#: A name's letters at least, as a compound's first part ("florida|bor").
MIN_NAME_PART = 3
#: Only this short a word is looked up among the suggestions for its capitals (brands and
#: abbreviations are short; a suggestion search costs milliseconds).
MAX_CASED_LOOKUP = 12


#: Each word's capitalised form, once per dictionary (a long chat text repeats its
#: lower-case names; finding "CPA" for "cpa" asks for Hunspell's suggestions).
_CASED: LRU[str] = LRU(4096)


def _cased_form(word: str, checker: WordChecker, suggestions: Sequence[str],
                lower_case: bool = False) -> str | None:
    """:func:`_find_cased_form`, remembered per dictionary, word and guard."""
    key = (checker.engine.id, word, lower_case, tuple(suggestions))
    found = _CASED.get(key)
    if found is None:
        found = _find_cased_form(word, checker, suggestions, lower_case) or ""
        _CASED.put(key, found)
    return found or None


def _find_cased_form(word: str, checker: WordChecker, suggestions: Sequence[str],
                     lower_case: bool = False) -> str | None:
    """The dictionary's form of a lower-case ``word`` that it knows only with capitals:
    "Florida" for "florida", "iPod" for "ipod", "I've" for "i've", "Wi-Fi" for "wi-fi";
    an Irish surname of a name it knows: "O'Neal" for "o'neal".
    A rare name a typo away from a common word counts only in a text whose writer
    leaves capitals out (``lower_case``: "max and jen", "her cpa"); elsewhere it is
    the common word misspelt ("peper")."""
    if not word[:1].islower() or (
        not lower_case and _rare_name_near_a_word(word, checker, suggestions)
    ):
        return None
    if checker.language in COMPOUNDING and any(
        checker.known(word[:1].upper() + word[1:cut]) and checker.known(word[cut:])
        for cut in range(MIN_NAME_PART, len(word) - 1)
    ):
        return None  # Swedish writes a compound lower case even after a name: "floridabor"
    titled = "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    spells = checker.engines
    for form in dict.fromkeys((word[:1].upper() + word[1:], titled)):
        if any(checker.known(form.replace("’", "'"), spell) for spell in spells):
            return form
    prefix, rest = word[:2], word[2:]
    if checker.language == "en" and prefix in ("o'", "o’") and len(rest) >= MIN_NAME_PART and (
        rest.isalpha() and any(checker.known(rest[:1].upper() + rest[1:], spell)
                               for spell in spells)
    ):
        return "O" + prefix[1] + rest[:1].upper() + rest[1:]  # "o'neal": "O'Neal"
    if len(word) <= MAX_CASED_LOOKUP and checker.known(word.upper()):
        # Hunspell takes any known word in capitals: its own form is among its
        # suggestions ("iPod" for "ipod").
        try:
            forms = checker.engine.suggest(word)
        except SpellingUnavailable:
            forms = []
        return next((f for f in forms if f.lower() == word.lower() and f != word), None)
    return None


def _rare_name_near_a_word(word: str, checker: WordChecker, near: Sequence[str]) -> bool:
    """In English, whether ``word`` is a rare name (not among pyspellchecker's ranked
    words) with a common word a typo away: "peper" is "pepper" or "paper" misspelt,
    not the surname "Peper" in lower case; "florida" is "Florida". ``near`` are the
    word's quick suggestions, ranked common words first."""
    if checker.language != "en":
        return False
    ranked = pyspellchecker()
    lower = word.lower()
    if ranked is None or lower in ranked:
        return False
    return any(c.islower() and c in ranked for c in near)


#: A foreign word this short counts as one only next to another of the same language
#: ("in the", "by H&M"): alone it is as likely a typo ("in" for "on").
SHORT_FOREIGN = 3


def _foreign_words(text: str, found: Sequence[Misspelling], checker: WordChecker,
                   shared_texts: Sequence[str] = ()) -> list[str | None]:
    """For each misspelling, the other language whose dictionary knows it (a quoted
    English title in a Finnish version), or None. A short word counts only beside
    another of that language, inside a quotation with one, or written the same in
    another version (``shared_texts`` are theirs: "Fra Holbergs tid" in every version)."""
    # A capitalised word counts by its lower-case form: another dictionary's name
    # ("Simonides") is still a name here.
    languages = [checker.other_languages(m.word.lower()) if m.kind == "unknown" else ()
                 for m in found]
    result: list[str | None] = []
    for index, (miss, known) in enumerate(zip(found, languages, strict=True)):
        shared = known
        if known and len(miss.word) <= SHORT_FOREIGN:
            shared = ()
            for j in (index - 1, index + 1):
                if 0 <= j < len(found) and _adjacent(text, found[min(index, j)],
                                                     found[max(index, j)]):
                    shared = shared or tuple(lang for lang in known if lang in languages[j])
            if not shared:
                # A neighbour both languages know ("in the Kibbutz" in Swedish: "in"),
                # or a name on each side ("St. Peter and Paulin", "Marks and Spencer")
                shared = tuple(lang for lang in known
                               if _neighbour_known(text, miss, checker, lang))
                if not shared and (_between_names(text, miss) or any(
                    miss.word in _lower_case_words(other) for other in shared_texts
                )):
                    shared = known
                if not shared and (quoted := quotation(text, miss.start)) is not None:
                    # "Finnish in 15 minutes" quoted in a Finnish version: another word
                    # of the quotation is that language's
                    shared = tuple(lang for lang in known if any(
                        quoted[0] <= other.start < quoted[1] and lang in languages[j]
                        for j, other in enumerate(found) if j != index))
        result.append(shared[0] if shared else None)
    return result


def _neighbour_known(text: str, miss: Misspelling, checker: WordChecker,
                     language: str) -> bool:
    """Whether a lower-case word right next to ``miss`` (only spaces between) is known
    to ``language``'s dictionary too."""
    found = words(text)
    index = bisect_left(found, (miss.start,))
    for j in (index - 1, index + 1):
        if not 0 <= j < len(found):
            continue
        start, end, word = found[j]
        between = text[min(end, miss.end):max(start, miss.start)]
        if (len(word) > 1 and word.islower() and not between.strip()
                and language in checker.other_languages(word)):
            return True
    return False


def _between_names(text: str, miss: Misspelling) -> bool:
    """Whether a capitalised word stands right before and right after ``miss`` (only a
    space between)."""
    around = neighbours(text, miss.start, miss.end)
    return (len(around) == 2 and all(is_capitalised(word) for _s, _e, word in around)
            and text[around[0][1]:miss.start] == " " and text[miss.end:around[1][0]] == " ")


def _adjacent(text: str, first: Misspelling, second: Misspelling) -> bool:
    """Whether only spaces or punctuation stand between two words."""
    return not any(c.isalnum() for c in text[first.end:second.start])


def _written_as_a_name(text: str, word: str) -> str | None:
    """The capitalised form of the lower-case ``word`` where ``text`` writes it so
    inside a sentence ("acquiring Firefox" … "the firefox team"): a name the writer once
    left in lower case, not a slip (a slip is not written again with a capital)."""
    if not word.islower():
        return None
    return _name_forms(text).get(word)


@text_cache(maxsize=64)
def _name_forms(text: str) -> dict[str, str]:
    """The capitalised words that stand inside a sentence in ``text``, by their lower-case
    form (the first way each is written)."""
    found: dict[str, str] = {}
    for s, _e, w in words(text):
        if is_capitalised(w) and w.lower() not in found and inside_sentence(text, s):
            found[w.lower()] = w
    return found


RULES: list[Rule] = [SpellingRule()]
