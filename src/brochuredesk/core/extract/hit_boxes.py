"""Where a search hit stands on a page, from the glyph boxes MuPDF reports for the matched
characters themselves.

MuPDF's own `search_for` places the box several letters beside the word on some lines (a
justified line after a bold run in the CDU/CSU programme of 2025: "Fachk[raft und]"), while
the characters of the same line carry their true boxes. So each line's characters are read
with their boxes, a term is found in the line's text (case and ligatures aside) and the box
is the union of the boxes of exactly the characters it matched. Runs in a worker process
(render.py): MuPDF is never called in the app's own process.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

Box = tuple[float, float, float, float]


def _line_chars(line: dict[str, Any]) -> tuple[str, list[Box]]:
    """The line's text, folded for matching, with the box of the glyph each folded character
    came from (a ligature 'ﬁ' gives 'fi', both letters with its box)."""
    text: list[str] = []
    boxes: list[Box] = []
    for span in line.get("spans", []):
        for char in span.get("chars", []):
            folded = unicodedata.normalize("NFKC", char.get("c", "")).lower()
            for letter in folded:
                text.append(letter)
                boxes.append(tuple(char["bbox"]))
    return "".join(text), boxes


def _block_chars(block: dict[str, Any]) -> tuple[str, list[tuple[int, Box] | None]]:
    """The block's lines as one text: a line ending in a hyphen joins the next without it
    ('Fach-' + 'kräfte'), other lines with a space; each character with (line, glyph box),
    a joining space with none."""
    text = ""
    owners: list[tuple[int, Box] | None] = []
    for number, line in enumerate(block.get("lines", [])):
        chars, boxes = _line_chars(line)
        if text:
            if text.endswith("-") and chars[:1].isalpha():
                text, owners = text[:-1], owners[:-1]
            else:
                text, owners = text + " ", [*owners, None]
        text += chars
        owners.extend((number, box) for box in boxes)
    return text, owners


def hit_boxes(page: Any, terms: Iterable[str], flags: int) -> list[Box]:
    """Each occurrence of each term on the page (inside words too, as the index matched it)
    as the box around its characters, one box per line it stands on, in the unrotated
    page's coordinates."""
    wanted = [unicodedata.normalize("NFKC", t).lower() for t in terms if t.strip()]
    if not wanted:
        return []
    found: list[Box] = []
    for block in page.get_text("rawdict", flags=flags)["blocks"]:
        text, owners = _block_chars(block)
        for term in wanted:
            start = text.find(term)
            while start >= 0:
                by_line: dict[int, list[Box]] = {}
                for owner in owners[start : start + len(term)]:
                    if owner is not None and owner[1][2] > owner[1][0]:
                        by_line.setdefault(owner[0], []).append(owner[1])
                for boxes in by_line.values():
                    found.append(
                        (
                            min(b[0] for b in boxes), min(b[1] for b in boxes),
                            max(b[2] for b in boxes), max(b[3] for b in boxes),
                        )
                    )  # fmt: skip
                start = text.find(term, start + max(1, len(term)))
    return _outermost(found)


def _outermost(boxes: list[Box]) -> list[Box]:
    """Without boxes inside another: 'Fachkräfte' and 'Fachkräft' found at one place are one
    hit (F3 would stop there twice)."""
    kept: list[Box] = []
    for box in sorted(set(boxes), key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True):
        if not any(
            k[0] - 0.5 <= box[0] and k[1] - 0.5 <= box[1] and box[2] <= k[2] + 0.5
            and box[3] <= k[3] + 0.5 for k in kept
        ):  # fmt: skip
            kept.append(box)
    return kept
