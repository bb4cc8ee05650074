"""Which of Finnish, Swedish and English a text is written in, with ``langdetect``.

Only the three post languages are loaded (a private ``langdetect`` factory holding the fi,
sv and en profiles), so every text reads as one of them. Detection runs on the prose
only: URLs, e-mail addresses, @mentions, #hashtags and numbers are removed first, and so
are names: quoted passages and capitalised words inside a sentence ("Rådhusparken",
"Kesäteatteri"), which are often in another language than the text around them. Texts
with fewer than :data:`MIN_LETTERS` letters left are not judged at all, so a short
greeting is never "in the wrong language".

The profiles are loaded lazily, once, under a lock (about 100 ms the first time); results
are cached per text, so re-checking an unchanged version costs a dictionary look-up.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex
from langdetect import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from composer.entities import entities
from composer.model import LANGUAGES

#: Letters of prose a text needs before its language is judged.
MIN_LETTERS = 40
#: Characters of prose read (more does not change the verdict, only the time taken).
MAX_CHARS = 200
#: The detected language must have at least this probability to count as a mismatch ...
MIN_CONFIDENCE = 0.95
#: ... and the expected language at most this: a clear margin, so a version in the right
#: language that quotes a name in another language is not flagged.
MAX_EXPECTED = 0.04

_QUOTED = regex.compile(r"[\"“”„«»]([^\"“”„«»\n]{1,120})[\"“”„«»]|[‘’]([^‘’\n]{1,120})[‘’]")
_NAME = regex.compile(r"(?<![.!?:…]\s*|^\s*|[\n•-]\s*)\b\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*")
_NUMBER = regex.compile(r"\p{N}+(?:[.,:/–-]\p{N}+)*")
_LETTER = regex.compile(r"\p{L}")
_SPACES = regex.compile(r"\s+")

_lock = threading.Lock()
_factory: DetectorFactory | None = None


@dataclass(frozen=True)
class Detection:
    """The outcome for one text: probabilities of fi, sv and en (empty when not judged)."""

    probabilities: tuple[tuple[str, float], ...]
    letters: int

    @property
    def judged(self) -> bool:
        return bool(self.probabilities)

    @property
    def language(self) -> str | None:
        return self.probabilities[0][0] if self.probabilities else None

    @property
    def confidence(self) -> float:
        return self.probabilities[0][1] if self.probabilities else 0.0

    def probability(self, language: str) -> float:
        return dict(self.probabilities).get(language, 0.0)


def _load_factory() -> DetectorFactory:
    """The fi/sv/en detector factory, built on first use (thread-safe)."""
    global _factory
    if _factory is not None:
        return _factory
    with _lock:
        if _factory is None:
            DetectorFactory.seed = 0
            factory = DetectorFactory()
            profiles = resources.files("langdetect") / "profiles"
            factory.load_json_profile(
                [(profiles / lang).read_text(encoding="utf-8") for lang in LANGUAGES]
            )
            factory.set_seed(0)
            _factory = factory
    return _factory


def prose(text: str) -> str:
    """``text`` without URLs, e-mail addresses, mentions, hashtags and numbers."""
    parts: list[str] = []
    position = 0
    for entity in entities(text):
        parts.append(text[position : entity.start])
        parts.append(" ")
        position = entity.end
    parts.append(text[position:])
    stripped = _NUMBER.sub(" ", "".join(parts))
    return _SPACES.sub(" ", stripped).strip()


def letter_count(text: str) -> int:
    return len(_LETTER.findall(text))


def without_names(text: str) -> str:
    """``text`` without quoted passages and capitalised words inside sentences."""
    return _SPACES.sub(" ", _NAME.sub(" ", _QUOTED.sub(" ", text))).strip()


@lru_cache(maxsize=512)
def detect(text: str) -> Detection:
    """Probabilities of fi, sv and en for ``text``, most likely first (cached per text)."""
    body = without_names(prose(text))
    letters = letter_count(body)
    if letters < MIN_LETTERS:
        return Detection((), letters)
    detector = _load_factory().create()
    detector.set_max_text_length(MAX_CHARS)
    detector.append(body)
    try:
        detector.get_probabilities()
    except LangDetectException:
        return Detection((), letters)
    pairs = zip(detector.langlist, detector.langprob, strict=True)
    ranked = sorted(pairs, key=lambda item: -item[1])
    return Detection(tuple((lang, float(p)) for lang, p in ranked), letters)


def detect_language(text: str) -> tuple[str | None, float]:
    """``(language, confidence)`` of ``text``; ``(None, 0.0)`` when too short to judge."""
    detection = detect(text)
    return detection.language, detection.confidence


def reads_as_other(text: str, expected: str) -> tuple[str, float] | None:
    """``(language, confidence)`` when ``text`` clearly reads as another language than
    ``expected``; ``None`` when it is in ``expected``, unclear, or too short to judge."""
    detection = detect(text)
    language = detection.language
    if language is None or language == expected:
        return None
    if detection.confidence < MIN_CONFIDENCE or detection.probability(expected) > MAX_EXPECTED:
        return None
    return language, detection.confidence
