"""The accuracy benchmark's reading of the treebanks' own typo marks: a finding on a word
the annotators marked as the source's misspelling is no false alarm, any other is; the
source's misspellings they left unmarked, reviewed, are counted apart."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from benchmarks.accuracy import _alarms, source_typo
from benchmarks.accuracy_corpus import labelled, snippets
from benchmarks.conllu_to_tsv import main as convert
from benchmarks.conllu_to_tsv import typo_spans

from composer.engine import Engine
from composer.model import Post

# "i dont think there are alot of grommits": "dont" is one token of two words, the second
# marked Typo=Yes; "alot" is two tokens, "a" given CorrectSpaceAfter; "grommits" is an
# unknown word the annotators did not mark.
SENTENCE = "i dont think there are alot of grommits."
CONLLU_EN = """# newdoc id = answers-1
# sent_id = answers-1-0001
# text = The shop is open on weekdays.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tshop\tshop\tNOUN\tNN\t_\t4\tnsubj\t_\t_
3\tis\tbe\tAUX\tVBZ\t_\t4\tcop\t_\t_
4\topen\topen\tADJ\tJJ\t_\t0\troot\t_\t_
5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_
6\tweekdays\tweekday\tNOUN\tNNS\t_\t4\tobl\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# sent_id = answers-1-0002
# text = i dont think there are alot of grommits.
1\ti\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
2-3\tdont\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\tSpaceAfter=No
3\tnt\tnot\tPART\tRB\tTypo=Yes\t4\tadvmod\t_\tCorrectForm=n't
4\tthink\tthink\tVERB\tVB\t_\t0\troot\t_\t_
5\tthere\tthere\tPRON\tEX\t_\t6\texpl\t_\t_
6\tare\tbe\tVERB\tVBP\t_\t4\tccomp\t_\t_
7\ta\ta\tDET\tDT\t_\t8\tdet\t_\tCorrectSpaceAfter=Yes|SpaceAfter=No
8\tlot\tlot\tNOUN\tNN\t_\t6\tnsubj\t_\t_
9\tof\tof\tADP\tIN\t_\t10\tcase\t_\t_
10\tgrommits\tgrommit\tNOUN\tNNS\t_\t8\tnmod\t_\tSpaceAfter=No
11\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

"""


def _columns(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()
            if line and not line.startswith("#")]



def _corpus(tmp_path: Path, *sentences: str) -> Path:
    """A corpus folder whose three files hold ``sentences`` as one document, with no
    typo column; the benchmark is pointed at it by $COMPOSER_UD_CORPUS."""
    folder = tmp_path / "plain"
    folder.mkdir()
    rows = "".join(f"d1\tp1\ts{n}\t{text}\n" for n, text in enumerate(sentences, 1))
    for name in ("fi-fi_tdt-ud-dev.tsv", "sv-sv_talbanken-ud-dev.tsv", "en-en_ewt-ud-dev.tsv"):
        (folder / name).write_text("doc\tparagraph\tsent_id\ttext\n" + rows, encoding="utf-8")
    return folder


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _shared_sentences(monkeypatch: pytest.MonkeyPatch,
                      files: set[str]) -> dict[tuple[str, str], str]:
    """The in-repo UD sentences of ``files`` by (file, sent_id); skips the test where
    ../shared is not here."""
    from benchmarks.accuracy_corpus import CORPUS_DIRS

    monkeypatch.delenv("COMPOSER_UD_CORPUS", raising=False)
    folder = CORPUS_DIRS[0]
    if not (folder / "en-en_ewt-ud-dev.tsv").exists():
        pytest.skip("the shared UD sentences are not here")
    return {(name, row["sent_id"]): row["text"]
            for name in files for row in _rows(folder / name)}

def test_marked_tokens_become_character_spans() -> None:
    sentence = CONLLU_EN.split("\n\n")[1]
    spans = typo_spans(SENTENCE, _columns(sentence))
    assert [SENTENCE[s:e] for s, e in spans] == ["dont", "a"]


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    files = {}
    for language in ("fi", "sv", "en"):
        files[language] = tmp_path / f"{language}.conllu"
        files[language].write_text(CONLLU_EN if language == "en" else "", encoding="utf-8")
    folder = tmp_path / "tsv"
    assert convert([str(folder), *(str(files[lang]) for lang in ("fi", "sv", "en"))]) == 0
    monkeypatch.setenv("COMPOSER_UD_CORPUS", str(folder))
    return folder


def test_only_findings_on_marked_typos_are_excused(corpus: Path) -> None:
    assert labelled("en")
    (piece,) = snippets("en")
    text = piece.text
    assert [text[s:e] for s, e in piece.typos] == ["dont", "a"]
    post = Post(organisation="naantali", channels=["facebook"], versions={"en": text})
    alarms = _alarms(Engine().check(post), mixed=False)
    flagged = {text[f.start:f.end]: source_typo(f, {"en": piece.typos}, post)  # type: ignore[misc]
               for f in alarms if f.family == "spelling"}
    # "alot" lies on the marked "a"; "grommits" is unknown and unmarked: a false alarm.
    assert flagged["alot"] == "marked"
    assert flagged["grommits"] is None
    # Without the marks, "alot" is still a common English misspelling; "grommits" is not.
    unmarked = {text[f.start:f.end]: source_typo(f, {}, post)  # type: ignore[misc]
                for f in alarms if f.family == "spelling"}
    assert (unmarked["alot"], unmarked["grommits"]) == ("common misspelling", None)


def test_a_corpus_without_marks_excuses_nothing(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPOSER_UD_CORPUS", str(_corpus(tmp_path, SENTENCE, SENTENCE)))
    assert not labelled("en")
    (piece,) = snippets("en")
    assert piece.typos == ()


def test_marks_kept_apart_apply_only_to_their_very_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import benchmarks.accuracy_corpus as corpus_module
    from benchmarks.accuracy_corpus import digest, marked

    folder = _corpus(tmp_path, SENTENCE, SENTENCE.replace("grommits", "grommets"))
    marks = tmp_path / "marks.tsv"
    # Both sentences are marked under their ids, but the second mark was made for other
    # text: only the first applies.
    marks.write_text("file\tsent_id\tdigest\ttypos\n"
                     f"en-en_ewt-ud-dev.tsv\ts1\t{digest(SENTENCE)}\t2-6\n"
                     f"en-en_ewt-ud-dev.tsv\ts2\t{digest(SENTENCE)}\t2-6\n", encoding="utf-8")
    monkeypatch.setattr(corpus_module, "MARKS", marks)
    monkeypatch.setenv("COMPOSER_UD_CORPUS", str(folder))
    assert marked("en") and not marked("fi")
    (piece,) = snippets("en")
    assert [piece.text[s:e] for s, e in piece.typos] == ["dont"]


def test_the_kept_marks_match_the_in_repo_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every mark in benchmarks/data belongs to a sentence of ../shared/corpora/ud/ with the
    same text it was made for, and lies on a word of it."""
    from benchmarks.accuracy_corpus import MARKS, digest

    marks = _rows(MARKS)
    assert len(marks) > 100
    texts = _shared_sentences(monkeypatch, {row["file"] for row in marks})
    for row in marks:
        text = texts[(row["file"], row["sent_id"])]
        assert digest(text) == row["digest"], row["sent_id"]
        for span in row["typos"].split(";"):
            start, end = (int(n) for n in span.split("-"))
            assert text[start:end].strip() and end <= len(text)


