"""What a scorer may know of a candidate unit: its heading's typography against the body and
against its siblings of the same style, where it stands, what its text names, and the words of
the chapter around it. Every feature is a number; the weights come from scripts/fit_suggest.py.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from brochuredesk.core.examples.facts import (
    CITIES,
    LEGAL_FORM,
    MARKED_URL,
    URL,
    is_organisation_line,
    label_kinds,
)
from brochuredesk.core.examples.structure.cues import (
    CHAPTER_CUE,
    CUE,
    NUMBERING,
    label_of,
    strip_label,
)
from brochuredesk.core.examples.structure.headings import Document, Heading
from brochuredesk.core.examples.structure.layout import Line
from brochuredesk.core.examples.structure.runs import (
    RunStats,
    box_keys,
    is_fragment,
    is_structural,
    label_kind,
    run_key,
    run_stats,
)
from brochuredesk.core.examples.structure.units import Unit
from brochuredesk.core.library.example_records import LAENDER

# A heading that belongs to no run (a fragment): its run statistics, as a run of itself.
_ALONE = RunStats(
    count=1, pages=1, page_share=0.0, one_per_page=1.0, named=0.0, structural=0.0, sequence=0.0,
    distinct=1.0, top=0.0, boxed=0.0, length_spread=1.0, toc_cue=0.0, best_named=0.0, rank=0.0,
)  # fmt: skip

NAMES = (
    "bias", "size_ratio", "bold", "coloured", "caps", "cue", "cue_numbered", "numbered",
    "two_part", "sentence", "words_log", "lowercase_start", "org_in_heading", "place_in_heading",
    "style_count_log", "style_page_share", "style_one_per_page", "style_cue_share", "rank_share",
    "top_of_page", "gap_above", "in_box", "page_boxed", "chapter_cue", "page_cue",
    "reference_page", "unit_chars_log", "unit_pages", "ran_on", "unit_url", "unit_org",
    "unit_labels", "unit_place", "short_document", "cover_page", "document_cue",
    "siblings_on_page_log", "ends_by_sibling", "style_named_share", "style_size_ratio_rank",
    "text_rule", "structural", "container", "heading_echo", "name_like", "run_named",
    "run_structural", "run_sequence", "run_distinct", "run_top", "run_boxed", "run_spread",
    "run_toc_cue", "run_best_named", "run_rank", "run_count_log", "run_one_per_page", "run_large", "run_page_share", "heading_rare", "box_key",
    "unit_specific", "run_small",
)  # fmt: skip
COUNTRIES = re.compile(
    r"\b(?:Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|France|Frankreich|Spain"
    r"|Spanien|Italy|Italien|Netherlands|Niederlande|Belgium|Belgien|Denmark|Dänemark|Sweden"
    r"|Schweden|Norway|Finland|Poland|Polen|UK|United Kingdom|England|Scotland|Ireland|USA"
    r"|United States|Canada|Kanada|Mexico|Brazil|India|Indien|Kenya|Uganda|Nigeria|Ghana"
    r"|South Africa|China|Japan|Australia|Europe|Europa|Africa|Afrika|Barcelona|London|Paris"
    r"|Berlin|Hamburg|Bremen|Amsterdam|Madrid|Milan|Vienna|Wien|Zürich|New York)\b"
)
_PLACES = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted([*CITIES, *LAENDER], key=len, reverse=True))
    + r")\b"
)  # fmt: skip


class Context:
    """What the features of one document's units share: style statistics, chapters, cues."""

    def __init__(
        self,
        doc: Document,
        title: str = "",
        text_rule: Sequence[tuple[int, str]] = (),
        unit_list: Sequence[Unit] = (),
    ):
        self.doc = doc
        self.ranks = doc.style_ranks()
        by_style: dict[tuple[float, bool, int], list[Heading]] = defaultdict(list)
        for heading in doc.headings:
            by_style[heading.style].append(heading)
        self.by_style = by_style
        self.per_page: Counter[tuple[int, tuple[float, bool, int]]] = Counter(
            (h.page, h.style) for h in doc.headings
        )
        first_page = " ".join(line.text for line in doc.pages[0].lines[:40]) if doc.pages else ""
        self.document_cue = bool(CHAPTER_CUE.search(title) or CUE.search(title + " " + first_page))
        self._named: dict[tuple[float, bool, int], float] = {}
        self._position = {id(h): i for i, h in enumerate(doc.headings)}
        self._chapter_size = max((h.size for h in doc.headings), default=0.0)
        self.text_rule = [(page, _fold(title)) for page, title in text_rule]
        self.page_cues = {
            page.number
            for page in doc.pages
            if any(len(ln.text) < 60 and (CUE.search(ln.text) or label_of(ln.text)[0])
                   for ln in page.lines)
        }  # fmt: skip
        chars = {id(u.heading): len("\n".join(u.lines)) for u in unit_list}
        pages_of: Counter[str] = Counter()
        for page in doc.pages:
            if page.number not in doc.reference_pages:
                pages_of.update({w for ln in page.lines for w in _WORD.findall(ln.text.casefold())})
        self.pages_of = pages_of
        self.rare_limit = max(2, int(0.04 * len(doc.pages)))
        body = [ln.text for page in doc.pages for i, ln in enumerate(page.lines)
                if (page.number, i) not in doc.running and page.number not in doc.reference_pages]  # fmt: skip
        self.specific_rate = max(specific_rate(body), 0.01)

        def boxed(h: Heading) -> bool:
            return _inside_box(h.line, doc.page(h.page).boxes, _area(doc, h.page))

        # id(heading) → the box flag of its run key (fragments belong to no run)
        self.box_key = box_keys(
            [h for h in doc.headings if not is_fragment(h.text)], boxed, doc.reference_pages
        )
        self.runs = run_stats(doc, self.box_key, lambda h: _names_body(h, doc), chars, boxed)

    def rarity(self, text: str) -> float:
        """Share of the heading's longer words found on few pages of the document: names are
        rare (a project's name on its own page), a chapter's topic words recur everywhere."""
        words = set(_WORD.findall(strip_label(text).casefold()))
        if not words:
            return 0.0
        return sum(self.pages_of[w] <= self.rare_limit for w in words) / len(words)

    def run(self, heading: Heading) -> RunStats:
        """The statistics of the heading's run (a fragment's: as if it were a run alone)."""
        boxed = self.box_key.get(id(heading), False)
        return self.runs.get(run_key(heading, boxed)) or _ALONE

    def named_share(self, style: tuple[float, bool, int]) -> float:
        """Share of this style's headings whose first lines below name an organisation, a
        place or a web address: a run of siblings that each describe someone's project."""
        if style not in self._named:
            siblings = self.by_style[style]
            named = sum(_names_someone(h, self.doc) for h in siblings[:60])
            self._named[style] = named / max(1, min(len(siblings), 60))
        return self._named[style]

    def named_by_text(self, heading: Heading) -> bool:
        """The text-only reading (our house styles' cues and facts boxes) starts an example
        with this heading."""
        raw, bare = _fold(heading.text), _fold(strip_label(heading.text))
        return any(
            page == heading.page and title and (title in (raw, bare) or raw.startswith(title))
            for page, title in self.text_rule
        )

    def chapter_cue(self, heading: Heading) -> bool:
        """The nearest more prominent heading before this one names examples."""
        index = self._position[id(heading)]
        for earlier in reversed(self.doc.headings[max(0, index - 400) : index]):
            if earlier.size > heading.size + 0.25:
                if CHAPTER_CUE.search(earlier.text):
                    return True
                if earlier.size >= self._chapter_size:
                    return False
        return False


