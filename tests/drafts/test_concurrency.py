"""Two app processes (two windows) saving into the same drafts database at once."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time

from composer.drafts import DraftStore
from composer.model import Post
from composer.settings import data_dir

WRITER = textwrap.dedent("""
    import json, os, sys, time
    from pathlib import Path
    from composer.drafts import DraftStore
    from composer.model import Post

    name, shared, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    store = DraftStore.open()
    while not go.exists():
        time.sleep(0.001)
    own, revision, errors = None, None, 0
    for i in range(150):
        text = f"{name} kirjoittaa {i} " + "ä" * (i * 20)
        mine = store.save(own, Post(versions={"fi": text}), own and revision)
        own, revision = mine.id, mine.revision
        store.save(shared, Post(versions={"fi": f"{name} muokkasi yhteistä {i}"}),
                   base_revision=None)
    print(json.dumps({"own": own, "last": text}, ensure_ascii=False))
""")


def test_two_processes_saving_at_once_lose_nothing():
    with DraftStore.open() as store:
        shared = store.save(None, Post(versions={"fi": "Yhteinen luonnos"})).id
    go = data_dir().parent / "go"
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, name, str(shared), str(go)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env=os.environ.copy())
        for name in ("Ikkuna A", "Ikkuna B")
    ]
    time.sleep(0.5)  # both opened and waiting
    go.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    with DraftStore.open() as store:
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for result in results:
            assert store.get(result["own"]).post.text("fi") == result["last"]
        assert len(store.list()) == 3
        final = store.get(shared).post.text("fi")
        assert final in ("Ikkuna A muokkasi yhteistä 149", "Ikkuna B muokkasi yhteistä 149")


SAME_DRAFT = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from composer.drafts import DraftStore
    from composer.model import Post

    name, shared, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    store = DraftStore.open()
    revision = store.get(shared).revision
    while not go.exists():
        time.sleep(0.001)
    for i in range(60):
        saved = store.save(shared, Post(versions={"fi": f"{name} versio {i}"}), revision)
        revision = saved.revision
""")


def test_two_windows_editing_the_same_draft_keep_each_others_text_in_history():
    with DraftStore.open() as store:
        shared = store.save(None, Post(versions={"fi": "Alku"})).id
    go = data_dir().parent / "go-same"
    procs = [
        subprocess.Popen([sys.executable, "-c", SAME_DRAFT, name, str(shared), str(go)],
                         stderr=subprocess.PIPE, text=True, env=os.environ.copy())
        for name in ("A", "B")
    ]
    time.sleep(0.5)
    go.touch()
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with DraftStore.open() as store:
        final = store.get(shared).post.text("fi")
        assert final in ("A versio 59", "B versio 59")
        other = "B" if final.startswith("A") else "A"
        overwritten = [h for h in store.history(shared) if h.reason == "overwritten"]
        # every time one window replaced the other's newer text, that text was kept
        assert overwritten
        assert any(h.title.startswith(other) for h in overwritten)
    conn = sqlite3.connect(data_dir() / "drafts.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