def test_the_reviewed_typos_are_misspellings_of_their_very_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each reviewed typo lies on its word in the sentence it was made for; the word is one
    the spell checker rejects (or, for a word division, two words written as one), and
    every word of its correction is one the spell checker accepts."""
    from benchmarks.accuracy_corpus import FILES, REVIEWED, digest

    from composer.spelling.checker import is_correct

    rows = _rows(REVIEWED)
    assert rows and {row["file"] for row in rows} <= set(FILES.values())
    language = {name: lang for lang, name in FILES.items()}
    texts = _shared_sentences(monkeypatch, {row["file"] for row in rows})
    for row in rows:
        text = texts[(row["file"], row["sent_id"])]
        lang = language[row["file"]]
        assert digest(text) == row["digest"], row["sent_id"]
        start, end = (int(n) for n in row["span"].split("-"))
        word, correction = row["word"], row["correction"]
        assert text[start:end] == word != correction
        divided = correction.replace(" ", "") == word
        assert divided or not is_correct(word, lang), word
        assert all(is_correct(part, lang) for part in correction.split()), correction


def test_the_test_sets_reviewed_typos_are_misspellings() -> None:
    """The reviewed typos of the treebanks' test sets (whose sentences are not in the
    repository): each a word the spell checker rejects, with a span as long as the word,
    a digest of its sentence, and a correction whose every word it accepts."""
    from benchmarks.accuracy_corpus import FILES, REVIEWED_TEST_SETS

    from composer.spelling.checker import is_correct

    rows = _rows(REVIEWED_TEST_SETS)
    assert rows and {row["file"] for row in rows} <= set(FILES.values())
    language = {name: lang for lang, name in FILES.items()}
    for row in rows:
        lang = language[row["file"]]
        start, end = (int(n) for n in row["span"].split("-"))
        word, correction = row["word"], row["correction"]
        assert end - start == len(word) and len(row["digest"]) == 16, row
        divided = correction.replace(" ", "") == word
        assert word != correction and (divided or not is_correct(word, lang)), word
        assert all(is_correct(part, lang) for part in correction.split()), correction


def test_a_reviewed_typo_is_no_false_alarm_but_counted_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import benchmarks.accuracy_corpus as corpus_module
    from benchmarks.accuracy_corpus import digest

    sentence = "The museum by the main airpart is open."
    folder = _corpus(tmp_path, sentence, sentence)
    reviewed = tmp_path / "reviewed.tsv"
    reviewed.write_text("file\tsent_id\tdigest\tspan\tword\tcorrection\n"
                        f"en-en_ewt-ud-dev.tsv\ts2\t{digest(sentence)}\t23-30\tairpart\tairport\n",
                        encoding="utf-8")
    monkeypatch.setattr(corpus_module, "REVIEWED", reviewed)
    monkeypatch.setenv("COMPOSER_UD_CORPUS", str(folder))
    (piece,) = corpus_module.snippets("en")
    assert piece.typos == ()
    assert [piece.text[s:e] for s, e in piece.reviewed] == ["airpart"]  # the second one
    assert piece.reviewed[0][0] > len(sentence)
    post = Post(organisation="kokkola", versions={"en": piece.text})
    flagged = [f for f in Engine().check(post) if f.rule == "spelling.unknown"]
    assert [piece.text[f.start:f.end] for f in flagged] == ["airpart", "airpart"]  # type: ignore[misc]
    reasons = [source_typo(f, {"en": piece.typos}, post, {"en": piece.reviewed})
               for f in flagged]
    assert reasons == [None, "reviewed"]
