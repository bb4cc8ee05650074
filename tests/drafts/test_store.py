"""The drafts store: saving, listing, search, status, history and restore, post files."""

from __future__ import annotations

import json
import os
import stat

import pytest

from composer.drafts import DraftNotFound, DraftStore, Status
from composer.model import Media, Post
from composer.postfile import PostFileError, load_post, save_post
from composer.settings import data_dir


class Clock:
    """A settable time source, so history intervals need no waiting."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock):
    with DraftStore.open(clock=clock) as opened:
        yield opened


def post(fi: str = "", sv: str = "", **kwargs) -> Post:
    versions = {k: v for k, v in (("fi", fi), ("sv", sv)) if v}
    return Post(versions=versions, **kwargs)


def test_database_is_user_only_in_the_data_folder(store):
    assert store.path == data_dir() / "drafts.sqlite3"
    store.save(None, post("Hei"))
    assert stat.S_IMODE(os.stat(data_dir()).st_mode) == 0o700
    for name in os.listdir(data_dir()):
        assert stat.S_IMODE(os.stat(data_dir() / name).st_mode) == 0o600, name
    mode = store._conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_save_then_read_back_everything(store):
    original = Post(
        organisation="kokkola", role="employee", channels=["facebook", "x"],
        versions={"fi": "Uimahalli avataan\nmaanantaina.", "sv": "Simhallen öppnar"},
        media=[Media("pool.jpg", {"fi": "Uimahalli", "sv": "Simhallen"})],
        unreviewed=["sv"],
    )
    saved = store.save(None, original)
    draft = store.get(saved.id)
    assert draft.post == original
    assert draft.title == "Uimahalli avataan"  # Kokkola writes Finnish first
    assert draft.organisation == "kokkola"
    assert draft.status is Status.DRAFT


def test_title_follows_the_organisation_language_order(store):
    jakobstad = store.save(None, post(fi="Suomeksi", sv="På svenska"))
    assert jakobstad.title == "På svenska"
    long = store.save(None, post(fi="\n\n  " + "pitkä " * 40))
    assert long.title.endswith("…") and len(long.title) == 80


def test_control_characters_are_kept_in_the_draft_but_not_in_the_title(store):
    text = "Avoinna\u200b klo\x00 8\x07–16\u202e"
    saved = store.save(None, post(fi=text))
    assert store.get(saved.id).post.text("fi") == text
    assert saved.title == "Avoinna klo 8–16"


def test_list_sorts_by_last_change_and_searches_every_version(store, clock):
    first = store.save(None, post(fi="Kirjasto on suljettu", sv="Biblioteket är stängt"))
    clock.now += 10
    second = store.save(None, post(fi="Uimahalli AUKI"))
    clock.now += 10
    alt = store.save(None, Post(media=[Media("a.jpg", {"en": "Harbour at sunset"})]))
    assert [d.id for d in store.list()] == [alt.id, second.id, first.id]
    clock.now += 10
    store.save(first.id, post(fi="Kirjasto on suljettu tänään", sv="Biblioteket är stängt"))
    assert store.list()[0].id == first.id
    assert store.most_recent().id == first.id
    assert [d.id for d in store.list(search="STÄNGT")] == [first.id]
    assert [d.id for d in store.list(search="auki")] == [second.id]
    assert [d.id for d in store.list(search="harbour sunset")] == [alt.id]
    assert store.list(search="kirjasto stängt tänään") != []
    assert store.list(search="kirjasto uimahalli") == []
    assert [d.id for d in store.list(sort="created", descending=False)] == [
        first.id, second.id, alt.id]


def test_unchanged_content_is_not_a_new_revision(store, clock):
    saved = store.save(None, post(fi="Sama"))
    clock.now += 60
    again = store.save(saved.id, post(fi="Sama"))
    assert again.revision == saved.revision and again.updated == saved.updated


def test_status_ready_then_exported_with_channels_and_time(store, clock):
    saved = store.save(None, post(fi="Valmis teksti"))
    ready = store.set_status(saved.id, Status.READY)
    assert ready.status is Status.READY
    clock.now += 100
    store.mark_exported(saved.id, ["facebook"])
    exported = store.mark_exported(saved.id, ["instagram", "facebook"])
    assert exported.status is Status.EXPORTED
    assert exported.exported_channels == ("facebook", "instagram")
    assert exported.status_changed.timestamp() == clock.now
    assert [d.id for d in store.list(status="exported")] == [saved.id]
    assert store.most_recent(exclude=[Status.EXPORTED]) is None
    assert [s.reason for s in store.history(saved.id)] == ["ready"]  # same content once
    assert not exported.changed_since_export


def test_an_edit_after_export_is_changed_since_export(store, clock):
    saved = store.save(None, post(fi="Valmis teksti"))
    clock.now += 10
    exported = store.mark_exported(saved.id, ["facebook"])
    clock.now += 10
    assert not store.save(saved.id, post(fi="Valmis teksti")).changed_since_export  # same
    edited = store.save(saved.id, post(fi="Valmis teksti, korjattu"))
    assert edited.status is Status.EXPORTED and edited.changed_since_export
    assert store.list()[0].changed_since_export
    assert not exported.changed_since_export
    again = store.mark_exported(saved.id, ["facebook"])
    assert not again.changed_since_export


def test_history_keeps_content_that_stood_for_a_while_and_restores_it(store, clock):
    saved = store.save(None, post(fi="Versio 1"))
    clock.now += 1
    store.save(saved.id, post(fi="Versio 1 ja vähän"))
    assert store.history(saved.id) == []  # typing goes on: no snapshot per keystroke
    clock.now += store.snapshot_interval + 1  # a pause
    store.save(saved.id, post(fi="Versio 2"))
    history = store.history(saved.id)
    assert [h.title for h in history] == ["Versio 1 ja vähän"]
    restored = store.restore(saved.id, history[0].id)
    assert restored.post.text("fi") == "Versio 1 ja vähän"
    assert store.get(saved.id).post.text("fi") == "Versio 1 ja vähän"
    titles = [h.title for h in store.history(saved.id)]
    assert titles[0] == "Versio 2"  # what the restore replaced is kept too
    assert store.get_snapshot(store.history(saved.id)[0].id).post.text("fi") == "Versio 2"


def test_continuous_typing_still_gets_periodic_snapshots(store, clock):
    saved = store.save(None, post(fi="a"))
    text = "a"
    for _ in range(int(store.snapshot_interval) + 5):  # a save every 2 s for 10+ minutes
        clock.now += 2
        text += "b"
        store.save(saved.id, post(fi=text))
    assert len(store.history(saved.id)) == 2


def test_same_draft_saved_from_two_windows_keeps_the_overwritten_text(store):
    saved = store.save(None, post(fi="Alku"))
    window_a = store.save(saved.id, post(fi="Ikkuna A kirjoitti"), base_revision=saved.revision)
    window_b = store.save(saved.id, post(fi="Ikkuna B kirjoitti"), base_revision=saved.revision)
    assert window_b.revision > window_a.revision
    assert store.get(saved.id).post.text("fi") == "Ikkuna B kirjoitti"  # last write wins
    history = store.history(saved.id)
    assert [(h.reason, h.title) for h in history] == [("overwritten", "Ikkuna A kirjoitti")]


def test_a_draft_deleted_elsewhere_is_saved_again_as_new(store):
    saved = store.save(None, post(fi="Älä hukkaa tätä"))
    store.snapshot(saved.id)
    assert store.delete(saved.id)
    assert store.history(saved.id) == []
    again = store.save(saved.id, post(fi="Älä hukkaa tätä!"))
    assert again.id != saved.id
    assert store.get(again.id).post.text("fi") == "Älä hukkaa tätä!"
    with pytest.raises(DraftNotFound):
        store.get(saved.id)
    assert not store.delete(saved.id)


def test_export_and_import_the_portable_post_file(store, tmp_path):
    original = Post(organisation="naantali", channels=["facebook"],
                    versions={"fi": "Tervetuloa Naantaliin", "en": "Welcome"})
    saved = store.save(None, original)
    target = tmp_path / "mailed.post.json"
    store.export_file(saved.id, target)
    assert load_post(target) == original
    assert json.loads(target.read_text("utf-8"))["versions"]["fi"] == "Tervetuloa Naantaliin"
    imported = store.import_file(target)
    assert imported.id != saved.id
    assert store.get(imported.id).post == original
    assert [h.reason for h in store.history(imported.id)] == ["imported"]


def test_an_invalid_post_file_gives_a_clear_error_and_no_draft(store, tmp_path):
    bad = tmp_path / "bad.post.json"
    bad.write_text('{"versions": {"de": "Hallo"}}', "utf-8")
    with pytest.raises(PostFileError, match=r"versions\.de"):
        store.import_file(bad)
    assert store.list() == []
    save_post(Post(versions={"fi": "ok"}), tmp_path / "good.post.json")
    assert store.import_file(tmp_path / "good.post.json").title == "ok"


def test_a_one_megabyte_paste_is_stored_whole(store):
    big = ("Pitkä teksti ääkkösin 🙂 " * 45_000)[:1_000_000]
    saved = store.save(None, post(fi=big))
    assert store.get(saved.id).post.text("fi") == big
    assert [d.id for d in store.list(search="ääkkösin 🙂")] == [saved.id]
