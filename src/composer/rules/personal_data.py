"""Rule family `personal-data`: identity codes, account numbers, e-mail and phone numbers.

Finnish personal identity codes (henkilötunnus, every century sign including the 2023
ones), Swedish personal identity numbers and IBANs are errors; they are validated with
python-stdnum (checksums and dates), so look-alikes are not reported; one whose date and
form are right but whose check character is not still looks like an identity code (a
warning). An account given with a reference number ("Maksu tilille FI21 …, viite 12345")
is the organisation's billing account: a person is not paid by reference number, and it
is not reported. A person's e-mail address or phone number may be published only with
their consent: a warning; a person's address at an organisation's own domain
("maria.sundqvist@jakobstad.fi", "kent.shoemaker@ge.com") is a work address, which the
organisation itself publishes (the guidelines' "personal data one could not otherwise
put on the web" is a private one), so it is a note to check consent; only an address at
a private mail provider (gmail.com, luukku.com, yahoo.co.uk) is a warning. An address
whose parts are all common words and none a first name
("vaka.maksut@", "digituki@") is a service's. Service and role addresses (info@,
kirjaamo@, registrator@) and numbers that the text presents as a service's
("Asiakaspalvelu 040 …", "växel …", also as the last part of a compound or inflected:
"vikapäivystykseen", "Sosiaalipäivystys", "felanmälan"), as the organisation's own
("Soita meille", "Ring oss", "Call us") or for registrations and fault reports, or that
are landlines, toll-free or service numbers are not flagged, nor a number beside a
service address, after a role in the plural ("palveluohjaajat", "servicehandledarna",
"our youth workers"), followed by its hours ("arkisin klo 9–11") or after them ("auki
päivittäin klo 8–21, puh. …"), or given as a service address's alternative ("… tai
osoitteesta digituki@…"), unless a person is
named beside the number ("Soita Mattille", "call Anna Virtanen on …": a first name by
Voikko; the reading of a number's context is :mod:`composer.rules.phone_context`). Phone
numbers are recognised and validated with phonenumbers (region FI; +46 and other
international numbers too); dates, times, prices, years and postal codes are never phone
numbers. Word lists: ``resources/wordlists/personal-data.toml``.
"""

from __future__ import annotations

import bisect
import contextlib
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

import phonenumbers
import regex
from phonenumbers import PhoneNumberType
from stdnum import iban
from stdnum.fi import hetu
from stdnum.se import personnummer

from composer.entities import entities_of
from composer.model import Finding, Severity
from composer.morphology import PROPER_NAME_CLASSES, MorphologyUnavailable, hunspell, voikko
from composer.profiles import Profile
from composer.rules.base import CheckContext, VersionRule
from composer.rules.normalise import map_findings, normalised
from composer.rules.phone_context import context, first_name, service_line
from composer.rules.phrases import categories, find

FAMILY = "personal-data"
BASES = ("personal-data", "law:gdpr")

