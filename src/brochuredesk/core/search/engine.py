"""Running a query: FTS5 expressions from the AST, ranking, and snippets in the original text.

Each word is matched in two tiers. The exact tier is its folded form and every inflected
form of its stem (Fachkraft ↔ Fachkräfte, strasse ↔ Straße). The compound tier, for longer
words only, adds compounds that start with the stem (Weiterbildung → Weiterbildungsangebote)
or end with one of its forms (Sicherung → Fachkräftesicherung), found in the index's
vocabulary. Pages found only through the compound tier rank below exact ones, and
short words have no compound tier at all, so `ion` does not bring every "Innovation".
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

from brochuredesk.core.plain import datarecord, field
from brochuredesk.core.search.index import PAGE_MASK, SearchIndex
from brochuredesk.core.search.query import Item, Query, parse
from brochuredesk.core.text.abbreviations import Abbreviations
from brochuredesk.core.text.abbreviations import key as abbreviation_key
from brochuredesk.core.text.normalize import fold, inflections, stem, surface, words_with_offsets

SHIPPED_ABBREVIATIONS = Abbreviations()

MIN_TAIL_QUERY = 5  # shorter stems are not looked for at the end of compounds
MIN_HEAD_QUERY = 7  # shorter stems ("sicher", "arbeit") would start too many other words
# A query matching more pages than this is ranked per brochure by how densely its pages
# match (counted inside SQLite) instead of by bm25 over every page, which costs ~2 µs a row.
UNSELECTIVE_SHARE = 0.05
UNSELECTIVE_MIN = 2000
PAGE_LIMIT = 1000  # pages considered per query, best first (bm25)
HITS_PER_RESULT = 5
METADATA_BONUS = 1000.0
# A title, publisher or tag that holds the word only inside a compound ("Erfolgsbilanz" for
# `Bilanz`) counts like one good page, not like a title about the word.
COMPOUND_METADATA_BONUS = 10.0
# BM25's length normalisation over brochures: the pages beyond the best one count less in a
# long brochure than in a short one, so a focused handbook beats a long programme that
# mentions the word in passing.
LENGTH_B = 0.5
EXAMPLE_BONUS = 1500.0  # an example whose fields match comes before brochures
EXACT_FACTOR = 3.0
SNIPPET_CHARS = 220


@datarecord
class PageHit:
    page: int
    score: float
    snippet: str = ""
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets in snippet


@datarecord
class Result:
    kind: str  # "brochure" | "example"
    id: str
    brochure_id: str
    score: float
    hits: list[PageHit] = field(default_factory=list)
    matched_fields: bool = False


@datarecord
class SearchOutcome:
    query: str
    total: int
    results: list[Result]
    corrected_query: str = ""  # the query searched instead, when the typed one found nothing


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _word_exact(word: str, index: SearchIndex) -> list[str]:
    """The word as typed and the inflected forms of its stem the index holds (Fachkraft →
    fachkrafte…).

    The form as typed is listed twice when it is not the bare stem: bm25 counts each term of
    an OR, so a page with that very form ranks above one with another form of the word."""
    typed, word_stem = surface(word), stem(word)
    found = index.tokens([typed, *inflections(word_stem)])
    as_typed = [token for form, token in found if form == typed] or [fold(word)]
    others = [token for form, token in found if form != typed]
    twice = as_typed if typed != word_stem else []
    return [_quote(t) for t in dict.fromkeys(as_typed + others) if t] + [_quote(t) for t in twice]


def _word_compound(word: str, index: SearchIndex) -> list[str]:
    """Compounds starting with the word's stem (a prefix query) or ending with one of its
    forms (looked up in the index's vocabulary)."""
    word_stem = stem(word)
    if not word_stem.isalpha():
        return []
    forms = []
    if len(word_stem) >= MIN_HEAD_QUERY:
        forms.append(_quote(word_stem) + "*")
    if len(word_stem) >= MIN_TAIL_QUERY:
        forms += [_quote(w) for w in index.words_ending(inflections(word_stem))]
    return forms


def item_expression(item: Item, index: SearchIndex, *, compound: bool) -> str:
    """FTS5 expression for one word, prefix or phrase (without a column filter)."""
    if item.is_phrase:
        return _quote(" ".join(fold(w) for w in item.words))
    word = item.words[0]
    if item.prefix:
        starts = dict.fromkeys([fold(word), surface(word), stem(word)])
        return " OR ".join(f"{_quote(f)}*" for f in starts if f) or _quote(word)
    forms = _word_exact(word, index) + (_word_compound(word, index) if compound else [])
    return "(" + " OR ".join(forms) + ")" if len(forms) > 1 else forms[0]


def expression(clauses: list[list[Item]], index: SearchIndex, *, compound: bool) -> str:
    """FTS5 expression: all clauses, each one any of its items (with column filters)."""
    parts = []
    for clause in clauses:
        options = []
        for item in clause:
            text = item_expression(item, index, compound=compound)
            options.append(f"{{{item.column}}}: {text}" if item.column else text)
        parts.append("(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


_LETTER_VARIANTS = {
    "a": "(?:a|ä|ae|á|à|â)",
    "o": "(?:o|ö|oe|ó|ò|ô)",
    "u": "(?:u|ü|ue|ú|ù|û)",
    "e": "(?:e|é|è|ê)",
    "i": "(?:i|í|ì|î)",
    "s": "(?:s|ß)",
}


def _anchor(form: str) -> str:
    """A pattern for the first letters of a folded word in original text, in any umlaut or
    accent spelling (ß where ss was folded)."""
    return "".join(_LETTER_VARIANTS.get(c, re.escape(c)) for c in form[:4])


# Lower case, umlauts and accents to their base letter, ß to s: one character for one, so a
# position in the folded text is the same position in the original.
_FOLD = tuple(zip("äöüßáàâóòôúùûéèêíìî", "aousaaaooouuueeeiii", strict=True))


def _fold(text: str) -> str:
    """`text` in lower case with umlauts, accents and ß as base letters (str.replace per
    letter: str.translate looks each character up and took 0.3 ms a page)."""
    folded = text.lower()
    if not folded.isascii():
        for letter, base in _FOLD:
            if letter in folded:
                folded = folded.replace(letter, base)
    return folded


_FOLDED_VARIANTS = {"a": "(?:ae|a)", "o": "(?:oe|o)", "u": "(?:ue|u)"}


def _folded_anchor(form: str) -> str:
    """The first letters of a folded word as a pattern for folded text: plain letters but
    for the two-letter umlaut spellings ("ae" for "ä")."""
    return "".join(_FOLDED_VARIANTS.get(c, re.escape(c)) for c in form[:4])


class Matcher:
    """Decides which words of an original text a query matched, for highlights."""

    def __init__(self, query: Query, *, compound: bool = True) -> None:
        self.forms: set[str] = set()
        self.stems: set[str] = set()
        self.prefixes: list[str] = []
        self.heads: list[str] = []
        self.tails: list[str] = []
        self._memo: dict[str, bool] = {}
        anchors: set[str] = set()
        folded: set[str] = set()
        for item in query.positive_items():
            for word in item.words:
                form = stem(word) if not item.prefix else surface(word)
                anchors.add(_anchor(form))
                folded.add(_folded_anchor(form))
            for word in item.words:
                if item.prefix:
                    self.prefixes += [surface(word), stem(word)]
                    continue
                self.forms.add(surface(word))
                self.stems.add(stem(word))
                if compound and not item.is_phrase and stem(word).isalpha():
                    if len(stem(word)) >= MIN_HEAD_QUERY:
                        self.heads.append(stem(word))
                    if len(stem(word)) >= MIN_TAIL_QUERY:
                        self.tails.append(stem(word))

        self._anchors = re.compile("|".join(sorted(anchors)), re.IGNORECASE) if anchors else None
        # The same places found in folded text: no case-blind alternatives at every letter
        # (3-5× faster on the pages of a common word's results).
        self._folded = re.compile("|".join(sorted(folded))) if folded else None

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of the words of `text` the query matched, in order. Only words around a
        place where a query word's first letters occur are examined, not every word."""
        if self._anchors is None or self._folded is None:
            return []
        folded = _fold(text)
        found = (
            self._folded.finditer(folded)
            if len(folded) == len(text)  # a letter whose lower case is longer: rare
            else self._anchors.finditer(text)
        )
        spans: dict[int, int] = {}
        for match in found:
            start, end = match.start(), match.end()
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            if start in spans:
                continue
            while end < len(text) and text[end].isalnum():
                end += 1
            if self(text[start:end]):
                spans[start] = end
        return sorted(spans.items())

    def exact(self, word: str) -> bool:
        return surface(word) in self.forms or stem(word) in self.stems

    def __call__(self, word: str) -> bool:
        known = self._memo.get(word)
        if known is None:
            known = self._memo[word] = self._matches(word)
        return known

    def _matches(self, word: str) -> bool:
        if self.exact(word):
            return True
        form, word_stem = surface(word), stem(word)
        return (
            any(form.startswith(p) or word_stem.startswith(p) for p in self.prefixes)
            or any(word_stem.startswith(h) for h in self.heads)
            or any(word_stem.endswith(t) for t in self.tails)
        )


def snippet(text: str, matcher: Matcher) -> tuple[str, list[tuple[int, int]]]:
    """(snippet around the densest run of hits, highlight ranges in it)."""
    hits = matcher.find(text)
    if not hits:
        return _window(text, 0, 0), []
    # The window holding the most hits, starting at a hit (two pointers over the hits).
    best, best_count, end = 0, 0, 0
    for i, (start, _) in enumerate(hits):
        end = max(end, i)
        while end + 1 < len(hits) and hits[end + 1][0] - start < SNIPPET_CHARS * 0.6:
            end += 1
        if end - i + 1 > best_count:
            best, best_count = i, end - i + 1
    anchor = hits[best][0]
    window_start = max(0, anchor - SNIPPET_CHARS // 3)
    sentence = max(text.rfind(". ", 0, anchor), text.rfind("\n", 0, anchor))
    if sentence >= 0 and anchor - sentence < SNIPPET_CHARS // 2:
        window_start = sentence + 2 if text[sentence] == "." else sentence + 1
    while window_start > 0 and text[window_start - 1].isalnum():
        window_start -= 1
    window_end = min(len(text), window_start + SNIPPET_CHARS)
    while window_end < len(text) and text[window_end].isalnum():
        window_end += 1
    prefix = "…" if window_start > 0 else ""
    suffix = "…" if window_end < len(text) else ""
    shown = prefix + text[window_start:window_end].replace("\n", " ") + suffix
    offset = len(prefix) - window_start
    ranges = [(s + offset, e + offset) for s, e in hits if window_start <= s and e <= window_end]
    return shown, ranges


def _window(text: str, start: int, _end: int) -> str:
    body = text[start : start + SNIPPET_CHARS]
    return body.replace("\n", " ") + ("…" if len(text) > start + SNIPPET_CHARS else "")


def _rank_pages(
    index: SearchIndex, exact: str, full: str, page_scores: dict[str, list[tuple[float, int]]]
) -> None:
    """Best pages by bm25: exact matches first (weighted up); compound matches fill in when
    exact ones are fewer than PAGE_LIMIT, each below every exact page (a page of many rare
    compounds has a high bm25 of its own)."""
    rows = index.page_hits(exact, PAGE_LIMIT)
    seen = set()
    for brochure_id, page, score in rows:
        page_scores[brochure_id].append((score * EXACT_FACTOR, page))
        seen.add((brochure_id, page))
    ceiling = min((score * EXACT_FACTOR for _, _, score in rows), default=math.inf)
    if full != exact and len(rows) < PAGE_LIMIT:
        for brochure_id, page, score in index.page_hits(full, PAGE_LIMIT):
            if (brochure_id, page) not in seen:
                page_scores[brochure_id].append((min(score, 0.9 * ceiling), page))


def expand_abbreviations(
    query: Query, index: SearchIndex, known: Abbreviations = SHIPPED_ABBREVIATIONS
) -> None:
    """Let each word or phrase also match what it stands for or abbreviates: BMBF ↔
    "Bundesministerium für Bildung und Forschung", BAföG ↔ Bundesausbildungsförderungsgesetz."""
    for clause in query.clauses:
        for item in list(clause):
            if item.prefix:
                continue
            typed = abbreviation_key(" ".join(item.words))
            others = known.other_forms(item.words)
            for short, long in index.abbreviations_for(typed):
                others.append(long if abbreviation_key(short) == typed else short)
            for other in others:
                words = tuple(word for _, _, word in words_with_offsets(other))
                expanded = Item(words, column=item.column)
                if words and expanded not in clause:
                    clause.append(expanded)


def _excluded_brochures(index: SearchIndex, query: Query) -> set[str]:
    """Brochures that contain an excluded word anywhere: on a page or in their metadata."""
    found: set[str] = set()
    for item in query.excluded:
        text = item_expression(item, index, compound=False)
        if item.column:
            text = f"{{{item.column}}}: {text}"
        else:
            found |= index.brochures_matching(text)
        found |= {brochure for _, _, brochure, _ in index.record_hits(text)}
    return found


def run(
    index: SearchIndex,
    text: str,
    *,
    limit: int = 20,
    live_brochures: set[str] | None = None,
    sizes: dict[str, int] | None = None,
    abbreviations: Abbreviations = SHIPPED_ABBREVIATIONS,
) -> SearchOutcome:
    """Search `index`; `live_brochures` (the catalog's ids) drops rows of removed ones;
    `sizes` (brochure id → pages) lets long brochures count their extra pages less;
    `abbreviations` adds the user's pairs to the shipped ones."""
    query = parse(text)
    if query.is_empty:
        return SearchOutcome(text, 0, [])
    expand_abbreviations(query, index, abbreviations)
    body_clauses = [[i for i in c if i.column is None] for c in query.clauses]
    body_clauses = [c for c in body_clauses if c]
    field_clauses = [c for c in query.clauses if all(i.column for i in c)]

    # Records (brochures and examples) the field and year filters allow: ref → (kind, brochure)
    allowed: dict[str, tuple[str, str]] | None = None
    if field_clauses:
        rows = index.record_hits(expression(field_clauses, index, compound=True))
        allowed = {ref: (kind, brochure_id) for kind, ref, brochure_id, _ in rows}
    if query.year_from is not None and query.year_to is not None:
        in_years = index.records_in_years(query.year_from, query.year_to)
        allowed = in_years if allowed is None else {r: allowed[r] for r in allowed if r in in_years}
    if allowed is None and not body_clauses:  # only type: given
        allowed = index.records_of_kind(query.kind or "brochure")

    scores: dict[str, float] = defaultdict(float)
    example_scores: dict[str, float] = {}  # examples and notes: records of their own
    example_brochure: dict[str, str] = {}
    record_kind: dict[str, str] = {}
    page_scores: dict[str, list[tuple[float, int]]] = defaultdict(list)
    matched_fields: set[str] = set()
    unselective = False
    exact = full = ""
    if body_clauses:
        full = expression(body_clauses, index, compound=True)
        exact = expression(body_clauses, index, compound=False)
        whole_words = {ref for _, ref, _, _ in index.record_hits(exact)} if exact != full else None
        for kind, ref, brochure_id, score in index.record_hits(full):
            if kind == "brochure" and whole_words is not None and ref not in whole_words:
                scores[ref] += COMPOUND_METADATA_BONUS
            elif kind == "brochure":
                scores[ref] += METADATA_BONUS + score
                matched_fields.add(ref)
            else:  # an example or note whose own words match ranks above plain page hits
                example_scores[ref] = EXAMPLE_BONUS + score
                example_brochure[ref] = brochure_id
                record_kind[ref] = kind
        threshold = max(UNSELECTIVE_MIN, UNSELECTIVE_SHARE * index.page_count())
        unselective = index.count_pages(exact, up_to=int(threshold) + 1) > threshold
        if unselective:
            for brochure_id, (matching, size, first) in index.match_counts(exact).items():
                scores[brochure_id] += matching / math.sqrt(size) + math.log1p(matching)
                page_scores[brochure_id].append((0.0, first))
        else:
            _rank_pages(index, exact, full, page_scores)
            # Brochures whose pages match below the best PAGE_LIMIT still count and come last.
            for brochure_id in index.brochures_matching(full):
                scores[brochure_id] += 0.0
    else:
        assert allowed is not None
        for ref, (kind, brochure_id) in allowed.items():
            if kind == "brochure":
                scores[ref] += METADATA_BONUS
            else:
                example_scores[ref] = EXAMPLE_BONUS
                example_brochure[ref] = brochure_id
                record_kind[ref] = kind

    average = sum(sizes.values()) / len(sizes) if sizes else 0.0
    for brochure_id, pages in page_scores.items() if not unselective else ():
        pages.sort(reverse=True)
        values = [s for s, _ in pages]
        # The best page counts most; more pages add, with diminishing weight, and less in a
        # brochure longer than most.
        length = sizes.get(brochure_id, 0) / average if sizes and average else 1.0
        more = 0.3 * sum(values[1:10]) / (1 - LENGTH_B + LENGTH_B * length)
        scores[brochure_id] += values[0] + more + math.log1p(len(values))

    excluded = _excluded_brochures(index, query) if query.excluded else set()

    def keep(ref: str, brochure_id: str) -> bool:
        return (
            (allowed is None or ref in allowed)
            and (live_brochures is None or brochure_id in live_brochures)
            and brochure_id not in excluded
            and ref not in excluded
        )

    ranked: list[tuple[float, str, str]] = []  # (score, kind, ref)
    if query.kind in (None, "brochure"):
        ranked += [(scores[b], "brochure", b) for b in scores if keep(b, b)]
    if query.kind != "brochure":
        ranked += [
            (score, record_kind.get(ref, "example"), ref)
            for ref, score in example_scores.items()
            if keep(ref, example_brochure[ref])
            and (query.kind is None or record_kind.get(ref, "example") == query.kind)
        ]
    ranked.sort(key=lambda item: item[0], reverse=True)
    matcher = Matcher(query)
    first_pages = index.example_pages(
        ref for _, kind, ref in ranked[: limit * 2] if kind != "brochure"
    )
    results: list[Result] = []
    for score, kind, ref in ranked:
        if len(results) >= limit:
            break
        brochure_id = ref if kind == "brochure" else example_brochure[ref]
        if kind != "brochure":
            hits = [(score, first_pages.get(ref, 1))]
        else:
            hits = page_scores.get(ref, [])[:HITS_PER_RESULT]
            if not hits and body_clauses:
                query_text = exact if unselective else full
                hits = [(0.0, p) for p in index.first_pages(query_text, ref, HITS_PER_RESULT)]
                if not hits and ref not in matched_fields:
                    continue
        texts = index.page_texts(brochure_id, [p for _, p in hits])
        page_hits = []
        for page_score, page in hits:
            shown, ranges = snippet(texts.get(page, ""), matcher)
            page_hits.append(PageHit(page, page_score, shown, ranges))
        matched = ref in matched_fields or kind != "brochure"
        results.append(Result(kind, ref, brochure_id, score, page_hits, matched))
    return SearchOutcome(text, len(ranked), results)


def matching_pages(
    index: SearchIndex,
    text: str,
    brochure_id: str,
    abbreviations: Abbreviations = SHIPPED_ABBREVIATIONS,
) -> list[int]:
    """Every page of one brochure that the query's words match, in page order: a result
    shows its best few, the viewer's F3 goes through all of them. Asked for when a brochure
    is opened, not for every result (with hundreds of compound tails it costs ~5 ms each)."""
    query = parse(text)
    expand_abbreviations(query, index, abbreviations)
    body = [c for c in ([i for i in c if i.column is None] for c in query.clauses) if c]
    if not body:
        return []
    return index.first_pages(expression(body, index, compound=True), brochure_id, PAGE_MASK)
