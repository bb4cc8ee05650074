"""A thread whose writes must not wait (the app's UI thread) gets a clear "busy" error
after a moment when another program holds the drafts database, while other threads
still wait their turn; reads never wait for a writer."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from composer.drafts import DraftSaveError, DraftStore, Status
from composer.model import Post


def _post(text: str) -> Post:
    return Post(organisation="naantali", versions={"fi": text})


@pytest.fixture
def store():
    with DraftStore.open() as opened:
        yield opened


def test_a_limited_thread_fails_as_busy_and_changes_nothing(store) -> None:
    draft = store.save(None, _post("Luonnos"))
    store.limit_waits(0.2)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(DraftSaveError) as caught:
            store.set_status(draft.id, Status.READY)
        assert caught.value.kind == "busy"
        # Reads go on: in WAL mode a reader does not wait for the writer.
        assert [d.id for d in store.list()] == [draft.id]
        assert store.get(draft.id).post.text("fi") == "Luonnos"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.get(draft.id).status is Status.DRAFT
    assert store.set_status(draft.id, Status.READY).status is Status.READY  # free again


def test_only_the_limited_thread_is_limited(store) -> None:
    draft = store.save(None, _post("Alku"))
    store.limit_waits(0.2)  # this thread
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    outcome: list[object] = []
    started = threading.Event()

    def save_in_another_thread() -> None:
        started.set()
        outcome.append(store.save(draft.id, _post("Toisesta säikeestä")))

    worker = threading.Thread(target=save_in_another_thread)
    worker.start()
    started.wait(5)
    try:
        # The other thread holds the store while it waits for the lock: this one does not
        # wait behind it for more than its limit.
        with pytest.raises(DraftSaveError) as caught:
            store.rename(draft.id, "Nimi")
        assert caught.value.kind == "busy"
        assert worker.is_alive() and outcome == []  # still waiting, with no limit
    finally:
        other.execute("ROLLBACK")
        other.close()
    worker.join(30)
    assert store.get(draft.id).post.text("fi") == "Toisesta säikeestä"
    store.limit_waits(None)
    assert store.rename(draft.id, "Nimi").title == "Nimi"
