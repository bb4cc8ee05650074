"""The checking work itself, free of Qt, run in the checking process (or thread).

:func:`compute` checks one snapshot of the post with the check pipeline
(:meth:`composer.engine.Engine.run`: findings, channel exports and version facts, each
computed once) and adds what the window needs besides: UTF-16 spans, and the previews
made from the exports. The same process
answers the right-click menu's :class:`SuggestRequest` (all corrections for one flagged
word), since it already holds the dictionaries the window process then never loads.
:func:`serve` is the checking process's loop: requests in, answers out, over the pipe
:mod:`composer.checking.process` sets up.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from typing import Any

from composer.checking.offsets import Utf16Index
from composer.model import LANGUAGES, Finding, Post
from composer.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class CheckRequest:
    generation: int
    post: Post
    ui_language: str
    settings: Settings
    #: Start from an empty cache (a word was added to the user's dictionary).
    fresh_engine: bool = False
    #: Rule families left out (they took too long on this text).
    skip_families: tuple[str, ...] = ()
    #: Words the user chose to ignore ("Ignore", "Ignore all"), per language: their
    #: spelling findings are left out.
    ignored_words: dict[str, frozenset[str]] = field(default_factory=dict)

    def failed(self, error: str) -> CheckResult:
        return CheckResult(self.generation, self.post, error=error)


@dataclass
class SuggestRequest:
    """All corrections for a flagged ``word`` in ``language`` (the right-click menu)."""

    word: str
    language: str
    #: A menu is waiting for the answer (else it is asked ahead, e.g. on hover).
    urgent: bool = True

    def failed(self, error: str) -> SuggestResult:
        return SuggestResult(self.word, self.language, error=error)


@dataclass
class SuggestResult:
    word: str
    language: str
    #: Corrections, best first (those the finding carries come first).
    suggestions: list[str] = field(default_factory=list)
    seconds: float = 0.0
    error: str = ""


@dataclass
class CheckResult:
    """What the checker found for one snapshot of the post."""

    generation: int
    post: Post | None
    findings: list[Finding] = field(default_factory=list)
    #: UTF-16 ``(start, end)`` per finding (parallel to ``findings``); None for whole-post.
    spans: list[tuple[int, int] | None] = field(default_factory=list)
    #: Per language, ``(finding index, UTF-16 start, end)`` of its spans in text order.
    flags: dict[str, list[tuple[int, int, int]]] = field(default_factory=dict)
    #: Length of each version in grapheme clusters (what a person counts).
    lengths: dict[str, int] = field(default_factory=dict)
    #: The language each version reads as, when clearly another than its own.
    other_language: dict[str, str] = field(default_factory=dict)
    #: Hashtags used in each version, case-folded.
    hashtags: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Readability of each written version: ``(level, reasons, LIX or None)``, the level
    #: ``clear``, ``fair`` or ``heavy`` and the reasons that raise it
    #: (:mod:`composer.readability`).
    readability: dict[str, tuple[str, tuple[str, ...], float | None]] = field(
        default_factory=dict)
    #: The channel previews (a :class:`composer.checking.preview_data.PreviewSet`), exported here
    #: so a long post's export never runs in the window's process.
    previews: Any = None
    #: Errors only a check for publishing finds (an empty required version before
    #: anything is written): the gate before Copy and Export all names them too.
    publishing: list[Finding] = field(default_factory=list)
    #: Seconds the check took where it ran.
    seconds: float = 0.0
    error: str = ""
    #: Rule families not checked: they took too long on this text (the others ran).
    unavailable: tuple[str, ...] = ()


class Checker:
    """An engine and its caches; one per thread or process."""

    def __init__(self) -> None:
        self.engine: Any = None

    def run(self, request: CheckRequest) -> CheckResult:
        import time

        started = time.perf_counter()
        try:
            if self.engine is None or request.fresh_engine:
                self._fresh()
            self.engine.progress = self.progress
            result = compute(self.engine, request)
        except Exception:  # a broken rule must not take the app down
            result = CheckResult(request.generation, request.post, error=_last_error())
        result.seconds = time.perf_counter() - started
        return result

    def suggest(self, request: SuggestRequest) -> SuggestResult:
        """Corrections for the word (with this thread's spell engines)."""
        import time

        started = time.perf_counter()
        try:
            from composer.spelling import suggest

            result = SuggestResult(
                request.word, request.language, suggest(request.word, request.language)
            )
        except Exception:  # a missing dictionary or a broken engine must not take the app down
            result = request.failed(_last_error(quiet=True))
        result.seconds = time.perf_counter() - started
        return result

    def answer(self, request: CheckRequest | SuggestRequest) -> CheckResult | SuggestResult:
        if isinstance(request, SuggestRequest):
            return self.suggest(request)
        return self.run(request)

    def _fresh(self) -> None:
        from composer.engine import Engine

        if self.engine is not None:
            from composer.spelling import clear_caches

            clear_caches()
        self.engine = Engine()

    #: Called with each step's name (the checking process reports them to the window).
    progress: Any = None


def _last_error(quiet: bool = False) -> str:
    kind, value, _ = sys.exc_info()
    if not quiet:
        log.exception("checking failed")
    return f"{kind.__name__ if kind else 'Error'}: {value}"


def _ignored(finding: Finding, post: Post, words: dict[str, frozenset[str]]) -> bool:
    """A spelling finding on a word the user chose to ignore."""
    if finding.family != "spelling" or finding.language is None or finding.start is None:
        return False
    word = post.text(finding.language)[finding.start:finding.end]
    return word in words.get(finding.language, frozenset())


def _add_readability(result: CheckResult, post: Post) -> None:
    from composer.profiles import UnknownOrganisation, load_profiles
    from composer.readability import readability

    try:
        overrides = load_profiles().get(post.organisation).plain_language
    except UnknownOrganisation:
        overrides = {}
    for language in LANGUAGES:
        text = post.text(language)
        if text.strip():
            found = readability(text, language, overrides)
            result.readability[language] = (found.level, found.reasons, found.lix)


def compute(engine: Any, request: CheckRequest) -> CheckResult:
    from composer.checking.preview_data import previews_from
    from composer.gate import publishing_errors
    from composer.pipeline import PipelineRequest

    post = request.post
    families = None
    if request.skip_families:
        families = tuple(dict.fromkeys(
            rule.family for rule in engine.rules if rule.family not in request.skip_families
        ))
    checked = engine.run(
        PipelineRequest(post, request.ui_language, request.settings, families=families)
    )
    findings = checked.findings
    if request.ignored_words:
        findings = [f for f in findings if not _ignored(f, post, request.ignored_words)]
    result = CheckResult(request.generation, post, findings)
    indexes: dict[str, Utf16Index] = {}
    for finding in findings:
        if finding.language is None or finding.start is None or finding.end is None:
            result.spans.append(None)
            continue
        index = indexes.get(finding.language)
        if index is None:
            index = indexes[finding.language] = Utf16Index(post.text(finding.language))
        span = (index.to_utf16(finding.start), index.to_utf16(finding.end))
        result.spans.append(span)
        result.flags.setdefault(finding.language, []).append((len(result.spans) - 1, *span))
    for flags in result.flags.values():
        flags.sort(key=lambda flag: flag[1])
    for language, facts in checked.facts.items():
        result.lengths[language] = facts.length
        result.hashtags[language] = facts.hashtags
        if facts.reads_as:
            result.other_language[language] = facts.reads_as
    _add_readability(result, post)
    if engine.progress is not None:
        engine.progress("previews")
    result.previews = previews_from(checked, request.ui_language, request.settings)
    result.publishing = publishing_errors(findings, post, settings=request.settings,
                                          ui_language=request.ui_language or "en",
                                          engine=engine)
    return result


#: Checked once when the checking process starts, so rules, spelling dictionaries and
#: language profiles are loaded before the first real request.
WARM_UP = Post(
    organisation="jakobstad",
    versions={
        "fi": "Tervetuloa kaupunginkirjastoon lauantaina, luvassa satutuokio lapsille.",
        "sv": "Välkommen till stadsbiblioteket på lördag, då blir det sagostund för barn.",
        "en": "Welcome to the city library on Saturday for a story hour for children.",
    },
    channels=["facebook"],
)


def serve(connection: Any, warm_up: bool = True) -> None:
    """The checking process: answer each request (a :class:`CheckRequest` or a
    :class:`SuggestRequest`) on ``connection`` until it closes, in the order they come.

    The post is not sent back (the window keeps its own copy)."""
    from composer.spelling import engines

    engines.SUGGEST_WITHOUT_LOCK = False  # nothing else runs in this process
    checker = Checker()
    from composer.checking.process import STARTING, progress_reporter

    report = progress_reporter()  # where each check is, for its deadline
    if report is not None:
        report(STARTING)
    if warm_up:
        checker.run(CheckRequest(0, WARM_UP, "en", Settings()))
    checker.progress = report
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        answer = checker.answer(request)
        if isinstance(answer, CheckResult):
            answer.post = None
        try:
            connection.send(answer)
        except (BrokenPipeError, OSError):
            return
