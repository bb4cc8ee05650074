"""The text a channel preview draws: links as the checks see them, and the "See more" cut
the `channel.cut` note names."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from composer.channels import get_spec
from composer.channels.export import export_channel
from composer.model import Post
from composer.resources import load_toml
from composer.ui.preview.render import feed_cut_index, render_html
from tests.ui.preview.test_channel_preview import panel, plain, show  # noqa: F401

NOT_LINKS = ("dd.mm.", "e.Kr.", "pp.kk.", "Dd.Mm.")


def coloured(html: str) -> list[str]:
    """The texts drawn in a colour of their own (links, hashtags, mentions)."""
    return re.findall(r'<span style="color:[^"]*">([^<]*)</span>', html)


def test_date_blanks_and_abbreviations_are_no_links(qapp) -> None:
    palette: QPalette = QApplication.palette()
    text = ("[Tapahtuman nimi] [viikonpäivänä pp.kk.] [weekday dd.mm.] vuonna 50 e.Kr. "
            "[Dd.Mm.] Lisätietoja: https://www.kokkola.fi/tapahtumat ja kokkola.fi #Kokkola")
    html = render_html(text, palette)
    assert coloured(html) == ["https://www.kokkola.fi/tapahtumat", "kokkola.fi", "#Kokkola"]
    for blank in NOT_LINKS:
        assert blank.rstrip(".") in html


def test_the_event_template_shows_no_link_in_its_date_blanks(panel, qtbot) -> None:  # noqa: F811
    template = load_toml("templates", "kokkola.toml")["event"]["versions"]
    post = Post(organisation="kokkola", versions=dict(template))
    show(panel, qtbot, post, ["facebook"])
    part = panel.cards["facebook"].parts[0]
    if part.more.isVisible():
        qtbot.mouseClick(part.more, Qt.MouseButton.LeftButton)
    drawn = " ".join(coloured(part.text.text()))
    assert "dd.mm" not in drawn and "pp.kk" not in drawn
    assert "#KokkolaKarleby" in drawn


LINES = ("Konsert i Stadsparken\nStadsorkestern spelar sommarmusik.\nVälkommen!\n"
         "Lördag 12.7. kl. 18 på Stora torget. Fritt inträde för hela familjen.")


@pytest.mark.parametrize(("text", "cut_by_lines"), [
    (LINES, True),
    ("Välkommen med hela familjen till en härlig sommarkväll i parken! " * 5
     + "Lördag 12.7. kl. 18.", False),
])
def test_see_more_is_where_the_cut_note_says(panel, qtbot, text, cut_by_lines) -> None:  # noqa: F811
    post = Post(organisation="jakobstad", channels=["facebook"], versions={"sv": text})
    show(panel, qtbot, post, ["facebook"])
    [part] = panel.cards["facebook"].parts
    assert part.more.isVisible() and not part.expanded()
    shown = plain(part).removesuffix("…").rstrip()
    [note] = [f for f in panel.preview("facebook").findings if f.rule == "channel.cut"]
    said = int(re.search(r"first (\d+) characters", note.message).group(1))
    spec = get_spec("facebook")
    if cut_by_lines:  # three short lines: far fewer than feed_cut characters
        assert shown == "\n".join(text.split("\n")[:3])
        assert said == len(shown) < spec.feed_cut
    else:
        assert said == spec.feed_cut and abs(len(shown) - said) <= 1
    export = export_channel(post, "facebook").posts[0]
    assert feed_cut_index(export, spec.feed_cut, spec.feed_cut_lines) == len(shown)
