"""Candidate good-practice examples in a brochure, found in its structure.

Brochures made by others mark their examples in several ways, and we read all of them from
the page texts (no PDF is opened, so this is cheap enough to run over a whole library):

- a cue heading: "Praxisbeispiel: …", "Good Practice: …", "Case study 3: …", "Steckbrief";
- an outline entry naming an example or an organisation ("… e. V.");
- a page template: a facts box whose labels (Clusterinitiative, Bundesland, Branche,
  Handlungsfeld, Kontakt, Website …) recur page after page, one example per page;
- a chapter announced as "Praxisbeispiele", "Beispiele aus der Praxis", "Case studies" … in
  which each page opened by a headline and an organisation line starts an example.

An example ends where the next one, a new chapter or a new headline begins (at most three
pages); two profiles on one page are two examples. Running headers and page numbers are removed
before any of this is read.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Sequence

from brochuredesk.core.examples.facts import (
    CITIES,
    ORGANISATION,
    URL,
    Facts,
    label_kinds,
    labelled,
    read_facts,
    region_named,
)
from brochuredesk.core.examples.facts import (
    is_organisation_line as _is_organisation_line,
)
from brochuredesk.core.examples.structure.candidates import Found, find
from brochuredesk.core.examples.structure.cues import CHAPTER_CUE, CUE
from brochuredesk.core.examples.structure.layout import PageLayout
from brochuredesk.core.extract.metadata_guess import fold
from brochuredesk.core.i18n import tr
from brochuredesk.core.library.example_records import (
    FIELDS_OF_ACTION,
    LAENDER,
    Example,
    page_range,
)
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.plain import datarecord, field

MAX_PAGES = 3  # an example longer than this is a chapter, not an example
TEMPLATE_KINDS = 3  # label kinds a facts box shows at least
MAX_CANDIDATES = 60


@datarecord
class Candidate(Facts):
    """A passage that looks like an example, with the facts it states."""

    first_page: int = 0
    last_page: int = 0
    title: str = ""
    reason: str = ""  # why it was suggested, in the user's language
    confidence: float = 0.0  # the fitted scorer's, 0 for a suggestion read from the text alone
    evidence: dict[str, str] = field(default_factory=dict)  # fact → the line it was read from

    @property
    def pages(self) -> str:
        return page_range(self.first_page, self.last_page)

    @property
    def key(self) -> str:
        """What a dismissal remembers: the first page and the heading (stable across runs)."""
        return f"{self.first_page}:{' '.join(self.title.casefold().split())}"


@datarecord
class _Start:
    page: int
    line: int  # where on the page it begins (0 for the page's top)
    title: str
    reason: str


def suggest(
    brochure: Brochure,
    pages: dict[int, str],
    existing: list[Example],
    dismissed: Collection[str] = (),
    vocabulary: Sequence[str] = FIELDS_OF_ACTION,
    layout: Sequence[PageLayout] | None = None,
) -> list[Candidate]:
    """Candidates not yet taken as examples nor dismissed, in page order.

    With the brochure's `layout` (structure/reading.py), candidates come from its headings and
    boxes, scored by the fitted weights; without it, from its text alone."""
    by_text = text_candidates(brochure, pages, vocabulary)
    found = by_text
    if layout:
        rule = [(c.first_page, c.title) for c in by_text]
        found = [_from_structure(f, vocabulary) for f in find(layout, brochure.title, rule)]
    taken = {p for e in existing for p in range(e.first_page, e.last_page + 1)}
    shared = Counter(c.first_page for c in found)  # pages with two examples or more
    titles = {(e.first_page, " ".join(e.title.casefold().split())) for e in existing}
    candidates = []
    for candidate in found:
        same = (candidate.first_page, " ".join(candidate.title.casefold().split())) in titles
        is_taken = same or (candidate.first_page in taken and shared[candidate.first_page] == 1)
        if not is_taken and candidate.key not in dismissed:
            candidates.append(candidate)
    return candidates[:MAX_CANDIDATES]


# "Accelerating Medicines Partnership (AMP)": a name in capitals before its own abbreviation.
_NAME_WITH_ACRONYM = re.compile(
    r"((?:[A-ZÄÖÜ][\w’'&.-]*\s+(?:(?:of|for|and|de|du|für|und|der|the)\s+)?){1,7})"
    r"\(([A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,9})\)"
)


# The body a heading names as the one whose project it is: "Orange’s Data For Development
# challenges", "Data for Good initiative by Real Impact Analytics".
_OWNER = re.compile(
    r"^(?P<name>[A-ZÄÖÜ][\w&.-]*(?:\s+[A-ZÄÖÜ][\w&.-]*){0,3})[’']s?\s"
    r"|\b(?:by|von)\s+(?P<by>[A-ZÄÖÜ][\w&.-]*(?:\s+[A-ZÄÖÜ][\w&.-]*){0,4})"
)


def _spelled(text: str) -> str:
    """'Marktschwärmer' as a web address spells it: 'marktschwaermer'."""
    text = text.casefold()
    for letter, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(letter, spelled)
    return text


def _spells(url: str, name: str) -> bool:
    """Whether the web address's host spells the name ('marktschwaermer.de', 'Marktschwärmer')."""
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.casefold()).split("/")[0]
    bare = re.sub(r"[^a-z0-9]", "", host.rsplit(".", 1)[0])
    spellings = {re.sub(r"[^a-z0-9]", "", fold(name)), re.sub(r"[^a-z0-9]", "", _spelled(name))}
    return any(len(folded) >= 3 and folded in bare for folded in spellings)


