"""Errors of the translation feature, each with a kind the UI turns into a message."""

from __future__ import annotations

from collections.abc import Sequence

from composer.model import Finding


class TranslationError(Exception):
    """The service could not translate. ``kind`` is one of: ``offline``, ``timeout``,
    ``auth`` (bad or missing key), ``quota``, ``rate`` (too many requests),
    ``unsupported`` (language pair), ``config`` (service not set up), ``service``."""

    KINDS = ("offline", "timeout", "auth", "quota", "rate", "unsupported", "config", "service")

    def __init__(self, kind: str, detail: str = "") -> None:
        assert kind in self.KINDS, kind
        self.kind = kind
        self.detail = detail
        super().__init__(f"{kind}: {detail}" if detail else kind)


class TranslationBlocked(Exception):
    """The text was not sent: the guideline engine found personal data, confidential
    material or security details of error severity in it."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        super().__init__("; ".join(f.message for f in self.findings))
