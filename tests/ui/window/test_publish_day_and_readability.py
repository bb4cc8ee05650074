"""The planned publishing day in the header and the readability badge beside each
version's character count, driven through the real window."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate

from composer.model import Post

HEAVY = ("Kaupungin hallituksen päätöksen perusteella järjestetään tapahtuma, jonka "
         "järjestäminen ja suunnitteleminen sekä toteuttaminen tehdään yhteistyössä alueella "
         "toimivien yhdistysten ja muiden asiasta kiinnostuneiden tahojen kanssa ennen "
         "tulevaa kesää. Tiedotetaan. Ilmoitetaan.")


def calendar_rules(window) -> list[str]:
    return [f.rule for f in window.findings() if f.family == "calendar"]


def test_publishing_day_reaches_the_post_and_the_calendar(window, wait_checked):
    changes = []
    window.post_changed.connect(lambda: changes.append(1))
    assert window.current_post().publish_on is None
    assert window.header.publish_on.text() == "today"
    window.editor("fi").setPlainText("Tervetuloa kirjastoon tiistaina 3.6. klo 18!")
    window.header.publish_on.setDate(QDate(2025, 5, 1))  # 3 June 2025 is a Tuesday
    assert window.current_post().publish_on == datetime.date(2025, 5, 1)
    assert changes
    wait_checked(window)
    assert calendar_rules(window) == []
    window.header.publish_on.setDate(QDate(2026, 5, 1))  # in 2026 it is a Wednesday
    wait_checked(window)
    assert calendar_rules(window) == ["calendar.weekday"]
    [finding] = [f for f in window.findings() if f.family == "calendar"]
    assert finding.suggestions == ("keskiviikkona",)


def test_set_post_shows_its_publishing_day_without_emitting(window):
    changes = []
    window.post_changed.connect(lambda: changes.append(1))
    window.set_post(Post(organisation="kokkola", versions={"fi": "Hei"},
                         publish_on=datetime.date(2026, 6, 14)))
    assert changes == []
    assert window.header.publish_on.date() == QDate(2026, 6, 14)
    assert window.current_post().publish_on == datetime.date(2026, 6, 14)
    window.set_post(Post(organisation="kokkola", versions={"fi": "Hei"}))
    assert window.current_post().publish_on is None


def test_readability_badge_beside_the_character_count(window, wait_checked):
    window.resize(1900, 1000)
    window.editor("fi").setPlainText(HEAVY)
    window.editor("sv").setPlainText("Staden öppnar simhallen på måndag. Välkommen!")
    wait_checked(window)
    finnish = window.editors.editors["fi"].readability
    assert finnish.isVisible() and "Heavy" in finnish.text()
    assert "long sentences" in finnish.toolTip() and "chains of genitive nouns" in (
        finnish.toolTip())
    swedish = window.editors.editors["sv"].readability
    assert swedish.isVisible() and "Clear" in swedish.text()
    assert not window.editors.editors["en"].readability.isVisible()


def test_a_narrow_column_keeps_the_badge_as_a_dot(window, qtbot, wait_checked):
    window.resize(1900, 1000)
    window.editor("fi").setPlainText(HEAVY)
    wait_checked(window)
    badge = window.editors.editors["fi"].readability
    qtbot.waitUntil(lambda: "Heavy" in badge.text())
    badge.resize(badge.minimumSizeHint())  # as a crowded column header gives it
    assert badge.isVisible() and "●" in badge.text() and "Heavy" not in badge.text()
    assert "heavy" in badge.toolTip()  # the level is still said
    badge.resize(badge.sizeHint())
    assert "Heavy" in badge.text()


def test_in_finnish(make_window, wait_checked):
    window = make_window("fi")
    window.resize(1900, 1000)
    assert window.header.publish_on.text() == "tänään"
    window.editor("fi").setPlainText(HEAVY)
    wait_checked(window)
    badge = window.editors.editors["fi"].readability
    assert "Raskas" in badge.text() and "pitkät virkkeet" in badge.toolTip()
