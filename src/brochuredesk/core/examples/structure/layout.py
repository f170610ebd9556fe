"""The typography of a PDF's pages, as plain data: each line's text with its size, weight,
colour and position, and the shaded or framed boxes drawn on the page.

Read with PyMuPDF inside a worker process (reading.py); everything after that works on these
records alone, so a suggestion run never opens a PDF in the caller's process.
"""

from __future__ import annotations

import re
from typing import Any

from brochuredesk.core.plain import datarecord, field
from brochuredesk.core.text.clean import clean_page_text

MAX_LINES = 1500  # per page: a data table of 10 000 cells says nothing about headings
MAX_PATHS = 3000  # vector paths looked at per page for boxes (maps and charts have more)
MIN_BOX_SHARE = 0.015  # a box covers at least this share of the page
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi", "extrabold")


@datarecord
class Line:
    text: str
    size: float  # the size of most of its letters, in points
    bold: bool
    colour: int  # 0xRRGGBB of most of its letters
    x0: float
    y0: float
    x1: float
    y1: float
    lead: str = ""  # a bold or larger run that opens the line ("Example 7:"), when it differs
    font: str = ""  # the family of most of its letters ("trajanpro" of "ABCDEF+TrajanPro-Bold")

    @property
    def style(self) -> tuple[float, bool, int]:
        return (round(self.size * 2) / 2, self.bold, self.colour)


@datarecord
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # filled/framed

    def to_record(self) -> list[Any]:
        return [
            self.number, round(self.width, 1), round(self.height, 1),
            [[ln.text, ln.size, int(ln.bold), ln.colour, round(ln.x0, 1), round(ln.y0, 1),
              round(ln.x1, 1), round(ln.y1, 1), ln.lead, ln.font] for ln in self.lines],
            [[round(v, 1) for v in box] for box in self.boxes],
        ]  # fmt: skip

    @classmethod
    def from_record(cls, record: list[Any]) -> PageLayout:
        number, width, height, lines, boxes = record
        return cls(
            int(number), float(width), float(height),
            [Line(str(t), float(s), bool(b), int(c), x0, y0, x1, y1, str(lead), str(font))
             for t, s, b, c, x0, y0, x1, y1, lead, font in lines],
            [(a, b, c, d) for a, b, c, d in boxes],
        )  # fmt: skip


def read_layout(doc: Any, flags: int) -> list[PageLayout]:
    """Every page's lines and boxes (PyMuPDF `doc`, text `flags` as the index reads them)."""
    pages = []
    for number in range(doc.page_count):
        try:
            page = doc[number]
            layout = PageLayout(number + 1, page.rect.width, page.rect.height)
            layout.lines = _lines(page, flags)
            layout.boxes = _boxes(page)
        except Exception:  # a damaged page is an empty one; the others still count
            layout = PageLayout(number + 1, 0.0, 0.0)
        pages.append(layout)
    return pages


def _is_bold(span: dict[str, Any]) -> bool:
    font = str(span.get("font", "")).casefold()
    return bool(span.get("flags", 0) & 16) or any(name in font for name in _BOLD_NAMES)


def font_family(name: str) -> str:
    """'ABCDEF+TrajanPro-Bold' → 'trajanpro': the subset tag and the weight or style left out,
    so a heading face is told from the body's whatever weight either has."""
    name = name.split("+", 1)[-1]
    name = re.split(r"[-,]", name, maxsplit=1)[0]
    name = re.sub(r"(?i)(?:MT|PS|Std|Pro)?(?:Bold|Black|Heavy|Semibold|Demi|Medium|Light|Italic"
                  r"|Oblique|Regular|Roman)+$", "", name)  # fmt: skip
    return re.sub(r"(?:PS|MT)+$", "", name).casefold()


