"""Finding messages in the user's language (fi, sv or en), read from resources/messages.

Each rule family has a TOML file ``resources/messages/<family>.toml`` whose tables are
the rule names and whose keys are the languages::

    [missing]
    en = "The {language} version is required but empty."
    fi = "..."
    sv = "..."

Placeholders are filled with :py:meth:`str.format`. A ``{language}`` parameter given as
a language code is written as that language's name in the message language.
"""

from __future__ import annotations

from typing import Any

from composer.model import LANGUAGES
from composer.resources import ResourceError, load_toml

UI_LANGUAGES: tuple[str, ...] = ("en", "fi", "sv")
DEFAULT_UI_LANGUAGE = "en"


def normalise_ui_language(language: str | None) -> str:
    """Map a locale name such as ``sv_FI`` to one of the UI languages (default en)."""
    if not language:
        return DEFAULT_UI_LANGUAGE
    code = language.replace("-", "_").split("_", 1)[0].lower()
    return code if code in UI_LANGUAGES else DEFAULT_UI_LANGUAGE


def language_name(code: str, ui_language: str) -> str:
    """The name of language ``code`` written in ``ui_language`` (``Swedish``, ``ruotsi``)."""
    names = load_toml("messages", "common.toml").get("language-names", {})
    entry = names.get(code)
    if not entry:
        return code
    return entry.get(ui_language) or entry.get(DEFAULT_UI_LANGUAGE, code)


def message(rule: str, ui_language: str = DEFAULT_UI_LANGUAGE, **params: Any) -> str:
    """The message text for ``rule`` (``family.name``) in ``ui_language``."""
    family, _, name = rule.partition(".")
    table = load_toml("messages", f"{family}.toml").get(name)
    if not isinstance(table, dict):
        raise ResourceError(f"resources/messages/{family}.toml: no message for {rule!r}")
    template = table.get(ui_language) or table.get(DEFAULT_UI_LANGUAGE)
    if template is None:
        raise ResourceError(f"resources/messages/{family}.toml: {rule!r} has no English text")
    names = load_toml("messages", "common.toml").get("language-names", {})
    for key in ("language", "other_language", "expected", "detected"):
        value = params.get(key)
        if isinstance(value, str) and (value in LANGUAGES or value in names):
            params[key] = language_name(value, ui_language)
    return template.format(**params)
