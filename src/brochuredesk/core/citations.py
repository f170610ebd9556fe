"""Citations of brochures and examples in the formats reference managers read: RIS (Citavi,
Zotero, EndNote), BibTeX (JabRef, LaTeX) and CSL-JSON (Zotero, pandoc, citeproc).

A brochure is a report (grey literature) whose publisher is its corporate author; an example
is a section of its brochure, cited with the brochure's title and the example's pages. Titles,
names and keywords are written as the catalog has them, umlauts included: every format here
is UTF-8 (BibTeX's special characters escaped).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from brochuredesk.core.errors import NotFoundError
from brochuredesk.core.library.catalog import Catalog
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.plain import datarecord

FORMATS = ("ris", "bibtex", "csl-json")
STYLES = ("din", "apa")  # one citation as text: DIN 1505-2 and APA 7


@datarecord(frozen=True)
class Cited:
    """One thing to cite: a brochure, or an example with its brochure."""

    brochure: Brochure
    example: Example | None = None


def cited(catalog: Catalog, refs: Sequence[str]) -> list[Cited]:
    """The brochures and examples named (ids or unique prefixes of either); all brochures and
    all examples when none are named."""
    if not refs:
        brochures = {b.id: b for b in catalog.brochures()}
        items = [Cited(b) for b in sorted(brochures.values(), key=lambda b: b.title.casefold())]
        examples = [e for e in catalog.examples() if e.brochure_id in brochures]
        return items + [Cited(brochures[e.brochure_id], e) for e in examples]
    found = []
    for ref in refs:
        try:
            found.append(Cited(catalog.get(ref)))
        except NotFoundError:
            example = catalog.get_example(ref)  # neither: its own "no such example" error
            found.append(Cited(catalog.get(example.brochure_id), example))
    return found


def render(items: Sequence[Cited], form: str) -> str:
    if form == "ris":
        return "".join(_ris(item) for item in items)
    if form == "bibtex":
        keys: set[str] = set()
        return "\n".join(_bibtex(item, keys) for item in items)
    if form == "csl-json":
        return json.dumps([_csl(item) for item in items], ensure_ascii=False, indent=2) + "\n"
    raise ValueError(form)


def _keywords(item: Cited) -> list[str]:
    if item.example is None:
        return list(item.brochure.tags)
    words = [*item.example.tags, *item.example.fields_of_action]
    return list(dict.fromkeys(words))


# -- RIS -------------------------------------------------------------------------------------
def _ris(item: Cited) -> str:
    b, e = item.brochure, item.example
    lines: list[tuple[str, str]] = [("TY", "RPRT" if e is None else "CHAP")]
    if e is None:
        lines += [("TI", b.title), ("T2", b.subtitle)]
    else:
        lines += [("TI", e.title), ("T2", b.title)]
    if b.publisher:
        lines += [("AU", b.publisher), ("PB", b.publisher)]
    if b.year:
        lines.append(("PY", str(b.year)))
    if b.date and b.date != str(b.year):
        lines.append(("DA", b.date))
    if e is None:
        lines.append(("SP", str(b.page_count or "")))  # a report's number of pages
    else:
        lines += [("SP", str(e.first_page)), ("EP", str(e.last_page))]
        lines += [("AB", e.summary), ("UR", e.url), ("N1", _organisation_note(e))]
    lines += [("LA", b.language)]
    lines += [("KW", word) for word in _keywords(item)]
    lines.append(("ID", e.id if e is not None else b.id))
    body = "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in lines if value)
    return body + "ER  - \r\n\r\n"


def _organisation_note(example: Example) -> str:
    facts = [example.organisation, example.region, example.sector]
    return " · ".join(x for x in facts if x)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# -- BibTeX ----------------------------------------------------------------------------------
_SPECIAL = re.compile(r"([&%$#_{}])")


def _tex(text: str) -> str:
    """A value as BibTeX reads it back: special characters escaped, umlauts kept (UTF-8)."""
    text = _one_line(text).replace("\\", r"\textbackslash{}")
    return _SPECIAL.sub(r"\\\1", text).replace("~", r"\textasciitilde{}")


def _key(item: Cited, taken: set[str]) -> str:
    b = item.brochure
    source = (b.publisher or b.title).split()[0] if (b.publisher or b.title).split() else "x"
    words = re.findall(r"\w+", unicodedata.normalize("NFKD", (item.example or b).title))
    first = next((w for w in words if len(w) > 3), words[0] if words else "")
    base = f"{source}{b.year or ''}{first}"
    base = "".join(c for c in unicodedata.normalize("NFKD", base) if c.isascii() and c.isalnum())
    key, number = base or b.id, 1
    while key in taken:
        number += 1
        key = f"{base}{chr(ord('a') + number - 2) if number <= 27 else number}"
    taken.add(key)
    return key


def _bibtex(item: Cited, taken: set[str]) -> str:
    b, e = item.brochure, item.example
    fields: list[tuple[str, str]] = []
    corporate = f"{{{_tex(b.publisher)}}}" if b.publisher else ""
    if e is None:
        kind = "techreport"
        fields += [("title", _tex(b.title)), ("subtitle", _tex(b.subtitle))]
        fields += [("author", corporate), ("institution", corporate)]
        fields += [("pagetotal", str(b.page_count or ""))]
    else:
        kind = "inbook"
        fields += [("title", _tex(e.title)), ("booktitle", _tex(b.title))]
        fields += [("author", corporate), ("publisher", corporate)]
        pages = (
            str(e.first_page) if e.first_page == e.last_page else f"{e.first_page}--{e.last_page}"
        )
        fields += [("pages", pages), ("abstract", _tex(e.summary)), ("url", e.url)]
        fields += [("note", _tex(_organisation_note(e)))]
    fields += [("year", str(b.year or "")), ("language", _tex(b.language))]
    fields += [("keywords", _tex(", ".join(_keywords(item))))]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@{kind}{{{_key(item, taken)},\n{body}\n}}\n"


# -- CSL-JSON --------------------------------------------------------------------------------
def _csl(item: Cited) -> dict[str, Any]:
    b, e = item.brochure, item.example
    record: dict[str, Any] = {"id": e.id if e is not None else b.id}
    if e is None:
        record.update(type="report", title=b.title)
        if b.page_count:
            record["number-of-pages"] = str(b.page_count)
    else:
        pages = (
            str(e.first_page) if e.first_page == e.last_page else f"{e.first_page}-{e.last_page}"
        )
        record.update(type="chapter", title=e.title, page=pages)
        record["container-title"] = b.title
        if e.url:
            record["URL"] = e.url
        if e.summary:
            record["abstract"] = e.summary
        if _organisation_note(e):
            record["note"] = _organisation_note(e)
    if b.publisher:
        record["author"] = [{"literal": b.publisher}]
        record["publisher"] = b.publisher
    if b.year:
        record["issued"] = {"date-parts": [[b.year]]}
    if b.language:
        record["language"] = b.language
    if _keywords(item):
        record["keyword"] = ", ".join(_keywords(item))
    return record


# -- one citation as text --------------------------------------------------------------------
# The styles as the Citation Style Language project keeps them (CC BY-SA 3.0), rendered by
# citeproc-py, the CSL processor for Python: what Zotero, Mendeley and pandoc cite by.
STYLE_FILES = {"din": "din-1505-2.csl", "apa": "apa.csl"}
_STYLE_FOLDER = Path(__file__).resolve().parents[1] / "csl"
_LOCALES = {"de": "de-DE", "en": "en-US"}


def format_citation(item: Cited, style: str, language: str = "de") -> tuple[str, str]:
    """(plain text, HTML with the title in italics) of one citation in DIN 1505-2 or APA 7,
    with the terms of `language` ("S." or "p."): a brochure as a report whose publisher is its
    corporate author, an example as a section of its brochure with its pages."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    if style not in STYLE_FILES:
        raise ValueError(style)
    record = _csl(item)
    source = CiteProcJSON([record])
    rendered = []
    for form in (formatter.plain, formatter.html):
        bibliography = CitationStylesBibliography(_style(style, language), source, form)
        bibliography.register(Citation([CitationItem(record["id"])]))
        rendered.append(str(bibliography.bibliography()[0]))
    return rendered[0], rendered[1]


@functools.lru_cache(maxsize=4)
def _style(style: str, language: str) -> Any:
    """A parsed style (parsing the XML takes 10 to 20 ms; the parsed one is only read)."""
    from citeproc import CitationStylesStyle

    locale = _LOCALES.get(language, "en-US")
    return CitationStylesStyle(str(_STYLE_FOLDER / STYLE_FILES[style]), locale, validate=False)
