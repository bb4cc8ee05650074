"""Where a network crops an image in its feed: the shape (``image_aspects`` in
``resources/channels.toml``) nearest the image's own, and the centred part of the image
that fills it. Plain arithmetic, so the preview and its tests need no image library.
"""

from __future__ import annotations

from composer.channels.spec import ChannelSpec

#: Without a shape of the network's own, an image keeps its shape within these.
WIDEST = 2.0
TALLEST = 0.5


def feed_aspect(spec: ChannelSpec, width: int, height: int) -> tuple[int, int]:
    """The shape (width, height) ``spec``'s feed shows a ``width`` × ``height`` image in:
    of the network's shapes the one nearest the image's own (Instagram: a portrait photo
    4:5, anything else 1:1)."""
    return nearest_aspect(spec.image_aspects, width, height)


def nearest_aspect(
    aspects: tuple[tuple[int, int], ...], width: int, height: int
) -> tuple[int, int]:
    """Of ``aspects`` the one nearest the image's own shape; without any, the image's
    own shape within :data:`TALLEST` and :data:`WIDEST`."""
    if width <= 0 or height <= 0:
        return aspects[0] if aspects else (1, 1)
    own = width / height
    if not aspects:
        if own > WIDEST:
            return (2, 1)
        if own < TALLEST:
            return (1, 2)
        return (width, height)
    return min(aspects, key=lambda shape: abs(shape[0] / shape[1] - own))


def crop_box(width: int, height: int, aspect: tuple[int, int]) -> tuple[int, int, int, int]:
    """``(left, top, crop width, crop height)``: the largest centred part of a ``width`` ×
    ``height`` image with the shape ``aspect``."""
    if width <= 0 or height <= 0:
        return (0, 0, max(width, 0), max(height, 0))
    aw, ah = aspect
    if width * ah > height * aw:  # wider than the shape: cut the sides
        crop_w, crop_h = max(1, round(height * aw / ah)), height
    else:  # taller: cut top and bottom
        crop_w, crop_h = width, max(1, round(width * ah / aw))
    return ((width - crop_w) // 2, (height - crop_h) // 2, crop_w, crop_h)


__all__ = ["crop_box", "feed_aspect", "nearest_aspect"]
