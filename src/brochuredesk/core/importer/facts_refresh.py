"""Publisher, date and review marks read again for libraries made before the imprint reader
improved: from the page texts the index holds (no PDF is opened), never for a fact the user
set, once per library (catalog meta `facts_version`)."""

from __future__ import annotations

from typing import Any

from brochuredesk.core.extract.imprint import guess_date, guess_publisher, imprint_pages
from brochuredesk.core.library.folder import Library
from brochuredesk.core.library.records import FACTS_VERSION, STATUS_OK
from brochuredesk.core.search.index import SearchIndex

META_KEY = "facts_version"


def needs_refresh(library: Library) -> bool:
    return not library.read_only and int(library.catalog.meta().get(META_KEY, 1)) < FACTS_VERSION


def refresh_facts(library: Library, index: SearchIndex) -> int:
    """Read the facts of untouched brochures again; how many changed."""
    if not needs_refresh(library):
        return 0
    changes: dict[str, dict[str, Any]] = {}
    changed = []
    for brochure in library.catalog.brochures():
        legacy_edit = not brochure.edited and brochure.modified != brochure.added
        if legacy_edit or brochure.status != STATUS_OK:
            continue  # the user's own values stay (older records do not say which they set)
        texts = index.page_texts(brochure.id, range(1, brochure.page_count + 1))
        pages = [texts.get(n, "") for n in range(1, brochure.page_count + 1)]
        if not any(pages):
            continue
        imprint = imprint_pages(pages)
        publisher = guess_publisher(pages, brochure.pdf_metadata.get("author", ""), imprint)
        dated = guess_date(pages, brochure.pdf_metadata.get("creationDate", ""), imprint)
        review = [n for n, fact in (("publisher", publisher), ("year", dated)) if not fact.sure]
        fresh: dict[str, Any] = {"review": review}
        if "publisher" not in brochure.edited:
            fresh["publisher"] = publisher.value
        else:
            fresh["review"] = [n for n in review if n != "publisher"]
        if not {"date", "year"} & set(brochure.edited):
            fresh.update(date=dated.date, year=dated.year)
        else:
            fresh["review"] = [n for n in fresh["review"] if n != "year"]
        if any(getattr(brochure, k) != v for k, v in fresh.items()):
            changes[brochure.id] = fresh
            for key, value in fresh.items():
                setattr(brochure, key, value)
            changed.append(brochure)
    library.catalog.update_many(changes, touch=False)
    library.catalog.set_meta(**{META_KEY: FACTS_VERSION})
    for brochure in changed:
        index.update_brochure_metadata(brochure)
    return len(changed)
