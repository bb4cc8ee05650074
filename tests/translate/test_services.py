"""The DeepL and LibreTranslate clients against a loopback server speaking their APIs."""

from __future__ import annotations

import socket

import pytest

from composer.translate import TranslationError, make_service
from composer.translate.deepl_service import DeepLService
from composer.translate.libretranslate import LibreTranslateService
from tests.translate.fake_services import GOOD_KEY, QUOTA_KEY, FakeServer


@pytest.fixture
def server():
    with FakeServer(libre_key="libre-secret") as srv:
        yield srv


def test_deepl_translates_with_the_official_client(server):
    service = DeepLService(GOOD_KEY, server_url=server.url)
    assert service.translate("Kirjasto on auki tänään.", "fi", "sv") == (
        "Biblioteket är öppet i dag.")
    path, headers, body = server.requests[-1]
    assert path == "/v2/translate"
    assert headers["Authorization"] == f"DeepL-Auth-Key {GOOD_KEY}"
    assert body["source_lang"] == "FI" and body["target_lang"] == "SV"
    # English needs a regional target in DeepL's API.
    assert service.translate("Hei", "fi", "en") == "[EN-GB] Hei"


def test_deepl_free_and_pro_endpoints_follow_the_key():
    assert "api-free.deepl.com" in DeepLService(GOOD_KEY).recipient
    assert DeepLService("abcdef-pro-key").recipient == "DeepL API (api.deepl.com)"


@pytest.mark.parametrize(("key", "kind"), [("wrong-key", "auth"), (QUOTA_KEY, "quota")])
def test_deepl_errors_have_a_kind(server, key, kind):
    with pytest.raises(TranslationError) as info:
        DeepLService(key, server_url=server.url).translate("Hei", "fi", "sv")
    assert info.value.kind == kind


def test_libretranslate_with_key(server):
    service = LibreTranslateService(server.url, "libre-secret")
    assert service.translate("Kirjasto on auki tänään.", "fi", "sv") == (
        "Biblioteket är öppet i dag.")
    assert service.recipient == f"LibreTranslate (127.0.0.1:{server.server_address[1]})"
    with pytest.raises(TranslationError) as info:
        LibreTranslateService(server.url, "bad").translate("Hei", "fi", "sv")
    assert info.value.kind == "auth"


def test_timeout_is_reported(server):
    server.delay = 1.5
    with pytest.raises(TranslationError) as info:
        LibreTranslateService(server.url, "libre-secret", timeout=0.3).translate("Hei", "fi", "sv")
    assert info.value.kind == "timeout"
    with pytest.raises(TranslationError) as info:
        DeepLService(GOOD_KEY, server_url=server.url, timeout=0.3).translate("Hei", "fi", "sv")
    assert info.value.kind in ("timeout", "offline")


def test_offline_is_reported():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(TranslationError) as info:
        LibreTranslateService(f"http://127.0.0.1:{port}").translate("Hei", "fi", "sv")
    assert info.value.kind == "offline"
    with pytest.raises(TranslationError) as info:
        DeepLService(GOOD_KEY, server_url=f"http://127.0.0.1:{port}").translate("Hei", "fi", "sv")
    assert info.value.kind == "offline"


def test_make_service_needs_configuration():
    with pytest.raises(TranslationError) as info:
        make_service("", {}, None)
    assert info.value.kind == "config"
    with pytest.raises(TranslationError) as info:
        make_service("deepl", {}, None)
    assert info.value.kind == "auth"
    with pytest.raises(TranslationError) as info:
        make_service("libretranslate", {"url": "not a url"}, None)
    assert info.value.kind == "config"