def named_in_unit(title: str, lines: Sequence[str]) -> str:
    """The body a unit is about when no line names it with a legal form or a facts label:
    the heading itself when the unit's web address spells it ('Payactive' over
    payactive.eu), a name before its abbreviation ('… Partnership (AMP)'), or the name after
    the colon of a two-part heading ('The power of business skills: CitizenLab')."""
    # 'AIDIN | MyAidin.com': the part of the heading its own web address spells
    for url in URL.findall(title):
        for part in re.split(r"\s+[|–:]\s+|\s*\|\s*", title):
            if part.strip() and not URL.search(part) and _spells(url, part):
                return part.strip()
    text = "\n".join(lines[:60])
    for url in URL.findall(text):
        if _spells(url, title):
            return title  # 'Marktschwärmer' over marktschwaermer.de
    # "Telefonica’s Smart Steps project", "… initiative by Real Impact Analytics"
    owner = _OWNER.search(title)
    for n, source in enumerate((title, *lines[:8])):
        if n == 1 and owner:  # the heading's own owner before a name further down
            return owner.group("name") or owner.group("by")
        match = _NAME_WITH_ACRONYM.search(source)
        if match:
            name = without_note_marks(" ".join(match.group(1).split()))
            return f"{name} ({match.group(2)})"
    if owner:
        return owner.group("name") or owner.group("by")
    head, sep, tail = title.rpartition(": ")
    tail = tail.strip()
    named = tail[:1].isupper() or re.match(r"[a-z]+[A-Z]", tail)
    if sep and head and named and len(tail.split()) <= 8 and not tail.endswith("."):
        return tail
    return _repeated_name(title, text) or _body_in_first_sentence(lines)


