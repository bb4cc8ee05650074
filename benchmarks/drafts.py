"""Drafts store and autosave timings: ``python -m benchmarks.drafts`` (offscreen).

* A save of a typical post (a few KB) and of a 1 MB paste into the store: the durable
  commit (WAL, ``synchronous=FULL``: one fsync per save) in the save thread.
* What autosave costs the UI thread per save: reading the editors (``current_post``)
  and handing the post over; the write itself runs in the background.
* Listing and searching 500 drafts; opening the store (with its integrity check).

Each runs in a temporary data folder; the host's drafts are not touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

from benchmarks.stats import Result, time_ms
from composer.model import Post


def _post(i: int, size: int) -> Post:
    body = ("Kirjaston aukioloajat muuttuvat kesäkuussa, tervetuloa! " * (size // 56 + 1))[:size]
    return Post(organisation="kokkola", channels=["facebook"],
                versions={"fi": f"{i} {body}", "sv": f"{i} Biblioteket öppnar."})


def store_results() -> list[Result]:
    from composer.drafts import DraftStore

    results = []
    with DraftStore.open() as store:
        draft = store.save(None, _post(0, 3000))
        results.append(Result(
            "drafts: save a 3 KB post (durable commit)", "ms",
            time_ms(lambda i: store.save(draft.id, _post(i, 3000)), 200),
            target="< 50 ms (off the UI thread)"))
        big = store.save(None, _post(0, 1_000_000))
        results.append(Result(
            "drafts: save a 1 MB post (durable commit)", "ms",
            time_ms(lambda i: store.save(big.id, _post(i, 1_000_000)), 20),
            target="< 2 s after the change, off the UI thread"))
        for i in range(500):
            store.save(None, _post(i, 1500))
        results.append(Result("drafts: list 500 drafts", "ms",
                              time_ms(lambda i: store.list(), 50)))
        results.append(Result("drafts: search 500 drafts for two words", "ms",
                              time_ms(lambda i: store.list(search="kesäkuussa öppnar"), 50)))
    results.append(Result("drafts: open the store (integrity check)", "ms",
                          time_ms(lambda i: DraftStore.open().close(), 20)))
    return results


def ui_results() -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from composer.ui.drafts.autosave import Autosave, open_store
    from composer.ui.window.features import attach_machine_translation
    from composer.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    attach_machine_translation(window)  # the app's window (autosave is measured below)
    window.show()
    store, _ = open_store()
    autosave = Autosave(window, store, debounce_ms=600_000, max_delay_ms=600_000)
    results = []
    for label, size in (("3 KB", 3000), ("1 MB", 1_000_000)):
        window.editor("fi").setPlainText(_post(0, size).text("fi"))
        samples = []
        for i in range(30 if size < 100_000 else 10):
            window.editor("fi").insertPlainText(str(i % 10))
            start = time.perf_counter()
            autosave.save_soon()
            samples.append((time.perf_counter() - start) * 1000)
            autosave.wait()
            app.processEvents()
        results.append(Result(f"autosave: UI-thread time per save, {label} post", "ms", samples,
                              target="< 16 ms (one frame)",
                              passed=max(samples) < 16 if size < 100_000 else None))
    autosave.shutdown()
    window.close()
    return results


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["COMPOSER_DATA_DIR"] = folder
        os.environ["COMPOSER_CONFIG_DIR"] = folder
        results = store_results() + ui_results()
    for r in results:
        print(f"{r.name:55} median {r.median:8.2f} p95 {r.p95:8.2f} max {r.max:8.2f} {r.unit}"
              f"  {r.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
