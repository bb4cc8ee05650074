"""The channel panel: previews, gauges, Copy and Export all agree with the core and the CLI;
the panel shows what each check brings and never exports on its own."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument

from composer.channels import count, get_spec
from composer.channels.export import export_channel, export_text
from composer.checking.preview_data import PreviewSet, previews_from
from composer.engine import Engine
from composer.model import CHANNELS, Media, Post
from composer.pipeline import PipelineRequest
from composer.postfile import save_post
from composer.settings import Settings
from composer.ui.preview.card import MAX_PARTS_SHOWN
from composer.ui.preview.panel import ChannelPreviewPanel
from composer.ui.preview.part import PostPart

SV = ("Välkommen till invånarkvällen om nya Campus Allegro tisdag 14.10 kl. 18 i "
      "Schaumansalen! Mer information: https://www.jakobstad.fi/campus #jakobstad")
FI = ("Tervetuloa asukasiltaan uudesta Campus Allegrosta tiistaina 14.10. klo 18 "
      "Schaumansaliin! Lisätietoja: https://www.pietarsaari.fi/campus #pietarsaari")
EN = "Residents' evening on the new Campus Allegro, Tue 14 Oct at 6 pm. 🎶👩‍👩‍👧"
LONG_FI = " ".join(
    f"Kokkolan kaupunginvaltuusto käsittelee kokouksessaan {n}. kohdan talousarviosta, "
    "ja asukkaat voivat seurata kokousta suorana lähetyksenä." for n in range(1, 40)
)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args],
        capture_output=True, text=True, encoding="utf-8", env=dict(os.environ), check=False,
    )


def plain(part: PostPart) -> str:
    """The text of a preview part as a reader sees it."""
    document = QTextDocument()
    document.setHtml(part.text.text())
    return document.toPlainText().replace("\u2028", "\n").replace("\u2029", "\n")


@pytest.fixture
def panel(qtbot):
    widget = ChannelPreviewPanel(settings=Settings(ui_language="en"))
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def checked_previews(post: Post, settings: Settings | None = None) -> PreviewSet:
    """The previews a check of ``post`` brings (as the window's checking process makes
    them)."""
    settings = settings or Settings(ui_language="en")
    return previews_from(Engine().run(PipelineRequest(post, "en", settings)), "en", settings)


def show(panel: ChannelPreviewPanel, qtbot, post: Post, channels: list[str]) -> None:
    """Tick ``channels`` and give the panel the check of ``post`` on them."""
    panel.set_channels(channels)
    checked = dataclasses.replace(post, channels=list(channels))
    panel.set_post(checked, checked_previews(checked, panel._settings))
    qtbot.waitUntil(lambda: all(
        panel.cards[c].isVisible() and panel.preview(c) is not None for c in channels))
    qtbot.waitUntil(panel.settled)


def jakobstad_post(**changes) -> Post:
    post = Post(organisation="jakobstad", channels=["x", "facebook", "instagram", "bluesky"],
                versions={"sv": SV, "fi": FI, "en": EN},
                media=[Media("campus.png", {"sv": "Skiss av Campus Allegro vid havet."})])
    for key, value in changes.items():
        setattr(post, key, value)
    return post


def test_ticking_channels_emits_and_shows_a_card_each(panel, qtbot):
    post = jakobstad_post(channels=[])
    panel.set_post(post, checked_previews(post))
    with qtbot.waitSignal(panel.channels_changed) as signal:
        qtbot.mouseClick(panel.boxes["mastodon"], Qt.MouseButton.LeftButton)
    assert signal.args == [["mastodon"]]
    panel.boxes["x"].click()
    assert panel.channels() == ["x", "mastodon"]  # always in the usual order
    # The cards wait for the check of the post on those channels.
    qtbot.wait(100)
    assert not panel.cards["x"].isVisible() and not panel.settled()
    post = jakobstad_post(channels=["x", "mastodon"])
    panel.set_post(post, checked_previews(post))
    qtbot.waitUntil(lambda: panel.cards["x"].isVisible() and panel.cards["mastodon"].isVisible())
    assert panel.settled()
    panel.boxes["mastodon"].click()
    assert "mastodon" not in panel.cards
    with qtbot.assertNotEmitted(panel.channels_changed):
        panel.set_channels(["bluesky"])
    assert list(panel.cards) == ["bluesky"]


@pytest.mark.parametrize("channel", CHANNELS)
def test_preview_shows_the_export_and_the_core_count(panel, qtbot, channel):
    post = jakobstad_post()
    show(panel, qtbot, post, [channel])
    export = export_channel(post, channel, settings=Settings())
    card = panel.cards[channel]
    assert len(card.parts) == len(export.posts)
    for part, text in zip(card.parts, export.posts, strict=True):
        part.more.setChecked(True)  # the whole text, past the feed's cut
        assert plain(part) == text
        assert part.gauge.value() == count(text, channel)
        assert part.gauge.maximum() == get_spec(channel).max_length
        locale = QLocale()
        assert part.gauge.text() == (
            f"{locale.toString(part.gauge.value())} / {locale.toString(part.gauge.maximum())}")
        assert not part.gauge.over()
    assert card.parts[0].name.text() in {
        "Staden Jakobstad - Pietarsaaren kaupunki", "Staden Jakobstad",
        "Jakobstad Pietarsaari"}


def test_thread_parts_are_numbered_cards_each_within_the_limit(panel, qtbot):
    post = Post(organisation="kokkola", versions={"fi": LONG_FI})
    show(panel, qtbot, post, ["x"])
    card = panel.cards["x"]
    export = export_channel(post, "x")
    total = len(export.posts)
    assert export.mode == "thread" and total > MAX_PARTS_SHOWN
    # The first parts are drawn; a line says how many more Copy and Export include.
    assert [p.number.text() for p in card.parts] == [
        f"{i}/{total}" for i in range(1, MAX_PARTS_SHOWN + 1)]
    assert "thread" in card.summary.text() and str(total) in card.summary.text()
    assert card.more_parts.isVisible()
    assert f"{total - MAX_PARTS_SHOWN} more posts" in card.more_parts.text()
    for index, part in enumerate(card.parts):
        assert part.gauge.value() == count(export.posts[index], "x") <= 280
        assert part.copy.isVisible()
    # A network takes one post at a time: Copy copies the thread part by part, never the
    # parts joined by "---" lines.
    assert card.copy.text() == f"Copy part 1/{total}"
    card.copy.click()
    assert QGuiApplication.clipboard().text() == export.posts[0]
    assert panel.status.text().startswith(f"Part 1/{total} copied for X.")
    assert card.copy.text() == f"Copy part 2/{total}"
    # Each part can be copied on its own; Copy then goes on after it.
    card.parts[4].copy.click()
    assert QGuiApplication.clipboard().text() == export.posts[4]
    assert card.copy.text() == f"Copy part 6/{total}"
    for number in range(6, total + 1):
        card.copy.click()
        assert QGuiApplication.clipboard().text() == export.posts[number - 1]
        assert "---" not in QGuiApplication.clipboard().text()
    assert "the whole thread is copied" in panel.status.text()
    assert card.copy.text() == f"Copy part 1/{total}"
    assert export_text(export).count("\n---\n") == total - 1  # the CLI's form is unchanged


def test_a_longer_thread_reuses_the_parts_drawn(panel, qtbot):
    post = Post(organisation="kokkola", versions={"fi": LONG_FI[:1200]})
    show(panel, qtbot, post, ["x"])
    card = panel.cards["x"]
    first = list(card.parts)
    assert 1 < len(first) < MAX_PARTS_SHOWN
    longer = Post(organisation="kokkola", versions={"fi": LONG_FI[:2400]})
    show(panel, qtbot, longer, ["x"])
    export = export_channel(longer, "x")
    assert card.parts[:len(first)] == first  # the same widgets, renumbered
    assert [p.number.text() for p in card.parts] == [
        f"{i}/{len(export.posts)}" for i in range(1, len(export.posts) + 1)]
    assert [plain(p) for p in card.parts if p.expanded()] == [
        t for p, t in zip(card.parts, export.posts, strict=True) if p.expanded()]
    show(panel, qtbot, Post(organisation="kokkola", versions={"fi": "Lyhyt."}), ["x"])
    assert [plain(p) for p in card.parts] == ["Lyhyt."]
    assert card.parts[0].number.text() == "" or not card.parts[0].number.isVisible()
    assert not card.more_parts.isVisible()


def test_over_the_limit_turns_the_gauge_red_and_reports_by_how_much(panel, qtbot):
    settings = Settings(ui_language="en", channel_overrides={"linkedin": {"max_length": 400}})
    panel.set_settings(settings)
    post = Post(organisation="kokkola", versions={"fi": LONG_FI[:700]})
    show(panel, qtbot, post, ["linkedin"])
    [part] = panel.cards["linkedin"].parts
    length = count(LONG_FI[:700].strip(), "linkedin")
    assert part.gauge.over()
    assert part.gauge.value() == length and part.gauge.maximum() == 400
    assert part.gauge.text() == f"{length} / 400"
    assert str(length - 400) in part.gauge.description()
    findings = panel.cards["linkedin"].findings
    assert findings.isVisible() and str(length - 400) in findings.text()


def test_clean_short_post_shows_no_findings(panel, qtbot):
    post = Post(organisation="naantali", versions={"fi": "Kirjasto on auki tänään klo 10–18."})
    show(panel, qtbot, post, ["x", "facebook", "bluesky", "mastodon"])
    for channel in ("x", "facebook", "bluesky", "mastodon"):
        card = panel.cards[channel]
        assert not card.findings.isVisible(), channel
        assert not card.parts[0].gauge.over()
        assert not card.parts[0].more.isVisible()  # short: no "See more"


def test_feed_cut_and_expand_toggle(panel, qtbot):
    post = Post(organisation="kokkola", versions={"fi": LONG_FI[:600]})
    show(panel, qtbot, post, ["facebook"])
    [part] = panel.cards["facebook"].parts
    assert part.more.isVisible() and not part.expanded()
    cut = plain(part)
    assert cut.endswith("…") and len(cut) < 300
    export = export_channel(post, "facebook")
    assert export.posts[0].startswith(cut[:-1])
    qtbot.mouseClick(part.more, Qt.MouseButton.LeftButton)
    assert part.expanded() and plain(part) == export.posts[0]
    assert part.more.text() == "See less"


def test_links_hashtags_and_mentions_are_coloured(panel, qtbot):
    show(panel, qtbot, jakobstad_post(versions={"sv": SV + " @StadenJakobstad"}), ["bluesky"])
    html = panel.cards["bluesky"].parts[0].text.text()
    link = panel.palette().link().color().name()
    for entity in ("https://www.jakobstad.fi/campus", "#jakobstad", "@StadenJakobstad"):
        assert f'color:{link}' in html.split(entity)[0].rsplit("<span", 1)[-1], entity


def test_pictures_show_their_alt_text_and_a_missing_image_is_named(panel, qtbot):
    show(panel, qtbot, jakobstad_post(), ["x", "instagram"])
    for channel in ("x", "instagram"):
        media = panel.cards[channel].parts[0].media
        assert [p.accessibleName() for p in media.pictures] == [
            "Image: Skiss av Campus Allegro vid havet."]
        assert "Skiss av Campus Allegro vid havet." in media.pictures[0].toolTip()
    # Instagram needs an image: without one the card says so.
    show(panel, qtbot, jakobstad_post(media=[]), ["instagram", "x"])
    notice = panel.cards["instagram"].parts[0].media.notice
    assert notice.isVisible() and "Instagram needs an image" in notice.text()
    assert not panel.cards["x"].parts[0].media.isVisible()  # X needs none


@pytest.mark.parametrize(
    ("org", "channel", "versions"),
    [
        ("jakobstad", "x", {"sv": SV, "fi": FI, "en": EN}),
        ("jakobstad", "instagram", {"sv": SV, "fi": FI}),
        ("kokkola", "x", {"fi": LONG_FI}),
        ("kokkola", "mastodon", {"fi": FI + " @kokkola@some.fi", "sv": SV}),
        ("naantali", "bluesky", {"fi": "Kirjasto on auki tänään klo 10–18. 🎉", "en": EN}),
        ("naantali", "facebook", {"fi": LONG_FI}),
    ],
)
def test_copy_puts_exactly_what_the_cli_prints(panel, qtbot, tmp_path, org, channel, versions,
                                               monkeypatch):
    from composer.ui.preview.gate_dialog import GateDialog

    # Without an image Instagram has an error: the gate asks; copy anyway.
    monkeypatch.setattr(GateDialog, "exec", lambda self: GateDialog.DialogCode.Accepted)
    post = Post(organisation=org, channels=[channel], versions=versions)
    path = tmp_path / "post.post.json"
    save_post(post, path)
    show(panel, qtbot, post, [channel])
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.cards[channel].copy, Qt.MouseButton.LeftButton)
    printed = cli("export", str(path), "--channel", channel, "--force")
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.endswith("\n")
    parts = printed.stdout[:-1].split("\n---\n")
    # A thread is copied one part at a time: the first Copy takes the first part.
    assert QGuiApplication.clipboard().text() == parts[0]
    assert "---" not in QGuiApplication.clipboard().text()
    assert get_spec(channel).name.lower() in panel.status.text().lower()


def test_copy_takes_the_text_of_the_check_shown(panel, qtbot):
    show(panel, qtbot, jakobstad_post(), ["x"])
    panel.copy("x")
    # One post per language: Copy takes them one at a time.
    assert QGuiApplication.clipboard().text() == export_channel(jakobstad_post(), "x").posts[0]
    changed = jakobstad_post(versions={"sv": "Ny text.", "fi": "Uusi teksti."}, channels=["x"])
    panel.set_post(changed, checked_previews(changed))
    panel.copy("x")
    assert QGuiApplication.clipboard().text() == export_channel(changed, "x").posts[0]


def test_export_all_writes_what_the_cli_writes(panel, qtbot, tmp_path):
    channels = ["facebook", "instagram", "x", "bluesky", "mastodon"]
    post = jakobstad_post(channels=channels, versions={"sv": SV, "fi": LONG_FI, "en": EN})
    path = tmp_path / "post.post.json"
    save_post(post, path)
    show(panel, qtbot, post, channels)
    ours = panel.export_all(tmp_path / "ours")
    # Named after the post: its first line.
    assert sorted(p.name for p in ours) == sorted(
        f"välkommen-till-invånarkvällen-om-nya-campus-{c}.txt" for c in channels)
    result = cli("export", str(path), "--all", "--out", str(tmp_path / "cli"), "--force")
    assert result.returncode == 0, result.stderr
    theirs = sorted((tmp_path / "cli").iterdir())
    assert [p.name for p in theirs] == sorted(f"post-{c}.txt" for c in channels)
    for file in theirs:
        channel = file.name.removeprefix("post-")
        ours_file = tmp_path / "ours" / f"välkommen-till-invånarkvällen-om-nya-campus-{channel}"
        assert ours_file.read_bytes() == file.read_bytes()
        file.read_bytes().decode("utf-8")


def test_the_panel_never_exports(panel, qtbot, monkeypatch):
    import composer.channels.export as export_module

    post = Post(organisation="kokkola", versions={"fi": LONG_FI}, channels=["facebook", "x"])
    made = checked_previews(post)

    def no_export(*args, **kwargs):
        raise AssertionError("the panel exported on its own")

    monkeypatch.setattr(export_module, "export_channel", no_export)
    show(panel, qtbot, post, ["facebook", "x"])
    panel.set_post(post, made)
    qtbot.waitUntil(panel.settled)
    for channel in ("facebook", "x"):
        assert panel.preview(channel) is made.previews[channel]
        assert panel.copy_text(channel) == export_text(made.previews[channel].export)
    assert [plain(p) for p in panel.cards["x"].parts] == made.previews["x"].export.posts[
        :MAX_PARTS_SHOWN]
    # A check that failed brings no previews: the cards wait for the next one.
    panel.set_post(post, None)
    assert not panel.settled() and not panel.cards["x"].isVisible()
    assert panel.copy_text("x") == ""


def test_each_card_shows_the_findings_about_its_channel(panel, qtbot):
    post = Post(organisation="naantali", versions={
        "fi": "Kirjasto on auki.\n\n" + " ".join(f"#aihe{n}" for n in range(7))})
    show(panel, qtbot, post, ["instagram", "x"])
    assert "hashtags" in panel.cards["instagram"].findings.text()
    assert all(f.channel == "instagram" or f.channel is None
               for f in panel.preview("instagram").findings)
    assert "Instagram" not in panel.cards["x"].findings.text()


def test_controls_have_accessible_names(panel, qtbot):
    show(panel, qtbot, Post(organisation="kokkola", versions={"fi": LONG_FI}), ["x"])
    widgets = [*panel.boxes.values(), panel.export_button, panel.cards["x"].copy]
    for part in panel.cards["x"].parts:
        widgets += [part.copy, part.more, part.text, part.gauge]
    for widget in widgets:
        assert widget.accessibleName(), widget
    assert "280" in panel.cards["x"].parts[0].gauge.accessibleDescription()


def test_exports_made_with_other_limits_are_not_used(panel, qtbot):
    post = Post(organisation="kokkola", versions={"fi": LONG_FI[:700]}, channels=["linkedin"])
    made = checked_previews(post)
    settings = Settings(ui_language="en", channel_overrides={"linkedin": {"max_length": 400}})
    panel.set_settings(settings)
    panel.set_channels(["linkedin"])
    panel.set_post(post, made)
    qtbot.wait(100)
    assert not panel.settled() and panel.preview("linkedin") is None
    panel.set_post(post, checked_previews(post, settings))  # the next check
    qtbot.waitUntil(panel.settled, timeout=20000)
    assert panel.cards["linkedin"].parts[0].gauge.maximum() == 400
