"""A team space in a real folder, used by several app instances (processes) at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from composer.team.errors import AccessDenied, Conflict, Locked, StatusConflict, Unreachable
from composer.team.folder import FolderStorage
from composer.team.record import Status
from composer.team.service import TeamService
from tests.team.conftest import NO_FINDINGS, sample_post

REPO = Path(__file__).resolve().parents[2]


def _service(folder: Path, user: str) -> TeamService:
    return TeamService(FolderStorage(folder), user)


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "composer", "team", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=REPO)


def test_send_list_and_get_in_a_folder(tmp_path: Path) -> None:
    anna = _service(tmp_path, "Anna")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    listing = _service(tmp_path, "Ben").list()
    assert [p.id for p in listing.posts] == [sent.record.id]
    assert listing.posts[0].author == "Anna"
    assert listing.posts[0].status is Status.READY
    assert not list(tmp_path.glob(".tmp-*"))  # no temporary file left behind


def test_foreign_and_broken_files_are_left_alone_and_reported(tmp_path: Path) -> None:
    anna = _service(tmp_path, "Anna")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    (tmp_path / "budget.xlsx").write_bytes(b"PK\x03\x04")
    broken = tmp_path / ("0" * 32 + ".team.json")
    broken.write_text("{ half a file", encoding="utf-8")
    listing = anna.list()
    assert [p.id for p in listing.posts] == [sent.record.id]
    assert listing.foreign == ["budget.xlsx"]
    assert len(listing.problems) == 1 and "not JSON" in listing.problems[0]
    assert broken.read_text(encoding="utf-8") == "{ half a file"


def test_changed_text_on_both_sides_keeps_both_versions(tmp_path: Path) -> None:
    anna, ben = _service(tmp_path, "Anna"), _service(tmp_path, "Ben")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    theirs = ben.get(sent.record.id)
    ben.update_content(sent.record.id, sample_post("Bens text."), NO_FINDINGS,
                       theirs.revision, theirs.record.content_version)
    with pytest.raises(Conflict) as caught:
        anna.update_content(sent.record.id, sample_post("Annas text."), NO_FINDINGS,
                            sent.revision, sent.record.content_version)
    kept = tmp_path / caught.value.kept
    assert kept.exists() and caught.value.kept in str(caught.value)
    assert anna.get(sent.record.id).record.post.text("fi") == "Bens text."
    [(name, mine)] = anna.conflicts(sent.record.id)
    assert mine.record.post.text("fi") == "Annas text."
    resolved = anna.resolve(sent.record.id, name, keep_mine=True)
    assert resolved.record.post.text("fi") == "Annas text."
    assert not kept.exists()


def test_a_comment_meanwhile_is_no_conflict(tmp_path: Path) -> None:
    anna, ben = _service(tmp_path, "Anna"), _service(tmp_path, "Ben")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    ben.comment(sent.record.id, "fi", "Which Monday?", 21, 32)
    after = anna.update_content(sent.record.id, sample_post("Kirjasto on kiinni."),
                                NO_FINDINGS, sent.revision, sent.record.content_version)
    assert after.record.post.text("fi") == "Kirjasto on kiinni."
    assert after.record.comments[0].quote == "maanantaina"
    assert after.record.comments[0].content_version == 1
    assert after.record.content_version == 2


def test_lock_file_names_the_editor_and_expires(tmp_path: Path) -> None:
    anna, ben = _service(tmp_path, "Anna"), _service(tmp_path, "Ben")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    held = anna.lock(sent.record.id)
    with pytest.raises(Locked, match="Anna is editing"):
        ben.lock(sent.record.id)
    assert ben.lock_info(sent.record.id).owner == "Anna"
    assert ben.get(sent.record.id).record.id == sent.record.id  # reading is not blocked
    assert [p.locked_by for p in ben.list().posts] == ["Anna"]
    anna.unlock(sent.record.id, held)
    assert ben.lock_info(sent.record.id) is None
    ben.storage.lock(sent.record.id + ".team.json", "Ben", seconds=-1)  # already expired
    assert anna.lock(sent.record.id).owner == "Anna"


def test_missing_folder_is_unreachable(tmp_path: Path) -> None:
    with pytest.raises(Unreachable, match="network drive"):
        _service(tmp_path / "not-mounted", "Anna").list()


def test_two_processes_approving_at_once(tmp_path: Path) -> None:
    sent = _service(tmp_path, "Anna").send_new(sample_post(), NO_FINDINGS)
    runs = [_cli("--team", str(tmp_path), "approve", sent.record.id,
                 env={"COMPOSER_TEAM_USER": user}) for user in ("ben", "cecilia")]
    results = [(run.wait(timeout=60), run.communicate(timeout=10)) for run in runs]
    codes = sorted(code for code, _ in results)
    assert codes == [0, 1], results
    loser = next(err for code, (_, err) in results if code == 1)
    assert "already approved by" in loser
    record = _service(tmp_path, "x").get(sent.record.id).record
    assert [s.status for s in record.history] == [Status.READY, Status.APPROVED]


def test_two_processes_commenting_at_once_lose_nothing(tmp_path: Path) -> None:
    sent = _service(tmp_path, "Anna").send_new(sample_post(), NO_FINDINGS)
    script = (
        "import sys\n"
        "from composer.team.folder import FolderStorage\n"
        "from composer.team.service import TeamService\n"
        "s = TeamService(FolderStorage(sys.argv[1]), sys.argv[2])\n"
        "for i in range(10):\n"
        "    s.comment(sys.argv[3], 'fi', f'{sys.argv[2]} {i}')\n"
    )
    runs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path), user,
                              sent.record.id], cwd=REPO, stderr=subprocess.PIPE, text=True)
            for user in ("Ben", "Cecilia")]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.communicate()[1]
    comments = _service(tmp_path, "x").get(sent.record.id).record.comments
    assert sorted(c.text for c in comments) == sorted(
        f"{u} {i}" for u in ("Ben", "Cecilia") for i in range(10))


def test_status_change_that_no_longer_applies(tmp_path: Path) -> None:
    anna = _service(tmp_path, "Anna")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    anna.set_status(sent.record.id, Status.APPROVED)
    anna.set_status(sent.record.id, Status.PUBLISHED)
    with pytest.raises(StatusConflict, match="cannot become ready for review"):
        anna.set_status(sent.record.id, Status.READY)


def test_newer_post_is_listed_as_a_problem_not_changed(tmp_path: Path) -> None:
    anna = _service(tmp_path, "Anna")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    path = tmp_path / f"{sent.record.id}.team.json"
    data = json.loads(path.read_bytes())
    data["format_version"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    listing = anna.list()
    assert listing.posts == [] and "newer composer" in listing.problems[0]
    with pytest.raises(Exception, match="newer composer"):
        anna.comment(sent.record.id, "fi", "hello")
    assert path.read_bytes() == before


@pytest.mark.unprivileged  # as root the folder would be writable: run without privileges
def test_a_read_only_team_folder_is_a_clear_error(tmp_path: Path) -> None:
    anna = _service(tmp_path, "Anna")
    sent = anna.send_new(sample_post(), NO_FINDINGS)
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(AccessDenied, match="no permission"):
            anna.comment(sent.record.id, "fi", "Hyvä")
        assert anna.get(sent.record.id).record.comments == ()
    finally:
        tmp_path.chmod(0o700)


FULL_DISK = """
import json, resource, signal, sys
from composer.team.folder import FolderStorage
from composer.team.service import TeamService
from composer.team.errors import TeamError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # report EFBIG instead of dying
service = TeamService(FolderStorage(sys.argv[1]), "Anna")
# No file may grow past 2 KB: writes fail like on a full disk, for root too.
resource.setrlimit(resource.RLIMIT_FSIZE, (2048, resource.RLIM_INFINITY))
try:
    service.comment(sys.argv[2], "fi", "pitkä kommentti " * 400)
    print(json.dumps({"error": None}))