# A body the first sentences name by what it is: capitalised words around a word for an
# organisation ("the National Ocean and Atmospheric Administration", "Department of Veterans
# Affairs", "die Stiftung Mercator", "das Bundesministerium für Bildung und Forschung").
_BODY_WORD = (
    r"(?:Administration|Department|Agency|Ministry|Foundation|Institute|Commission|Council"
    r"|Authority|Office|Bureau|Association|Fund|Trust|Bank|University|Network|Alliance"
    r"|\w*[Mm]inisterium|Stiftung|Institut|Agentur|Verband|Verein|Netzwerk|Universität"
    r"|Hochschule|Kammer|Behörde|\w*[Aa]mt|Bündnis|Allianz)"
)
_CAP = r"[A-ZÄÖÜ][\w&.'’-]*"
_LINK = r"(?:of|for|and|the|on|für|und|der|des|den|zur|zum)"
_BODY = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CAP}\s+(?:{_LINK}\s+)?){{0,5}}{_BODY_WORD}"
    rf"(?:\s+{_LINK}\s+{_CAP}(?:\s+(?:and|und)?\s*{_CAP}){{0,3}}|\s+{_CAP}){{0,1}})"
)


def _body_in_first_sentence(lines: Sequence[str]) -> str:
    """The organisation the unit's first sentences name by what it is, of two words or more."""
    opening = " ".join(" ".join(lines[:3]).split())[:400]
    for match in _BODY.finditer(opening):
        name = re.sub(
            r"^(?:The|Die|Der|Das|Dem|Den|Des|Our|Their|Its|This|Unser\w*|Ihr\w*|Diese\w*)\s+",
            "",
            match.group("name"),
        )
        # "Department of Veterans Affairs and Department of Health …": the first of two bodies
        parts = re.split(r"\s+(?:and|und)\s+(?=\S+\s+(?:of|für)\b)", name)
        name = next((part for part in parts if re.search(_BODY_WORD, part)), name)
        name = name.strip(" .,;:")
        if len(name.split()) >= 2:
            return without_note_marks(name)
    return ""


_INNER_CAPITALS = re.compile(r"\b(?:[a-z]+|[A-Z][a-z]+)[A-Z]\w*")
NAME_WORDS = 3  # a heading this short, every word capitalised, can be a name


def _repeated_name(title: str, text: str) -> str:
    """The name a heading gives that the unit's text repeats: a coined word ('inBloom',
    'GuideStar', 'OpenPDS') used again below, or a short heading of capitalised words ('Stadt
    Mannheim', 'Google Flu Trends') that the text repeats twice, unless it is a place."""
    for word in _INNER_CAPITALS.findall(title):
        if len(word) >= 4 and re.search(rf"\b{re.escape(word)}\b", text):
            return str(word)
    title = re.sub(r"^(?:The|Die|Der|Das)\s+", "", title)  # 'The Impact Management Project'
    words = title.split()
    if not 0 < len(words) <= NAME_WORDS or not all(w[:1].isupper() for w in words):
        return ""
    names = [title]
    if len(words) > 1 and words[-1] in CITIES and " ".join(words[:-1]) not in _BODY_OF_A_PLACE:
        names.append(" ".join(words[:-1]))  # 'Grünhof Freiburg': the name, then where it is
    for name in names:
        if not _is_place(name) and len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2:
            return name
    return ""


# The word before a city's name that makes it a body ('Stadt Mannheim'), not a name of its own
_BODY_OF_A_PLACE = {
    "Stadt", "Gemeinde", "Landkreis", "Kreis", "Region", "Hansestadt", "Landeshauptstadt",
    "Universität", "Hochschule", "IHK", "HWK", "City", "Town", "County", "University",
}  # fmt: skip


def _is_place(name: str) -> bool:
    from brochuredesk.core.examples.structure.features import COUNTRIES

    return name in CITIES or name in LAENDER or bool(COUNTRIES.fullmatch(name))


