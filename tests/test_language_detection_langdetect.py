"""The detection reads exactly as langdetect's own Detector would: the same probabilities
for the same text, on municipal sentences and on mixed scripts, capitals and symbols."""

from __future__ import annotations

import random

from langdetect.lang_detect_exception import LangDetectException

from composer.language_detection import MAX_CHARS, _load_factory, _probabilities, prose

SENTENCES = (
    "Pietarsaaren kaupunginkirjasto järjestää lauantaina 14.6. klo 10–14 perheille avoimen "
    "satupäivän Campus Allegrossa. Jakobstads stadsbibliotek ordnar en öppen sagodag för "
    "familjer. The Jakobstad city library holds an open story day for families. "
    "UIMAHALLI ON AUKI! Välkommen! ÅÄÖ åäö Ελλάδα Москва 日本語 한국어 ﺍی ễ Ạ e\u0301 ș ț 🙂 "
    "https://www.jakobstad.fi/kirjasto info@jakobstad.fi --- ... "
)


def _langdetect(text: str) -> list[float] | None:
    detector = _load_factory().create()
    detector.set_max_text_length(MAX_CHARS)
    detector.append(text)
    try:
        detector.get_probabilities()
    except LangDetectException:
        return None
    return list(detector.langprob)


def test_same_probabilities_as_langdetect() -> None:
    rng = random.Random(7)
    words = SENTENCES.split(" ")
    texts = [prose(SENTENCES), "", "   ", "123 456", "ABC DEF", "Москва и Ελλάδα ab"]
    for _ in range(150):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 60))))
    for _ in range(100):
        texts.append("".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 250))))
    factory = _load_factory()
    for text in texts:
        assert _probabilities(text, factory) == _langdetect(text), text
