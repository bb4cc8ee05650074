"""A check stuck in one rule family: the checking process is stopped at the deadline and
restarted, that family is named as unavailable and every other check still runs; stuck
outside any family, the whole check is unavailable for this text. Real processes."""

from __future__ import annotations

import time

import pytest

from composer.checking.client import UNAVAILABLE, CheckingClient
from composer.checking.work import CheckRequest, CheckResult
from composer.model import Post
from composer.settings import Settings

POST = Post(organisation="jakobstad", channels=["x"],
            versions={"fi": "Hakijan tunnus on 131052-308T. Olet idiootti!"})


def _client(monkeypatch: pytest.MonkeyPatch, stall: str) -> CheckingClient:
    monkeypatch.setenv("COMPOSER_CHECK_STALL", stall)
    client = CheckingClient()
    client.deadline = 8.0
    return client


def test_a_stuck_family_is_left_out_and_named(monkeypatch) -> None:
    client = _client(monkeypatch, "tone")
    try:
        client.prepare()
        first_pid = client._process.pid
        began = time.monotonic()
        answer = client.answer(CheckRequest(1, POST, "en", Settings()))
        assert time.monotonic() - began < 60
        assert isinstance(answer, CheckResult)
        assert answer.error == "" and answer.unavailable == ("tone",)
        rules = {f.rule for f in answer.findings}
        assert "personal-data.hetu" in rules  # the other checks ran
        assert not any(rule.startswith("tone.") for rule in rules)
        assert answer.previews is not None
        assert client._process.pid != first_pid  # the stuck process was replaced
    finally:
        client.stop()
        client.close()


def test_stuck_outside_any_family_the_check_is_unavailable(monkeypatch) -> None:
    client = _client(monkeypatch, "export")
    try:
        answer = client.answer(CheckRequest(2, POST, "en", Settings()))
        assert isinstance(answer, CheckResult)
        assert answer.error == UNAVAILABLE and answer.findings == []
        assert answer.unavailable == ("export",)
    finally:
        client.stop()
        client.close()


def test_without_a_stall_nothing_is_unavailable(monkeypatch) -> None:
    client = _client(monkeypatch, "")
    try:
        answer = client.answer(CheckRequest(3, POST, "en", Settings()))
        assert answer.error == "" and answer.unavailable == ()
        assert {"personal-data.hetu", "tone.insult"} <= {f.rule for f in answer.findings}
    finally:
        client.stop()
        client.close()
