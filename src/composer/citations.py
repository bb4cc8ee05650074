"""Citations: which guideline point or law a finding comes from, in the UI language.

A rule names the points it rests on, most specific first: an organisation point key
(``personal-data``) or a law (``law:gdpr``, see ``resources/references.toml``). The first
one the organisation's profile has is cited.
"""

from __future__ import annotations

from collections.abc import Sequence

from composer.i18n import DEFAULT_UI_LANGUAGE
from composer.profiles import Profile
from composer.resources import load_toml

MAX_QUOTE = 160


def _law_text(key: str, ui_language: str) -> str | None:
    entry = load_toml("references.toml").get(key)
    if not entry:
        return None
    return entry.get(ui_language) or entry.get(DEFAULT_UI_LANGUAGE)


def cite(profile: Profile, bases: Sequence[str], ui_language: str) -> tuple[str, str]:
    """Return ``(reference id, citation text)`` for the first basis that applies."""
    key = (tuple(bases), ui_language)
    cached = profile.citations.get(key)
    if cached is None:
        cached = profile.citations[key] = _cite(profile, key[0], ui_language)
    return cached


def _cite(profile: Profile, bases: Sequence[str], ui_language: str) -> tuple[str, str]:
    for basis in bases:
        if basis.startswith("law:"):
            key = basis[4:]
            text = _law_text(key, ui_language)
            if text:
                return basis, text
            continue
        point = profile.points.get(basis)
        if point is None:
            continue
        quote = " ".join(point.quote.replace("*", "").split())
        if len(quote) > MAX_QUOTE:
            quote = quote[: MAX_QUOTE - 1].rstrip() + "…"
        frame = load_toml("messages", "common.toml")["citation"]
        template = frame.get(ui_language) or frame[DEFAULT_UI_LANGUAGE]
        return f"{profile.id}:{basis}", template.format(
            organisation=profile.name(ui_language), section=point.section, quote=quote
        )
    return "", ""