# What makes a text specific: acronyms, years, and names of several capitalised words
# ("Public Laboratory for Open Technology", "Stadt Mannheim", "IHK Lüneburg-Wolfsburg").
_SPECIFIC = re.compile(
    r"\b(?:[A-ZÄÖÜ]{2,}[a-zäöü]*|(?:19|20)\d\d|[A-ZÄÖÜ][\w\-’']+"
    r"(?:\s+(?:of|for|and|the|und|für|der|des|de|&)?\s*[A-ZÄÖÜ][\w\-’']+)+)\b"
)


def specific_rate(lines: Sequence[str]) -> float:
    """Specific mentions per word (acronyms, years, multi-word names) in these lines."""
    text = " ".join(lines)
    words = len(text.split())
    return len(_SPECIFIC.findall(text)) / words if words else 0.0


def _below(heading: Heading, doc: Document) -> str:
    """The first lines under a heading on its page."""
    page = doc.page(heading.page)
    return " ".join(ln.text for ln in page.lines[heading.last + 1 : heading.last + 12])


def _names_body(heading: Heading, doc: Document) -> bool:
    """The first lines below name an organisation or a web address (not just a place)."""
    below = _below(heading, doc)
    return bool(
        LEGAL_FORM.search(below) or MARKED_URL.search(below) or _ORGANISATION_WORDS.search(below)
    )


