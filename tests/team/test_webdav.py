"""A team space on a real WebDAV server (wsgidav on cheroot, loopback only): ETags with
If-Match, LOCK, and every fault answered with a clear message and nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from composer.team import webdav
from composer.team.errors import (
    AccessDenied,
    BadInput,
    Conflict,
    Locked,
    NotFound,
    ServerError,
    StatusConflict,
    Unreachable,
)
from composer.team.record import Status
from composer.team.service import TeamService
from composer.team.webdav import WebDavStorage, check_url
from tests.team.conftest import NO_FINDINGS, sample_post
from tests.team.servers import (
    PASSWORD,
    USER,
    Failing,
    dav_app,
    dropping_server,
    serve_wsgi,
)


def test_https_is_required_except_on_loopback() -> None:
    with pytest.raises(BadInput, match="HTTPS"):
        check_url("http://cloud.example.fi/remote.php/dav/files/anna/team")
    assert check_url("https://cloud.example.fi/dav") == "https://cloud.example.fi/dav/"
    assert check_url("http://127.0.0.1:8080/dav").startswith("http://127.0.0.1")
    assert check_url("http://[::1]:8080/dav")
    with pytest.raises(BadInput, match="user name"):
        check_url("https://anna:secret@cloud.example.fi/dav")


def test_send_list_get_on_webdav(anna: TeamService, ben: TeamService, dav_root: Path) -> None:
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    assert sent.revision.startswith('"') or sent.revision  # the server's ETag
    listing = ben.list()
    assert [(p.id, p.author, p.status) for p in listing.posts] == [
        (sent.record.id, "Anna", Status.READY)]
    assert (dav_root / f"{sent.record.id}.team.json").exists()


def test_if_match_keeps_both_versions(anna: TeamService, ben: TeamService) -> None:
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    ben.update_content(sent.record.id, sample_post("Ben was here first."), NO_FINDINGS,
                       sent.revision, 1)
    with pytest.raises(Conflict) as caught:
        anna.update_content(sent.record.id, sample_post("Anna's edit."), NO_FINDINGS,
                            sent.revision, 1)
    assert "Both versions are kept" in str(caught.value)
    names = [e.name for e in anna.storage.list()]
    assert caught.value.kept in names
    assert anna.get(sent.record.id).record.post.text("fi") == "Ben was here first."


def test_storage_refuses_a_stale_etag(anna: TeamService) -> None:
    from composer.team.errors import RevisionMismatch

    sent = anna.send_new(sample_post(), NO_FINDINGS)
    name = f"{sent.record.id}.team.json"
    anna.storage.replace(name, sent.record.to_bytes() + b" ", sent.revision)
    with pytest.raises(RevisionMismatch, match="412"):
        anna.storage.replace(name, b"{}", sent.revision)
    assert anna.get(sent.record.id).record.id == sent.record.id


def test_two_reviewers_approving_at_once(anna: TeamService, ben: TeamService) -> None:
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    anna.set_status(sent.record.id, Status.APPROVED)
    with pytest.raises(StatusConflict, match="already approved by Anna"):
        ben.set_status(sent.record.id, Status.APPROVED)


def test_webdav_lock_shows_who_is_editing(anna: TeamService, ben: TeamService) -> None:
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    held = anna.lock(sent.record.id)
    assert held.token.startswith("opaquelocktoken")
    with pytest.raises(Locked, match="Anna is editing"):
        ben.lock(sent.record.id)
    assert ben.lock_info(sent.record.id).owner == "Anna"
    ben.comment(sent.record.id, "sv", "Ser bra ut")  # reading and commenting go on
    assert [(p.locked, p.locked_by) for p in ben.list().posts] == [(True, "Anna")]
    assert anna.lock(sent.record.id).token == held.token  # renewed, not refused
    anna.unlock(sent.record.id, held)
    assert ben.lock_info(sent.record.id) is None
    assert [p.locked for p in ben.list().posts] == [False]


def test_lock_file_where_the_server_has_no_locks(tmp_path: Path) -> None:
    (tmp_path / "root").mkdir()
    with serve_wsgi(dav_app(tmp_path / "root", locks=False)) as base:
        anna = TeamService(WebDavStorage(base + "/dav/", USER, PASSWORD), "Anna")
        ben = TeamService(WebDavStorage(base + "/dav/", "ben", "ben-token"), "Ben")
        sent = anna.send_new(sample_post(), NO_FINDINGS)
        held = anna.lock(sent.record.id)
        lock_file = tmp_path / "root" / f"{sent.record.id}.team.json.lock"
        assert json.loads(lock_file.read_text())["owner"] == "Anna"
        with pytest.raises(Locked, match="Anna is editing"):
            ben.lock(sent.record.id)
        anna.unlock(sent.record.id, held)
        assert not lock_file.exists()


def test_wrong_password_is_a_clear_401(dav_url: str) -> None:
    service = TeamService(WebDavStorage(dav_url, USER, "wrong"), "Anna")
    with pytest.raises(AccessDenied, match="401"):
        service.list()


@pytest.fixture
def failing(tmp_path: Path):
    root = tmp_path / "root"
    root.mkdir()
    app = Failing(dav_app(root))
    with serve_wsgi(app) as base:
        yield app, base + "/dav/", root


@pytest.mark.parametrize("status, error, words", [
    ("403 Forbidden", AccessDenied, "403"),
    ("404 Not Found", NotFound, "404"),
    ("409 Conflict", NotFound, "folder does not exist"),
    ("423 Locked", Locked, "locked on the server"),
    ("500 Internal Server Error", ServerError, "500"),
    ("507 Insufficient Storage", ServerError, "storage is full"),
])
def test_server_errors_on_write_lose_nothing(failing, status, error, words) -> None:
    app, url, root = failing
    anna = TeamService(WebDavStorage(url, USER, PASSWORD), "Anna")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    before = (root / f"{sent.record.id}.team.json").read_bytes()
    app.status, app.methods = status, {"PUT"}
    with pytest.raises(error, match=words):
        anna.comment(sent.record.id, "fi", "Hyvä")
    assert (root / f"{sent.record.id}.team.json").read_bytes() == before
    app.status = ""
    anna.comment(sent.record.id, "fi", "Hyvä")  # and once the server is well, it goes
    assert len(anna.get(sent.record.id).record.comments) == 1


def test_412_from_the_server_is_retried_on_the_new_revision(failing) -> None:
    app, url, _ = failing
    anna = TeamService(WebDavStorage(url, USER, PASSWORD), "Anna")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    app.status, app.methods = "412 Precondition Failed", {"PUT"}
    with pytest.raises(Exception, match="kept changing"):
        anna.comment(sent.record.id, "fi", "Hyvä")


def test_a_server_that_does_not_answer_times_out(failing, monkeypatch) -> None:
    app, url, _ = failing
    monkeypatch.setattr(webdav, "TIMEOUT", httpx.Timeout(0.5, connect=0.5))
    anna = TeamService(WebDavStorage(url, USER, PASSWORD), "Anna")
    app.status, app.methods, app.hang = "200 OK", {"PROPFIND"}, 3.0
    with pytest.raises(Unreachable, match="did not answer in time"):
        anna.list()


def test_connection_dropped_mid_upload() -> None:
    with dropping_server(after_bytes=300) as (url, received):
        anna = TeamService(WebDavStorage(url, USER, PASSWORD), "Anna")
        with pytest.raises(Unreachable, match="nothing was changed"):
            anna.storage.create("x.team.json", b"x" * 100_000)
        assert received and len(received[0]) <= 300


def test_nothing_listening_is_unreachable() -> None:
    with dropping_server() as (url, _):
        pass
    anna = TeamService(WebDavStorage(url, USER, PASSWORD), "Anna")
    with pytest.raises(Unreachable, match="cannot reach"):
        anna.list()


def test_listing_notes_are_used_only_for_the_revision_they_describe(
        anna: TeamService, ben: TeamService, dav_root: Path) -> None:
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    [entry] = [e for e in anna.storage.list() if e.name.endswith(".team.json")]
    assert json.loads(entry.note)["summary"]["revision"] == entry.tag == sent.revision
    # Changed behind composer's back (another tool): the note is stale, the file is read.
    path = dav_root / f"{sent.record.id}.team.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["review"]["status"] = "approved"
    data["post"]["versions"]["fi"] = "Edited on the server web page, longer than before."
    path.write_text(json.dumps(data), encoding="utf-8")
    [row] = ben.list().posts
    assert row.status is Status.APPROVED
    assert row.title.startswith("Edited on the server")


def test_two_reviewers_approving_at_the_same_moment(anna: TeamService, ben: TeamService,
                                                    dav_url: str) -> None:
    import threading

    sent = anna.send_new(sample_post(), NO_FINDINGS)
    cecilia = TeamService(WebDavStorage(dav_url, USER, PASSWORD), "Cecilia")
    start = threading.Barrier(2, timeout=10)
    outcomes: dict[str, str] = {}

    def approve(service: TeamService) -> None:
        start.wait()
        try:
            service.set_status(sent.record.id, Status.APPROVED)
            outcomes[service.user] = "approved"
        except StatusConflict as exc:
            outcomes[service.user] = str(exc)

    threads = [threading.Thread(target=approve, args=(s,)) for s in (ben, cecilia)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["Ben", "Cecilia"]
    winners = [user for user, outcome in outcomes.items() if outcome == "approved"]
    assert len(winners) == 1
    loser = next(outcome for outcome in outcomes.values() if outcome != "approved")
    assert f"already approved by {winners[0]}" in loser
    history = anna.get(sent.record.id).record.history
    assert [(s.status, s.by) for s in history] == [(Status.READY, "Anna"),
                                                   (Status.APPROVED, winners[0])]
    cecilia.close()


def test_a_post_caught_half_written_is_read_again(anna: TeamService, ben: TeamService,
                                                  dav_root: Path) -> None:
    """A server that writes in place serves a post half-written while another reviewer's
    save is under way: approving reads it again instead of failing on broken JSON."""
    import threading

    sent = anna.send_new(sample_post(), NO_FINDINGS)
    path = dav_root / f"{sent.record.id}.team.json"
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # as a save caught in the middle
    threading.Timer(0.2, path.write_bytes, args=(whole,)).start()
    approved = ben.set_status(sent.record.id, Status.APPROVED)
    assert approved.record.status is Status.APPROVED
    assert [(s.status, s.by) for s in anna.get(sent.record.id).record.history] == [
        (Status.READY, "Anna"), (Status.APPROVED, "Ben")]
