"""The live checker: results off the UI thread, only for the current text, positions in
UTF-16, and a broken check reported instead of crashing."""

from __future__ import annotations

import os
import subprocess
import sys

from composer.model import Post
from composer.ui.window.checker import LiveChecker


def _collect(checker):
    results = []
    checker.result_ready.connect(results.append)
    return results


def test_result_carries_utf16_spans_lengths_and_hashtags(qtbot):
    text = "🎈🎈 Läs http://www.jakobstad.fi #Jakobstad"
    post = Post(organisation="jakobstad", versions={"sv": text})
    checker = LiveChecker(lambda: post)
    results = _collect(checker)
    checker.check_now()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    checker.shutdown()
    result = results[0]
    link = next(
        (f, s) for f, s in zip(result.findings, result.spans, strict=True)
        if f.rule == "link.insecure"
    )
    finding, span = link
    assert text[finding.start:finding.end] == "http://www.jakobstad.fi"
    assert span == (finding.start + 2, finding.end + 2)  # two balloons, two code units each
    assert result.lengths["sv"] == len(text)  # one grapheme per emoji here
    assert result.hashtags["sv"] == frozenset({"#jakobstad"})
    assert result.error == ""


def test_only_results_for_the_current_text_are_delivered(qtbot):
    texts = iter([f"Hej {i}!" for i in range(100)])
    checker = LiveChecker(lambda: Post(versions={"sv": next(texts)}), debounce_ms=5)
    results = _collect(checker)
    for _ in range(30):
        checker.schedule()
        checker.check_now()
    final = checker.generation
    qtbot.waitUntil(lambda: bool(results) and not checker.pending(), timeout=20_000)
    checker.shutdown()
    assert results and all(r.generation == final for r in results)


def test_debounce_coalesces_a_burst_of_edits(qtbot):
    snapshots = []

    def snapshot():
        snapshots.append(1)
        return Post(versions={"fi": "Hei"})

    checker = LiveChecker(snapshot, debounce_ms=50)
    results = _collect(checker)
    for _ in range(20):
        checker.schedule()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    checker.shutdown()
    assert len(snapshots) == 1


def test_a_failing_check_is_reported_not_raised(qtbot):
    checker = LiveChecker(lambda: Post(organisation="no-such-town", versions={"fi": "Hei"}))
    results = _collect(checker)
    checker.check_now()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    checker.shutdown()
    assert "no-such-town" in results[0].error


def test_a_killed_checking_process_is_replaced(qtbot):
    import os
    import signal

    post = Post(organisation="jakobstad", versions={"sv": "Läs mer på http://www.jakobstad.fi"})
    checker = LiveChecker(lambda: post)
    results = _collect(checker)
    checker.check_now()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    os.kill(checker._backend._process.pid, signal.SIGKILL)
    for _ in range(3):  # the first check after the kill reports it; the next ones work
        results.clear()
        checker.schedule()
        checker.check_now()
        qtbot.waitUntil(lambda: bool(results), timeout=20_000)
        if not results[-1].error:
            break
    checker.shutdown()
    assert not results[-1].error
    assert "link.insecure" in {f.rule for f in results[-1].findings}


def test_pyside6_survives_many_void_calls():
    """PySide6 6.12.0 on Python 3.11 aborts (none_dealloc) after many calls returning None;
    the dependency pin keeps a version that does not."""
    code = (
        "import os\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "w = QWidget()\n"
        "for i in range(20000):\n"
        "    w.setEnabled(i % 2 == 0)\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"


def _answers(checker):
    answers = []
    checker.suggestions_ready.connect(lambda word, language, found: answers.append(
        (word, language, found)
    ))
    return answers


def test_suggestions_come_from_the_checker_without_waiting(qtbot):
    checker = LiveChecker(lambda: Post(versions={"sv": "Hej"}))
    answers = _answers(checker)
    assert checker.suggestions("biblioteke", "sv") is None  # asked, not waited for
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    word, language, found = answers[0]
    assert (word, language) == ("biblioteke", "sv")
    assert found[0] == "bibliotek" and "biblioteket" in found
    # Known now: the next menu has them at once, without asking again.
    assert checker.suggestions("biblioteke", "sv") == found
    checker.shutdown()


def test_suggestions_in_the_checking_thread(qtbot, monkeypatch):
    monkeypatch.setenv("COMPOSER_CHECK_IN_THREAD", "1")
    checker = LiveChecker(lambda: Post(versions={"en": "Hello"}))
    answers = _answers(checker)
    assert checker.suggestions("libary", "en") is None
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    checker.shutdown()
    assert answers[0][2][0] == "library"


def test_a_correct_word_and_an_unknown_language_get_no_suggestions(qtbot):
    checker = LiveChecker(lambda: Post(versions={"fi": "Hei"}))
    answers = _answers(checker)
    checker.suggestions("kirjasto", "fi")
    checker.suggestions("Bibliothek", "de")
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=20_000)
    checker.shutdown()
    assert {(word, tuple(found)) for word, _language, found in answers} == {
        ("kirjasto", ()), ("Bibliothek", ()),
    }


