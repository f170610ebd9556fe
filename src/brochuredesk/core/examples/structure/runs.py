"""Runs of sibling headings: the headings of one look (size, weight, colour family and the kind
of label that opens them) across a document, with what their members share.

Publishers mark a series of examples by giving each the same heading and a unit of its own
below it; what makes such a run one of examples is seen across its members, relative to the
document's other runs: most of them name someone (an organisation, a place, a web address), few
are the document's own structural headings (foreword, imprint, contents), their numbers run in
sequence, their units are alike in length, a contents page lists them under a chapter that
names examples. Every statistic here is a number a fitted weight turns into evidence.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import defaultdict
from collections.abc import Callable

from brochuredesk.core.examples.facts import facts_field
from brochuredesk.core.examples.structure.cues import (
    CHAPTER_CUE,
    CUE_START,
    NUMBERING,
    STRUCTURAL,
    label_of,
    strip_label,
)
from brochuredesk.core.examples.structure.headings import Document, Heading
from brochuredesk.core.plain import datarecord

# size, bold, colour family, label kind, typeface, centred, boxed
RunKey = tuple[float, bool, int, str, str, bool, bool]

# A label that names a container, not an example: "Box 2:", "Figure 3 –", "Tabelle 1".
CONTAINER = re.compile(
    r"^(?:Box|Kasten|Figure|Fig\.|Abbildung|Abb\.|Table|Tabelle|Tab\.|Chart|Grafik|Infobox"
    r"|Info|Exhibit|Map|Karte)\s*\d*\s*[:.\-–]?\s",
    re.IGNORECASE,
)


def coarse_colour(colour: int) -> int:
    """Colours that differ by a shade (white and near-white) count as one."""
    r, g, b = (colour >> 16) & 255, (colour >> 8) & 255, colour & 255
    return (r // 40) << 16 | (g // 40) << 8 | b // 40


def label_kind(text: str) -> str:
    if CONTAINER.match(text):
        return "container"
    word, numbered = label_of(text)
    if word:
        return "cue-numbered" if numbered else "cue"
    return ""


def run_key(heading: Heading, boxed: bool) -> RunKey:
    """Headings of one size, weight, colour family and typeface, opened by the same kind of
    label, all centred or all not, and either all inside a box or all outside one (a case
    box's centred title is not a chapter's left-aligned subheading of the same size)."""
    size, bold, colour = heading.style
    return (
        size, bold, coarse_colour(colour), label_kind(heading.text), heading.line.font,
        heading.centred, boxed,
    )  # fmt: skip


MIN_SPLIT = 3  # members each side needs before boxed and unboxed headings are two runs


def box_keys(
    headings: list[Heading], in_box: Callable[[Heading], bool], reference_pages: set[int]
) -> dict[int, bool]:
    """id(heading) → the box flag of its run key. Headings of one look split into a boxed and
    an unboxed run only when both sides are runs of their own (Nesta's case boxes beside its
    chapter headings), not counting the document's own parts and contents pages; a stray
    heading whose band the box test missed stays with its run."""
    flags = {id(h): in_box(h) for h in headings}
    sides: dict[tuple[float, bool, int, str, str, bool], list[int]] = defaultdict(lambda: [0, 0])
    for h in headings:
        if h.page not in reference_pages and not is_structural(h.text):
            sides[run_key(h, False)[:-1]][flags[id(h)]] += 1
    return {
        id(h): flags[id(h)] and min(sides[run_key(h, False)[:-1]]) >= MIN_SPLIT for h in headings
    }


# The caption of a graphic or a table, or a line naming where something came from: never an
# example's title, whatever its typography (a list of figures is not a list of examples).
CAPTION = re.compile(
    r"^(?:Figure|Fig\.|Abbildung|Abb\.|Table|Tabelle|Tab\.|Chart|Grafik|Diagramm|Map|Karte"
    r"|Source|Sources|Quelle|Quellen|Photo|Foto|Bild|Credits?)\b\s*[\dIVX]*[a-z]?\s*[:.\-–—·|]",
    re.IGNORECASE,
)
# Words a title does not end on: a heading cut off mid-sentence ends on one.
_OPEN_END = re.compile(
    r"\b(?:ein|eine|einer|einen|der|die|das|den|dem|des|und|oder|als|mit|für|von|zu|in|im|an"
    r"|auf|the|a|an|of|and|or|to|for|with|in|on|at|by)$",
    re.IGNORECASE,
)


def is_fragment(text: str) -> bool:
    """A line that continues something ('… spricht viele Menschen', 'and then', a heading
    cut off after 'als ein'), a field's label ('Standort:', its value beside or below it) or
    a caption ('Figure 3:', 'Quelle:'), not a title."""
    stripped = text.strip()
    first = stripped[:1]
    if stripped.endswith(":") and len(stripped.split()) <= 3:
        return True
    if facts_field(stripped):
        return True  # 'Projektträger: Agrisense GmbH' in bold in a facts box: a field
    if CAPTION.match(stripped) or _OPEN_END.search(stripped):
        return True
    match = CUE_START.match(stripped)
    if match is not None and len(stripped[match.end() :].strip(" :|-–")) < 3:
        return True  # 'Steckbrief', 'Example 7' alone: the kicker over a title, not one
    return not first or first.islower() or not (first.isalnum() or first in "„“\"'«")


def _number(text: str) -> float | None:
    match = CUE_START.match(text) or CONTAINER.match(text)
    source = text[: match.end()] if match else text[:12]
    numbers = re.findall(r"\d+", source)
    if numbers:
        return float(numbers[0])
    numbered = NUMBERING.match(text)
    if numbered:
        parts = re.findall(r"\d+", numbered.group(0))
        return float(parts[-1]) if parts else None
    return None


@datarecord
class RunStats:
    count: int
    pages: int
    page_share: float  # pages with a member / the document's pages
    one_per_page: float
    named: float  # members whose first lines name an organisation, a place or a web address
    structural: float  # members that are the document's own parts (foreword, imprint …)
    sequence: float  # consecutive members whose numbers go up by one
    distinct: float  # distinct texts / members
    top: float  # members that open their page
    boxed: float  # members inside a box
    length_spread: float  # coefficient of variation of the members' unit lengths
    toc_cue: float  # members a contents page lists under a chapter that names examples
    best_named: float  # 1 for the run with the highest `named` of those with 3 members or more
    rank: float  # the run's size rank among runs of 2 members or more, 0 the largest, 1 smallest


def is_structural(text: str) -> bool:
    return bool(STRUCTURAL.match(text.strip(" :.|")))


def run_stats(
    doc: Document,
    keys: dict[int, bool],
    names_someone: Callable[[Heading], bool],
    unit_chars: dict[int, int],
    in_box: Callable[[Heading], bool],
) -> dict[RunKey, RunStats]:
    """The statistics of each run of `doc`; `keys` (box_keys()) holds its members' box flags."""
    by_run: dict[RunKey, list[Heading]] = defaultdict(list)
    for heading in doc.headings:
        if id(heading) in keys:
            by_run[run_key(heading, keys[id(heading)])].append(heading)
    toc = _toc_scopes(doc)
    stats: dict[RunKey, RunStats] = {}
    for key, members in by_run.items():
        counted = [h for h in members if h.page not in doc.reference_pages] or members
        pages = {h.page for h in counted}
        per_page: dict[int, int] = defaultdict(int)
        for h in counted:
            per_page[h.page] += 1
        sample = counted[:60]
        numbers = [_number(h.text) for h in counted]
        steps = [b == a + 1 for a, b in itertools.pairwise(numbers) if a is not None]
        lengths = [unit_chars.get(id(h), 0) for h in counted]
        spread = (
            statistics.pstdev(lengths) / max(1.0, statistics.mean(lengths))
            if len(lengths) >= 2
            else 1.0
        )
        first_lines = [_first_content(doc, h) for h in counted]
        stats[key] = RunStats(
            count=len(counted),
            pages=len(pages),
            page_share=len(pages) / max(1, len(doc.pages)),
            one_per_page=sum(n == 1 for n in per_page.values()) / max(1, len(per_page)),
            named=sum(names_someone(h) for h in sample) / len(sample),
            structural=sum(is_structural(h.text) for h in counted) / len(counted),
            sequence=sum(steps) / len(steps) if steps else 0.0,
            distinct=len({h.text.casefold() for h in counted}) / len(counted),
            top=sum(first for first in first_lines) / len(counted),
            boxed=sum(in_box(h) for h in sample) / len(sample),
            length_spread=min(spread, 3.0),
            toc_cue=sum(_listed(h.text, toc) for h in counted) / len(counted),
            best_named=0.0,
            rank=0.0,
        )
    several = sorted((k for k, s in stats.items() if s.count >= 3), key=lambda k: -stats[k].named)
    if several and stats[several[0]].named > 0:
        top = stats[several[0]].named
        for key in several:
            if stats[key].named >= top:
                stats[key].best_named = 1.0
    sized = sorted((k for k, s in stats.items() if s.count >= 2), key=lambda k: -k[0])
    for position, key in enumerate(sized):
        stats[key].rank = position / max(1, len(sized) - 1)
    return stats


