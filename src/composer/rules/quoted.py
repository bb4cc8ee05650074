"""Words a post quotes from someone else: inside quotation marks, in a sentence that
reports speech ("syytti ministeriä ”idiootiksi”", "kallade honom ”idiot”", 'accused him
of being a "moron"'). The tone family keeps such an insult as a note: the organisation
reports what was said, it does not say it (the strongest abuse stays an error all the
same). The reporting verbs are ``[reported-speech]`` in ``resources/wordlists/tone.toml``.
"""

from __future__ import annotations

import regex

from composer.rules.phrases import find

#: A quotation on one line: "…", “…”, ”…”, „…“, «…», »…«/»…», or '…'/‘…’ (a single quote
#: only after a space or a sign and before one, so that "Castaner's" is no quotation).
_QUOTED = regex.compile(
    r"""(?<![\p{L}\p{N}])(?:"[^"\n]{1,120}"|“[^“”"\n]{1,120}[”"]|”[^”\n]{1,120}”"""
    r"""|„[^„“”\n]{1,120}[“”]|«[^«»\n]{1,120}»|»[^»«\n]{1,120}[»«]"""
    r"""|['‘][^'‘’\n]{1,120}['’](?![\p{L}\p{N}]))"""
)
_SENTENCE = regex.compile(r"[^.!?…\n]+[.!?…]*[\"”’'»]?")


def _around(pattern: regex.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    for match in pattern.finditer(text):
        if match.start() <= start and end <= match.end():
            return match.span()
        if match.start() > start:
            break
    return start, end


def quoted_in_reported_speech(
    text: str, start: int, end: int, language: str, family: str = "tone"
) -> bool:
    """Whether ``text[start:end]`` is inside quotation marks in a sentence that has a
    verb reporting speech (``[reported-speech]`` of ``family``) outside the quotation."""
    quote = next((m.span() for m in _QUOTED.finditer(text)
                  if m.start() < start and end < m.end()), None)
    if quote is None:
        return False
    low, high = _around(_SENTENCE, text, quote[0], quote[0] + 1)
    for match in find(text, language, family, "reported-speech"):
        if low <= match.start < high and not quote[0] <= match.start < quote[1]:
            return True
    return False
