"""Good-practice candidates from a document's structure: every heading opens a unit, every
unit gets a confidence from its features and the fitted weights (fitted.py), and the units
above the fitted threshold are the candidates."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from brochuredesk.core.examples.facts import is_organisation_line
from brochuredesk.core.examples.structure import fitted
from brochuredesk.core.examples.structure.cues import CUE, STRUCTURAL, strip_label
from brochuredesk.core.examples.structure.entries import listed_examples
from brochuredesk.core.examples.structure.features import NAMES, Context, features
from brochuredesk.core.examples.structure.headings import read_document, running_lines
from brochuredesk.core.examples.structure.layout import Line, PageLayout
from brochuredesk.core.examples.structure.model import Model
from brochuredesk.core.examples.structure.runs import RunKey, is_fragment, run_key
from brochuredesk.core.examples.structure.units import MAX_SPAN, Unit, units
from brochuredesk.core.plain import datarecord, field

MAX_RUNS = 2  # runs of examples offered per document (case boxes and profiles, say)
SHEET_PAGES = 2  # a document this short, labelled as one example, is one (a factsheet)
SHEET_TOP = 8  # the lines at the top of its first page where the series label stands
MAX_EXAMPLE_PAGES = 4  # a candidate's pages as offered (a longer unit is cut here)


@datarecord
class Found:
    first_page: int
    last_page: int
    title: str
    heading: str  # as printed, label and numbering included
    lines: list[str]
    confidence: float
    siblings: list[int] = field(default_factory=list)  # pages of the headings of its run
    run_size: int = 1  # how many headings its run has
    chapter: str = ""


def scored_units(
    pages: Sequence[PageLayout], title: str = "", text_rule: Sequence[tuple[int, str]] = ()
) -> list[tuple[Unit, list[float]]]:
    """Each unit of the document with its feature vector (in features.NAMES order)."""
    doc = read_document(list(pages))
    unit_list = units(doc)
    ctx = Context(doc, title, text_rule, unit_list)
    return [(unit, features(unit, ctx)) for unit in unit_list]


# What a run of sibling headings is scored by: the means of its members' features (in
# features.NAMES order, the bias first) and the run's own statistics, which are the same for
# every member. Names of the run model's inputs, in order.
MEMBER_MEANS = tuple(
    n for n in NAMES if n not in ("bias", "box_key") and not n.startswith(("run_", "style_"))
)
RUN_NAMES = ("bias", *MEMBER_MEANS, *(n for n in NAMES if n.startswith(("run_", "style_"))))
_INDEX = {name: i for i, name in enumerate(NAMES)}


@datarecord
class Run:
    """Sibling headings of one look across a document, and the units they open."""

    key: RunKey
    members: list[tuple[Unit, list[float]]]  # counted members: not on contents pages
    vector: list[float]


def runs_of(units_scored: Sequence[tuple[Unit, list[float]]]) -> list[Run]:
    """The document's runs with their feature vectors (RUN_NAMES order). Members on pages that
    only point elsewhere (contents, index) are left out; a run only there is no run."""
    grouped: dict[RunKey, list[tuple[Unit, list[float]]]] = {}
    for unit, vector in units_scored:
        if vector[_INDEX["reference_page"]] or vector[_INDEX["structural"]]:
            continue
        if is_fragment(unit.heading.text):
            continue
        boxed = bool(vector[_INDEX["box_key"]])
        grouped.setdefault(run_key(unit.heading, boxed), []).append((unit, vector))
    found = []
    for key, members in grouped.items():
        first = members[0][1]
        vector = [1.0]
        for name in MEMBER_MEANS:
            i = _INDEX[name]
            vector.append(sum(v[i] for _, v in members) / len(members))
        vector.extend(first[_INDEX[n]] for n in RUN_NAMES[1 + len(MEMBER_MEANS) :])
        found.append(Run(key, members, vector))
    return found


def confidence(vector: Sequence[float], model: Model | None = None) -> float:
    model = model or fitted.MODEL
    z = model.intercept
    for tree in model.trees:
        while isinstance(tree, tuple):
            index, threshold, left, right = tree
            tree = left if vector[index] < threshold else right
        z += tree
    for name, value in zip(RUN_NAMES, vector, strict=True):
        mean, scale = model.scaling.get(name, (0.0, 1.0))
        z += model.weights.get(name, 0.0) * (value - mean) / scale
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _extents(
    run: Run,
    units_scored: Sequence[tuple[Unit, list[float]]],
    pages: Sequence[PageLayout],
    running: set[tuple[int, int]],
) -> list[tuple[Unit, int, int, list[str], list[tuple[int, Line]]]]:
    """Each member of a run with its pages and the lines its facts are read from: from its
    heading to the next member of the run or the next more prominent heading, whichever comes
    first (a profile's subtitle, in the same size, does not end them)."""
    order = sorted(((u.heading.page, u.heading.first), u.heading.size) for u, _ in units_scored)
    members = sorted(run.members, key=lambda m: (m[0].heading.page, m[0].heading.first))
    found = []
    for n, (unit, _vector) in enumerate(members):
        heading = unit.heading
        start = (heading.page, heading.last + 1)
        stop = (len(pages) + 1, 0)
        if n + 1 < len(members):
            stop = (members[n + 1][0].heading.page, members[n + 1][0].heading.first)
        stronger = next(
            (at for at, size in order if at > start and size > heading.size + 0.25), stop
        )
        stop = min(stop, stronger, (heading.page + MAX_EXAMPLE_PAGES, 0))
        placed: list[tuple[int, Line]] = []
        for number in range(heading.page, min(stop[0], len(pages)) + 1):
            page_lines = pages[number - 1].lines
            begin = start[1] if number == heading.page else 0
            end = stop[1] if number == stop[0] else len(page_lines)
            placed.extend(
                (number, line)
                for i, line in enumerate(page_lines[begin:end], start=begin)
                if (number, i) not in running
            )
        lines = [line.text for _, line in placed]
        above = _kicker(pages[heading.page - 1], heading.first, heading.page, running)
        if above is not None and is_organisation_line(above):
            lines.insert(0, above)  # 'Nordic Maritime Cluster AB' over its project's name
        # the pages: where the unit ends (the next heading at least as prominent), which
        # fits the truth better than the next sibling; the lines: up to the next sibling
        last = unit.last_page
        ender = unit.ended_by
        if ender is not None and ender.page == last > unit.first_page:
            if _kicker(pages[last - 1], ender.first, last, running, alone=True) is not None:
                last -= 1  # all it has on that page is the next one's line over its heading
        last = min(last, unit.first_page + MAX_EXAMPLE_PAGES - 1)
        if unit.ran_on:
            last = min(last, unit.first_page + MAX_SPAN - 1)
        found.append((unit, heading.page, last, lines, placed))
    return found


def _kicker(
    page: PageLayout, first: int, number: int, running: set[tuple[int, int]], alone: bool = False
) -> str | None:
    """The line right over a heading (its organisation or kicker), when there is one; with
    `alone`, only when it is the page's only text above the heading."""
    above = [i for i in range(first) if (number, i) not in running]
    if not above or (alone and len(above) > 1):
        return None
    return page.lines[above[-1]].text


def find(
    pages: Sequence[PageLayout],
    title: str = "",
    text_rule: Sequence[tuple[int, str]] = (),
    model: Model | None = None,
    units_scored: Sequence[tuple[Unit, list[float]]] | None = None,
) -> list[Found]:
    """The members of the runs confident enough to offer, in page order (`units_scored`:
    scored_units() of these pages, when the caller has them already)."""
    model = model or fitted.MODEL
    if units_scored is None:
        units_scored = scored_units(pages, title, text_rule)
    kept: list[Found] = []
    seen: set[tuple[int, str]] = set()
    scored = sorted(((confidence(r.vector, model), r) for r in runs_of(units_scored)),
                    key=lambda sr: -sr[0])  # fmt: skip
    running: set[tuple[int, int]] | None = None
    for rank, (score, run) in enumerate(scored):
        if score < model.threshold or rank >= MAX_RUNS:
            break
        if running is None:
            running = running_lines(list(pages))
        sibling_pages = sorted({u.heading.page for u, _ in run.members})
        taken = [(f.first_page, f.last_page) for f in kept]
        extents = _extents(run, units_scored, pages, running)
        inside = [any(a <= first <= b for a, b in taken) for _u, first, *_rest in extents]
        if taken and sum(inside) * 2 >= len(inside):
            continue  # the subtitles of a better run's examples, not a series of its own
        listed_all = listed_examples([placed for *_rest, placed in extents])
        for (unit, first, last, lines, _placed), held, listed in zip(
            extents, inside, listed_all, strict=True
        ):
            if held:
                continue  # a better run's example holds it: a part of that one
            name = strip_label(unit.heading.text)
            key = (first, " ".join(re.sub(r"\W+", " ", name.casefold()).split()))
            if key in seen or not name:
                continue
            seen.add(key)
            if listed:  # a box of several named examples: each is one
                kept.extend(
                    Found(e.page, e.page, e.title, e.lines[0], e.lines[1:], score,
                          [x.page for x in listed], len(listed), chapter=name)
                    for e in listed
                )  # fmt: skip
                continue
            kept.append(
                Found(first, last, name, unit.heading.text, lines, score, sibling_pages,
                      len(run.members))
            )  # fmt: skip
    kept.sort(key=lambda f: (f.first_page, -f.confidence))
    if len(kept) <= 1:  # one heading of a short sheet is its label or name, not a run
        sheet = whole_sheet(pages, title, model)
        kept = [sheet] if sheet is not None else kept
    return kept


def whole_sheet(pages: Sequence[PageLayout], title: str, model: Model) -> Found | None:
    """A factsheet of a series ("Best Practice | …", "Praxisbeispiel", "Case study") of one or
    two pages is one example, all of it: its label stands in the title or at the top of its
    first page, its name is the most prominent line there that is not the label. Offered at
    the threshold's height (no run to score), unless a run of two examples or more was found."""
    if not pages or len(pages) > SHEET_PAGES:
        return None
    top = [line for line in pages[0].lines if line.text.strip()][:SHEET_TOP]
    if not (CUE.search(title) or any(CUE.search(line.text) for line in top)):
        return None
    names = [
        line
        for line in top
        if len(strip_label(line.text)) >= 4
        and not CUE.fullmatch(line.text.strip())
        and not STRUCTURAL.match(line.text.strip())
        and not is_fragment(line.text)
    ]
    if not names:
        return None
    name = max(names, key=lambda line: (line.size, line.bold, -line.y0))
    lines = [line.text for page in pages for line in page.lines]
    heading = name.text.strip()
    return Found(1, len(pages), strip_label(heading), heading, lines, model.threshold, [1], 1)
