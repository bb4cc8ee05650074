"""DeepL's API through the official ``deepl`` Python client (free and pro endpoints)."""

from __future__ import annotations

from urllib.parse import urlparse

import deepl
import deepl.http_client
import requests

from composer.translate.errors import TranslationError
from composer.translate.service import TIMEOUT_S

SOURCE_CODES = {"fi": "FI", "sv": "SV", "en": "EN"}
TARGET_CODES = {"fi": "FI", "sv": "SV", "en": "EN-GB"}

FREE_URL = "https://api-free.deepl.com"
PRO_URL = "https://api.deepl.com"


def _bound_retries(timeout: float) -> None:
    # The client retries busy responses with back-off for minutes by default; a person is
    # waiting in a dialog, so answer within the timeout and let them try again.
    deepl.http_client.max_network_retries = 0
    deepl.http_client.min_connection_timeout = timeout


class DeepLService:
    id = "deepl"

    def __init__(
        self, key: str, server_url: str | None = None, timeout: float = TIMEOUT_S
    ) -> None:
        _bound_retries(timeout)
        self.server_url = server_url or (
            FREE_URL if deepl.util.auth_key_is_free_account(key) else PRO_URL
        )
        self._translator = deepl.Translator(
            key, server_url=self.server_url, send_platform_info=False
        )

    @property
    def recipient(self) -> str:
        plan = "DeepL API Free" if "api-free." in self.server_url else "DeepL API"
        return f"{plan} ({urlparse(self.server_url).netloc or self.server_url})"

    def translate(self, text: str, source: str, target: str) -> str:
        if source not in SOURCE_CODES or target not in TARGET_CODES:
            raise TranslationError("unsupported", f"{source}→{target}")
        try:
            result = self._translator.translate_text(
                text,
                source_lang=SOURCE_CODES[source],
                target_lang=TARGET_CODES[target],
                preserve_formatting=True,
            )
        except deepl.AuthorizationException as exc:
            raise TranslationError("auth", str(exc)) from exc
        except deepl.QuotaExceededException as exc:
            raise TranslationError("quota", str(exc)) from exc
        except deepl.TooManyRequestsException as exc:
            raise TranslationError("rate", str(exc)) from exc
        except deepl.ConnectionException as exc:
            cause = exc.__cause__
            if isinstance(cause, requests.Timeout):
                raise TranslationError("timeout", str(exc)) from exc
            raise TranslationError("offline", str(exc)) from exc
        except deepl.DeepLException as exc:
            raise TranslationError("service", str(exc)) from exc
        return result.text if not isinstance(result, list) else result[0].text
