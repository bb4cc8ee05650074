"""``python -m benchmarks.conllu_to_tsv FOLDER fi.conllu sv.conllu en.conllu``: writes
Universal Dependencies files in the corpus format the accuracy benchmark reads
(``doc``, ``paragraph``, ``sent_id``, ``text``; one sentence a line, named as the files in
``../shared/corpora/ud/``), so that ``COMPOSER_UD_CORPUS=FOLDER python -m
benchmarks.accuracy`` measures on other text: the treebanks' development sets as
annotated upstream, their test sets (UD_Finnish-TDT, UD_Swedish-Talbanken,
UD_English-EWT) or the parallel PUD sets. Those files are not in the repository; fetch
them from github.com/UniversalDependencies.

A fifth column, ``typos``, holds the treebank annotators' own marking of the source's
misspellings: the character spans (``start-end``, ``;`` between them) of the tokens with
a word marked ``Typo=Yes`` or given a ``CorrectForm`` or ``CorrectSpaceAfter`` ("alot"
for "a lot"). The benchmark does not count a finding on such a span as a false alarm,
as the corpus notes say ("every warning here is a false alarm unless the source itself
has a typo"). Treebanks that do not annotate typos (Talbanken) leave it empty.

``python -m benchmarks.conllu_to_tsv --marks fi.conllu sv.conllu en.conllu`` writes only
the marks, for the in-repo sentences (whose files have no ``typos`` column), to
:data:`benchmarks.accuracy_corpus.MARKS`: one line per marked sentence, with its file,
its ``sent_id``, a digest of its text (a mark is used only on the very sentence it was
made for) and its spans. Run on the development sets at the commits ``SOURCE.md`` names.

A Finnish TDT document is named by its sentence ids ("b104.1" is in "b104"), as in the
shared file; the others by their ``# newdoc id`` lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.accuracy_corpus import FILES, MARKS, digest

#: What marks a word as the source's misspelling in a treebank's FEATS or MISC column.
TYPO_MARKS = ("Typo=Yes", "CorrectForm=", "CorrectSpaceAfter=")


def _misspelt(columns: list[str]) -> bool:
    return any(mark in columns[5] or mark in columns[9] for mark in TYPO_MARKS)


def typo_spans(text: str, tokens: list[list[str]]) -> list[tuple[int, int]]:
    """Character spans in ``text`` of the surface tokens the treebank marks as misspelt.

    ``tokens`` are the sentence's token lines split into columns: multiword token lines
    ("2-3 dont") carry the surface form, the word lines inside them the annotation.
    """
    spans: list[tuple[int, int]] = []
    cursor = 0
    inside_until = 0
    surface: tuple[str, bool] | None = None
    pending: list[tuple[str, bool]] = []
    for columns in tokens:
        ident = columns[0]
        if "." in ident:
            continue  # an empty node: no surface text
        if "-" in ident:
            inside_until = int(ident.split("-", 1)[1])
            surface = (columns[1], False)
            continue
        number = int(ident)
        if surface is not None and number <= inside_until:
            surface = (surface[0], surface[1] or _misspelt(columns))
            if number == inside_until:
                pending.append(surface)
                surface = None
            continue
        pending.append((columns[1], _misspelt(columns)))
    for form, misspelt in pending:
        found = text.find(form, cursor)
        if found < 0:
            continue
        cursor = found + len(form)
        if misspelt:
            spans.append((found, cursor))
    return spans


def rows(conllu: Path, language: str) -> list[str]:
    """The corpus lines of one CoNLL-U file."""
    found = ["doc\tparagraph\tsent_id\ttext\ttypos"]
    document = paragraph = sentence = text = ""
    tokens: list[list[str]] = []

    def flush() -> None:
        if not text:
            return
        named = "" if language == "fi" and "." in sentence else document
        typos = ";".join(f"{start}-{end}" for start, end in typo_spans(text, tokens))
        found.append(f"{named}\t{paragraph}\t{sentence}\t{text}\t{typos}")

    with conllu.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                text, tokens = "", []
                continue
            if not line.startswith("#"):
                tokens.append(line.split("\t"))
                continue
            key, _, value = line.partition(" = ")
            value = value.strip().replace("\t", " ")
            if key == "# newdoc id":
                document = value
            elif key == "# newpar id":
                paragraph = value
            elif key == "# sent_id":
                sentence = value
            elif key == "# text":
                text = value
    flush()
    return found


def write_marks(sources: list[str]) -> int:
    """Write the typo marks of the CoNLL-U files ``sources`` (fi, sv, en) to MARKS."""
    lines = ["file\tsent_id\tdigest\ttypos"]
    for language, source in zip(("fi", "sv", "en"), sources, strict=True):
        for line in rows(Path(source), language)[1:]:
            _doc, _par, sentence, text, typos = line.split("\t")
            if typos:
                lines.append(f"{FILES[language]}\t{sentence}\t{digest(text)}\t{typos}")
    MARKS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} marked sentences -> {MARKS}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "--marks":
        return write_marks(argv[1:])
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for language, source in zip(("fi", "sv", "en"), argv[1:], strict=True):
        lines = rows(Path(source), language)
        (folder / FILES[language]).write_text("\n".join(lines) + "\n", encoding="utf-8")
        marked = sum(1 for line in lines[1:] if line.rsplit("\t", 1)[1])
        print(f"{language}: {len(lines) - 1} sentences, {marked} with marked typos"
              f" -> {folder / FILES[language]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
