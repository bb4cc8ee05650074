"""Fixtures for the team-space tests: a real WebDAV server and real folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.model import Post
from composer.team.record import FindingsSummary
from composer.team.service import TeamService
from composer.team.webdav import WebDavStorage
from tests.team.servers import PASSWORD, USER, dav_server


def sample_post(text: str = "Kirjasto on suljettu maanantaina.") -> Post:
    return Post(organisation="kokkola", channels=["facebook"],
                versions={"fi": text, "sv": "Biblioteket är stängt på måndag."})


NO_FINDINGS = FindingsSummary()


@pytest.fixture
def dav_url(tmp_path: Path) -> Iterator[str]:
    with dav_server(tmp_path / "dav-root") as url:
        yield url


@pytest.fixture
def dav_root(tmp_path: Path, dav_url: str) -> Path:
    return tmp_path / "dav-root"


@pytest.fixture
def anna(dav_url: str) -> Iterator[TeamService]:
    service = TeamService(WebDavStorage(dav_url, USER, PASSWORD), "Anna")
    yield service
    service.close()


@pytest.fixture
def ben(dav_url: str) -> Iterator[TeamService]:
    service = TeamService(WebDavStorage(dav_url, "ben", "ben-token"), "Ben")
    yield service
    service.close()
