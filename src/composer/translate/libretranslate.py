"""A self-hosted LibreTranslate server (``POST /translate``), with an optional API key."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from urllib.parse import urlparse

from composer.translate.errors import TranslationError
from composer.translate.service import TIMEOUT_S


class LibreTranslateService:
    id = "libretranslate"

    def __init__(self, url: str, key: str | None = None, timeout: float = TIMEOUT_S) -> None:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise TranslationError("config", f"not a server address: {url!r}")
        self.url = url.rstrip("/")
        self.key = key
        self.timeout = timeout

    @property
    def recipient(self) -> str:
        return f"LibreTranslate ({urlparse(self.url).netloc})"

    def translate(self, text: str, source: str, target: str) -> str:
        body = {"q": text, "source": source, "target": target, "format": "text"}
        if self.key:
            body["api_key"] = self.key
        request = urllib.request.Request(
            f"{self.url}/translate",
            data=json.dumps(body).encode("utf-8"),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            detail = _error_text(exc)
            kind = {400: "unsupported", 403: "auth", 429: "rate"}.get(exc.code, "service")
            if exc.code == 400 and "key" in detail.lower():
                kind = "auth"
            raise TranslationError(kind, f"HTTP {exc.code}: {detail}") from exc
        except TimeoutError as exc:
            raise TranslationError("timeout", str(exc)) from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise TranslationError("timeout", str(exc.reason)) from exc
            raise TranslationError("offline", str(exc.reason)) from exc
        except (ValueError, UnicodeDecodeError) as exc:
            raise TranslationError("service", f"unreadable answer: {exc}") from exc
        translated = payload.get("translatedText") if isinstance(payload, dict) else None
        if not isinstance(translated, str):
            raise TranslationError("service", "the answer has no translatedText")
        return translated


def _error_text(exc: urllib.error.HTTPError) -> str:
    try:
        data = json.loads(exc.read().decode("utf-8"))
        return str(data.get("error", data))
    except (ValueError, UnicodeDecodeError, AttributeError):
        return exc.reason if isinstance(exc.reason, str) else str(exc)
