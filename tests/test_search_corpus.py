"""Search on real brochures nobody here wrote: the right brochure first, the right page among
its hits, with the spelling variants people type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from conftest import corpus_dir

from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import Library, open_library
from brochuredesk.core.search.index import SearchIndex
from brochuredesk.core.search.manage import open_index, search
from brochuredesk.core.text.normalize import stem

pytestmark = [pytest.mark.slow, pytest.mark.corpus]

CASES = [
    # query, file that must come first, a word the top page must contain (folded stem)
    ("Skolelinux", "debian-edu-bookworm-manual-de.pdf", "skolelinux"),
    ("mindestlohngesetz", "tl_milog-formular.pdf", "mindestlohngesetz"),
    ("Hackathons Verwaltungen", "okfde_hackathon_leitfaden.pdf", "hackathon"),
    ("barrierefreiheit", "rzby_leitfaden_barrierefreiheit.pdf", "barrierefreiheit"),
    ("kapitaen hook", "tl_koma_briefDIN.pdf", "kapitan"),
    ("Notenstecher", "lilypond_essay.de.pdf", "notenstech"),
    ('"Wikimedia Deutschland" Jahresbericht', "wmde_jahresbericht2016.pdf", "wikimedia"),
    ("Gebuehrenordnung", "datenanfragen_gebuehrenordnung.pdf", "gebuhrenordn"),
]


@pytest.fixture(scope="module")
def corpus_library(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Library, SearchIndex]]:
    library = open_library(tmp_path_factory.mktemp("corpus") / "lib")
    index = open_index(library)
    report = import_paths(library, [corpus_dir("german")], index=index)
    assert not report.failed
    yield library, index
    index.close()
    library.close()


@pytest.mark.parametrize(("query", "expected", "word"), CASES)
def test_right_brochure_first_and_right_page(
    corpus_library: tuple[Library, SearchIndex], query: str, expected: str, word: str
) -> None:
    library, index = corpus_library
    results = search(library, index, query).results
    assert results, query
    top = library.catalog.get(results[0].id)
    assert top.original_filename == expected
    page = results[0].hits[0].page
    with pymupdf.open(library.file_path(top)) as doc:  # read the page independently
        text = doc[page - 1].get_text().replace("-\n", "")
    stems = {stem(w) for w in text.split()} | {stem(w.strip(".,;:()»«„“")) for w in text.split()}
    assert any(s.startswith(word) or word in s for s in stems), (query, page)
    assert Path(library.file_path(top)).is_file()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the annual accounts, not a programme whose subtitle holds "Erfolgsbilanz"
        ("Bilanz", "tsb_jahresabschluss_2021.pdf"),
        # the 95-page handbook on citizen participation, not a 337-page programme that
        # mentions it on nine pages
        ("Bürgerbeteiligung", "bertelsmann_buergerforum_handbuch.pdf"),
    ],
)
def test_the_document_about_a_topic_comes_first(
    corpus_library: tuple[Library, SearchIndex], query: str, expected: str
) -> None:
    library, index = corpus_library
    top = search(library, index, query).results[0]
    assert library.catalog.get(top.id).original_filename == expected


def test_typos_abbreviations_and_topics_on_real_brochures(
    corpus_library: tuple[Library, SearchIndex],
) -> None:
    from benchmarks.search_forgiving import ABBREVIATIONS, RANKING, TYPOS, rank_of

    library, index = corpus_library
    index.learn_abbreviations()  # a no-op on an index this version made
    places = {
        name: [rank_of(library, index, query, wanted)[0] for query, wanted in rows]
        for name, rows in (("typos", TYPOS), ("abbreviations", ABBREVIATIONS), ("ranking", RANKING))
    }
    in_top3 = {name: sum(0 < p <= 3 for p in found) for name, found in places.items()}
    assert in_top3["typos"] >= 18, places["typos"]
    assert in_top3["abbreviations"] == len(ABBREVIATIONS), places["abbreviations"]
    assert in_top3["ranking"] == len(RANKING), places["ranking"]
