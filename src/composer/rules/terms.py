"""Rule family `terms`: the organisation's official names across the language versions.

With the organisation's term bank (:mod:`composer.terms`: built-in
``resources/terms/<organisation>.toml`` plus the user's own), a version is flagged where it

- ``other-language``: uses another language's name ("Karleby stad" in the Finnish
  version) without also giving its own; a place's name that opens an official name in
  its language is used as it is ("Jakobstads gymnasiumiin", "Karleby svenska gymnasium":
  :mod:`composer.institution_names`), and so is one inside a club's, team's or event's
  name ("IBK Jakobstad", "Kokkola Winter Accordion Festival"), and the addressee of a
  postal address ("Staden Jakobstad, Registraturen, PB 70, 68601 Jakobstad");
- ``old-name``: uses an old name;
- ``mismatch``: names something the other versions do not, while they name something it
  does not (the Finnish version says "Kaupungintalo", the Swedish one "Stadsbiblioteket");
  a name inside the other in every language is the same thing named more or less fully
  ("Kokkolan työllisyyspalvelut" and "Karleby stads sysselsättningstjänster": the town
  and the city), no mismatch.

The official name in the version's language is the fix. Guideline points: correct
information and good language in both languages; the Language Act (bilingual service).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from composer.institution_names import in_proper_name, opens_proper_name
from composer.model import LANGUAGES, Finding, Post, Severity
from composer.rules.base import CheckContext, PostRule, Rule
from composer.terms import Occurrence, Term, occurrences, term_bank

FAMILY = "terms"
BASES = ("language", "facts", "law:language-act")


class TermsRule(PostRule):
    family = FAMILY

    def check_post(self, post: Post, ctx: CheckContext) -> Iterator[Finding]:
        bank = term_bank(ctx.profile.id)
        if not bank:
            return
        found: dict[str, tuple[Occurrence, ...]] = {
            lang: occurrences(post.text(lang), lang, bank)
            for lang in LANGUAGES if post.text(lang).strip()
        }
        for lang, hits in found.items():
            own = {hit.term for hit in hits if hit.language == lang}
            for hit in hits:
                official = hit.term.name(lang)
                text = post.text(lang)[hit.start:hit.end]
                if hit.language == "old":
                    yield self._finding(ctx, "old-name", lang, hit, official, name=text)
                elif (not hit.term.fixed and hit.language != lang and hit.term not in own
                      and lang in hit.term.names
                      and not _in_official_name(post.text(lang), hit, lang)
                      and not _in_postal_address(post.text(lang), hit)):
                    yield self._finding(ctx, "other-language", lang, hit, official, name=text,
                                        other_language=hit.language)
        yield from self._mismatches(found, ctx)

    def _mismatches(self, found: dict[str, tuple[Occurrence, ...]],
                    ctx: CheckContext) -> Iterator[Finding]:
        named = {lang: {h.term for h in hits if not h.term.fixed} for lang, hits in found.items()}
        order = ctx.profile.language_order
        for lang, hits in found.items():
            for other, terms in named.items():
                only_there, only_here = terms - named[lang], named[lang] - terms
                if other == lang or len(only_there) != 1 or len(only_here) != 1:
                    continue
                if order.index(lang) < order.index(other):
                    continue  # the version written first is taken as the model
                [wanted], [used] = only_there, only_here
                hit = next(h for h in hits if h.term is used)
                if lang in wanted.names and not _nested(wanted, used):
                    yield self._finding(
                        ctx, "mismatch", lang, hit, wanted.name(lang),
                        name=ctx.post.text(lang)[hit.start:hit.end],
                        other_language=other, other_name=wanted.name(other),
                    )
                break

    @staticmethod
    def _finding(ctx: CheckContext, rule: str, lang: str, hit: Occurrence, official: str,
                 **params: str) -> Finding:
        if ctx.post.text(lang)[hit.start:hit.start + 1].isupper():
            official = official[:1].upper() + official[1:]
        return ctx.finding(
            f"{FAMILY}.{rule}", Severity.WARNING, BASES, language=lang, start=hit.start,
            end=hit.end, suggestions=[official], official=official, **params,
        )


#: Letters a name may lose at its end and still be found inside a longer one (a case or a
#: definite ending: "stadsbiblioteket" in "Karleby stadsbibliotek").
_ENDING = 3
_MIN_NESTED = 4


def _nested(one: Term, other: Term) -> bool:
    """Whether, in every language both name, one term's name lies inside the other's
    ("Kokkola" in "Kokkolan kaupunki", "Karleby" in "Karleby stad", "Kokkola" in "City
    of Kokkola"): the same thing named more or less fully."""
    shared = [lang for lang in one.names if lang in other.names]
    if not shared:
        return False
    for lang in shared:
        short, long = sorted((one.names[lang].lower(), other.names[lang].lower()), key=len)
        if short[:max(_MIN_NESTED, len(short) - _ENDING)] not in long:
            return False
    return True


#: What follows a name in a postal address on the same line: a post office box ("PB 70",
#: "PL 70", "P.O. Box 70") or a postal code and a town ("68601 Jakobstad").
_POSTAL = regex.compile(
    r"[^\n]{0,60}?(?:\b(?:PB|PL|PO Box|P\.O\. Box|Box)[ \u00a0]*\d{1,5}\b"
    r"|(?<!\d)\d{5}[ \u00a0]+\p{Lu})"
)


def _in_postal_address(text: str, hit: Occurrence) -> bool:
    """Whether ``hit`` is the addressee of a postal address, which is written as the
    organisation's mail is addressed ("by post to Staden Jakobstad, Registraturen, PB 70,
    68601 Jakobstad" in the English version)."""
    return _POSTAL.match(text, hit.end) is not None


def _in_official_name(text: str, hit: Occurrence, language: str) -> bool:
    """Whether ``hit`` is another language's place name opening an official name in that
    language ("Jakobstads gymnasiumiin" in the Finnish version) or part of another proper
    name ("IBK Jakobstad", "Lions Club Kokkola"), used as it is."""
    return any(
        opens_proper_name(text, hit.start, hit.end, name, other)
        or in_proper_name(text, hit.start, hit.end, name)
        for other, name in hit.term.names.items() if other != language
    )


RULES: list[Rule] = [TermsRule()]
