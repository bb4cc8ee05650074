"""Real text for the accuracy benchmark: posts of 2–4 consecutive sentences of the
Universal Dependencies sentences in ``../shared/corpora/ud/`` (read in place).

Sentences are grouped by document (Finnish TDT has no document column: its sentence ids
``b204.3`` name the document ``b204``), and each document's sentences are cut into posts
of 2, 3 or 4 consecutive sentences (lengths drawn from a seeded generator, so every run
builds the same posts). A post never spans two documents.

Each snippet has a genre, from its document id (:func:`genre`): the Finnish TDT ids begin
with a section letter, the English EWT ids with the kind of web text, and the Swedish
Talbanken sentences are all its professional-prose part. :data:`PROFESSIONAL` names the
genres that are professionally written prose like the text the product is measured on
(news, encyclopaedia, official text, brochures and textbooks); the English web text has
none.
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: ``../shared/corpora/ud`` from the project root, or the folder in $COMPOSER_UD_CORPUS.
CORPUS_DIRS = (ROOT.parent / "shared" / "corpora" / "ud",)
FILES = {"fi": "fi-fi_tdt-ud-dev.tsv", "sv": "sv-sv_talbanken-ud-dev.tsv",
         "en": "en-en_ewt-ud-dev.tsv"}
SEED = 14
#: The treebanks' own typo marks for corpus files without a ``typos`` column (the in-repo
#: development sets), written by ``python -m benchmarks.conllu_to_tsv --marks``.
MARKS = ROOT / "benchmarks" / "data" / "ud-typo-marks.tsv"
#: The source's misspellings the treebanks leave unmarked, reviewed one by one where a
#: finding fell on them: each with its sentence id, a digest of the sentence, its span
#: and the correction (:func:`reviewed`; checked against the sentences by a test).
REVIEWED = ROOT / "benchmarks" / "data" / "ud-reviewed-typos.tsv"
#: The same for the treebanks' test sets (not in the repository: ``COMPOSER_UD_CORPUS``,
#: :mod:`benchmarks.conllu_to_tsv`), in the same columns; a row is used only on the very
#: sentence its digest was made for, so it never applies to another set's sentences.
REVIEWED_TEST_SETS = ROOT / "benchmarks" / "data" / "ud-test-reviewed-typos.tsv"

#: What each genre is (UD_Finnish-TDT sections; UD_English-EWT web genres; Talbanken's
#: professional prose, textbooks, brochures and newspapers of the 1970s).
GENRES = {
    "fi": {
        "w": "Wikipedia", "wn": "Wikinews", "u": "university news", "t": "financial news",
        "j": "EU legislation (JRC-Acquis)", "e": "European Parliament speeches (Europarl)",
        "s": "student magazine", "b": "blogs", "f": "fiction", "fC": "fiction",
        "fD": "fiction", "h": "grammar examples",
    },
    "sv": {"P": "professional prose (textbooks, brochures, newspapers)"},
    "en": {
        "answers": "answers", "email": "e-mail", "newsgroup": "newsgroups",
        "reviews": "reviews", "weblog": "weblogs",
    },
}
#: Professionally written, edited prose: news, encyclopaedia, official and legal text,
#: brochures and textbooks. Blogs, fiction, a student magazine, grammar examples and the
#: English web text are not.
PROFESSIONAL = {
    "fi": frozenset({"w", "wn", "u", "t", "j", "e"}),
    "sv": frozenset({"P"}),
    "en": frozenset(),
}


@dataclass(frozen=True)
class Snippet:
    """A piece of real text: 2–4 consecutive sentences of one document."""

    language: str
    document: str
    sentences: tuple[str, ...]
    #: The source's own misspellings as the treebank marks them (character spans in
    #: :attr:`text`; empty where the corpus file has no ``typos`` column).
    typos: tuple[tuple[int, int], ...] = ()
    #: The source's misspellings the treebank leaves unmarked, reviewed (REVIEWED).
    reviewed: tuple[tuple[int, int], ...] = ()

    @property
    def genre(self) -> str:
        return genre(self.language, self.document)

    @property
    def professional(self) -> bool:
        return self.genre in PROFESSIONAL[self.language]

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    @property
    def words(self) -> int:
        return len(self.text.split())


def genre(language: str, document: str) -> str:
    """The genre of a document id: "w" (Wikipedia) for "w105", "email" for
    "email-enronsent…", "P" for a Talbanken document "P408"."""
    if language == "en":
        return document.split("-", 1)[0]
    match = re.match(r"[A-Za-z]+", document)
    return match.group(0) if match else ""


def corpus_dir() -> Path:
    configured = os.environ.get("COMPOSER_UD_CORPUS")
    for folder in (*((Path(configured),) if configured else ()), *CORPUS_DIRS):
        if (folder / FILES["fi"]).exists():
            return folder.resolve()
    raise FileNotFoundError(
        "the UD sentences are not in ../shared/corpora/ud/ (see its SOURCE.md)"
    )


Spans = tuple[tuple[int, int], ...]
#: A sentence's text, its treebank typo marks and its reviewed typos.
Sentence = tuple[str, Spans, Spans]


def _typos(text: str, column: str | None) -> tuple[tuple[int, int], ...]:
    """The ``typos`` column's spans ("3-7;12-15"), kept where they fall inside ``text``."""
    spans = []
    for part in (column or "").split(";"):
        start, _, end = part.partition("-")
        if start.isdigit() and end.isdigit() and int(start) < int(end) <= len(text):
            spans.append((int(start), int(end)))
    return tuple(spans)