_AT_HOME = {"Germany", "Deutschland", "Berlin", "Hamburg", "Bremen"}  # Länder come from facts
# Countries beyond the features' short list (structure/features.COUNTRIES), in English and
# German, as a unit abroad names them.
_MORE_COUNTRIES = re.compile(
    r"\b(?:Vereinigtes Königreich|Großbritannien|Vereinigte Staaten|Portugal|Greece"
    r"|Griechenland|Ireland|Irland|Luxembourg|Luxemburg|Estonia|Estland|Latvia|Lettland"
    r"|Lithuania|Litauen|Czech Republic|Czechia|Tschechien|Slovakia|Slowakei|Hungary|Ungarn"
    r"|Slovenia|Slowenien|Croatia|Kroatien|Romania|Rumänien|Bulgaria|Bulgarien|Ukraine"
    r"|Russia|Russland|Türkei|Israel|Brasilien|Argentina|Argentinien|Chile|Colombia"
    r"|Kolumbien|Peru|South Korea|Südkorea|Singapore|Singapur|Indonesia|Indonesien"
    r"|Philippines|Philippinen|Vietnam|Bangladesh|Bangladesch|Pakistan|Nepal|Egypt|Ägypten"
    r"|Morocco|Marokko|Tanzania|Tansania|Rwanda|Ruanda|Ethiopia|Äthiopien|New Zealand"
    r"|Neuseeland|Sri Lanka|Thailand|Malaysia|Estonia)\b"
)


def named_abroad(lines: Sequence[str]) -> str:
    """Where a unit outside Germany is, as printed: the country or city it names most often
    ('UK', 'Barcelona', 'Nepal'), the first named on a tie; '' when it names none."""
    from brochuredesk.core.examples.structure.features import COUNTRIES

    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for number, line in enumerate(lines):
        for match in (*COUNTRIES.finditer(line), *_MORE_COUNTRIES.finditer(line)):
            place = match.group(0)
            if place not in _AT_HOME:
                counts[place] += 1
                first.setdefault(place, number)
    if not counts:
        return ""
    return max(counts, key=lambda place: (counts[place], -first[place]))


def without_note_marks(text: str) -> str:
    """'Smart Citizen334' → 'Smart Citizen': a footnote number set against a word's end."""
    return re.sub(r"(?<=[^\W\d_]{3})\d{1,3}\b", "", text)


def _from_structure(found: Found, vocabulary: Sequence[str]) -> Candidate:
    lines = [found.heading, *found.lines]
    facts = read_facts("\n".join(lines), vocabulary)
    title = without_note_marks(found.title)
    place = region_named(found.heading)
    if place and not labelled(lines).get("region"):
        facts.region = place  # where the heading says it is, not a partner's seat further down
    if not facts.organisation:
        # a listed example's name opens its first line, whose rest often names the body
        # ("Weather Data: the National Ocean and Atmospheric Administration (NOAA) …")
        own = [found.heading.split(":", 1)[-1], *found.lines] if found.chapter else found.lines
        facts.organisation = named_in_unit(title, own)
    if not facts.region:
        facts.region = named_abroad(lines[:40])
    evidence = {}
    for name in ("organisation", "region", "sector", "url", "contact"):
        value = str(getattr(facts, name))
        source = next((ln for ln in lines if value and value in ln), "")
        if not source and value:
            source = next((ln for ln in lines if _mentions_place(ln, value)), "")
        if source:
            evidence[name] = source[:200]
    if found.chapter:
        reason = tr(
            "reason_structure_listed",
            count=found.run_size,
            chapter=found.chapter[:80],
            pages=page_range(found.siblings[0], found.siblings[-1]).replace("-", "–"),
            confidence=round(100 * found.confidence),
        )
    elif found.run_size > 1:
        reason = tr(
            "reason_structure_run",
            heading=found.heading[:80],
            count=found.run_size,
            pages=page_range(found.siblings[0], found.siblings[-1]).replace("-", "–"),
            confidence=round(100 * found.confidence),
        )
    else:
        reason = tr(
            "reason_structure", heading=found.heading[:80],
            confidence=round(100 * found.confidence),
        )  # fmt: skip
    return Candidate(
        first_page=found.first_page,
        last_page=found.last_page,
        title=title[:200],
        reason=reason,
        confidence=found.confidence,
        evidence=evidence,
        **vars(facts),
    )


