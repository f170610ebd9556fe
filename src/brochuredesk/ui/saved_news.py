"""How many brochures each saved search finds that were not there when the user last opened
it here: worked out off the GUI thread with the catalog, shown beside the search's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brochuredesk.core.library.saved_searches import SavedSearch, new_since_seen, seen_results
from brochuredesk.ui.navigation import Filters

if TYPE_CHECKING:
    from brochuredesk.core.library.records import Brochure
    from brochuredesk.core.service import LibraryService

MAX_RESULTS = 2000  # brochures a saved query is counted over


def found_by(
    service: LibraryService, brochures: list[Brochure], search: SavedSearch
) -> set[str] | None:
    """The ids of the brochures the saved search finds (None while the index is built)."""
    chosen = brochures
    if search.query:
        if service.index is None:
            return None
        hits = {r.brochure_id for r in service.search(search.query, MAX_RESULTS).results}
        chosen = [b for b in brochures if b.id in hits]
    filters = Filters(search.facets)
    return {b.id for b in chosen if filters.passes(b)}


def saved_search_news(
    service: LibraryService, brochures: list[Brochure], searches: list[SavedSearch]
) -> dict[str, int]:
    """Saved search name → brochures new since it was last opened (those with none left out)."""
    seen = seen_results(service.library.cache_dir)
    news: dict[str, int] = {}
    for search in searches:
        if search.name.casefold() not in seen:
            continue
        found = found_by(service, brochures, search)
        count = new_since_seen(search, seen, found) if found is not None else 0
        if count:
            news[search.name] = count
    return news


def remember_seen(service: LibraryService, search: SavedSearch) -> None:
    """Off the GUI thread: what the search finds now counts as seen."""
    from brochuredesk.core.library.saved_searches import mark_seen

    found = found_by(service, service.brochures(), search)
    if found is not None:
        mark_seen(service.library.cache_dir, search.name, found)
