"""Translating one version into another: the gatekeeping check before any text leaves
the machine, then the call to the service.

The caller puts the result into the target version and marks that language as
machine-translated (``Post.unreviewed``) until a person edits or confirms it.
"""

from __future__ import annotations

from dataclasses import dataclass

from composer.engine import Engine
from composer.model import Finding, Post, Severity
from composer.translate.errors import TranslationBlocked, TranslationError
from composer.translate.service import TranslationService

#: Finding families whose errors keep a text on this machine.
GATE_FAMILIES = ("personal-data", "confidential", "security")


@dataclass(frozen=True)
class TranslationResult:
    source: str
    target: str
    text: str
    recipient: str


def blocking_findings(
    post: Post, source: str, *, ui_language: str = "en", engine: Engine | None = None
) -> list[Finding]:
    """Error findings in the ``source`` version that forbid sending it to a service. A
    profile or setting that turns these families off for the findings panel does not
    turn the gate off."""
    engine = engine or Engine()
    findings = engine.check(post, ui_language=ui_language, families=GATE_FAMILIES, enforce=True)
    return [
        f for f in findings
        if f.language == source and f.severity is Severity.ERROR and f.family in GATE_FAMILIES
    ]


def translate_version(
    post: Post,
    source: str,
    target: str,
    service: TranslationService,
    *,
    ui_language: str = "en",
    engine: Engine | None = None,
) -> TranslationResult:
    """Translate the ``source`` version; raises :class:`TranslationBlocked` when the
    engine forbids sending it and :class:`TranslationError` when the service fails."""
    if source == target:
        raise TranslationError("unsupported", "source and target are the same language")
    text = post.text(source)
    if not text.strip():
        raise TranslationError("config", f"the {source} version is empty")
    blockers = blocking_findings(post, source, ui_language=ui_language, engine=engine)
    if blockers:
        raise TranslationBlocked(blockers)
    translated = service.translate(text, source, target)
    return TranslationResult(source, target, translated, service.recipient)