def _lines(page: Any, flags: int) -> list[Line]:
    found: list[Line] = []
    for block in page.get_text("dict", flags=flags)["blocks"]:
        for line in block.get("lines", []):
            if abs(line.get("dir", (1, 0))[1]) > 0.2:
                continue  # vertical text: a margin label, never a heading
            spans = [s for s in line["spans"] if s["text"].strip()]
            if not spans:
                continue
            parts: list[str] = []
            last_x1: float | None = None
            for span in spans:
                if last_x1 is not None and span["bbox"][0] - last_x1 > 0.15 * span["size"]:
                    parts.append(" ")
                parts.append(span["text"])
                last_x1 = span["bbox"][2]
            text = " ".join(clean_page_text("".join(parts)).split())
            if not text:
                continue
            weight: dict[tuple[float, bool, int], int] = {}
            faces: dict[str, int] = {}
            for span in spans:
                key = (round(span["size"], 1), _is_bold(span), int(span.get("color", 0)))
                weight[key] = weight.get(key, 0) + len(span["text"].strip())
                face = font_family(str(span.get("font", "")))
                faces[face] = faces.get(face, 0) + len(span["text"].strip())
            size, bold, colour = max(weight, key=lambda k: weight[k])
            font = max(faces, key=lambda k: faces[k])
            lead = ""
            first = spans[0]
            first_style = (round(first["size"], 1), _is_bold(first), int(first.get("color", 0)))
            if first_style != (size, bold, colour) and len(spans) > 1:
                lead = " ".join(first["text"].split())
            x0, y0, x1, y1 = line["bbox"]
            found.append(Line(text, size, bold, colour, x0, y0, x1, y1, lead, font))
            if len(found) >= MAX_LINES:
                return found
    return found


def _boxes(page: Any) -> list[tuple[float, float, float, float]]:
    """Rectangles filled with a colour other than white, or framed, that cover a part of the
    page (a case-study box, a grey sidebar); the page's own background is left out."""
    area = page.rect.width * page.rect.height
    if area <= 0:
        return []
    boxes: list[tuple[float, float, float, float]] = []
    paths = page.get_drawings()[:MAX_PATHS]
    for path in paths:
        rect = path.get("rect")
        if rect is None:
            continue
        share = rect.width * rect.height / area
        if share < MIN_BOX_SHARE or share > 0.9:
            continue
        fill = path.get("fill")
        framed = path.get("color") is not None and path.get("type") in ("s", "fs")
        white = fill is not None and min(fill) > 0.97
        if (fill is not None and not white) or (framed and len(path.get("items", ())) <= 5):
            boxes.append((rect.x0, rect.y0, rect.x1, rect.y1))
    frames = _line_frames(paths, area)
    return boxes + [f for f in frames if f not in boxes]


MAX_RULES = 200  # horizontal rules looked at per page for frames drawn line by line
SNAP = 3.0  # points two line ends may differ by and still meet


def _line_frames(paths: list[Any], area: float) -> list[tuple[float, float, float, float]]:
    """Frames drawn as separate strokes — a rule at the top and at the bottom of one width,
    and upright strokes down both sides that cover the height between them (a case box whose
    sides are drawn in pieces, one per paragraph)."""
    across: list[tuple[float, float, float]] = []  # y, x0, x1
    upright: list[tuple[float, float, float]] = []  # x, y0, y1
    for path in paths:
        if path.get("color") is None:
            continue
        for item in path.get("items", ()):
            if item[0] != "l":
                continue
            a, b = item[1], item[2]
            if abs(a.y - b.y) < 1 and abs(a.x - b.x) > 20:
                across.append((a.y, min(a.x, b.x), max(a.x, b.x)))
            elif abs(a.x - b.x) < 1 and abs(a.y - b.y) > 2:
                upright.append((a.x, min(a.y, b.y), max(a.y, b.y)))
    if not across or not upright or len(across) > MAX_RULES:
        return []
    across.sort()
    frames = []
    used: set[int] = set()
    for i, (top, x0, x1) in enumerate(across):
        if i in used:
            continue
        for j in range(i + 1, len(across)):
            bottom, bx0, bx1 = across[j]
            if bottom - top < 20 or abs(bx0 - x0) > SNAP or abs(bx1 - x1) > SNAP:
                continue
            if _covered(upright, x0, top, bottom) and _covered(upright, x1, top, bottom):
                share = (x1 - x0) * (bottom - top) / area
                if MIN_BOX_SHARE <= share <= 0.9:
                    frames.append((x0, top, x1, bottom))
                used.add(j)
                break
    return frames


def _covered(
    upright: list[tuple[float, float, float]], x: float, top: float, bottom: float
) -> bool:
    """Strokes at `x` cover at least nine tenths of the height from `top` to `bottom`."""
    spans = sorted(
        (max(y0, top), min(y1, bottom))
        for ux, y0, y1 in upright
        if abs(ux - x) <= SNAP and y1 > top and y0 < bottom
    )
    covered, reach = 0.0, top
    for y0, y1 in spans:
        if y1 > reach:
            covered += y1 - max(y0, reach)
            reach = y1
    return covered >= 0.9 * (bottom - top)
