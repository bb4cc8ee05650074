"""Web addresses written as the name of a site or publication, not as a link to follow.

"Kistler told SPACE.com." and "ways to support Wikipedia.org and its community" name an
organisation; the feed's "See more" cut hides nothing a reader needs there. A bare address
(no scheme, no ``www.``, no path) is such a name when it starts with a capital letter in
the middle of a sentence, nothing is attached to it (an inflection "Kokkola.fi:ssä" or a
compound "Kokkola.fi-sivulla" points the reader to it) and no word that sends the reader
to an address comes right before it ("osoitteessa Kokkola.fi", "tickets at Lippu.fi").
The pointing words are ``[site-name] pointers`` in ``resources/channels.toml``.
"""

from __future__ import annotations

from functools import cache

import regex

from composer.resources import load_toml

_PREVIOUS_WORD = regex.compile(r"(\p{L}+)[ \t\u00a0]+$")
#: What ends a sentence or opens a label before an address ("Lisää: Kokkola.fi").
_OPENING = ".!?:;\n([{\"“”«»'‘’•–—-"


@cache
def _pointers() -> frozenset[str]:
    table = load_toml("channels.toml").get("site-name", {})
    return frozenset(word.lower() for word in table.get("pointers", []))


def named_site(text: str, start: int, end: int) -> bool:
    """Whether the address at ``text[start:end]`` is written as a site's name."""
    address = text[start:end]
    if "://" in address or address[:4].lower() == "www." or "/" in address:
        return False
    attached = text[end:end + 1] in (":", "-") and text[end + 1:end + 2].isalpha()
    if not address[:1].isupper() or attached:
        return False
    before = text[max(0, start - 60):start]
    stripped = before.rstrip(" \t\u00a0")
    if not stripped or stripped[-1] in _OPENING:
        return False  # a sentence's or a label's first word is capitalised anyway
    word = _PREVIOUS_WORD.search(before)
    return word is None or word.group(1).lower() not in _pointers()
