"""Creating, changing and removing good-practice examples, keeping the index in step."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from brochuredesk.core.examples.structure.reading import LayoutReader
from brochuredesk.core.examples.suggest import Candidate, suggest
from brochuredesk.core.library.catalog import now_iso
from brochuredesk.core.library.example_records import (
    EXCERPT_CHARS,
    FIELDS_OF_ACTION,
    Example,
    clean_list,
    new_example_id,
    normalise_region,
    parse_pages,
)
from brochuredesk.core.library.folder import Library
from brochuredesk.core.library.records import STATUS_OK, Brochure
from brochuredesk.core.plain import replace
from brochuredesk.core.search.index import SearchIndex
from brochuredesk.core.text.clean import one_line

DISMISSED = "dismissed_suggestions"  # catalog setting: {brochure id: [Candidate.key, ...]}

EDITABLE = {
    "title", "organisation", "region", "sector", "fields_of_action", "summary", "url", "tags",
    "notes", "pages", "excerpt",
}  # fmt: skip


def excerpt(
    index: SearchIndex | None, brochure_id: str, first: int, last: int, page_count: int = 0
) -> str:
    """The text of the example's pages, from the index (no PDF is opened), without what is
    printed on every page (running headers and footers, page numbers): "Handbuch
    BürgerForum 18 | Vorbereitung" is no part of an example. `page_count`: the brochure's
    pages, read to know what repeats (none: the example's pages and their neighbours)."""
    if index is None:
        return ""
    around = range(1, page_count + 1) if page_count else range(max(1, first - 3), last + 4)
    texts = index.page_texts(brochure_id, around)
    running = running_lines(list(texts.values()))
    kept = []
    for page in range(first, last + 1):
        lines = [ln for ln in texts.get(page, "").split("\n") if not _is_running(ln, running)]
        kept.append("\n".join(lines).strip())
    return "\n\n".join(t for t in kept if t)[:EXCERPT_CHARS]


_PAGE_NUMBER = re.compile(
    r"^[\s\-–—|]*(?:(?:Seite|S\.|Page|p\.)\s*)?\d{1,4}(?:\s*(?:/|von|of)\s*\d{1,4})?[\s\-–—|]*$",
    re.I,
)


def _line_key(line: str) -> str:
    """A line as it repeats from page to page: numbers (the page's own) masked."""
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def running_lines(pages: Sequence[str]) -> set[str]:
    """Lines printed on a third of the pages or more (three at least): headers, footers."""
    seen: Counter[str] = Counter()
    for text in pages:
        seen.update({_line_key(ln) for ln in text.split("\n") if ln.strip()})
    least = max(3, len(pages) // 3)
    return {key for key, count in seen.items() if count >= least and len(pages) >= 3}


def _is_running(line: str, running: set[str]) -> bool:
    return bool(_PAGE_NUMBER.match(line.strip())) or _line_key(line) in running


def add_example(
    library: Library,
    index: SearchIndex | None,
    brochure_ref: str,
    pages: str,
    title: str,
    **fields: Any,
) -> Example:
    library.require_writable()
    brochure = library.catalog.get(brochure_ref)
    first, last = parse_pages(pages, brochure.page_count)
    stamp = now_iso()
    example = Example(
        id=new_example_id(),
        brochure_id=brochure.id,
        first_page=first,
        last_page=last,
        title=one_line(title) or brochure.title,
        created=stamp,
        modified=stamp,
    )
    _apply(example, fields, brochure.page_count)
    if not example.excerpt or (example.first_page, example.last_page) != (first, last):
        example.excerpt = excerpt(
            index, brochure.id, example.first_page, example.last_page, brochure.page_count
        )
    library.catalog.add_example(example)
    if index is not None:
        index.set_example(example, brochure.year)
    return example


def edit_example(library: Library, index: SearchIndex | None, ref: str, **fields: Any) -> Example:
    library.require_writable()
    example = library.catalog.get_example(ref)
    brochure = library.catalog.get(example.brochure_id)
    pages_before = (example.first_page, example.last_page)
    _apply(example, fields, brochure.page_count)
    if (example.first_page, example.last_page) != pages_before and not fields.get("excerpt"):
        example.excerpt = excerpt(
            index, brochure.id, example.first_page, example.last_page, brochure.page_count
        )
    changes = example.to_record()
    for fixed in ("id", "brochure_id", "created"):
        changes.pop(fixed)
    updated = library.catalog.update_example(example.id, **changes)
    if index is not None:
        index.set_example(updated, brochure.year)
    return updated


def remove_example(library: Library, index: SearchIndex | None, ref: str) -> Example:
    library.require_writable()
    example = library.catalog.remove_example(ref)
    if index is not None:
        index.remove_record(example.id)
    return example


def _apply(example: Example, fields: dict[str, Any], page_count: int) -> None:
    """Set the given fields (None means: leave as it is), cleaned the same way everywhere."""
    for name, value in fields.items():
        if value is None or name not in EDITABLE:
            continue
        if name == "pages":
            example.first_page, example.last_page = parse_pages(str(value), page_count)
        elif name in ("fields_of_action", "tags"):
            setattr(example, name, clean_list(list(value)))
        elif name == "region":
            example.region = normalise_region(str(value))
        elif name in ("summary", "notes"):
            setattr(example, name, str(value).strip())
        elif name == "excerpt":  # a passage chosen on the page, instead of the pages' text
            example.excerpt = str(value).strip()[:EXCERPT_CHARS]
        else:
            setattr(example, name, one_line(str(value)))


def dismissed_suggestions(library: Library, brochure_id: str) -> set[str]:
    """Keys of the suggestions the user dismissed in this brochure."""
    return set(library.catalog.setting(DISMISSED, {}).get(brochure_id, []))


def dismiss_suggestion(library: Library, brochure_id: str, key: str) -> None:
    """Remember that a suggestion is not an example, so it is not offered again."""
    library.require_writable()
    every = dict(library.catalog.setting(DISMISSED, {}))
    keys = every.get(brochure_id, [])
    if key not in keys:
        every[brochure_id] = [*keys, key]
        library.catalog.set_setting(DISMISSED, every)


def restore_suggestions(library: Library, brochure_id: str) -> int:
    """Offer a brochure's dismissed suggestions again; how many there were."""
    library.require_writable()
    every = dict(library.catalog.setting(DISMISSED, {}))
    keys = every.pop(brochure_id, [])
    if keys:
        library.catalog.set_setting(DISMISSED, every)
    return len(keys)


def layout_reader(library: Library) -> LayoutReader:
    """What reads brochures' layouts for suggestions, keeping them in this machine's cache."""
    return LayoutReader(library.cache_dir / "layout")


def suggestions_for(
    library: Library,
    index: SearchIndex,
    brochure: Brochure,
    include_dismissed: bool = False,
    reader: LayoutReader | None = None,
) -> list[Candidate]:
    """Candidates in one brochure, from its text in the index and its layout (read once in a
    worker process with a time limit, then kept in the cache)."""
    if not brochure.outline and brochure.id in library.catalog:  # a listing's brochure
        brochure = replace(brochure, outline=library.catalog.outline(brochure.id))
    pages = index.page_texts(brochure.id, range(1, brochure.page_count + 1))
    dismissed = set() if include_dismissed else dismissed_suggestions(library, brochure.id)
    vocabulary = _vocabulary(library)
    own = reader is None
    reader = reader or layout_reader(library)
    try:
        layout = reader.layout(library.file_path(brochure), brochure.sha256, brochure.password)
    finally:
        if own:
            reader.close()
    existing = library.catalog.examples(brochure.id)
    return suggest(brochure, pages, existing, dismissed, vocabulary, layout)


def suggest_everywhere(
    library: Library,
    index: SearchIndex,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[Brochure, Candidate]]:
    """Candidates in every readable brochure of the library, brochure by brochure."""
    brochures = [b for b in library.catalog.brochures() if b.status == STATUS_OK]
    with layout_reader(library) as reader:
        for done, brochure in enumerate(brochures, start=1):
            if cancelled is not None and cancelled():
                return
            for candidate in suggestions_for(library, index, brochure, reader=reader):
                yield brochure, candidate
            if progress is not None:
                progress(done, len(brochures))


def accept_suggestion(
    library: Library,
    index: SearchIndex | None,
    brochure_id: str,
    candidate: Candidate,
    **changes: Any,
) -> Example:
    """The candidate as an example, with the facts it was found with (`changes` override)."""
    fields: dict[str, Any] = {
        "organisation": candidate.organisation,
        "region": candidate.region,
        "sector": candidate.sector,
        "fields_of_action": list(candidate.fields),
        "url": candidate.url or candidate.contact,
    }
    fields.update({k: v for k, v in changes.items() if v is not None})
    title = str(fields.pop("title", "") or candidate.title)
    pages = str(fields.pop("pages", "") or candidate.pages)
    return add_example(library, index, brochure_id, pages, title, **fields)


def _vocabulary(library: Library) -> list[str]:
    """The fields of action the user works with: the standard ones and those in use."""
    used = [f for e in library.catalog.examples() for f in e.fields_of_action]
    return list(dict.fromkeys([*FIELDS_OF_ACTION, *used]))
