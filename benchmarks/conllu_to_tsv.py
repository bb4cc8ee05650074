"""``python -m benchmarks.conllu_to_tsv FOLDER fi.conllu sv.conllu en.conllu``: writes
Universal Dependencies files in the corpus format the accuracy benchmark reads
(``doc``, ``paragraph``, ``sent_id``, ``text``; one sentence a line, named as the files in
``../shared/corpora/ud/``), so that ``COMPOSER_UD_CORPUS=FOLDER python -m
benchmarks.accuracy`` measures on other text: the treebanks' test sets (UD_Finnish-TDT,
UD_Swedish-Talbanken, UD_English-EWT) or the parallel PUD sets. Those files are not in
the repository; fetch them from github.com/UniversalDependencies.

A Finnish TDT document is named by its sentence ids ("b104.1" is in "b104"), as in the
shared file; the others by their ``# newdoc id`` lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.accuracy_corpus import FILES


def rows(conllu: Path, language: str) -> list[str]:
    """The corpus lines of one CoNLL-U file."""
    found = ["doc\tparagraph\tsent_id\ttext"]
    document = paragraph = sentence = ""
    with conllu.open(encoding="utf-8") as handle:
        for line in handle:
            key, _, value = line.rstrip("\n").partition(" = ")
            value = value.strip().replace("\t", " ")
            if key == "# newdoc id":
                document = value
            elif key == "# newpar id":
                paragraph = value
            elif key == "# sent_id":
                sentence = value
            elif key == "# text":
                named = "" if language == "fi" and "." in sentence else document
                found.append(f"{named}\t{paragraph}\t{sentence}\t{value}")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for language, source in zip(("fi", "sv", "en"), argv[1:], strict=True):
        lines = rows(Path(source), language)
        (folder / FILES[language]).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{language}: {len(lines) - 1} sentences -> {folder / FILES[language]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
