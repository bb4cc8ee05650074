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


#: How far around a word its quotation and its sentence are looked for: a quotation is at
#: most 120 characters, and a sentence is read this far either side, so each finding
#: costs a bounded look, not a walk through the whole text.
_REACH = 400


def _around(pattern: regex.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    for match in pattern.finditer(text, max(0, start - _REACH), min(len(text), end + _REACH)):
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
    window = (max(0, start - _REACH), min(len(text), end + _REACH))
    quote = next((m.span() for m in _QUOTED.finditer(text, *window)
                  if m.start() < start and end < m.end()), None)
    if quote is None:
        return False
    low, high = _around(_SENTENCE, text, quote[0], quote[0] + 1)
    for match in find(text[low:high], language, family, "reported-speech"):
        if not quote[0] <= low + match.start < quote[1]:
            return True
    return False
