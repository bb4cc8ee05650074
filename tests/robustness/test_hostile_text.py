"""Generated hostile text through every rule and every channel export: nothing raises,
every span points into the text, and text built to make a scan backtrack is checked in
bounded time (a post of "a." * 1000 once took 73 s in the URL scan)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.channels import urls
from composer.channels.export import export_channel
from composer.engine import Engine
from composer.model import CHANNELS, LANGUAGES, Post

# Pieces that exercise the scanners' grammars: domains, paths, numbers, dates, mentions,
# hashtags, e-mail, identity codes, emoji, marks, invisible and control characters,
# surrogates, right-to-left text.
PIECES = [
    "a", "ä", "Ö", "1", "12", ".", "..", "-", "_", "/", ":", "@", "#", "(", ")", "?", "!",
    "&", "=", "%", " ", "\n", "\t", "com", "fi", "xn--", "http://", "https://", "www.",
    "t.co/", "klo", "p.", "€", "kr", "+358", "040", "131052-308T", "salassa", "😀", "🇫🇮",
    "\u0301", "\u200b", "\u00ad", "\u2011", "\u2013", "\u202e", "\x1b", "\x07", "\ud800",
    "\U0001d41f", "ß", "İ", "ﬁ", "\ufeff", "\u0085", "\u2028",
]
hostile = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)

ENGINE = Engine()


def _post(text: str) -> Post:
    return Post(
        organisation="jakobstad",
        versions=dict.fromkeys(LANGUAGES, text),
        channels=list(CHANNELS),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile)
def test_every_rule_and_export_survives_hostile_text(text: str) -> None:
    post = _post(text)
    for finding in ENGINE.check(post):
        if finding.start is not None:
            version = post.text(finding.language or "")
            assert 0 <= finding.start <= finding.end <= len(version), finding
    for channel in CHANNELS:
        export_channel(post, channel)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["a", "ä", "ж", ".", "-", "_", "/", ":", "(", ")", "?", "com", "fi", "co", "xn--p1ai",
     "http://", "https://", " ", "@", "#", "!", "1"]), max_size=40).map("".join))
def test_url_scan_finds_what_the_full_pattern_search_finds(text: str) -> None:
    """The URL pattern is only tried where a domain can begin: the same matches as a
    search at every position."""
    patterns = urls._patterns()
    twitter = patterns["twitter"]
    assert [m.span() for m in urls._finditer(twitter, text, urls._twitter_starts(text), 1)] \
        == [m.span() for m in twitter.finditer(text)]
    domain = patterns["ascii_domain"]
    assert [m.span() for m in urls._finditer(domain, text, urls._ascii_domain_starts(text), 0)] \
        == [m.span() for m in domain.finditer(text)]


BACKTRACKING = [
    "a.", "ab.", "a.com.", "a.-", "ä", "a_", "http://", "http://a.fi/(", "http://a.fi/?(",
    "12.", "1.1.", "1 ", "1-", "#", "#a", "@", "@a", "a@b.", "((", "!", "😀", "\u0301",
    "klo 1", "131052", "salassa ", "- ", "\n", "www.",
    # the looks of names, credits, spoken forms and hearsay
    "Kuva: ", "Kuva: pixabay ", "m fl ", "ett ei ", "I heard ", "i ", "dp ", "A OY ", "B. ",
    "a",
    # foreign phrases, spoken "-oittaa" and "-lainen" forms, work addresses, wrappers, brackets
    "joie de vivre ", "soupe à l’oignon ", "spina bifida ", "alottaa ", "sellaset ",
    "a.b@firma.fi ", "https://t.co/a ", "[former Museum of Flight CEO] ",
    # labels and lists of names in capitals
    "ASSESSMENT AND PLAN: ", "DOUGLAS, ", "A: ",
]


@pytest.mark.parametrize("piece", BACKTRACKING)
def test_text_built_to_backtrack_is_checked_in_bounded_time(piece: str) -> None:
    """4,000 characters of one piece: seconds at most (quadratic scans took minutes)."""
    text = (piece * (4000 // len(piece) + 1))[:4000]
    post = _post(text)
    began = time.perf_counter()
    ENGINE.check(post)
    for channel in ("x", "bluesky", "mastodon"):
        export_channel(post, channel)
    assert time.perf_counter() - began < 30


def test_url_scan_of_dotted_text_is_linear() -> None:
    began = time.perf_counter()
    for piece in ("a.", "ab.", "a.-", "http://a."):
        urls.extract_urls(piece * 20000)
        urls.extract_mastodon_urls(piece * 20000)
    assert time.perf_counter() - began < 20  # minutes before


def test_many_listed_phrases_without_a_sentence_end_are_checked_in_bounded_time() -> None:
    """20,000 rumour markers in 480,000 characters with no full stop: each marker's
    sentence and the phrases reported before it are looked up, not scanned (two
    minutes before, a second and a half now)."""
    text = "kuulemma sanotaan, että " * 20000
    began = time.perf_counter()
    found = ENGINE.check(Post(organisation="kokkola", versions={"fi": text}),
                         families=["facts"])
    assert time.perf_counter() - began < 20
    assert len(found) == 40000


def test_a_run_of_letters_no_word_is_that_long_is_one_plain_finding() -> None:
    """100,000 letters in a row: one spelling warning on the whole run, no suggestions,
    the message showing its start (reading it for names and spoken forms took 14 s)."""
    text = "Kuva: " + "a" * 100_000
    began = time.perf_counter()
    findings = [f for f in ENGINE.check(Post(organisation="jakobstad", versions={"fi": text}))
                if f.family == "spelling"]
    assert time.perf_counter() - began < 30
    assert [(f.rule, f.end, f.suggestions) for f in findings] == [
        ("spelling.unknown", len(text), ())]
    assert "a" * 40 + "…" in findings[0].message and "a" * 41 not in findings[0].message
