"""Before any text leaves the machine the engine checks it: personal data, confidential
material and security details of error severity keep it here."""

from __future__ import annotations

import pytest

from composer.model import Post
from composer.translate import TranslationBlocked, translate_version
from composer.translate.libretranslate import LibreTranslateService
from tests.translate.fake_services import FakeServer


@pytest.fixture
def service():
    with FakeServer() as srv:
        yield srv, LibreTranslateService(srv.url)


def test_clean_text_is_sent_and_returned(service):
    server, client = service
    post = Post(organisation="kokkola", versions={"fi": "Kirjasto on auki tänään."})
    result = translate_version(post, "fi", "sv", client)
    assert result.text == "Biblioteket är öppet i dag."
    assert result.recipient.startswith("LibreTranslate (127.0.0.1:")
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Voittaja on Matti Meikäläinen, henkilötunnus 131052-308T.",
        "Tilinumero FI21 1234 5600 0007 85, maksa heti.",
        "SALASSA PIDETTÄVÄ: kaupunginhallituksen muistio.",
    ],
)
def test_text_with_error_findings_is_not_sent(service, text):
    server, client = service
    post = Post(organisation="kokkola", versions={"fi": text})
    with pytest.raises(TranslationBlocked) as info:
        translate_version(post, "fi", "sv", client, ui_language="fi")
    assert info.value.findings
    assert all(f.language == "fi" for f in info.value.findings)
    assert server.requests == []  # nothing left the machine
