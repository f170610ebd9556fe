"""The query language of DESIGN.md §5, parsed into a small AST.

Words must all match; `"exact phrase"`; `a OR b`; `-word` excludes; `prefix*`; fields
`title: tag: publisher: org: region: sector: field:` (text), `year:2018`, `year:2015..2019`,
`type:brochure|example`. Nothing a user types is an error: unbalanced quotes and characters
that mean something to FTS5 are taken literally (or dropped when they carry no letters).
"""

from __future__ import annotations

import re

from brochuredesk.core.plain import datarecord, field
from brochuredesk.core.text.normalize import words_with_offsets

TEXT_FIELDS = {
    "title": "title",
    "titel": "title",
    "tag": "tags",
    "tags": "tags",
    "publisher": "publisher",
    "herausgeber": "publisher",
    "org": "org",
    "organisation": "org",
    "region": "region",
    "sector": "sector",
    "branche": "sector",
    "field": "fields",
    "handlungsfeld": "fields",
    "source": "source",
    "quelle": "source",
}
KINDS = {"brochure": "brochure", "broschüre": "brochure", "example": "example"}
KINDS["beispiel"] = "example"
KINDS.update(note="note", notiz="note")

_TOKEN = re.compile(
    r'(?P<neg>-)?(?:(?P<field>[^\W\d_]+):)?(?:"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+))'
)


@datarecord(frozen=True)
class Item:
    """A word (one entry in `words`, maybe a prefix) or a phrase (several words in order)."""

    words: tuple[str, ...]
    prefix: bool = False
    column: str | None = None  # records column for field queries; None = anywhere

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@datarecord
class Query:
    clauses: list[list[Item]] = field(default_factory=list)  # AND of ORs
    excluded: list[Item] = field(default_factory=list)
    year_from: int | None = None
    year_to: int | None = None
    kind: str | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        """Nothing to look for: no words, no fields, no years, no type."""
        return not self.clauses and self.year_from is None and self.kind is None

    def positive_items(self) -> list[Item]:
        return [item for clause in self.clauses for item in clause]


def parse(text: str) -> Query:
    """Parse a query string; never raises for any input."""
    query = Query(text=text)
    if text.count('"') % 2:
        text = text.replace('"', " ")  # an unbalanced quote is just a character
    pending_or = False
    for match in _TOKEN.finditer(text):
        negated = bool(match.group("neg"))
        field_name = (match.group("field") or "").lower()
        raw = match.group("phrase") if match.group("phrase") is not None else match.group("word")
        if not field_name and match.group("word") == "OR" and not negated:
            pending_or = bool(query.clauses)
            continue
        if field_name and field_name not in TEXT_FIELDS and field_name not in ("year", "jahr"):
            if field_name != "type" and field_name != "typ":
                raw = f"{field_name} {raw}"  # "foo:bar" with an unknown field: two words
                field_name = ""
        if field_name in ("year", "jahr"):
            _parse_year(query, raw)
            continue
        if field_name in ("type", "typ"):
            query.kind = KINDS.get(raw.lower(), query.kind)
            continue
        item = _item(raw, TEXT_FIELDS.get(field_name), phrase=match.group("phrase") is not None)
        if item is None:
            continue
        if negated:
            query.excluded.append(item)
        elif pending_or:
            query.clauses[-1].append(item)
        else:
            query.clauses.append([item])
        pending_or = False
    return query


def _item(raw: str, column: str | None, *, phrase: bool) -> Item | None:
    prefix = not phrase and raw.endswith("*")
    words = tuple(word for _, _, word in words_with_offsets(raw))
    if not words:
        return None
    if prefix and len(words) == 1 and len(words[0]) >= 2:
        return Item(words, prefix=True, column=column)
    return Item(words, column=column)


def _parse_year(query: Query, raw: str) -> None:
    match = re.fullmatch(r"(\d{4})?\s*(?:\.\.|-|–)\s*(\d{4})?|(\d{4})", raw.strip())
    if not match:
        return
    if match.group(3):
        query.year_from = query.year_to = int(match.group(3))
        return
    low, high = match.group(1), match.group(2)
    query.year_from = int(low) if low else 0
    query.year_to = int(high) if high else 9999
    if query.year_from > query.year_to:
        query.year_from, query.year_to = query.year_to, query.year_from