def _mentions_place(line: str, region: str) -> bool:
    from brochuredesk.core.examples.facts import CITIES

    return any(land == region and place in line for place, land in CITIES.items())


def text_candidates(
    brochure: Brochure, pages: dict[int, str], vocabulary: Sequence[str] = FIELDS_OF_ACTION
) -> list[Candidate]:
    """Candidates read from the page texts alone: cue headings, outline entries, facts-box
    templates and profiles in an examples chapter (how our own house styles mark them)."""
    content = _content_lines(pages)
    chapters = _chapters(brochure, content)
    starts = _starts(brochure, content, chapters)
    boundaries = {c.page for c in chapters} | {
        e.page for e in brochure.outline if e.page > 0 and e.level <= _top_level(brochure)
    }
    subheads = _subheadings(starts, content)
    candidates = []
    for i, start in enumerate(starts):
        nxt = starts[i + 1] if i + 1 < len(starts) else None
        last = _last_page(start, nxt, content, boundaries, subheads, brochure.page_count)
        lines = content.get(start.page, [])[start.line :]
        if nxt is not None and nxt.page == start.page:
            lines = content[start.page][start.line : nxt.line]
        for page in range(start.page + 1, last + 1):
            lines = lines + content.get(page, [])
        facts = read_facts("\n".join(lines), vocabulary)
        candidates.append(
            Candidate(
                first_page=start.page,
                last_page=last,
                title=start.title[:200],
                reason=start.reason,
                **vars(facts),
            )
        )
    return candidates


def _content_lines(pages: dict[int, str]) -> dict[int, list[str]]:
    """Each page's lines without running headers, footers and page numbers."""
    lines = {n: [ln.strip() for ln in t.split("\n") if ln.strip()] for n, t in pages.items()}
    edges: Counter[str] = Counter()
    for page_lines in lines.values():
        for line in {*page_lines[:2], *page_lines[-2:]}:
            edges[_shape(line)] += 1
    repeated = {s for s, n in edges.items() if n >= 3 and n >= 0.25 * len(pages)}
    cleaned = {}
    for number, page_lines in lines.items():
        keep = list(page_lines)
        for _ in range(2):  # a header and a page number, or two header lines
            if keep and CUE.match(keep[0]):
                break  # "Steckbrief" atop every profile is the profile's label, not a header
            if keep and (_shape(keep[0]) in repeated or re.fullmatch(r"[\d\s|/-]+", keep[0])):
                keep.pop(0)
            if keep and (_shape(keep[-1]) in repeated or re.fullmatch(r"[\d\s|/-]+", keep[-1])):
                keep.pop()
        cleaned[number] = keep
    return cleaned


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.casefold())


@datarecord
class _Chapter:
    page: int
    level: int | None  # outline level; None for a chapter seen only on the page
    examples: bool
    title: str


_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+[A-ZÄÖÜ]\S*")


def _chapters(brochure: Brochure, content: dict[int, list[str]]) -> list[_Chapter]:
    """Where chapters begin, from the outline and from the pages (a chapter title page, or a
    page opened by a numbered heading or an examples cue), in page order."""
    found: dict[int, _Chapter] = {}
    outline = [e for e in brochure.outline if e.page > 0]
    top = min((e.level for e in outline), default=1)
    for entry in outline:
        examples = bool(CHAPTER_CUE.search(entry.title))
        chapter_level = entry.level == top or (entry.level == top + 1 and examples)
        if chapter_level and not _names_example(entry.title) and entry.page not in found:
            found[entry.page] = _Chapter(entry.page, entry.level, examples, entry.title)
    for number, lines in content.items():
        if not lines or number in found:
            continue
        first = lines[0]
        sparse = len(lines) <= 4 and sum(len(ln) for ln in lines) < 200
        cue = next((ln for ln in lines[: 4 if sparse else 1] if CHAPTER_CUE.search(ln)), "")
        if cue and len(cue) < 80:
            found[number] = _Chapter(number, None, True, cue)
        elif _NUMBERED_HEADING.match(first) and len(first) < 70 and not first.endswith("."):
            found[number] = _Chapter(number, None, False, first)
    return [found[page] for page in sorted(found)]