def digest(text: str) -> str:
    """A short digest of a sentence's text, to tie a mark to the very sentence."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _marks(language: str) -> dict[tuple[str, str], str]:
    """The MARKS of ``language``'s file: (sent_id, digest of the text) → typos column."""
    if not MARKS.exists():
        return {}
    with MARKS.open(encoding="utf-8", newline="") as handle:
        return {(row["sent_id"], row["digest"]): row["typos"]
                for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row["file"] == FILES[language]}


def reviewed(language: str) -> list[dict[str, str]]:
    """The rows of REVIEWED and REVIEWED_TEST_SETS for ``language``'s file: ``sent_id``,
    ``digest``, ``span`` ("start-end" in the sentence), ``word`` and ``correction``."""
    rows: list[dict[str, str]] = []
    for path in (REVIEWED, REVIEWED_TEST_SETS):
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [row for row in csv.DictReader(handle, delimiter="\t",
                                                   quoting=csv.QUOTE_NONE)
                     if row["file"] == FILES[language]]
    return rows


def _documents(language: str) -> dict[str, list[Sentence]]:
    path = corpus_dir() / FILES[language]
    documents: dict[str, list[Sentence]] = {}
    marks = {} if labelled(language) else _marks(language)
    unmarked: dict[tuple[str, str], list[str]] = {}
    for row in reviewed(language):
        unmarked.setdefault((row["sent_id"], row["digest"]), []).append(row["span"])
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            raw = row.get("text") or ""
            text = raw.strip()
            if not text:
                continue
            lead = len(raw) - len(raw.lstrip())
            column = row.get("typos")
            if column is None:
                column = marks.get((row.get("sent_id") or "", digest(raw)))
            spans = tuple((start - lead, end - lead)
                          for start, end in _typos(raw, column)
                          if start >= lead and end - lead <= len(text))
            seen = ";".join(unmarked.get((row.get("sent_id") or "", digest(raw)), ()))
            found = tuple((start - lead, end - lead) for start, end in _typos(raw, seen)
                          if start >= lead and end - lead <= len(text))
            document = row.get("doc") or (row.get("sent_id") or "").split(".")[0]
            documents.setdefault(document, []).append((text, spans, found))
    return documents


def labelled(language: str) -> bool:
    """Whether the corpus file of ``language`` has the treebank's typo marks."""
    with (corpus_dir() / FILES[language]).open(encoding="utf-8") as handle:
        return "typos" in handle.readline().rstrip("\n").split("\t")


def marked(language: str) -> bool:
    """Whether the treebank's typo marks of ``language``'s sentences are known: in the
    corpus file's ``typos`` column, or in MARKS for a file without one."""
    return labelled(language) or bool(_marks(language))


def _piece(language: str, document: str, sentences: list[Sentence]) -> Snippet:
    typos: list[tuple[int, int]] = []
    checked: list[tuple[int, int]] = []
    offset = 0
    for text, spans, found in sentences:
        typos.extend((start + offset, end + offset) for start, end in spans)
        checked.extend((start + offset, end + offset) for start, end in found)
        offset += len(text) + 1  # joined by one space, as Snippet.text does
    return Snippet(language, document, tuple(text for text, _, _ in sentences),
                   tuple(typos), tuple(checked))


def snippets(language: str) -> list[Snippet]:
    """Every post-sized piece of ``language``'s sentences, in corpus order."""
    generator = random.Random(f"{SEED}-{language}")
    found: list[Snippet] = []
    for document, sentences in _documents(language).items():
        index = 0
        while len(sentences) - index >= 2:
            size = min(generator.choice((2, 3, 4)), len(sentences) - index)
            found.append(_piece(language, document, sentences[index:index + size]))
            index += size
    return found


def sample(items: list[Snippet], limit: int | None) -> list[Snippet]:
    """At most ``limit`` items spread evenly over the list (deterministic)."""
    if limit is None or len(items) <= limit:
        return list(items)
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]
