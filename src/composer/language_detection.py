"""Which of Finnish, Swedish and English a text is written in, with ``langdetect``.

Only the three post languages are loaded (a private ``langdetect`` factory holding the fi,
sv and en profiles), so every text reads as one of them. Detection runs on the prose
only: URLs, e-mail addresses, @mentions, #hashtags and numbers are removed first, and so
are names: quoted passages and capitalised words inside a sentence ("Rådhusparken",
"Kesäteatteri"), which are often in another language than the text around them. Texts
with fewer than :data:`MIN_LETTERS` letters left are not judged statistically, so a
short greeting is never "in the wrong language"; from :data:`MIN_PLAIN_LETTERS` one
that is plainly another language's by its function words (:func:`plainly_in`: "If she
continues! Hope this helps" as the Swedish version) still is.

A version whose beginning is plainly written in its own language (several of that
language's function words, in both halves, and none of the other two languages':
:func:`plainly_in`) needs no detection to say it does not read as another language; the
shortcut gives the detection's verdict on every monolingual real text of the accuracy
benchmark's corpora, and saves most of its cost on a typical check.

The profiles are loaded lazily, once, under a lock (about 100 ms the first time); results
are cached per text, so re-checking an unchanged version costs a dictionary look-up.
The detection itself is langdetect's ``Detector`` algorithm step for step (the same text
preparation, n-grams, seeded random sampling and float arithmetic, so the same
probabilities, tested against ``Detector`` in ``tests/test_language_detection_langdetect.py``)
without its per-character objects and per-call random seeding from the operating system.

Why not plain ``Detector``: it costs about 3.5 times as much a version (0.63 instead of
0.18 ms measured side by side on a loaded machine), which is 14% of ``make bench`` item 1,
the typical full check (CPU median 8.6 -> 9.9 ms in the same minute; about 0.9 ms at the
machine's normal speed, where that check takes 4–5 ms against a target of 5). A user does
not feel it on one keystroke (one version changes, about 0.3 ms), but it would take
item 1 past its target and outside its 10% margin. Should langdetect change its
internals (``word_lang_prob_map``, ``Detector``'s constants, ``NGram.normalize``), that
test fails; then use ``Detector`` as the test does.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.utils.ngram import NGram

from composer.entities import entities
from composer.model import LANGUAGES
from composer.resources import load_toml
from composer.text_cache import text_cache

#: Letters of prose a text needs before its language is judged.
MIN_LETTERS = 40
#: A shorter text is judged by its function words alone (:func:`plainly_in`), from this
#: many letters: plainly another language's is a mismatch however short.
MIN_PLAIN_LETTERS = 20
_POST_LANGUAGES = ("fi", "sv", "en")
#: Characters of prose read (more does not change the verdict, only the time taken).
MAX_CHARS = 200
#: The detected language must have at least this probability to count as a mismatch ...
MIN_CONFIDENCE = 0.95
#: ... and the expected language at most this: a clear margin, so a version in the right
#: language that quotes a name in another language is not flagged.
MAX_EXPECTED = 0.04

_QUOTES = "\"“”„«»‘’"  # what a quoted passage starts with
_QUOTED = regex.compile(r"[\"“”„«»]([^\"“”„«»\n]{1,120})[\"“”„«»]|[‘’]([^‘’\n]{1,120})[‘’]")
_NAME = regex.compile(r"(?<![.!?:…]\s*|^\s*|[\n•-]\s*)\b\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*")
_NUMBER = regex.compile(r"\p{N}+(?:[.,:/–-]\p{N}+)*")
#: A file name ("CrudeStocks.pdf", "ohjelma_2025.docx"): no language's prose. It starts
#: where a run of word characters does, so a long run is read once, not once a letter.
_FILE_NAME = regex.compile(
    r"(?<![\p{L}\p{N}_-])[\p{L}\p{N}_-]+\.(?:pdf|docx?|xlsx?|pptx?|od[tsp]|txt|rtf|csv|html?|jpe?g|png|gif"
    r"|svg|mp[34]|mov|zip)\b", regex.IGNORECASE)
_SPACES = regex.compile(r"\s+")
_LETTERS = regex.compile(r"\p{L}+")
#: Different function words of its language that make a text plainly written in it.
PLAIN_FUNCTION_WORDS = 3
#: ... making at least this share of its words.
PLAIN_SHARE = 0.15

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


@text_cache(maxsize=64)
def prose(text: str) -> str:
    """``text`` without URLs, e-mail addresses, mentions, hashtags, file names and
    numbers (cached per text: the consistency rule reads it too)."""
    parts: list[str] = []
    position = 0
    for entity in entities(text):
        parts.append(text[position : entity.start])
        parts.append(" ")
        position = entity.end
    parts.append(text[position:])
    return _collapse(_NUMBER.sub(" ", _FILE_NAME.sub(" ", "".join(parts))))


def letter_count(text: str) -> int:
    return sum(map(str.isalpha, text))  # isalpha: the categories of \p{L}


def without_names(text: str) -> str:
    """``text`` without quoted passages and capitalised words inside sentences."""
    if any(quote in text for quote in _QUOTES):
        text = _QUOTED.sub(" ", text)
    return _collapse(_NAME.sub(" ", text))


def _collapse(text: str) -> str:
    """``text`` stripped, each run of white space one space."""
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        # str.split() also splits at these four controls, which are no \s.
        return _SPACES.sub(" ", text).strip()
    return " ".join(text.split())


@text_cache(maxsize=512)
def _body(text: str) -> str:
    """The prose of ``text`` without names: what detection reads (cached per text)."""
    return without_names(prose(text))


@lru_cache(maxsize=1)
def _word_languages() -> tuple[dict[str, str], dict[int, dict[str, str]]]:
    """Each function word's language, and each word ending's by its length
    (``resources/function-words.toml``)."""
    table = load_toml("function-words.toml")
    words = {word: language for language in LANGUAGES for word in table.get(language, ())}
    endings: dict[int, dict[str, str]] = {}
    for language, listed in table.get("endings", {}).items():
        for ending in listed:
            endings.setdefault(len(ending), {})[ending] = language
    return words, endings


def plainly_in(text: str, expected: str) -> bool:
    """Whether the prose :func:`detect` would read of ``text`` has at least
    :data:`PLAIN_FUNCTION_WORDS` different function words (or words with endings) of
    ``expected``, in both halves, and none of the other two languages'
    (``resources/function-words.toml``). Such a text reads as ``expected``, so the
    statistical detection is not needed to say it does not read as another language."""
    words, endings = _word_languages()
    found: set[str] = set()
    tokens = _LETTERS.findall(_body(text)[:MAX_CHARS].lower())
    hits = 0
    halves = [False, False]
    middle = len(tokens) // 2
    for index, word in enumerate(tokens):
        language = words.get(word)
        if language is None and len(word) > 4:
            for size, by_ending in endings.items():
                language = by_ending.get(word[-size:])
                if language is not None:
                    break
        if language == expected:
            found.add(word)
            hits += 1
            halves[index >= middle] = True
        elif language is not None:
            return False
    # In both halves: a text that changes language half-way is left to the detection.
    return (len(found) >= PLAIN_FUNCTION_WORDS and hits >= PLAIN_SHARE * len(tokens)
            and all(halves))


@text_cache(maxsize=512)
def detect(text: str) -> Detection:
    """Probabilities of fi, sv and en for ``text``, most likely first (cached per text)."""
    body = _body(text)
    letters = letter_count(body)
    if letters < MIN_LETTERS:
        return Detection((), letters)
    factory = _load_factory()
    probabilities = _probabilities(body, factory)
    if probabilities is None:
        return Detection((), letters)
    pairs = zip(factory.get_lang_list(), probabilities, strict=True)
    ranked = sorted(pairs, key=lambda item: -item[1])
    return Detection(tuple((lang, float(p)) for lang, p in ranked), letters)


#: Whether Random.choice draws its index with getrandbits as _three_probabilities does.
_PLAIN_CHOICE = random.Random._randbelow is random.Random._randbelow_with_getrandbits  # type: ignore[attr-defined]
_NOT_LATIN = regex.compile(r"[^A-z]+")  # langdetect counts 'A' <= ch <= 'z' as Latin
_BELOW_U0300 = regex.compile(r"[\x00-\u02FF]+")
_RUN_OF_SPACES = regex.compile(r" {2,}")
_normalized: dict[str, str] = {}


def _prepared(text: str) -> str:
    """What ``Detector.append`` and ``cleaning_text`` make of ``text``."""
    # Each substitution only where it can match (a URL has "://", an address "@", a
    # Vietnamese letter a separate diacritic).
    if "://" in text:
        text = Detector.URL_RE.sub(" ", text)
    if "@" in text:
        text = Detector.MAIL_RE.sub(" ", text)
    if any(mark in text for mark in NGram.DMARK_CLASS):
        text = NGram.normalize_vi(text)
    text = _RUN_OF_SPACES.sub(" ", text[:MAX_CHARS])
    # langdetect meant to leave out Latin Extended Additional here, but compares the block
    # with a name its unicode_block never returns: every character from U+0300 counts.
    latin = len(_NOT_LATIN.sub("", text))
    non_latin = len(_BELOW_U0300.sub("", text))
    if latin * 2 < non_latin:
        text = "".join(ch for ch in text if ch < "A" or ch > "z")
    return text


class _Normalised(dict[int, str]):
    """``NGram.normalize`` of each character, filled in as characters are met (for
    ``str.translate``)."""

    def __missing__(self, code: int) -> str:
        normal = self[code] = NGram.normalize(chr(code))
        return normal


_normalised = _Normalised()


def _ngrams(text: str, known: dict[str, list[float]]) -> list[str]:
    """``Detector._extract_ngrams``: the known 1- to 3-grams of ``text``, in order.

    langdetect feeds the normalised characters one by one into a window of up to three
    that restarts after each space; after each character it takes the last 1, 2 and 3
    characters of the window, except inside a run of capitals. With ``padded`` the text
    after one leading space, the window after character ``k`` is ``padded[k-2:k+1]``
    unless ``padded[k-1]`` is a space (then it is ``padded[k-1:k+1]``), a second space
    in a row adds nothing, and a capital after a capital is skipped.
    """
    found: list[str] = []
    append = found.append
    earlier, before = "", " "  # padded[k-2] and padded[k-1]
    for ch in text.translate(_normalised):
        if ch == " ":
            if before == " ":
                earlier, before = before, ch
                continue
        elif ch.isupper() and before.isupper():
            earlier, before = before, ch
            continue
        elif ch in known:
            append(ch)
        pair = before + ch
        if pair in known:
            append(pair)
        if before != " ":
            triple = earlier + pair
            if triple in known:
                append(triple)
        earlier, before = before, ch
    return found


def _probabilities(body: str, factory: DetectorFactory) -> list[float] | None:
    """``Detector.get_probabilities`` (``langprob``, in the factory's language order) for
    ``body`` read up to :data:`MAX_CHARS`; ``None`` when it has no known n-gram."""
    known = factory.word_lang_prob_map
    ngrams = _ngrams(_prepared(body), known)
    if not ngrams:
        return None
    size = len(factory.get_lang_list())
    trials = 7
    rng = random.Random(factory.seed)
    if size == 3:
        return _three_probabilities(ngrams, known, rng, trials)
    return _any_probabilities(ngrams, known, rng, trials, size)


def _any_probabilities(
    ngrams: list[str], known: dict[str, list[float]], rng: random.Random, trials: int,
    size: int,
) -> list[float]:
    """``Detector._detect_block``'s trials: ``langprob`` for ``ngrams``."""
    choice = rng.choice
    total = [0.0] * size
    for _ in range(trials):
        prob = [1.0 / size] * size
        alpha = Detector.ALPHA_DEFAULT + rng.gauss(0.0, 1.0) * Detector.ALPHA_WIDTH
        weight = alpha / Detector.BASE_FREQ
        i = 0
        while True:
            word_prob = known[choice(ngrams)]
            for j in range(size):
                prob[j] *= weight + word_prob[j]
            if i % 5 == 0:
                sump = sum(prob)
                highest = 0.0
                for j in range(size):
                    p = prob[j] / sump
                    if highest < p:
                        highest = p
                    prob[j] = p
                if highest > Detector.CONV_THRESHOLD or i >= Detector.ITERATION_LIMIT:
                    break
            i += 1
        for j in range(size):
            total[j] += prob[j] / trials
    return total


def _three_probabilities(
    ngrams: list[str], known: dict[str, list[float]], rng: random.Random, trials: int
) -> list[float]:
    """The loop of :func:`_probabilities` for three languages, written out (the same
    operations in the same order, so the same floats)."""
    if not _PLAIN_CHOICE:
        return _any_probabilities(ngrams, known, rng, trials, 3)
    # rng.choice(ngrams) is ngrams[rng._randbelow(count)], which draws bits this way.
    getrandbits = rng.getrandbits
    count = len(ngrams)
    bits = count.bit_length()
    total0 = total1 = total2 = 0.0
    threshold = Detector.CONV_THRESHOLD
    limit = Detector.ITERATION_LIMIT
    for _ in range(trials):
        p0 = p1 = p2 = 1.0 / 3
        alpha = Detector.ALPHA_DEFAULT + rng.gauss(0.0, 1.0) * Detector.ALPHA_WIDTH
        weight = alpha / Detector.BASE_FREQ
        i = 0
        while True:
            drawn = getrandbits(bits)
            while drawn >= count:
                drawn = getrandbits(bits)
            q0, q1, q2 = known[ngrams[drawn]]
            p0 *= weight + q0
            p1 *= weight + q1
            p2 *= weight + q2
            if i % 5 == 0:
                sump = sum((p0, p1, p2))
                p0 /= sump
                p1 /= sump
                p2 /= sump
                if max(p0, p1, p2) > threshold or i >= limit:
                    break
            i += 1
        total0 += p0 / trials
        total1 += p1 / trials
        total2 += p2 / trials
    return [total0, total1, total2]


def reads_as_other(text: str, expected: str) -> tuple[str, float] | None:
    """``(language, confidence)`` when ``text`` clearly reads as another language than
    ``expected``; ``None`` when it is in ``expected``, unclear, or too short to judge."""
    if plainly_in(text, expected):
        return None
    detection = detect(text)
    language = detection.language
    if language is None and detection.letters >= MIN_PLAIN_LETTERS:
        # Too short for the detection, but plainly in another language: "If she
        # continues! Hope this helps" in the Swedish version.
        return next(((other, 1.0) for other in _POST_LANGUAGES
                     if other != expected and plainly_in(text, other)), None)
    if language is None or language == expected:
        return None
    if detection.confidence < MIN_CONFIDENCE or detection.probability(expected) > MAX_EXPECTED:
        return None
    return language, detection.confidence