def _names_someone(heading: Heading, doc: Document) -> bool:
    """… or a place: a run of siblings that each describe someone's project somewhere."""
    below = _below(heading, doc)
    return _names_body(heading, doc) or bool(_PLACES.search(below) or COUNTRIES.search(below))


_ORGANISATION_WORDS = re.compile(
    r"\b(?:Foundation|Stiftung|Institut\w*|Universit\w+|Verein|Verband|Netzwerk|Network"
    r"|Agentur|Agency|Ministeri\w+|Council|Department|Initiative|GmbH|Inc|Ltd)\b"
)


_WORD = re.compile(r"[^\W\d_]{4,}")


def _area(doc: Document, number: int) -> float:
    page = doc.page(number)
    return page.width * page.height


def _following(doc: Document, heading: Heading, count: int = 80) -> list[str]:
    """The lines after a heading on its page and the next, whatever headings stand there (a
    profile's subtitle would end its unit at once)."""
    page = doc.page(heading.page)
    lines = [ln.text for ln in page.lines[heading.last + 1 :]]
    if heading.page < len(doc.pages) and len(lines) < count:
        lines += [ln.text for ln in doc.page(heading.page + 1).lines]
    return lines[:count]


def _echo(heading: str, unit_lines: Sequence[str]) -> float:
    """Share of the heading's longer words that its own unit repeats: a named project is
    talked about below its name; a generic heading's words are not."""
    words = {w for w in re.findall(r"[^\W\d_]{4,}", heading.casefold())}
    if not words:
        return 0.0
    below = " ".join(unit_lines[:80]).casefold()
    return sum(w in below for w in words) / len(words)


def _name_like(text: str) -> bool:
    """A heading that names something: an acronym, a quoted name, a web address, a word with
    inner capitals or digits, or several capitalised words in a short English heading."""
    bare = strip_label(text)
    if re.search(r"\b[A-ZÄÖÜ]{2,}\b|[„“\"”«»]|\.(?:com|org|de|net|eu)\b|\b[a-z]+[A-Z]\w*", bare):
        return True
    words = bare.split()
    capitals = sum(w[:1].isupper() for w in words[1:])
    return 0 < len(words) <= 8 and capitals >= 2 and not bare.endswith(".")


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", text.casefold()).split())[:40]


