"""The team post file: round trip, newer formats refused, broken files named."""

from __future__ import annotations

import json

import pytest

from composer.team.errors import BrokenFile, NewerFormat
from composer.team.record import FORMAT_VERSION, Status, TeamPost, from_bytes, new_id
from tests.team.conftest import sample_post


def _record() -> TeamPost:
    return TeamPost(id=new_id(), post=sample_post(), created_by="Anna").with_step(
        Status.READY, "Anna")


def test_round_trip_keeps_review_record() -> None:
    record = _record()
    again = from_bytes(record.to_bytes(), "x")
    assert again.status is Status.READY
    assert again.history[0].by == "Anna"
    assert again.post.text("sv") == "Biblioteket är stängt på måndag."


def test_newer_format_is_refused_with_advice() -> None:
    data = json.loads(_record().to_bytes())
    data["format_version"] = FORMAT_VERSION + 1
    data["post"] = {"something": "new"}
    with pytest.raises(NewerFormat, match="newer composer"):
        from_bytes(json.dumps(data).encode(), "p.team.json")


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d.update(format="other"), "not a composer team post"),
    (lambda d: d.update(id="../../etc/passwd"), "id"),
    (lambda d: d["review"].update(status="done"), "unknown status"),
    (lambda d: d.update(comments=[{"language": "de"}]), "comments.language"),
    (lambda d: d.update(post={"versions": {"fi": 3}}), "versions.fi"),
    (lambda d: d.update(content_version="2"), "content_version"),
])
def test_broken_fields_are_named(mutate, field) -> None:
    data = json.loads(_record().to_bytes())
    mutate(data)
    with pytest.raises(BrokenFile, match=field):
        from_bytes(json.dumps(data).encode(), "p.team.json")


def test_not_json_is_broken() -> None:
    with pytest.raises(BrokenFile, match="not JSON"):
        from_bytes(b"{oops", "p.team.json")
    with pytest.raises(BrokenFile, match="UTF-8"):
        from_bytes(b"\xff\xfe{}", "p.team.json")