def test_menu_questions_come_before_checks_and_questions_asked_ahead_after(qapp):
    from composer.checking.work import SuggestRequest

    checker = LiveChecker(lambda: Post(versions={"en": "Hello"}))
    checker._started = checker._asking = True  # nothing sent: only the order is looked at
    checker.suggestions("libary", "en", urgent=False)
    checker.check_now()
    checker.suggestions("biblioteke", "sv")
    checker.suggestions("biblioteke", "sv")  # the same question is asked once
    order = [checker._next() for _ in range(4)]
    checker.shutdown()
    check = order[1]
    assert order[3] is None and check.post.text("en") == "Hello"
    menu, ahead = order[0], order[2]
    assert isinstance(menu, SuggestRequest) and isinstance(ahead, SuggestRequest)
    assert (menu.word, menu.urgent, ahead.word, ahead.urgent) == (
        "biblioteke", True, "libary", False)


def test_suggestions_after_the_checking_process_died(qtbot):
    import os
    import signal

    checker = LiveChecker(lambda: Post(versions={"sv": "Hej"}))
    answers = _answers(checker)
    checker.suggestions("biblioteke", "sv")
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    os.kill(checker._backend._process.pid, signal.SIGKILL)
    for word in ("sagostunnd", "bibliotekk", "lördagg"):  # the first may report the death
        answers.clear()
        checker.suggestions(word, "sv")
        qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
        if answers[-1][2]:
            break
    checker.shutdown()
    assert answers[-1][2], "suggestions work again with a new checking process"


def test_the_checking_process_loads_no_qt(qtbot):
    """The real checking process, as the window starts it, imports the checking code
    only: no Qt library is mapped into it, even though this process has Qt loaded."""
    from pathlib import Path

    checker = LiveChecker(lambda: Post(versions={"sv": "Hej"}))
    answers = _answers(checker)
    checker.suggestions("biblioteke", "sv")
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    pid = checker._backend._process.pid
    maps = Path(f"/proc/{pid}/maps").read_text()
    checker.shutdown()
    assert answers[0][2], "the process answered"
    assert "hunspell" in maps.lower()  # the spell engine is loaded there
    assert "libQt6" not in maps and "shiboken6" not in maps
    assert "libQt6Core" in Path("/proc/self/maps").read_text()


def test_the_checking_process_ends_when_the_window_closes_its_pipe(qtbot):
    checker = LiveChecker(lambda: Post(versions={"sv": "Hej"}))
    answers = _answers(checker)
    checker.suggestions("biblioteke", "sv")
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    process = checker._backend._process
    checker._backend._connection.close()  # as when the window's process is gone
    assert process.wait(10) == 0
    checker.shutdown()


def test_a_frozen_bundle_starts_itself_as_the_checking_process(monkeypatch):
    from pathlib import Path

    from composer.checking import process as checking_process

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert checking_process.command() == [sys.executable, checking_process.PROCESS_ARGUMENT]
    packaging = Path(__file__).resolve().parents[3] / "packaging"
    for entry in ("entry.py", "entry_gui.py"):
        assert f'["{checking_process.PROCESS_ARGUMENT}"]' in (packaging / entry).read_text()


def test_framed_pipe_reports_a_closed_pipe_as_end_of_file():
    import io

    import pytest

    from composer.checking.process import FramedPipe

    out = io.BytesIO()
    FramedPipe(io.BytesIO(), out).send({"word": "kirjasto", "n": 1})
    data = out.getvalue()
    assert FramedPipe(io.BytesIO(data), io.BytesIO()).recv() == {"word": "kirjasto", "n": 1}
    with pytest.raises(EOFError):
        FramedPipe(io.BytesIO(data[:-3]), io.BytesIO()).recv()  # cut off mid-frame


