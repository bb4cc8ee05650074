"""The translation services: what they are called, who receives the text, and making one
from the user's settings."""

from __future__ import annotations

from typing import Any, Protocol

from composer.translate.errors import TranslationError

#: How long one request may take before the user is told it timed out (seconds).
TIMEOUT_S = 20.0


class TranslationService(Protocol):
    #: Short id: "deepl" or "libretranslate".
    id: str

    @property
    def recipient(self) -> str:
        """Who receives the text, for the dialog: service name and host."""
        ...

    def translate(self, text: str, source: str, target: str) -> str:
        """Translate ``text`` from ``source`` to ``target`` (fi/sv/en)."""
        ...


def make_service(
    service_id: str, options: dict[str, Any], key: str | None, *, timeout: float = TIMEOUT_S
) -> TranslationService:
    """A service from the settings' ``translation_service`` and ``translation_options``.

    Options: DeepL ``server_url`` (default: chosen from the key, free keys end in ``:fx``);
    LibreTranslate ``url`` (required). ``timeout``: seconds one request may take.
    """
    if service_id == "deepl":
        from composer.translate.deepl_service import DeepLService

        if not key:
            raise TranslationError("auth", "DeepL needs an API key")
        return DeepLService(key, server_url=options.get("server_url") or None, timeout=timeout)
    if service_id == "libretranslate":
        from composer.translate.libretranslate import LibreTranslateService

        url = options.get("url") or ""
        if not url:
            raise TranslationError("config", "LibreTranslate needs the server's address")
        return LibreTranslateService(url, key or None, timeout=timeout)
    raise TranslationError("config", "no translation service is chosen")