# The century sign may be a space where a dash was meant ("131052 308T"); the rule runs
# on the normalised text, where dash look-alikes are "-" and invisible characters gone.
# A code typed with spaces inside ("131052 - 308T", "1310 52-308T", "131052-308 T") is
# read without them (:func:`compact_hetu`); only a valid one counts in that form.
_HETU = regex.compile(
    r"(?<![\w+-])\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}"
    r"(?:[ \u00a0]?[-+ABCDEFYXWVU][ \u00a0]?|[ \u00a0])"
    r"\d{3}[ \u00a0]?[0-9ABCDEFHJKLMNPRSTUVWXY](?!\w)", regex.IGNORECASE
)
#: The code as written without spaces: digits, century sign, digits, check character.
_HETU_PLAIN = regex.compile(
    r"\d{6}[-+ABCDEFYXWVU ]\d{3}[0-9ABCDEFHJKLMNPRSTUVWXY]", regex.IGNORECASE
)
_PERSONNUMMER = (
    regex.compile(r"(?<![\w+-])(?:18|19|20)?\d{6}[-+]\d{4}(?![\w-])"),
    regex.compile(r"(?<![\w+-])(?:18|19|20)\d{10}(?![\w-])"),
    regex.compile(r"(?<![\w+-])\d{10}(?![\w-])"),
)
_IBAN = regex.compile(r"(?<!\w)[A-Z]{2}\d{2}(?:[ \u00a0]?[0-9A-Z]){11,32}")
_PHONE = regex.compile(r"(?<![\w+/.,:-])(?:\+\d|0)[\d \u00a0()-]{5,20}\d(?!\d|[.,:]\d)")
_PHONE_SPLIT = regex.compile(r"\s[-–]\s|\s{2,}")
_DATE_LIKE = regex.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")
_LOCAL_PARTS = regex.compile(r"[._+-]+")
#: A provider's domain ends in labels this short ("yahoo.co.uk", "hotmail.fi").
MAX_COUNTRY_LABEL = 3
# What follows a reference word when the reference number is given: "viite 12345",
# "Viitenumero: RF18 5390 0754 7034", "reference no. 1232".
_REFERENCE_NUMBER = regex.compile(
    r"[ \t\u00a0:.#–-]*(?:(?:no|nr|nro|number|nummer|numero)\b[ \t\u00a0:.#–-]*)?"
    r"(?:RF\d\d(?:[ \u00a0]?\d)+|\d(?:[ \u00a0]?\d){2,})(?!\d)",
    regex.IGNORECASE,
)
_PARAGRAPH = regex.compile(r"\n[ \t]*\n")
REFERENCE_DISTANCE = 150
MIN_PHONE_DIGITS = 7
MIN_ID_DIGITS = 9  # a henkilötunnus has nine digits, the rest more
PERSONAL_PHONE_TYPES = frozenset(
    {
        PhoneNumberType.MOBILE,
        PhoneNumberType.FIXED_LINE_OR_MOBILE,
        PhoneNumberType.PERSONAL_NUMBER,
        PhoneNumberType.PAGER,
    }
)


def _plain(text: str) -> str:
    """Lower case without accents: "Päiväkoti" → "paivakoti"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=32)
def _word_list(category: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    table = categories(FAMILY).get(category, {})
    return frozenset(_plain(w) for w in [*table.get("all", []), *extra])


def _profile_words(profile: Profile) -> tuple[str, ...]:
    return tuple(w for lang in ("fi", "sv", "en") for w in profile.word_list(FAMILY, lang))


def email_kind(address: str, profile: Profile) -> str | None:
    """``"personal"`` (a person's address at a private mail provider), ``"work"`` (a
    person's address at an organisation's own domain), ``"masked"`` (cut short as
    archives show one: "ded69...@hotmail.com", nobody's address and no service's),
    ``"unclear"`` or None (a service, role or example address)."""
    local, _, domain = address.rpartition("@")
    if _masked(local):
        return "masked"
    local, domain = _plain(local), domain.lower()
    if local in _word_list("placeholder-address"):
        return None
    service = _word_list("service-address", _profile_words(profile))
    parts = [p for p in _LOCAL_PARTS.split(local) if p]
    if any(p in service for p in parts) or any(
        word in local for word in service if len(word) >= 5
    ):
        return None
    if _private_domain(domain):
        return "personal"
    named = [p for p in parts if p.isalpha() and len(p) >= 2]
    if len(named) == 1 == len(parts) and _common_word(parts[0]) and not first_name(
        parts[0], "fi"
    )[0]:
        return None  # "digituki@", "nuorisotila@": a common word, no one's name
    if len(named) < 2:
        return "unclear"
    # "vaka.maksut" (early education fees) is a service's: every part is a common word
    # and none a first name; "anna.berg", "maria.sundqvist" and "kent.shoemaker" (a
    # name unknown to Voikko beside a word) stay a person's.
    original = [p for p in _LOCAL_PARTS.split(address.rpartition("@")[0].lower()) if p]
    if all(map(_common_word, original)) and not any(first_name(p, "fi")[0] for p in original):
        return None
    return "work"


def _masked(local: str) -> bool:
    """Whether the part before the "@" is cut short by dots, as mailing-list archives
    show an address ("franz371...@gmail.com"): no mail reaches it and nobody's address
    is given. No real address has two dots in a row or a dot before the "@" (RFC 5322)."""
    return ".." in local or local.endswith(".")


def _private_domain(domain: str) -> bool:
    """Whether ``domain`` is a private mail provider's (``[private-domain]``: "gmail.com",
    "luukku.com"; also a provider's country domain, "yahoo.co.uk", "hotmail.fi")."""
    if domain in _word_list("private-domain"):
        return True
    labels = domain.split(".")
    return len(labels) >= 2 and labels[0] in _word_list("private-provider") and all(
        len(label) <= MAX_COUNTRY_LABEL for label in labels[1:])