except TeamError as exc:
    print(json.dumps({"error": str(exc), "kind": type(exc).__name__}))
"""


def test_a_full_disk_keeps_the_post_as_it_was(tmp_path: Path) -> None:
    sent = _service(tmp_path, "Anna").send_new(sample_post(), NO_FINDINGS)
    path = tmp_path / f"{sent.record.id}.team.json"
    before = path.read_bytes()
    run = subprocess.run([sys.executable, "-c", FULL_DISK, str(tmp_path), sent.record.id],
                         capture_output=True, text=True, timeout=60, cwd=REPO)
    result = json.loads(run.stdout)
    assert result["kind"] == "ServerError" and "disk" in result["error"], run.stderr
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".tmp-*"))  # the half-written temporary file is gone


def test_hostile_files_in_the_folder_are_reported_never_read_without_end(
        tmp_path: Path) -> None:
    import re

    from composer.team.errors import BrokenFile

    anna = TeamService(FolderStorage(tmp_path), "Anna")
    good = anna.send_new(sample_post(), NO_FINDINGS).record.id
    zero, fifo, nested, loop = ("d" * 32, "e" * 32, "f" * 32, "a" * 32)
    os.symlink("/dev/zero", tmp_path / f"{zero}.team.json")  # endless, and a device
    os.mkfifo(tmp_path / f"{fifo}.team.json")  # a read would wait for ever
    (tmp_path / f"{nested}.team.json").write_text("[" * 100_000 + "]" * 100_000)
    os.symlink(f"{loop}.team.json", tmp_path / "other.team.json")
    os.symlink("other.team.json", tmp_path / f"{loop}.team.json")
    listing = anna.list()
    assert [p.id for p in listing.posts] == [good]  # the others did not stop the listing
    assert any("nested too deeply" in problem for problem in listing.problems)
    for post_id, why in ((zero, "a character device, not a file"),
                         (fifo, "a named pipe (FIFO), not a file"),
                         (loop, "a link that leads round in a loop")):
        with pytest.raises(BrokenFile, match=re.escape(why)):
            anna.get(post_id)
