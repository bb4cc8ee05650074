"""Text kept aside in a recovery file (a close that could not wait for the drafts
database) goes back into the drafts on the next start, overwriting nothing."""

from __future__ import annotations

import sqlite3
import stat

from composer.drafts import DraftStore
from composer.drafts.recovery import keep_aside, kept_files, recovery_dir, restore_kept
from composer.model import Post
from composer.postfile import load_post


def _post(text: str) -> Post:
    return Post(organisation="naantali", versions={"fi": text})


def test_the_file_is_a_user_only_post_file() -> None:
    path = keep_aside(_post("Pelastettava teksti"), 3, 7)
    assert path.parent == recovery_dir()
    assert path.name.startswith("draft-3-r7-") and path.name.endswith(".post.json")
    assert load_post(path).text("fi") == "Pelastettava teksti"  # File → Open reads it
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert kept_files() == [path]


def test_text_goes_back_onto_its_unchanged_draft() -> None:
    with DraftStore.open() as store:
        saved = store.save(None, _post("Vanha"))
        keep_aside(_post("Vanha ja uusi teksti"), saved.id, saved.revision)
        restored = restore_kept(store)
        assert [d.id for d in restored.drafts] == [saved.id]
        assert restored.problems == []
        assert store.get(saved.id).post.text("fi") == "Vanha ja uusi teksti"
        assert len(store.list()) == 1
    assert kept_files() == []


def test_a_draft_changed_since_keeps_both_texts() -> None:
    with DraftStore.open() as store:
        saved = store.save(None, _post("Alku"))
        keep_aside(_post("Suljettaessa kirjoitettu"), saved.id, saved.revision)
        store.save(saved.id, _post("Toisessa ikkunassa muokattu"), saved.revision)
        restored = restore_kept(store)
        assert store.get(saved.id).post.text("fi") == "Toisessa ikkunassa muokattu"
        [new] = restored.drafts
        assert new.id != saved.id
        assert store.get(new.id).post.text("fi") == "Suljettaessa kirjoitettu"
        assert [s.reason for s in store.history(new.id)] == ["recovered"]


def test_text_the_slow_save_wrote_after_all_is_not_duplicated() -> None:
    with DraftStore.open() as store:
        saved = store.save(None, _post("Sama teksti"))
        keep_aside(_post("Sama teksti"), saved.id, saved.revision - 1)
        new = store.save(None, _post("Uusi luonnos"))
        keep_aside(_post("Uusi luonnos"), None, None)
        restored = restore_kept(store)
        assert restored.drafts == [] and restored.problems == []
        assert {d.id for d in store.list()} == {saved.id, new.id}
    assert kept_files() == []


def test_a_new_post_becomes_a_new_draft() -> None:
    with DraftStore.open() as store:
        keep_aside(_post("Ei vielä luonnosta"), None, None)
        [draft] = restore_kept(store).drafts
        assert store.get(draft.id).post.text("fi") == "Ei vielä luonnosta"


def test_a_deleted_draft_comes_back_as_a_new_one() -> None:
    with DraftStore.open() as store:
        saved = store.save(None, _post("Poistettu"))
        keep_aside(_post("Poistettu, mutta teksti jäi"), saved.id, saved.revision)
        store.delete(saved.id)
        [draft] = restore_kept(store).drafts
        assert store.get(draft.id).post.text("fi") == "Poistettu, mutta teksti jäi"


def test_a_file_stays_while_the_database_cannot_take_it() -> None:
    with DraftStore.open() as store:
        saved = store.save(None, _post("Alku"))
        path = keep_aside(_post("Lukittuna kirjoitettu"), saved.id, saved.revision)
        store._conn.execute("PRAGMA busy_timeout = 100")
        other = sqlite3.connect(store.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            restored = restore_kept(store)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert restored.drafts == []
        assert len(restored.problems) == 1 and str(path) in restored.problems[0]
        assert path.exists()
        assert restore_kept(store).drafts[0].id == saved.id  # the lock is gone: back
        assert not path.exists()


def test_an_unreadable_file_is_reported_and_kept() -> None:
    path = keep_aside(_post("x"), None, None)
    path.write_text("{not json", "utf-8")
    with DraftStore.open() as store:
        restored = restore_kept(store)
        assert restored.drafts == [] and store.list() == []
    assert len(restored.problems) == 1 and path.exists()


def test_text_over_the_paste_limit_still_goes_back_whole() -> None:
    from composer.model import MAX_VERSION_CHARACTERS

    # Typed (not pasted) past the limit, in an organisation since removed: as a draft
    # holds it, it is read back whole.
    text = "x" * (MAX_VERSION_CHARACTERS + 10)
    keep_aside(Post(organisation="poistettu", versions={"fi": text}), None, None)
    with DraftStore.open() as store:
        [draft] = restore_kept(store).drafts
        back = store.get(draft.id).post
        assert back.text("fi") == text and back.organisation == "poistettu"