def _first_content(doc: Document, heading: Heading) -> bool:
    page = doc.page(heading.page)
    for i, _line in enumerate(page.lines):
        if (page.number, i) in doc.running:
            continue
        return i == heading.first
    return False


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", text.casefold()).split())[:50]


def _toc_scopes(doc: Document) -> set[str]:
    """Folded entries of the printed contents that stand under (or are) an entry naming
    examples: 'Einblicke in die Praxis' and the city profiles indented below it, up to the
    next entry at the cue's own indent or further left."""
    scoped: set[str] = set()
    for number in sorted(doc.reference_pages):
        cue_x: float | None = None
        for line in doc.page(number).lines:
            text = re.sub(r"(?:\.{2,}|…)?\s*\d{1,3}$", "", line.text).strip()
            cue = CHAPTER_CUE.search(text)
            if label_of(text)[0]:  # "Unternehmensprofil: payactive", an entry of a series
                scoped.add(_fold(strip_label(text)))
            if cue:
                cue_x = line.x0
                rest = CHAPTER_CUE.sub("", text, count=1).strip(" :–-")
                scoped.update(_fold(part) for part in (text, rest) if part)
            elif cue_x is not None and line.x0 > cue_x + 4:
                scoped.add(_fold(text))
            else:
                cue_x = None
    return scoped


def _listed(text: str, entries: set[str]) -> bool:
    folded = _fold(text)
    return len(folded) >= 4 and any(folded in entry for entry in entries)