def _scopes(chapters: list[_Chapter], last_page: int) -> dict[int, _Chapter]:
    """Page → the examples chapter it lies in. A chapter from the outline ends at the next
    entry of its level or above; one seen only on the page ends at the next such chapter."""
    inside: dict[int, _Chapter] = {}
    for i, chapter in enumerate(chapters):
        if not chapter.examples:
            continue
        end = last_page
        for later in chapters[i + 1 :]:
            if chapter.level is None and later.level is not None:
                continue  # the examples' own bookmarks do not end a chapter seen on the page
            if chapter.level is None or (later.level is not None and later.level <= chapter.level):
                end = later.page - 1
                break
        for number in range(chapter.page, min(end, chapter.page + 60) + 1):
            inside.setdefault(number, chapter)
    return inside


def _names_example(title: str) -> bool:
    return bool(CUE.search(title) and not CHAPTER_CUE.search(title)) or bool(
        ORGANISATION.search(title)
    )


def _starts(
    brochure: Brochure, content: dict[int, list[str]], chapters: list[_Chapter]
) -> list[_Start]:
    starts: dict[tuple[int, int], _Start] = {}
    for entry in brochure.outline:
        if entry.page > 0 and _names_example(entry.title):
            title = CUE.sub("", entry.title, count=1).strip(" :-–") or entry.title
            starts[(entry.page, 0)] = _Start(entry.page, 0, title, tr("reason_outline"))
    signatures = {n: label_kinds(lines) for n, lines in content.items()}
    common = Counter(s for s in signatures.values() if len(s) >= TEMPLATE_KINDS)
    in_chapter = _scopes(chapters, max(content, default=0))
    for number in sorted(content):
        lines = content[number]
        for line_no, title, cue in _cue_headings(lines):
            reason = tr("reason_cue", cue=cue)
            starts.setdefault((number, line_no), _Start(number, line_no, title, reason))
        if any(key[0] == number for key in starts):
            continue
        blocks = _profile_blocks(lines)
        if len(blocks) >= 2:  # two profiles with the same facts box on one page
            reason = tr("reason_profiles")
            for line_no, title in blocks:
                starts[(number, line_no)] = _Start(number, line_no, title, reason)
            continue
        signature = signatures[number]
        headline = _title(lines)
        if len(signature) >= TEMPLATE_KINDS and (common[signature] >= 2 or headline):
            same = sorted(n for n, s in signatures.items() if s == signature)
            reason = tr("reason_template", pages=page_range(same[0], same[-1]).replace("-", "–"))
            title = headline or labelled(lines).get("organisation", "")
            if title:
                starts[(number, 0)] = _Start(number, 0, title, reason)
        elif headline and number in in_chapter and _opens_with_organisation(lines):
            chapter = in_chapter[number]
            reason = tr("reason_chapter", title=chapter.title)
            starts[(number, 0)] = _Start(number, 0, headline, reason)
    return [starts[key] for key in sorted(starts)]


def _cue_headings(lines: Sequence[str]) -> list[tuple[int, str, str]]:
    """(line, title, cue) of each cue heading: in the first lines of a page, or a 'Steckbrief'
    or 'Case study' label that opens a profile further down."""
    found = []
    for i, line in enumerate(lines):
        match = CUE.match(line)
        if not match or CHAPTER_CUE.fullmatch(line.strip(" :")) or len(line) > 120:
            continue
        if i > 2 and not re.match(r"(?i)steckbrief|case[\s-]stud", line):
            continue
        title = line[match.end() :].strip(" :-–")
        if not title and i + 1 < len(lines):
            title = lines[i + 1]  # "Steckbrief" above the profile's name
        if title and not labelled([title]):
            found.append((i, title, match.group(1)))
    return found


