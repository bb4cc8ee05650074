"""The guideline text as a formatted document: headings as headings, "- " lines as
bulleted lists, paragraphs joined from their wrapped lines, ``**emphasis**`` in bold.

A heading is a line the profile cites as a section, or a one-line paragraph of a few
words without closing punctuation (the documents have no markup for headings). The
document's plain text keeps every word of the guideline in order, so a quote is found in
it the same way as in the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

_BULLET = re.compile(r"^\s*(?:[-•*]\s+|\d+[.)]\s+)")
_EMPHASIS = re.compile(r"\*{1,3}")
#: Longest line taken as a heading, in characters.
HEADING_LENGTH = 80


@dataclass(frozen=True)
class Block:
    """One paragraph, heading or list item of the guideline."""

    kind: str  # "heading", "item" or "paragraph"
    text: str
    bold: bool = False


def _heading_key(line: str) -> str:
    return _EMPHASIS.sub("", line).strip().rstrip(":").casefold()


def _looks_like_heading(line: str) -> bool:
    plain = _EMPHASIS.sub("", line).strip()
    return (
        0 < len(plain) <= HEADING_LENGTH
        and len(plain.split()) >= 2
        and plain[0].isupper()
        and plain[-1] not in ".,;!?-–"
        and not plain.startswith(("@", "#", "http"))
    )


def _block(kind: str, lines: list[str]) -> Block:
    joined = " ".join(lines)
    bold = joined.startswith("**") and joined.rstrip().endswith("**")
    return Block(kind, _EMPHASIS.sub("", joined).strip(), bold)


def _paragraph_blocks(lines: list[str], known: set[str]) -> list[Block]:
    """A paragraph of several lines: list items, cited headings and running text."""
    blocks: list[Block] = []
    pending: list[str] = []
    kind = "paragraph"
    for line in lines:
        bullet = _BULLET.match(line)
        ends_item = (kind == "item" and pending
                     and pending[-1].rstrip().endswith((".", "!", "?")))
        if (bullet or _heading_key(line) in known or ends_item) and pending:
            blocks.append(_block(kind, pending))
            pending = []
        if bullet:
            kind = "item"
            pending.append(line[bullet.end():])
        elif _heading_key(line) in known:
            blocks.append(Block("heading", _EMPHASIS.sub("", line).strip()))
            kind = "paragraph"
        else:
            if ends_item:
                kind = "paragraph"
            pending.append(line)
    if pending:
        blocks.append(_block(kind, pending))
    return blocks


def parse(text: str, sections: Iterable[str] = ()) -> list[Block]:
    """Split the guideline ``text`` into blocks; ``sections`` are known headings."""
    known = {_heading_key(section) for section in sections}
    blocks: list[Block] = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if len(lines) == 1 and (_heading_key(lines[0]) in known
                                or _looks_like_heading(lines[0])):
            blocks.append(Block("heading", _EMPHASIS.sub("", lines[0]).strip()))
        elif lines:
            blocks.extend(_paragraph_blocks(lines, known))
    return blocks


def build_document(document: QTextDocument, blocks: list[Block], base: QFont) -> None:
    """Fill ``document`` with ``blocks``: headings larger and bold, items bulleted."""
    document.clear()
    document.setDefaultFont(base)
    cursor = QTextCursor(document)
    plain = QTextCharFormat()
    strong = QTextCharFormat()
    strong.setFontWeight(QFont.Weight.Bold)
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setFontPointSize(max(base.pointSizeF(), 9.0) * 1.25)
    current_list = None
    for index, block in enumerate(blocks):
        fmt = QTextBlockFormat()
        if block.kind == "heading":
            fmt.setHeadingLevel(2)
            fmt.setTopMargin(14 if index else 0)
            fmt.setBottomMargin(6)
        else:
            fmt.setBottomMargin(6)
        if index:
            cursor.insertBlock(fmt, plain)
        else:
            cursor.setBlockFormat(fmt)
        if block.kind == "item":
            if current_list is None:
                current_list = cursor.createList(_disc_list())
            else:
                current_list.add(cursor.block())
        else:
            current_list = None
        char = heading if block.kind == "heading" else strong if block.bold else plain
        cursor.insertText(block.text, char)


def _disc_list() -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setStyle(QTextListFormat.Style.ListDisc)
    fmt.setIndent(1)
    return fmt
