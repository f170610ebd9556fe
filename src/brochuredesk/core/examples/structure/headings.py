"""The heading hierarchy of a document, recovered from its typography: the body text's style,
the lines that stand out from it (size, weight, colour, a label that opens them), joined when a
heading runs over two lines, with the statistics of each heading style across the document."""

from __future__ import annotations

import re
from collections import Counter

from brochuredesk.core.examples.structure.cues import CUE_START, REFERENCE_LINE
from brochuredesk.core.examples.structure.layout import Line, PageLayout
from brochuredesk.core.plain import datarecord, field

MAX_HEADING_CHARS = 160
EDGE_SHARE = 0.12  # running headers and footers stand in this share of the page's height


@datarecord
class Heading:
    page: int
    first: int  # index of its first line in the page's lines
    last: int  # index of its last line
    text: str
    style: tuple[float, bool, int]
    line: Line  # its first line
    centred: bool = False  # set in the middle of the page, away from the text's left edge

    @property
    def size(self) -> float:
        return self.style[0]


@datarecord
class Document:
    pages: list[PageLayout]
    body: tuple[float, bool, int]
    running: set[tuple[int, int]]  # (page, line index) of running headers, footers, numbers
    headings: list[Heading] = field(default_factory=list)
    reference_pages: set[int] = field(default_factory=set)  # contents, index, list of figures

    @property
    def body_size(self) -> float:
        return self.body[0] or 10.0

    def page(self, number: int) -> PageLayout:
        return self.pages[number - 1]

    def style_ranks(self) -> dict[tuple[float, bool, int], int]:
        """Heading style → its rank, 0 for the most prominent (largest, then bold)."""
        styles = sorted({h.style for h in self.headings}, key=lambda s: (-s[0], not s[1]))
        return {style: rank for rank, style in enumerate(styles)}


def read_document(pages: list[PageLayout]) -> Document:
    weight: Counter[tuple[float, bool, int]] = Counter()
    for page in pages:
        for line in page.lines:
            weight[line.style] += len(line.text)
    body = weight.most_common(1)[0][0] if weight else (10.0, False, 0)
    doc = Document(pages, body, running_lines(pages))
    doc.reference_pages = {p.number for p in pages if _is_reference_page(p)}
    doc.headings = _headings(doc)
    return doc


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


def running_lines(pages: list[PageLayout]) -> set[tuple[int, int]]:
    at_edges: dict[tuple[int, int], str] = {}
    seen: Counter[str] = Counter()
    for page in pages:
        shapes = set()
        for i, line in enumerate(page.lines):
            if page.height and EDGE_SHARE * page.height < line.y0 < (1 - EDGE_SHARE) * page.height:
                continue
            shape = _shape(line.text)
            at_edges[(page.number, i)] = shape
            shapes.add(shape)
        seen.update(shapes)
    least = max(3, 0.2 * len(pages))
    running = {key for key, shape in at_edges.items() if seen[shape] >= least}
    for key, shape in at_edges.items():
        if re.fullmatch(r"[#\s|/–-]*(?:seite|page|s\.)?[#\s|/–-]*", shape):
            running.add(key)  # a page number, alone or with its label
    return running


_REFERENCE_TITLE = re.compile(
    r"^(?:Inhalt|Inhaltsverzeichnis|Inhaltsübersicht|Contents|Table of contents|Index|Register"
    r"|Stichwortverzeichnis|Abbildungsverzeichnis|Tabellenverzeichnis|List of (?:figures|tables)"
    r"|Literatur(?:verzeichnis)?|Quellen(?:verzeichnis)?|References|Bibliography|Endnotes?)$",
    re.IGNORECASE,
)


def _is_reference_page(page: PageLayout) -> bool:
    """A page that only points to others: titled 'Inhalt', 'Index', 'References' …, or many
    of its lines end in a page number (or are one)."""
    if any(_REFERENCE_TITLE.match(ln.text.strip(" :")) for ln in page.lines[:8]):
        return True
    texts = [ln.text for ln in page.lines if ln.text.strip()]
    if len(texts) < 5:
        return False
    pointing = sum(
        (bool(REFERENCE_LINE.search(t)) and not t.endswith(".")) or t.strip().isdigit()
        for t in texts
    )
    return pointing >= 5 and pointing >= 0.3 * len(texts)


def stands_out(line: Line, body: tuple[float, bool, int]) -> bool:
    """A line set apart from the body text: larger, bold where the body is not, in another
    colour at body size or more, or opened by an example's label."""
    if len(line.text) > MAX_HEADING_CHARS or not re.search(r"[^\W\d_]{2}", line.text):
        return False
    size, bold, colour = body
    if line.size >= size * 1.12:
        return True
    if line.size >= size * 0.9 and ((line.bold and not bold) or line.colour != colour):
        return len(line.text.split()) <= 20
    return bool(CUE_START.match(line.text)) and len(line.text.split()) <= 20


CENTRE_SLACK = 0.02  # of the page's width: how far a centred line's middle may stray
INDENT_SHARE = 0.02  # of the page's width: how far right of the text's left edge it starts


def _text_left(page: PageLayout) -> float:
    """Where the page's text starts (a tenth of its lines start further left: margin notes)."""
    return sorted(ln.x0 for ln in page.lines)[len(page.lines) // 10] if page.lines else 0.0


def _centred(line: Line, page: PageLayout, left: float) -> bool:
    """The line stands in the middle of the page and starts well right of where the page's
    text starts (`left`): a box's or a profile's centred title, not a left-aligned section
    heading."""
    if page.width <= 0:
        return False
    middle = (line.x0 + line.x1) / 2
    return (
        abs(middle - page.width / 2) <= CENTRE_SLACK * page.width
        and line.x0 - left >= INDENT_SHARE * page.width
    )


def _headings(doc: Document) -> list[Heading]:
    found: list[Heading] = []
    for page in doc.pages:
        current: Heading | None = None
        left = _text_left(page)  # once a page, not once a line
        for i, line in enumerate(page.lines):
            if (page.number, i) in doc.running or not stands_out(line, doc.body):
                current = None
                continue
            if (
                current is not None
                and current.last == i - 1
                and line.style == current.style
                and line.y0 - page.lines[i - 1].y1 < 1.2 * line.size
                and (
                    abs(line.x0 - current.line.x0) < 4 * line.size
                    or (current.centred and _centred(line, page, left))
                )
                and len(current.text) + len(line.text) <= MAX_HEADING_CHARS
                and not CUE_START.match(line.text)
            ):
                current.text = f"{current.text} {line.text}"
                current.last = i
                continue
            current = Heading(page.number, i, i, line.text, line.style, line)
            current.centred = _centred(line, page, left)
            found.append(current)
    for heading in found:
        heading.text = re.sub(r"(\w)- (\w)", r"\1\2", heading.text).strip()
    return found