def _profile_blocks(lines: Sequence[str]) -> list[tuple[int, str]]:
    """(line, title) of each facts block on a page whose label sequence repeats: the
    headline right above a block's first label opens a profile."""
    kinds = [label_kinds([ln]) for ln in lines]
    first_kind = next((k for k in kinds if k), frozenset())
    if not first_kind:
        return []
    openers = [i for i, k in enumerate(kinds) if k == first_kind]
    if len(openers) < 2:
        return []
    blocks = []
    for n, i in enumerate(openers):
        end = openers[n + 1] if n + 1 < len(openers) else len(lines)
        if len(label_kinds(lines[i:end])) < TEMPLATE_KINDS:
            return []
        above = [j for j in range(max(0, i - 2), i) if _headline(lines[j:])]
        if not above:
            return []
        j = above[-1]
        if j > 0 and _is_organisation_line(lines[j]) and _headline(lines[j - 1 :]):
            j -= 1  # the name above its organisation
        blocks.append((j, _title(lines[j:])))
    return blocks


def _headline(lines: Sequence[str]) -> str:
    """The page's opening headline: a short line that is no sentence and no label."""
    if not lines:
        return ""
    first = lines[0]
    words = first.split()
    if not 1 <= len(words) <= 10 or len(first) > 90 or first.endswith((".", ",", ";", ":")):
        return ""
    if first[:1].islower() or labelled([first]) or first[:1].isdigit():
        return ""
    return first


def _title(lines: Sequence[str]) -> str:
    """The example's name: the headline, or the line under it when the headline is the
    organisation ('Nordic Maritime Cluster AB' above 'Ship design apprenticeships')."""
    head = _headline(lines)
    if head and _is_organisation_line(head):
        second = _headline(lines[1:])
        if second and not _is_organisation_line(second):
            return second
    return head


def _opens_with_organisation(lines: Sequence[str]) -> bool:
    """An organisation line beside the headline ('Träger: … GmbH', 'foodRegio e. V.')."""
    return any(_is_organisation_line(ln) for ln in lines[:3])


def _top_level(brochure: Brochure) -> int:
    return min((e.level for e in brochure.outline if e.page > 0), default=1)


def _subheadings(starts: list[_Start], content: dict[int, list[str]]) -> set[str]:
    """Headlines of pages between two examples close together ("Ergebnisse", "Results"):
    subheadings of the template, which do not end the last example either."""
    found: set[str] = set()
    for start, nxt in itertools.pairwise(starts):
        for page in range(start.page + 1, min(nxt.page, start.page + MAX_PAGES)):
            head = _headline(content.get(page, []))
            if head:
                found.add(head)
    return found


def _last_page(
    start: _Start,
    nxt: _Start | None,
    content: dict[int, list[str]],
    boundaries: set[int],
    subheads: set[str],
    page_count: int,
) -> int:
    """Where an example ends: before the next example or chapter, within MAX_PAGES; the last
    of a run also ends before a page opened by a new headline."""
    last = start.page
    while last - start.page + 1 < MAX_PAGES and last + 1 <= page_count:
        following = last + 1
        if nxt is not None and nxt.page <= following:
            break
        lines = content.get(following, [])
        if not lines or len(label_kinds(lines)) >= TEMPLATE_KINDS:
            break
        if (
            nxt is not None
            and nxt.page <= start.page + MAX_PAGES
            and following not in _chapter_pages(boundaries, start)
        ):
            last = following  # pages before the next example close by are this one's
            continue
        head = _headline(lines)
        if following in _chapter_pages(boundaries, start) or (head and head not in subheads):
            break
        last = following
    return last


def _chapter_pages(boundaries: set[int], start: _Start) -> set[int]:
    return {page for page in boundaries if page != start.page}
