"""A library made by an older version, whose years came from the PDF's creation date, gets the
stated facts once it is opened by this one; what the user edited stays."""

from __future__ import annotations

from pathlib import Path

from conftest import SAMPLES

from brochuredesk.core.importer.facts_refresh import FACTS_VERSION, needs_refresh, refresh_facts
from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index


def test_old_guesses_are_read_again_and_edits_kept(tmp_path: Path) -> None:
    with open_library(tmp_path / "lib") as library:
        index = open_index(library)
        import_paths(library, [SAMPLES], index=index)
        assert not needs_refresh(library)  # a new library holds the current reading
        by_name = {b.original_filename: b for b in library.catalog.brochures()}
        olec = by_name["OLEC_Newsletter_2_2022.pdf"]
        edited = by_name["Jahresbericht 2019 Carbon Composites.pdf"]
        # what an older version stored: the creation date's year, an empty publisher
        library.catalog.update_many({olec.id: {"year": 2020, "date": "2020", "publisher": ""}},
                                    touch=False)  # fmt: skip
        library.catalog.update(edited.id, year=1999, date="1999")  # the user's own value
        library.catalog.set_meta(facts_version=1)
        assert needs_refresh(library)

        assert refresh_facts(library, index) == 1
        fresh = library.catalog.get(olec.id)
        assert (fresh.year, fresh.date) == (2022, "2022-10")  # "Stand: Oktober 2022"
        assert fresh.publisher.startswith("OLEC e.V.") and fresh.modified == olec.modified
        assert library.catalog.get(edited.id).year == 1999
        assert library.catalog.meta()["facts_version"] == FACTS_VERSION
        assert refresh_facts(library, index) == 0  # once
        index.close()
