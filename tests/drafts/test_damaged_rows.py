"""A damaged row in the drafts database costs that draft only: it is reported, left as
it is, and every other draft still lists and opens; a row breaking a constraint never
moves the whole database aside."""

from __future__ import annotations

import sqlite3

import pytest

from composer.cli import main
from composer.drafts import DraftStore
from composer.model import Post
from composer.settings import data_dir

DAMAGE = [
    ("exported_channels", "'{bad'"),
    ("created", "'abc'"),
    ("updated", "x'00ff'"),
    ("status", "'bogus'"),  # breaks the CHECK constraint
    ("revision", "'one'"),
]


def _damage(column: str, value: str, draft_id: int) -> None:
    conn = sqlite3.connect(data_dir() / "drafts.sqlite3")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(f"UPDATE drafts SET {column} = {value} WHERE id = ?", (draft_id,))
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("column", "value"), DAMAGE)
def test_one_bad_row_is_set_aside_and_the_rest_open(column: str, value: str, capsys) -> None:
    with DraftStore.open() as store:
        good = store.save(None, Post(versions={"fi": "Hyvä luonnos"}))
        bad = store.save(None, Post(versions={"fi": "Vaurioituva luonnos"}))
    _damage(column, value, bad.id)
    with DraftStore.open() as store:
        assert [n.kind for n in store.notices] == []  # the file was not moved aside
        assert [d.id for d in store.list()] == [good.id]
        assert store.get(good.id).post.text("fi") == "Hyvä luonnos"
        assert store.most_recent().id == good.id
        assert [n.kind for n in store.notices] == ["damaged"]
        assert f"draft {bad.id}" in store.notices[0].detail and column in store.notices[0].detail
        # left as it is: its text is still in the database
        raw = store._conn.execute("SELECT post FROM drafts WHERE id = ?", (bad.id,)).fetchone()
        assert "Vaurioituva" in raw[0]
    assert main(["drafts", "list"]) == 0
    captured = capsys.readouterr()
    assert "Hyvä luonnos" in captured.out
    assert f"draft {bad.id} is damaged ({column}" in captured.err
    assert not list(data_dir().glob("drafts.sqlite3.corrupt-*"))
