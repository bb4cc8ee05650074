"""Thread parts are counted from one reading of the whole text: every piece must count
exactly what counting the piece alone gives, on every network, with URLs, emoji,
combining marks, wide characters and odd white space in the text."""

from __future__ import annotations

import random

import pytest

from composer.channels.counting import count_spec, fits
from composer.channels.pieces import PieceCounter
from composer.channels.spec import get_spec
from composer.channels.split import _strip_separator, _stripped_span
from composer.channels.urls import is_url_space

TOKENS = (
    "word", "sana", "ord.", "https://www.jakobstad.fi/a", "www.kokkola.fi", "x.com/foo",
    "@user@mastodon.social", "😀", "👍🏽", "👨‍👩‍👧‍👦", "1️⃣", "🇫🇮", "e\u0301", "é", "—", "–", "…",
    "€", "日本", "한국어", "\u1100\u1161", "a\u0308", "#tag", "info@x.fi", "\u00a0", "\u2003",
    "\u3000", "\r\n", "\t", "ℵ", "Ⅻ", "ﬁ", "\u212b", "(https://a.fi/x)", "t.co/abc",
    "http://a.b", "\u200d", "\ufe0f",
)
SEPARATORS = (" ", " ", " ", "\n", "\n\n", "\n\n—\n\n", "  ", "\u00a0 ", " \u3000")


def _texts(count: int) -> list[str]:
    rng = random.Random(3)
    texts = []
    for _ in range(count):
        pool = TOKENS if rng.random() < 0.5 else TOKENS[:8]
        texts.append("".join(
            rng.choice(pool) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 60))
        ).strip())
    return texts


@pytest.mark.parametrize("channel", ["x", "bluesky", "threads", "mastodon", "facebook"])
def test_each_piece_counts_as_counted_alone(channel: str) -> None:
    spec = get_spec(channel)
    rng = random.Random(channel)
    for text in _texts(150):
        counter = PieceCounter(text, spec)
        starts = [0] + [i for i in range(1, len(text)) if is_url_space(text[i - 1])]
        ends = [i for i in range(len(text)) if text[i].isspace()] + [len(text)]
        for _ in range(15):
            start, end = sorted((rng.choice(starts), rng.choice(ends)))
            if rng.random() < 0.2:  # not next to white space: counted alone
                start = rng.randint(0, len(text))
                end = rng.randint(start, len(text))
            suffix = rng.choice(["\n9/9", "\n12/99", "", "x", "\u0301"])
            piece = text[start:end] + suffix
            assert counter.count(start, end, suffix) == count_spec(piece, spec), piece
            assert counter.fits(start, end, suffix) == fits(piece, spec), piece


def test_stripped_span_is_the_stripped_part() -> None:
    rng = random.Random(5)
    for text in _texts(200):
        for separator in ("", "—"):
            for _ in range(10):
                start = rng.randint(0, len(text))
                end = rng.randint(start, len(text))
                a, b = _stripped_span(text, start, end, separator)
                assert text[a:b] == _strip_separator(text[start:end], separator)