def test_output_printed_in_the_checking_process_does_not_break_its_answers():
    """Anything a library prints in the checking process goes to standard error: the
    answers on standard output stay readable."""
    from composer.checking.process import FramedPipe
    from composer.checking.work import SuggestRequest

    code = (
        "from composer.checking import process as checking_process, work\n"
        "answer = work.Checker.answer\n"
        "def noisy(self, request):\n"
        "    print('noise from a library')\n"
        "    return answer(self, request)\n"
        "work.Checker.answer = noisy\n"
        "checking_process.main()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    pipe = FramedPipe(process.stdout, process.stdin)
    pipe.send(SuggestRequest("biblioteke", "sv"))
    answer = pipe.recv()
    pipe.close()
    assert process.wait(30) == 0
    assert answer.word == "biblioteke" and "biblioteket" in answer.suggestions
    assert b"noise from a library" in process.stderr.read()


def test_the_process_started_before_the_window_is_the_one_that_checks(qtbot, monkeypatch):
    """app.main starts the checking process before importing Qt; the window's checker
    takes that process over instead of starting a second one."""
    from composer.checking import process as checking_process

    monkeypatch.delenv("COMPOSER_CHECK_IN_THREAD", raising=False)
    checking_process.start_early()
    early = checking_process._early[0][0]
    checker = LiveChecker(lambda: Post(versions={"sv": "Läs mer på http://www.jakobstad.fi"}))
    results = _collect(checker)
    checker.check_now()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    used = checker._backend._process
    checker.shutdown()
    assert used is early and not checking_process._early
    assert "link.insecure" in {f.rule for f in results[0].findings}


def test_an_early_process_nothing_took_over_ends_and_leaves_no_file(monkeypatch):
    """The window never opened (or the program ended first): the process started early
    is ended at exit and its progress file in the temporary folder is removed."""
    from composer.checking import process as checking_process

    monkeypatch.delenv("COMPOSER_CHECK_IN_THREAD", raising=False)
    checking_process.start_early()
    process = checking_process._early[0][0]
    progress = process.progress_path
    assert os.path.exists(progress)
    checking_process.discard_early()
    assert process.poll() is not None and not checking_process._early
    assert not os.path.exists(progress)


def test_a_checker_that_closes_leaves_no_progress_file(qtbot):
    checker = LiveChecker(lambda: Post(versions={"fi": "Hei"}))
    results = _collect(checker)
    checker.check_now()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    progress = checker._backend._process.progress_path
    checker.shutdown()  # the process is released in the worker thread, soon after
    qtbot.waitUntil(lambda: not os.path.exists(progress), timeout=10_000)


def test_a_checker_stopped_as_the_program_ends_leaves_no_progress_file(qtbot):
    """The program ends right after the window stops checking, before the worker thread
    releases the process: the killed process leaves no file behind either."""
    checker = LiveChecker(lambda: Post(versions={"fi": "Hei"}))
    results = _collect(checker)
    checker.check_now()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    backend = checker._backend
    progress = backend._process.progress_path
    assert os.path.exists(progress)
    backend.stop()  # what shutdown does first; close() would follow in the worker
    assert not os.path.exists(progress)
    checker.shutdown()


def test_a_checking_process_whose_window_went_away_removes_its_progress_file():
    """The window ended without stopping its checking process (it crashed, or was
    killed): the process sees its input close, ends, and leaves no file behind."""
    from composer.checking import process as checking_process

    process, pipe = checking_process.start()
    progress = process.progress_path
    assert os.path.exists(progress)
    process.stdin.close()  # as when the window's process ends
    assert process.wait(30) == 0
    assert not os.path.exists(progress)
    pipe.close()


def test_no_early_process_when_checking_runs_in_a_thread(monkeypatch):
    from composer.checking import process as checking_process

    monkeypatch.setenv("COMPOSER_CHECK_IN_THREAD", "1")
    checking_process.start_early()
    assert not checking_process._early


def test_grammar_runs_in_the_checking_process_and_never_in_the_windows(qtbot, monkeypatch):
    """Voikko's grammar checker answers in the checking process; checked in a thread of
    this (a window's) process, grammar gives nothing and is never loaded."""
    from composer import grammar

    post = Post(organisation="kokkola", versions={"fi": "Kirjasto on on auki tänään."})
    checker = LiveChecker(lambda: post)
    results = _collect(checker)
    checker.check_now()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    checker.shutdown()
    assert "grammar.repeated-word" in [f.rule for f in results[0].findings]

    monkeypatch.setenv("COMPOSER_CHECK_IN_THREAD", "1")
    monkeypatch.setattr(grammar, "ALLOW_WITH_QT_APPLICATION", False)  # as in the app
    grammar.clear_cache()
    checker = LiveChecker(lambda: post)
    results = _collect(checker)
    checker.check_now()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    checker.shutdown()
    assert results[0].error == ""
    assert not [f for f in results[0].findings if f.family == "grammar"]
    assert grammar._sentence_errors.cache_info().currsize == 0
