"""How each network draws a post, so a preview looks like the network it is for: where
the picture goes, the avatar's shape, how name and handle are written, the words of its
"See more" cut, its colour, the row of buttons under a post and how several pictures are
shown.

Plain data per network id; the preview widgets read it (and tests compare it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

ROUND = "round"
SQUARE = "square"


@dataclass(frozen=True)
class NetworkLook:
    channel: str
    #: The picture above the text (Instagram, Pinterest, TikTok, YouTube).
    media_first: bool
    avatar: str
    #: Name and handle on one line ("Name @handle · now") or the handle under the name.
    handle_inline: bool
    #: The network's colour (its brand colour, used for the bar above the card).
    colour: str
    #: Key of the words at the feed's cut (see :func:`more_label`).
    more: str
    #: The buttons under a post, as symbols.
    actions: str
    #: Several images shown side by side in a grid (X, Bluesky, Mastodon) rather than as
    #: a carousel with dots (Instagram, Threads, Pinterest, TikTok, LinkedIn, Facebook).
    grid: bool = False


LOOKS: dict[str, NetworkLook] = {
    "facebook": NetworkLook("facebook", False, ROUND, False, "#1877F2", "see-more",
                            "👍  💬  ↗"),
    "instagram": NetworkLook("instagram", True, ROUND, False, "#E1306C", "more",
                             "♡  💬  ➤  🔖"),
    "x": NetworkLook("x", False, ROUND, True, "#0F1419", "show-more", "💬  🔁  ♡  📊",
                     grid=True),
    "linkedin": NetworkLook("linkedin", False, SQUARE, False, "#0A66C2", "see-more-dots",
                            "👍  💬  🔁  ➤"),
    "youtube": NetworkLook("youtube", True, ROUND, False, "#FF0000", "more-dots",
                           "👍  👎  ↗"),
    "tiktok": NetworkLook("tiktok", True, ROUND, False, "#000000", "more", "♥  💬  🔖  ↗"),
    "pinterest": NetworkLook("pinterest", True, ROUND, False, "#E60023", "more", "♡  ↗  ⋯"),
    "threads": NetworkLook("threads", False, ROUND, True, "#000000", "more",
                           "♡  💬  🔁  ➤"),
    "bluesky": NetworkLook("bluesky", False, ROUND, True, "#1185FE", "show-more",
                           "💬  🔁  ♡  ⋯", grid=True),
    "mastodon": NetworkLook("mastodon", False, SQUARE, True, "#6364FF", "show-more",
                            "↩  🔁  ☆  🔖", grid=True),
}


def look_of(channel: str) -> NetworkLook:
    return LOOKS.get(channel) or LOOKS["facebook"]


def more_label(key: str) -> str:
    """The words at a network's cut, as that network writes them."""
    labels = {
        "see-more": QCoreApplication.translate("NetworkLook", "See more"),
        "see-more-dots": QCoreApplication.translate("NetworkLook", "…see more"),
        "more": QCoreApplication.translate("NetworkLook", "… more"),
        "more-dots": QCoreApplication.translate("NetworkLook", "…more"),
        "show-more": QCoreApplication.translate("NetworkLook", "Show more"),
    }
    return labels.get(key, labels["see-more"])


def handle_text(look: NetworkLook, handle: str) -> str:
    """The handle as the network writes it (empty when the account has none)."""
    if not handle:
        return ""
    return handle if handle.startswith("@") else f"@{handle}"


__all__ = ["LOOKS", "ROUND", "SQUARE", "NetworkLook", "handle_text", "look_of", "more_label"]
