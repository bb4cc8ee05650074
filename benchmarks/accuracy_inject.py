"""Problems injected into real prose for the accuracy benchmark's recall figures.

Each family builds, from a real snippet (and for the cross-version families a whole
post), a post with one problem put into the text and the span of the injected problem.
Values are generated, not copied: identity codes with every century sign and a valid
checksum, IBANs and personnummer with valid check digits, a word of the snippet itself
misspelt (a word the dictionary knows, a letter pair swapped or a letter dropped, and
confirmed unknown to the
dictionary). A family is found when a finding of at least warning severity in the
right version overlaps the injected span (the wrong-language family has no span: its
finding is about the whole version).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from stdnum import iban, luhn

from benchmarks.accuracy_corpus import Snippet
from composer.model import Post

HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_SIGNS = "+-YXWVUABCDEF"
CHANNELS = ["facebook", "x"]


@dataclass(frozen=True)
class Injected:
    """A post with one problem in version ``language`` at ``start``–``end`` (``None``:
    the whole version)."""

    family: str
    post: Post
    language: str
    start: int | None
    end: int | None
    what: str


def hetu(generator: random.Random, index: int, wrong_check: bool = False) -> str:
    sign = CENTURY_SIGNS[index % len(CENTURY_SIGNS)]
    year = generator.randint(0, 24) if sign in "ABCDEF" else generator.randint(0, 99)
    day, month = generator.randint(1, 28), generator.randint(1, 12)
    number = generator.randint(2, 899)
    digits = f"{day:02}{month:02}{year:02}"
    check = HETU_CHECK[int(f"{digits}{number:03}") % 31]
    if wrong_check:
        check = HETU_CHECK[(HETU_CHECK.index(check) + 1 + index % 29) % 31]
    return f"{digits}{sign}{number:03}{check}"


def personnummer(generator: random.Random) -> str:
    digits = (f"{generator.randint(40, 99):02}{generator.randint(1, 12):02}"
              f"{generator.randint(1, 28):02}{generator.randint(100, 999):03}")
    return f"{digits[:6]}-{digits[6:]}{luhn.calc_check_digit(digits)}"


def finnish_iban(generator: random.Random) -> str:
    while True:
        bban = f"{generator.choice(('1', '4', '5', '8'))}{generator.randint(0, 10**12 - 1):012}"
        bban = bban + luhn.calc_check_digit(bban)
        number = "FI" + iban.calc_check_digits("FI00" + bban) + bban
        if iban.is_valid(number):
            return iban.format(number)


MOBILES = ("040 123 4567", "050 765 4321", "+358 40 987 6543", "044-555 1234", "045 678 9012")
HTTP_LINKS = ("http://www.pietarsaari.fi/tapahtumat", "http://www.jakobstad.fi/evenemang",
              "http://kokkola.fi/events")
EMAILS = ("maija.virtanen@gmail.com", "anna.lindholm@hotmail.com", "j.smith84@outlook.com",
          "pekka.nieminen@luukku.com")

FRAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "hetu": {"fi": ("Hakijan henkilötunnus on {}.", "Tiedot: Matti Meikäläinen, {}."),
             "sv": ("Sökandens personbeteckning är {}.", "Uppgifter: Anna Berg, {}."),
             "en": ("The applicant's identity code is {}.", "Details: John Smith, {}.")},
    "personnummer": {"fi": ("Ruotsalainen henkilönumero on {}.",),
                     "sv": ("Hennes personnummer är {}.", "Personnummer: {}"),
                     "en": ("His Swedish personal number is {}.",)},
    "iban": {"fi": ("Maksa tilille {} viimeistään perjantaina.",),
             "sv": ("Betala till kontot {} senast på fredag.",),
             "en": ("Pay to the account {} by Friday.",)},
    "mobile": {"fi": ("Soita minulle numeroon {} illalla.", "Lisätietoja antaa Liisa, {}."),
               "sv": ("Ring mig på {} i kväll.", "Mer information ger Lisa, {}."),
               "en": ("Call me on {} tonight.", "For more information call Lisa on {}.")},
    "email": {"fi": ("Lähetä kuva minulle osoitteeseen {}.",),
              "sv": ("Skicka bilden till mig på {}.",),
              "en": ("Send the photo to me at {}.",)},
    "insult": {"fi": ("Olet idiootti.", "Mikä ääliö hän on!"),
               "sv": ("Du är en idiot.", "Vilken pucko han är!"),
               "en": ("You idiot.", "What a moron he is!")},
    "code": {"fi": ("Ovikoodi on 4512.", "Salasana on Kesä2024."),
             "sv": ("Portkoden är 4512.", "Lösenordet är Sommar2024."),
             "en": ("The door code is 4512.", "The password is Summer2024.")},
    "http": {"fi": ("Lue lisää: {}",), "sv": ("Läs mer: {}",), "en": ("Read more at {}",)},
    # Phrases real posts have (the marking word, code or value is the span).
    "secrecy-phrase": {"fi": ("Luottamuksellinen, ei levitetä eteenpäin.",),
                       "sv": ("Konfidentiellt, får inte spridas vidare.",),
                       "en": ("This information is confidential.",)},
    "code-phrase": {"fi": ("Sivuoven ovikoodi on 4512.",),
                    "sv": ("Portkoden till sidoingången är 4512",
                           "Lösenordet till bibliotekets wifi är Bibliotek2024"),
                    "en": ("The door code for the side entrance is 4512",)},
    "shouting": {"fi": ("TÄMÄ ON TÄRKEÄ TIEDOTE KAIKILLE ASUKKAILLE.",),
                 "sv": ("DETTA ÄR ETT VIKTIGT MEDDELANDE TILL ALLA INVÅNARE.",),
                 "en": ("THIS IS AN IMPORTANT NOTICE FOR ALL RESIDENTS.",)},
}
#: The part of a frame that must be in the finding's span (else the filled-in value).
SPAN_WORDS = {"insult": ("idiootti", "ääliö", "idiot", "pucko", "moron"),
              "code": ("Ovikoodi", "Salasana", "Portkoden", "Lösenordet", "door code",
                       "password"),
              "secrecy-phrase": ("Luottamuksellinen", "Konfidentiellt", "confidential"),
              "code-phrase": ("ovikoodi", "Portkoden", "Lösenordet", "door code"),
              "shouting": ("TÄMÄ", "DETTA", "THIS")}
MARKINGS = {"fi": ("LUOTTAMUKSELLINEN", "Salassa pidettävä:", "SISÄINEN – ei julkaistavaksi"),
            "sv": ("KONFIDENTIELLT", "Sekretessbelagd:", "Endast för internt bruk"),
            "en": ("CONFIDENTIAL", "Confidential – do not share", "Internal use only:")}


def _post(organisation: str, versions: dict[str, str]) -> Post:
    return Post(organisation=organisation, channels=list(CHANNELS), versions=versions)


def _insert(snippet: Snippet, sentence: str) -> tuple[str, int]:
    """The snippet with ``sentence`` after its first sentence, and where it starts."""
    head = snippet.sentences[0] + " "
    return head + sentence + " " + " ".join(snippet.sentences[1:]), len(head)


def _sentence_family(family: str, value: Callable[[random.Random, int], str] | None,
                     frames_of: str | None = None) -> Callable[..., Injected | None]:
    """Injects one sentence of ``FRAMES[frames_of or family]``; the span is the filled-in
    value, or for frames without one the word of ``SPAN_WORDS`` it contains."""

    def build(snippet: Snippet, organisation: str, generator: random.Random,
              index: int) -> Injected | None:
        frames = FRAMES[frames_of or family][snippet.language]
        frame = frames[index % len(frames)]
        if value is not None:
            filled_value = value(generator, index)
            before = frame.split("{}")[0]
            filled = frame.format(filled_value)
            inner, length = len(before), len(filled_value)
        else:
            filled = frame
            word = next(w for w in SPAN_WORDS[frames_of or family] if w in filled)
            inner, length = filled.index(word), len(word)
        text, at = _insert(snippet, filled)
        post = _post(organisation, {snippet.language: text})
        return Injected(family, post, snippet.language, at + inner, at + inner + length,
                        text[at + inner:at + inner + length])

    return build


def _marking(snippet: Snippet, organisation: str, generator: random.Random,
             index: int) -> Injected:
    options = MARKINGS[snippet.language]
    marking = options[index % len(options)]
    text = marking + "\n" + snippet.text
    post = _post(organisation, {snippet.language: text})
    return Injected("secrecy", post, snippet.language, 0, len(marking), marking)


def _misspelt(snippet: Snippet, organisation: str, generator: random.Random,
              index: int) -> Injected | None:
    from composer.entities import words
    from composer.spelling import is_correct

    text = snippet.text
    candidates = [(s, e, w) for s, e, w in words(text)
                  if w.isalpha() and w.islower() and len(w) >= 6]
    generator.shuffle(candidates)
    for start, end, word in candidates:
        if not is_correct(word, snippet.language):
            continue  # a slip in a word no dictionary knows cannot be told from the word
        middle = len(word) // 2
        for wrong in (word[:middle - 1] + word[middle] + word[middle - 1] + word[middle + 1:],
                      word[:middle] + word[middle + 1:]):
            if wrong != word and not is_correct(wrong, snippet.language):
                changed = text[:start] + wrong + text[end:]
                post = _post(organisation, {snippet.language: changed})
                return Injected("misspelt", post, snippet.language, start,
                                start + len(wrong), wrong)
    return None


def opening_slips(pieces: list[Snippet], organisations: tuple[str, ...]) -> list[Injected]:
    """Slips in the capitalised common word that opens a sentence (once per word: a
    letter pair swapped or a letter dropped, confirmed unknown), each sentence a post of
    its own. Names and slips look alike at a sentence start; these measure how many
    slips stay warnings (reported apart from the recall of the families above)."""
    from composer.spelling import is_correct

    built: list[Injected] = []
    seen: set[str] = set()
    for piece in pieces:
        for sentence in piece.sentences:
            first = sentence.split(" ")[0]
            if (len(first) < 5 or not first.isalpha() or not first[0].isupper()
                    or first.isupper() or first in seen):
                continue
            if not is_correct(first.lower(), piece.language):
                continue  # a name, not a common word capitalised for the sentence
            seen.add(first)
            middle = len(first) // 2
            for wrong in (first[:middle - 1] + first[middle] + first[middle - 1]
                          + first[middle + 1:], first[:middle] + first[middle + 1:]):
                if wrong != first and not is_correct(wrong, piece.language):
                    post = _post(organisations[len(built) % len(organisations)],
                                 {piece.language: wrong + sentence[len(first):]})
                    built.append(Injected("opening-slip", post, piece.language, 0,
                                          len(wrong), wrong))
                    break
    return built


PARALLEL = {
    "fi": "Tilaisuus pidetään {day}.{month}. klo {hour}, ja liput maksavat {price} euroa.",
    "sv": "Evenemanget hålls den {day}.{month}. kl. {hour}, och biljetterna kostar {price} euro.",
    "en": "The event is held on {day} {month_name} at {hour}:00, and tickets cost €{price}.",
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _parallel(language: str, values: dict[str, int]) -> str:
    return PARALLEL[language].format(month_name=MONTHS[values["month"] - 1], **values)


def consistency(versions: dict[str, Snippet], organisation: str, generator: random.Random,
                index: int) -> Injected:
    """A mixed post whose versions end with the same event details, one of them changed
    in one version only (the date, time or price, by turns)."""
    values = {"day": generator.randint(2, 27), "month": generator.randint(1, 12),
              "hour": generator.randint(9, 19), "price": generator.randint(5, 40)}
    kind = ("day", "hour", "price")[index % 3]
    changed_language = tuple(versions)[index % len(versions)]
    texts: dict[str, str] = {}
    span = (0, 0)
    for language, snippet in versions.items():
        mine = dict(values)
        if language == changed_language:
            mine[kind] += 1
        sentence = _parallel(language, mine)
        base = snippet.text + " "
        texts[language] = base + sentence
        if language == changed_language:
            marker = str(mine[kind])
            # the changed value's place in the sentence (the day is the first number)
            position = _value_position(language, sentence, kind, marker)
            span = (len(base) + position, len(base) + position + len(marker))
    family = "consistency-" + {"day": "date", "hour": "time", "price": "price"}[kind]
    return Injected(family,
                    _post(organisation, texts), changed_language, *span,
                    texts[changed_language][span[0]:span[1]])


def _value_position(language: str, sentence: str, kind: str, marker: str) -> int:
    anchors = {"day": {"fi": "pidetään ", "sv": "den ", "en": "held on "},
               "hour": {"fi": "klo ", "sv": "kl. ", "en": " at "},
               "price": {"fi": "maksavat ", "sv": "kostar ", "en": "cost €"}}
    anchor = anchors[kind][language]
    return sentence.index(anchor) + len(anchor)


FAMILIES: dict[str, Callable[..., Injected | None]] = {
    "hetu": _sentence_family("hetu", hetu),
    "personnummer": _sentence_family("personnummer", lambda g, i: personnummer(g)),
    "iban": _sentence_family("iban", lambda g, i: finnish_iban(g)),
    "mobile": _sentence_family("mobile", lambda g, i: MOBILES[i % len(MOBILES)]),
    "email": _sentence_family("email", lambda g, i: EMAILS[i % len(EMAILS)]),
    "misspelt": _misspelt,
    "secrecy": _marking,
    "insult": _sentence_family("insult", None),
    "code": _sentence_family("code", None),
    "http": _sentence_family("http", lambda g, i: HTTP_LINKS[i % len(HTTP_LINKS)]),
    "secrecy-phrase": _sentence_family("secrecy-phrase", None),
    "code-phrase": _sentence_family("code-phrase", None),
    "hetu-wrong-check": _sentence_family("hetu-wrong-check",
                                         lambda g, i: hetu(g, i, wrong_check=True), "hetu"),
    "shouting": _sentence_family("shouting", None),
}