@lru_cache(maxsize=4096)
def _common_word(part: str) -> bool:
    """Whether ``part`` (lower case) is a common word and never a name: Voikko knows it
    as a Finnish word ("maksut": fees, "vaka"), or the Swedish or English dictionary
    knows it ("avgifter", "fees"), and Voikko has no name reading of it ("berg",
    "virtanen": surnames)."""
    if not part.isalpha() or len(part) < 3:
        return False
    try:
        analyses = voikko().analyze(part)
    except MorphologyUnavailable:
        return False
    if any(a.get("CLASS") in PROPER_NAME_CLASSES for a in analyses):
        return False
    if analyses:
        return True
    for language in ("sv", "en"):
        with contextlib.suppress(MorphologyUnavailable):
            if hunspell(language).spell(part):
                return True
    return False


# The century signs of 2023 stand for the same centuries as "-" and "A"; the checksum
# does not involve the sign, so an older stdnum can validate them in their old form.
_NEW_CENTURY_SIGNS = str.maketrans({**dict.fromkeys("YXWVU", "-"), **dict.fromkeys("BCDEF", "A")})


def compact_hetu(value: str) -> tuple[str, bool]:
    """``value`` without the spaces typed inside it (a space standing for the century
    sign becomes "-"), and whether it was written so (not as "131052-308T" or
    "131052 308T")."""
    if _HETU_PLAIN.fullmatch(value):
        return value, False
    plain = value.replace(" ", "").replace("\u00a0", "")
    if len(plain) == 10:  # the sign itself was a space: "1310 52 308T"
        plain = plain[:6] + "-" + plain[6:]
    return plain, True


def valid_hetu(value: str) -> bool:
    """Whether ``value`` is a valid henkilötunnus (any century sign, temporary ones too)."""
    value = value[:6] + value[6:7].replace(" ", "-") + value[7:]
    if hetu.is_valid(value, allow_temporary=True):
        return True
    upper = value.upper()
    old_form = upper[:6] + upper[6].translate(_NEW_CENTURY_SIGNS) + upper[7:]
    return old_form != upper and hetu.is_valid(old_form, allow_temporary=True)


def hetu_with_wrong_check(value: str) -> bool:
    """Whether ``value`` is a henkilötunnus in form and date whose check character alone
    is wrong (a typo, or a code altered on purpose: still someone's identity code)."""
    upper = value.upper()
    old_form = upper[:6] + upper[6].translate(_NEW_CENTURY_SIGNS) + upper[7:]
    try:
        hetu.validate(old_form, allow_temporary=True)
    except hetu.InvalidChecksum:
        return True
    except ValueError:
        return False
    return False


def _valid_iban(candidate: str) -> str | None:
    """The longest prefix of ``candidate`` (cut at a space) that is a valid IBAN."""
    cuts = [i for i, c in enumerate(candidate) if c in " \u00a0"] + [len(candidate)]
    for cut in reversed(cuts):
        prefix = candidate[:cut]
        if len(iban.compact(prefix)) >= 15 and iban.is_valid(prefix):
            return prefix
    return None


@lru_cache(maxsize=1024)
def _phone_type(candidate: str, language: str) -> int | None:
    """The phonenumbers type of a valid number, trying Sweden for Swedish national form."""
    regions = ("FI", "SE") if language == "sv" and not candidate.startswith("+") else ("FI",)
    found: int | None = None
    for region in regions:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            kind = phonenumbers.number_type(number)
            if kind in PERSONAL_PHONE_TYPES:
                return kind
            found = kind
    return found


def _has_reference(text: str, start: int, end: int, references: list[tuple[int, int]]) -> bool:
    """Whether a reference word with its number ("viite 12345") is near ``start``–``end``
    (an account) in the same paragraph."""
    for ref_start, ref_end in references:
        if ref_end < start - REFERENCE_DISTANCE or ref_start > end + REFERENCE_DISTANCE:
            continue
        low, high = min(ref_start, start), max(ref_end, end)
        if _PARAGRAPH.search(text, low, high):
            continue
        if _REFERENCE_NUMBER.match(text, ref_end):
            return True
    return False


