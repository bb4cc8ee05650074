"""Offline first: changes made while the team space is unreachable wait in the outbox
(SQLite in the user data folder) and go out, in order, once it is back."""

from __future__ import annotations

from pathlib import Path

from composer.model import Post
from composer.team.folder import FolderStorage
from composer.team.outbox import Outbox
from composer.team.record import FindingsSummary, Status
from composer.team.service import TeamService
from composer.team.webdav import WebDavStorage
from tests.team.conftest import NO_FINDINGS, sample_post
from tests.team.servers import PASSWORD, USER, dav_server


def test_changes_wait_while_offline_and_go_when_reachable(tmp_path: Path) -> None:
    space = tmp_path / "space"  # not there yet: the network drive is not connected
    outbox = Outbox()
    service = TeamService(FolderStorage(space), "Anna")
    post_id = outbox.queue_send(str(space), "draft:7", sample_post(), FindingsSummary(errors=2))
    outbox.queue_comment(str(space), post_id, "fi", "Tarkista päivä", 0, 8, 1)
    outbox.queue_status(str(space), post_id, Status.CHANGES)
    result = outbox.flush(str(space), service)
    assert result.sent == 0 and result.waiting == 3
    assert "network drive" in result.stopped
    assert Outbox().waiting_count(str(space)) == 3  # persisted: a new app start sees them

    space.mkdir()
    result = Outbox().flush(str(space), service)
    assert (result.sent, result.waiting, result.failed) == (3, 0, [])
    record = service.get(post_id).record
    assert record.status is Status.CHANGES
    assert record.findings.errors == 2
    assert record.comments[0].quote == "Kirjasto"
    assert Outbox().link(str(space), "draft:7").post_id == post_id


def test_a_newer_text_replaces_the_unsent_one_and_updates_follow(tmp_path: Path) -> None:
    space = tmp_path / "space"
    outbox = Outbox()
    service = TeamService(FolderStorage(space), "Anna")
    post_id = outbox.queue_send(str(space), "draft:1", sample_post("first"), NO_FINDINGS)
    assert outbox.queue_send(str(space), "draft:1", sample_post("second"), NO_FINDINGS) == post_id
    assert outbox.waiting_count(str(space)) == 1
    space.mkdir()
    outbox.flush(str(space), service)
    assert service.get(post_id).record.post.text("fi") == "second"
    outbox.queue_send(str(space), "draft:1", sample_post("third"), NO_FINDINGS)
    outbox.flush(str(space), service)
    record = service.get(post_id).record
    assert (record.post.text("fi"), record.content_version) == ("third", 2)


def test_a_conflict_while_offline_keeps_both(tmp_path: Path) -> None:
    space = tmp_path / "space"
    space.mkdir()
    outbox = Outbox()
    anna = TeamService(FolderStorage(space), "Anna")
    post_id = outbox.queue_send(str(space), "draft:1", sample_post("first"), NO_FINDINGS)
    outbox.flush(str(space), anna)
    ben = TeamService(FolderStorage(space), "Ben")
    theirs = ben.get(post_id)
    ben.update_content(post_id, sample_post("Ben's"), NO_FINDINGS, theirs.revision, 1)
    outbox.queue_send(str(space), "draft:1", sample_post("Anna's offline edit"), NO_FINDINGS)
    result = outbox.flush(str(space), anna)
    assert len(result.conflicts) == 1
    [(_, mine)] = anna.conflicts(post_id)
    assert mine.record.post.text("fi") == "Anna's offline edit"


def test_changes_to_different_versions_meanwhile_are_joined(tmp_path: Path) -> None:
    space = tmp_path / "space"
    space.mkdir()
    outbox = Outbox()
    anna = TeamService(FolderStorage(space), "Anna")
    first = Post(organisation="jakobstad", versions={"fi": "Tori auki.", "sv": "Torget öppet."})
    post_id = outbox.queue_send(str(space), "draft:1", first, NO_FINDINGS)
    outbox.flush(str(space), anna)
    # Ben changes the Swedish version; Anna, not knowing, the Finnish one.
    ben = TeamService(FolderStorage(space), "Ben")
    theirs = ben.get(post_id)
    ben.update_content(post_id, Post(organisation="jakobstad", versions={
        "fi": "Tori auki.", "sv": "Torget öppet i dag."}), NO_FINDINGS, theirs.revision, 1)
    mine = Post(organisation="jakobstad", versions={"fi": "Tori auki tänään.",
                                                    "sv": "Torget öppet."})
    outbox.queue_send(str(space), "draft:1", mine, NO_FINDINGS)
    result = outbox.flush(str(space), anna)
    assert result.conflicts == [] and result.sent == 1
    record = anna.get(post_id).record
    assert record.post.versions == {"fi": "Tori auki tänään.", "sv": "Torget öppet i dag."}
    assert anna.conflicts(post_id) == []
    [(source, sent, joined)] = result.joined
    assert (source, sent, joined.versions) == ("draft:1", mine, record.post.versions)
    # Anna's window still had the old Swedish text and she changed it again: now both
    # changed the Swedish version since, and both versions are kept, nothing lost.
    outbox.queue_send(str(space), "draft:1", Post(organisation="jakobstad", versions={
        "fi": "Tori auki tänään.", "sv": "Torget öppet hela dagen."}), NO_FINDINGS)
    result = outbox.flush(str(space), anna)
    assert len(result.conflicts) == 1
    assert anna.get(post_id).record.post.text("sv") == "Torget öppet i dag."
    [(_, kept)] = anna.conflicts(post_id)
    assert kept.record.post.text("sv") == "Torget öppet hela dagen."


def test_a_refused_password_keeps_changes_waiting(tmp_path: Path) -> None:
    with dav_server(tmp_path / "root") as url:
        outbox = Outbox()
        service = TeamService(WebDavStorage(url, USER, "wrong"), "Anna")
        outbox.queue_send(url, "draft:1", sample_post(), NO_FINDINGS)
        result = outbox.flush(url, service)
        assert "401" in result.stopped and result.waiting == 1
        [pending] = outbox.pending(url)
        assert pending.state == "waiting" and "401" in pending.message
        good = TeamService(WebDavStorage(url, USER, PASSWORD), "Anna")
        assert outbox.flush(url, good).sent == 1


def test_a_change_that_no_longer_applies_is_kept_as_failed(tmp_path: Path) -> None:
    space = tmp_path / "space"
    space.mkdir()
    outbox = Outbox()
    anna = TeamService(FolderStorage(space), "Anna")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    anna.set_status(sent.record.id, Status.APPROVED)
    outbox.queue_status(str(space), sent.record.id, Status.APPROVED)
    result = outbox.flush(str(space), TeamService(FolderStorage(space), "Ben"))
    assert "already approved by Anna" in result.failed[0]
    [pending] = outbox.pending(str(space))
    assert pending.state == "failed"
    outbox.discard(pending.seq)
    assert outbox.pending(str(space)) == []