def features(unit: Unit, ctx: Context) -> list[float]:
    doc, heading = ctx.doc, unit.heading
    line, text = heading.line, heading.text
    body_size, body_bold, body_colour = doc.body
    words = text.split()
    page = doc.page(heading.page)
    cue, numbered_cue = label_of(text)
    siblings = ctx.by_style[heading.style]
    sibling_pages = {h.page for h in siblings}
    once = sum(ctx.per_page[(p, heading.style)] == 1 for p in sibling_pages)
    content = [ln for i, ln in enumerate(page.lines) if (page.number, i) not in doc.running]
    first_content = content[0] if content else None
    gap = _gap_above(line, page.lines) / max(line.size, 1.0)
    box = _inside_box(line, page.boxes, page.width * page.height)
    boxed_share = sum((b[2] - b[0]) * (b[3] - b[1]) for b in page.boxes) / max(
        1.0, page.width * page.height
    )
    unit_text = "\n".join(unit.lines)
    head_lines = unit.lines[:15]
    ender = unit.ended_by
    run = ctx.run(heading)
    values = {
        "bias": 1.0,
        "size_ratio": min(heading.size / body_size, 4.0),
        "bold": float(heading.style[1] and not body_bold),
        "coloured": float(heading.style[2] != body_colour),
        "caps": float(sum(c.isupper() for c in text) > 0.7 * sum(c.isalpha() for c in text)),
        "cue": float(bool(cue)),
        "cue_numbered": float(numbered_cue),
        "numbered": float(bool(NUMBERING.match(text))),
        "two_part": float(bool(re.search(r"\S\s*[:|–]\s+\S", text))),
        "sentence": float(text.endswith((".", "?", "!", ",", ";")) or len(words) > 14),
        "words_log": math.log1p(len(words)),
        "lowercase_start": float(text[:1].islower()),
        "org_in_heading": float(bool(LEGAL_FORM.search(text)) or is_organisation_line(text)),
        "place_in_heading": float(bool(_PLACES.search(text) or COUNTRIES.search(text))),
        "style_count_log": math.log1p(len(siblings)),
        "style_page_share": len(sibling_pages) / max(1, len(doc.pages)),
        "style_one_per_page": once / max(1, len(sibling_pages)),
        "style_cue_share": sum(bool(label_of(h.text)[0]) for h in siblings) / len(siblings),
        "rank_share": ctx.ranks.get(heading.style, 0) / max(1, len(ctx.ranks)),
        "top_of_page": float(first_content is line),
        "gap_above": min(gap, 5.0),
        "in_box": float(box),
        "page_boxed": min(boxed_share, 1.0),
        "chapter_cue": float(ctx.chapter_cue(heading)),
        "page_cue": float(heading.page in ctx.page_cues),
        "reference_page": float(heading.page in doc.reference_pages),
        "unit_chars_log": math.log1p(len(unit_text)) / 10,
        "unit_pages": min(unit.last_page - unit.first_page + 1, 8) / 8,
        "ran_on": float(unit.ran_on),
        # a web address written as one below the heading (a bare domain in running text is
        # as often a source named in passing)
        "unit_url": float(bool(MARKED_URL.search(unit_text) or URL.search(text))),
        "unit_org": float(any(LEGAL_FORM.search(ln) or is_organisation_line(ln) for ln in head_lines)),
        "unit_labels": min(len(label_kinds(unit.lines[:60])), 5) / 5,
        "unit_place": float(bool(_PLACES.search(unit_text[:1500]) or COUNTRIES.search(unit_text[:1500]))),
        "short_document": float(len(doc.pages) <= 2),
        "cover_page": float(heading.page == 1),
        "document_cue": float(ctx.document_cue),
        "style_named_share": ctx.named_share(heading.style),
        "style_size_ratio_rank": float(ctx.ranks.get(heading.style, 0) <= 2),
        "text_rule": float(ctx.named_by_text(heading)),
        "siblings_on_page_log": math.log1p(ctx.per_page[(heading.page, heading.style)]),
        "ends_by_sibling": float(ender is not None and ender.style == heading.style),
        "structural": float(is_structural(text)),
        "box_key": float(ctx.box_key.get(id(heading), False)),
        # a unit about someone's project names more than the document's prose does
        "unit_specific": min(specific_rate(unit.lines[:60]) / ctx.specific_rate, 3.0) / 3.0,
        "heading_rare": ctx.rarity(text),
        "container": float(label_kind(text) == "container"),
        "heading_echo": _echo(strip_label(text), _following(doc, heading)),
        "name_like": float(_name_like(text)),
        "run_named": run.named,
        "run_structural": run.structural,
        "run_sequence": run.sequence,
        "run_distinct": run.distinct,
        "run_top": run.top,
        "run_boxed": run.boxed,
        "run_spread": run.length_spread,
        "run_toc_cue": run.toc_cue,
        "run_best_named": run.best_named,
        "run_rank": run.rank,
        "run_count_log": math.log1p(min(run.count, 40)),
        "run_large": math.log1p(max(0, run.count - 40)),
        "run_page_share": run.page_share,
        "run_one_per_page": run.one_per_page,
        "run_small": float(run.count <= 2),  # two headings of a look are a pair, not a series
    }  # fmt: skip
    return [values[name] for name in NAMES]


def _gap_above(line: Line, lines: Sequence[Line]) -> float:
    """The white space above the line, to the nearest line over it in the same column."""
    over = [
        other.y1 for other in lines
        if other.y1 <= line.y0 + 1 and other.x0 < line.x1 and line.x0 < other.x1
        and other is not line
    ]  # fmt: skip
    return min(line.y0 - max(over), 5 * line.size) if over else 5 * line.size


def _inside_box(
    line: object, boxes: Sequence[tuple[float, float, float, float]], area: float
) -> bool:
    x0, y0, x1, y1 = line.x0, line.y0, line.x1, line.y1  # type: ignore[attr-defined]
    for bx0, by0, bx1, by1 in boxes:
        if (bx1 - bx0) * (by1 - by0) > 0.85 * area:
            continue
        if bx0 - 2 <= x0 and x1 <= bx1 + 2 and by0 - 2 <= y0 and y1 <= by1 + 2:
            return True
    return False