def _phone_candidates(text: str) -> Iterator[tuple[int, int]]:
    for match in _PHONE.finditer(text):
        start = match.start()
        for piece in _PHONE_SPLIT.split(match.group()):
            opened = piece.rfind("(")
            if opened > 0 and ")" not in piece[opened:]:
                piece = piece[:opened]  # "040 123 4567 (24 h)": the bracket is not its
            stripped = piece.strip(" \u00a0-()")
            offset = text.find(stripped, start)
            start = offset + len(stripped)
            if sum(map(str.isdigit, stripped)) < MIN_PHONE_DIGITS:
                continue
            if _DATE_LIKE.fullmatch(stripped):
                continue
            yield offset, offset + len(stripped)


class PersonalDataRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        # Disguised codes ("131052–308T", a soft hyphen or zero-width space inside) are
        # read in their plain form; the findings point at the original text.
        view = normalised(text)
        return map_findings(self._check(view.text, language, ctx), view)

    def _check(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        # Reported spans never overlap, so a sorted list and its neighbours answer
        # "is this span free?" in log time (a pasted text may hold thousands of numbers).
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            index = bisect.bisect_left(taken, (start, -1))
            if index < len(taken) and taken[index][0] < end:
                return False
            return index == 0 or taken[index - 1][1] <= start

        def report(rule: str, severity: Severity, start: int, end: int) -> Finding:
            bisect.insort(taken, (start, end))
            return ctx.finding(
                f"{FAMILY}.{rule}",
                severity,
                BASES,
                language=language,
                start=start,
                end=end,
                value=text[start:end],
            )

        digits = sum(map(str.isdigit, text))
        if digits >= MIN_ID_DIGITS:
            for match in _HETU.finditer(text):
                value, spaced = compact_hetu(match.group())
                if valid_hetu(value):
                    yield report("hetu", Severity.ERROR, *match.span())
                elif not spaced and hetu_with_wrong_check(value):
                    yield report("hetu-check", Severity.WARNING, *match.span())
            for pattern in _PERSONNUMMER:
                for match in pattern.finditer(text):
                    value = match.group()
                    if not free(*match.span()) or not personnummer.is_valid(value):
                        continue
                    if len(value) == 10 and _phone_type(value, language) is not None:
                        continue
                    yield report("personnummer", Severity.ERROR, *match.span())
            references: list[tuple[int, int]] | None = None
            for match in _IBAN.finditer(text):
                iban = _valid_iban(match.group())
                end = match.start() + len(iban) if iban else 0
                if not iban or not free(match.start(), end):
                    continue
                if references is None:
                    references = [
                        (m.start, m.end)
                        for m in find(text, language, FAMILY, "payment-reference")
                    ]
                if _has_reference(text, match.start(), end, references):
                    continue  # the organisation's billing account
                yield report("iban", Severity.ERROR, match.start(), end)
        service_addresses: list[tuple[int, int]] = []
        for entity in entities_of(text, "email"):
            kind = email_kind(entity.text, ctx.profile)
            if kind is None:
                service_addresses.append((entity.start, entity.end))
            elif kind == "personal":
                yield report("email", Severity.WARNING, entity.start, entity.end)
            elif kind == "work":
                yield report("work-email", Severity.INFO, entity.start, entity.end)
            elif kind == "unclear":
                yield report("email-check", Severity.INFO, entity.start, entity.end)
            # "masked": no finding, and no service's either (a number beside it is judged
            # by itself)
        if digits >= MIN_PHONE_DIGITS:
            yield from self._phones(text, language, ctx, free, report, service_addresses)

    def _phones(
        self,
        text: str,
        language: str,
        ctx: CheckContext,
        free: Callable[[int, int], bool],
        report: Callable[[str, Severity, int, int], Finding],
        service_addresses: list[tuple[int, int]],
    ) -> Iterator[Finding]:
        service: list[tuple[int, int]] | None = None
        own_words = tuple(ctx.profile.word_list(FAMILY, language))
        candidates = list(_phone_candidates(text))
        for index, (start, end) in enumerate(candidates):
            if not free(start, end):
                continue
            if _phone_type(text[start:end], language) not in PERSONAL_PHONE_TYPES:
                continue
            if service is None:
                matches = find(text, language, FAMILY, "service-phone", ctx.profile)
                service = sorted((m.start, m.end) for m in matches)
            previous = candidates[index - 1][1] if index else 0
            following = candidates[index + 1][0] if index + 1 < len(candidates) else len(text)
            low, high = context(text, start, end, previous, following)
            if service_line(text, language, end, following, low, high, service,
                            service_addresses, own_words):
                continue
            yield report("phone", Severity.WARNING, start, end)

RULES = [PersonalDataRule()]
