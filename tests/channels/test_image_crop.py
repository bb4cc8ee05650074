"""Thumbnails cropped as each network's feed crops them."""

from __future__ import annotations

import pytest

from composer.channels import get_spec
from composer.channels.image_crop import crop_box, feed_aspect


@pytest.mark.parametrize(("channel", "size", "shape"), [
    ("instagram", (1200, 1600), (4, 5)),   # portrait: 4:5
    ("instagram", (1600, 1200), (1, 1)),   # landscape: square
    ("instagram", (1000, 1000), (1, 1)),
    ("x", (1000, 1000), (16, 9)),
    ("linkedin", (800, 1200), (16, 9)),
    ("pinterest", (1600, 900), (2, 3)),
    ("tiktok", (1600, 900), (9, 16)),
    ("youtube", (900, 900), (16, 9)),
    ("facebook", (1200, 800), (1200, 800)),  # its own shape
    ("mastodon", (3000, 500), (2, 1)),       # a panorama kept within 2:1
    ("bluesky", (100, 900), (1, 2)),
])
def test_feed_aspect(channel: str, size: tuple[int, int], shape: tuple[int, int]) -> None:
    assert feed_aspect(get_spec(channel), *size) == shape


def test_crop_box_is_centred_and_has_the_shape() -> None:
    assert crop_box(1600, 900, (1, 1)) == (350, 0, 900, 900)
    assert crop_box(900, 1600, (16, 9)) == (0, 547, 900, 506)
    assert crop_box(1200, 1600, (4, 5)) == (0, 50, 1200, 1500)
    assert crop_box(1000, 1500, (2, 3)) == (0, 0, 1000, 1500)
    assert crop_box(0, 10, (1, 1)) == (0, 0, 0, 10)
