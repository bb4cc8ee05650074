"""Reads the labelled word sets in tests/spelling/data."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def correct_words(language: str) -> list[str]:
    return _lines(f"{language}-correct.txt")


def misspellings(language: str) -> list[tuple[str, str]]:
    """(misspelt word, intended word) pairs."""
    return [tuple(line.split("\t")[:2]) for line in _lines(f"{language}-misspelt.tsv")]  # type: ignore[misc]
