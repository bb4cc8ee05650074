"""Rule family `personal-data`: identity codes, account numbers, e-mail and phone numbers.

Finnish personal identity codes (henkilötunnus, every century sign including the 2023
ones), Swedish personal identity numbers and IBANs are errors; they are validated with
python-stdnum (checksums and dates), so look-alikes are not reported; one whose date
and form are right but whose check character is not still looks like an identity code
(a warning). A person's e-mail
address or phone number may be published only with their consent: a warning. Service
and role addresses (info@, kirjaamo@, registrator@) and numbers that the text presents
as a service's ("Asiakaspalvelu 040 …", "växel …") or that are landlines, toll-free or
service numbers are not flagged. Phone numbers are recognised and validated with
phonenumbers (region FI; +46 and other international numbers too); dates, times, prices,
years and postal codes are never phone numbers. Word lists:
``resources/wordlists/personal-data.toml``.
"""

from __future__ import annotations

import bisect
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
from composer.profiles import Profile
from composer.rules.base import CheckContext, VersionRule
from composer.rules.normalise import map_findings, normalised
from composer.rules.phrases import categories, find

FAMILY = "personal-data"
BASES = ("personal-data", "law:gdpr")

# The century sign may be a space where a dash was meant ("131052 308T"); the rule runs
# on the normalised text, where dash look-alikes are "-" and invisible characters gone.
_HETU = regex.compile(
    r"(?<![\w+-])\d{6}[-+ABCDEFYXWVU ]\d{3}[0-9ABCDEFHJKLMNPRSTUVWXY](?!\w)", regex.IGNORECASE
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
_SENTENCE_END = regex.compile(r"[.!?…](?=\s+\p{Lu})|\n")
_AFTER_STOP = regex.compile(
    r"[,;]|[.!?…](?=\s)|\n|\s(?:tai|ja|sekä|eller|och|samt|or|and)\s", regex.IGNORECASE
)
_LOCAL_PARTS = regex.compile(r"[._+-]+")
MIN_PHONE_DIGITS = 7
MIN_ID_DIGITS = 9  # a henkilötunnus has nine digits, the rest more
CONTEXT_BEFORE = 60
CONTEXT_AFTER = 30
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
    """``"personal"``, ``"unclear"`` or None (a service, role or example address)."""
    local, _, domain = address.rpartition("@")
    local, domain = _plain(local), domain.lower()
    if local in _word_list("placeholder-address"):
        return None
    service = _word_list("service-address", _profile_words(profile))
    parts = [p for p in _LOCAL_PARTS.split(local) if p]
    if any(p in service for p in parts) or any(
        word in local for word in service if len(word) >= 5
    ):
        return None
    if domain in _word_list("private-domain"):
        return "personal"
    named = [p for p in parts if p.isalpha() and len(p) >= 2]
    return "personal" if len(named) >= 2 else "unclear"


# The century signs of 2023 stand for the same centuries as "-" and "A"; the checksum
# does not involve the sign, so an older stdnum can validate them in their old form.
_NEW_CENTURY_SIGNS = str.maketrans({**dict.fromkeys("YXWVU", "-"), **dict.fromkeys("BCDEF", "A")})


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


def _phone_candidates(text: str) -> Iterator[tuple[int, int]]:
    for match in _PHONE.finditer(text):
        start = match.start()
        for piece in _PHONE_SPLIT.split(match.group()):
            stripped = piece.strip(" \u00a0-()")
            offset = text.find(stripped, start)
            start = offset + len(stripped)
            if sum(map(str.isdigit, stripped)) < MIN_PHONE_DIGITS:
                continue
            if _DATE_LIKE.fullmatch(stripped):
                continue
            yield offset, offset + len(stripped)


def _context(text: str, start: int, end: int, previous: int, following: int) -> tuple[int, int]:
    """The text around a phone number that may name its service: back to the sentence
    start (or the previous number), and forward only up to the next comma, conjunction
    or number ("040 806 5000 (neuvonta arkisin)", not "… or customer service 0800 …")."""
    low = max(previous, start - CONTEXT_BEFORE)
    for boundary in _SENTENCE_END.finditer(text, low, start):
        low = boundary.end()
    high = min(following, end + CONTEXT_AFTER)
    stop = _AFTER_STOP.search(text, end, high)
    return low, stop.start() if stop else high


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
                if valid_hetu(match.group()):
                    yield report("hetu", Severity.ERROR, *match.span())
                elif hetu_with_wrong_check(match.group()):
                    yield report("hetu-check", Severity.WARNING, *match.span())
            for pattern in _PERSONNUMMER:
                for match in pattern.finditer(text):
                    value = match.group()
                    if not free(*match.span()) or not personnummer.is_valid(value):
                        continue
                    if len(value) == 10 and _phone_type(value, language) is not None:
                        continue
                    yield report("personnummer", Severity.ERROR, *match.span())
            for match in _IBAN.finditer(text):
                iban = _valid_iban(match.group())
                if iban and free(match.start(), match.start() + len(iban)):
                    yield report("iban", Severity.ERROR, match.start(), match.start() + len(iban))
        for entity in entities_of(text, "email"):
            kind = email_kind(entity.text, ctx.profile)
            if kind == "personal":
                yield report("email", Severity.WARNING, entity.start, entity.end)
            elif kind == "unclear":
                yield report("email-check", Severity.INFO, entity.start, entity.end)
        if digits >= MIN_PHONE_DIGITS:
            yield from self._phones(text, language, ctx, free, report)

    def _phones(
        self,
        text: str,
        language: str,
        ctx: CheckContext,
        free: Callable[[int, int], bool],
        report: Callable[[str, Severity, int, int], Finding],
    ) -> Iterator[Finding]:
        service: list[tuple[int, int]] | None = None
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
            low, high = _context(text, start, end, previous, following)
            if _contains_span(service, low, high):
                continue
            yield report("phone", Severity.WARNING, start, end)


def _contains_span(spans: list[tuple[int, int]], low: int, high: int) -> bool:
    """Whether a span of ``spans`` (sorted by start) lies within ``low``–``high``."""
    index = bisect.bisect_left(spans, (low, -1))
    while index < len(spans) and spans[index][0] <= high:
        if spans[index][1] <= high:
            return True
        index += 1
    return False


RULES = [PersonalDataRule()]
