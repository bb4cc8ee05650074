"""Channels: each network's limits (:func:`get_spec`), exact length counting
(:func:`count`) and the ready-to-paste export (:mod:`composer.channels.export`).
"""

from __future__ import annotations

from composer.channels.counting import count, count_spec
from composer.channels.spec import ChannelSpec, UnknownChannelError, channel_name, get_spec

__all__ = [
    "ChannelSpec",
    "UnknownChannelError",
    "channel_name",
    "count",
    "count_spec",
    "get_spec",
]
