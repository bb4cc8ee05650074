"""Personal data and secrecy markings in disguise: found by the checker and stopped by
the translation gate, with spans on the original text; a user profile that switches the
families off does not switch the gate off."""

from __future__ import annotations

import pytest

from composer.engine import Engine
from composer.model import Post
from composer.profiles import reload_profiles, user_profile_dir
from composer.rules.normalise import normalised
from composer.translate import TranslationBlocked, translate_version

HETU = [
    "131052 308T", "131052\u2013308T", "131052\u2011308T", "1310\u00ad52-308T",
    "131052-30\u200b8T", "131052\u2212308T", "13\u206010\u200d52-308T",
]
SECRECY = ["salassa\npidettävä", "salassa-pidettävä", "salassapidettäviä",
           "salassa\u00a0pidettävä", "salassa\u2013pidettävä", "sa\u00adlassa pidettävä"]


class Recorder:
    recipient = "test service"

    def __init__(self) -> None:
        self.sent: list[str] = []

    def translate(self, text: str, source: str, target: str) -> str:
        self.sent.append(text)
        return text


def _findings(text: str, family: str) -> list[tuple[str, int, int]]:
    post = Post(organisation="naantali", versions={"fi": text})
    return [(f.rule, f.start, f.end) for f in Engine().check(post) if f.family == family]


@pytest.mark.parametrize("code", HETU)
def test_disguised_identity_codes_are_found_on_the_original_text(code: str) -> None:
    text = f"Hakijan tunnus on {code} ja hän asuu Naantalissa."
    found = _findings(text, "personal-data")
    start = text.index(code)
    assert found == [("personal-data.hetu", start, start + len(code))]


@pytest.mark.parametrize("marking", SECRECY)
def test_disguised_secrecy_markings_are_found_on_the_original_text(marking: str) -> None:
    text = f"Liitteet ovat {marking} eikä niitä jaeta."
    found = _findings(text, "confidential")
    start = text.index(marking)
    assert [(rule, s, e) for rule, s, e in found] == [
        ("confidential.secrecy", start, start + len(marking))
    ]


@pytest.mark.parametrize("text", [f"Tunnus {code}." for code in HETU] + [
    f"Asiakirja on {marking}." for marking in SECRECY
])
def test_the_gate_sends_none_of_them(text: str) -> None:
    service = Recorder()
    post = Post(organisation="naantali", versions={"fi": text})
    with pytest.raises(TranslationBlocked):
        translate_version(post, "fi", "en", service)
    assert service.sent == []


def test_a_profile_switching_the_families_off_keeps_the_gate(tmp_path) -> None:
    folder = user_profile_dir()
    folder.mkdir(parents=True)
    (folder / "naantali.toml").write_text(
        'id = "naantali"\n[names]\nfi = "Naantali"\n[languages]\nrequired = ["fi"]\n'
        '[rules]\ndisabled = ["personal-data", "confidential", "security"]\n',
        encoding="utf-8",
    )
    reload_profiles()
    for text in ("Tunnus 131052-308T.", "Asiakirja on salassa pidettävä."):
        post = Post(organisation="naantali", versions={"fi": text})
        assert not [f for f in Engine().check(post)
                    if f.family in ("personal-data", "confidential")]
        service = Recorder()
        with pytest.raises(TranslationBlocked):
            translate_version(post, "fi", "en", service)
        assert service.sent == []


def test_plain_text_is_its_own_view() -> None:
    view = normalised("Kirjasto on auki - tervetuloa!", words=True)
    assert view.origin is None and view.span(3, 7) == (3, 7)
    view = normalised("a\u00adb\u2013c")
    assert view.text == "ab-c" and view.span(0, 4) == (0, 5)
