"""German-aware search over real generated PDFs: every row of DESIGN.md §5's matching table,
ranking, snippets in the original text, and a query language that never fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfs import indexed_library, make_pdf

from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import Library, open_library
from brochuredesk.core.search.index import SearchIndex
from brochuredesk.core.search.manage import open_index, search
from brochuredesk.core.search.query import parse

FILLER = "Die Geschäftsstelle lädt alle Mitglieder herzlich zum Sommerfest ein."

DOCUMENTS: dict[str, list[list[str]]] = {
    "gross": [["Titelseite"], [FILLER, "FACHKRÄFTE für die Region gesucht."]],
    "fachkraefte": [["Titelseite"], [FILLER, "Wir sichern Fachkräfte im Mittelstand."]],
    "strasse": [["Titelseite"], ["Die Akademie liegt in der Friedrich-Ebert-Straße 12."]],
    "umbruch": [["Titelseite"], ["Angebote zur Weiter-", "bildung für alle Beschäftigten."]],
    "elision": [["Titelseite"], ["Wir fördern die Aus- und Weiterbildung im Handwerk."]],
    "kompositum": [["Titelseite"], ["Neue Weiterbildungsangebote der Kammer."]],
    "schwanz": [["Titelseite"], ["Fachkräftesicherung ist eine Clusteraufgabe."]],
    "phrase": [["Titelseite"], ["Die Kampagne Werde Foodstarter wirbt für Berufe."]],
    "getrennt": [["Titelseite"], ["Werde Mitglied! Ein Foodstarter ist, wer beginnt."]],
    "innovation": [["Titelseite"], ["Innovation und Innovationen überall."] * 6],
    "ion": [["Titelseite"], ["Das Wort ion steht hier allein."]],
    "english": [["Cover"], ["Skilled workers are trained in regional clusters."]],
    "europa": [["Titelseite"], ["Junge Europäerinnen und Europäer gründen Startups."]],
    "trophaeen": [["Titelseite"], ["Die Messe zeigt keine Jagdtrophäen mehr."]],
    "plural": [["Titelseite"], ["Die Häuser der Kammern stehen offen."]],
}


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, SearchIndex]]:
    with indexed_library(tmp_path_factory.mktemp("search"), DOCUMENTS) as opened:
        yield opened


def names(searchable: tuple[Library, SearchIndex], query: str) -> list[str]:
    library, index = searchable
    by_id = {b.id: Path(b.original_filename).stem for b in library.catalog.brochures()}
    return [by_id[r.id] for r in search(library, index, query).results]


@pytest.mark.parametrize(
    ("query", "must_find"),
    [
        ("Fachkräfte", "fachkraefte"),
        ("Fachkräfte", "gross"),
        ("fachkraefte", "fachkraefte"),
        ("fachkrafte", "fachkraefte"),
        ("FACHKRÄFTE", "fachkraefte"),
        ("strasse", "strasse"),
        ("Weiterbildung", "umbruch"),
        ("Ausbildung", "elision"),
        ("Fachkraft", "fachkraefte"),
        ("Weiterbildung", "kompositum"),
        ("Sicherung", "schwanz"),
        ('"Werde Foodstarter"', "phrase"),
        ("trained", "english"),
        ("Europäer", "europa"),  # an umlaut followed by "e": europar, like "Europaer"
        ("europaer", "europa"),
        ("Trophäe", "trophaeen"),  # the tail of a compound, with umlaut and ending
        ("Haus", "plural"),  # inflection with umlaut
        ("Kammer", "plural"),
        ("Fachkräften", "fachkraefte"),  # a form the text does not have
    ],
)
def test_matching_table(
    searchable: tuple[Library, SearchIndex], query: str, must_find: str
) -> None:
    assert must_find in names(searchable, query)


def test_a_reopened_index_still_finds_forms_and_compound_tails(
    searchable: tuple[Library, SearchIndex],
) -> None:
    """Inflected forms and compounds are looked up in the index's vocabulary: it is stored
    with the pages, not kept in memory."""
    library, _ = searchable
    reopened = SearchIndex(library.index_path, read_only=True)
    try:
        by_id = {b.id: Path(b.original_filename).stem for b in library.catalog.brochures()}
        found = [by_id[r.id] for r in search(library, reopened, "Sicherungen").results]
        assert "schwanz" in found
        found = [by_id[r.id] for r in search(library, reopened, "Fachkraft").results]
        assert {"fachkraefte", "gross"} <= set(found)
    finally:
        reopened.close()


def test_phrase_does_not_match_the_words_apart(searchable: tuple[Library, SearchIndex]) -> None:
    assert names(searchable, '"Werde Foodstarter"') == ["phrase"]
    assert set(names(searchable, "Werde Foodstarter")) == {"phrase", "getrennt"}


def test_short_word_does_not_flood_with_substrings(searchable: tuple[Library, SearchIndex]) -> None:
    assert names(searchable, "ion") == ["ion"]


def test_exact_matches_rank_above_compound_matches(searchable: tuple[Library, SearchIndex]) -> None:
    found = names(searchable, "Weiterbildung")
    assert found.index("elision") < found.index("kompositum")


def test_snippet_shows_original_text_with_the_hit_marked(
    searchable: tuple[Library, SearchIndex],
) -> None:
    library, index = searchable
    result = search(library, index, "fachkraefte").results
    hit = next(r for r in result if "Mittelstand" in r.hits[0].snippet).hits[0]
    assert hit.page == 2
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert marked == ["Fachkräfte"]


def test_operators_and_fields(searchable: tuple[Library, SearchIndex]) -> None:
    assert "fachkraefte" not in names(searchable, "Fachkräfte -Mittelstand")
    assert set(names(searchable, "Mittelstand OR Handwerk")) == {"fachkraefte", "elision"}
    assert names(searchable, "Innovat*")[0] == "innovation"
    assert names(searchable, "title:Akademie") == []  # on page 2, not in the title
    assert names(searchable, "title:strasse") == ["strasse"]  # titled after its file name


def test_title_hit_outranks_many_body_hits(tmp_path: Path) -> None:
    titled = make_pdf(
        tmp_path / "t.pdf",
        [["Nachwuchsförderung", "im Cluster"], ["Ein Satz ohne das Wort."]],
        meta_title="Nachwuchsförderung im Cluster",
        title_size=30,
    )
    many = make_pdf(
        tmp_path / "m.pdf",
        [["Jahresbericht"]] + [[f"Seite {i}: Nachwuchsförderung wirkt."] for i in range(12)],
    )
    once = make_pdf(
        tmp_path / "o.pdf", [["Anderes Heft"], ["Fußnote: Nachwuchsförderung."], ["Ende"]]
    )
    with open_library(tmp_path / "lib") as library:
        index = open_index(library)
        import_paths(library, [once, many, titled], index=index)
        titles = [
            library.catalog.get(r.id).title
            for r in search(library, index, "Nachwuchsförderung").results
        ]
        index.close()
    assert titles == ["Nachwuchsförderung im Cluster", "Jahresbericht", "Anderes Heft"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_no_query_string_raises(searchable: tuple[Library, SearchIndex], text: str) -> None:
    library, index = searchable
    parse(text)
    outcome = search(library, index, text)
    assert outcome.total >= 0


@pytest.mark.parametrize(
    "text",
    ['"unbalanced', "NEAR(a b)", "a AND", "OR", "-", "*", "title:", "year:abc", "{a}: b", "^x"],
)
def test_fts_syntax_is_taken_literally(searchable: tuple[Library, SearchIndex], text: str) -> None:
    library, index = searchable
    search(library, index, text)


def _find_letter_by_letter(matcher, text: str) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """How highlights were found before the folded-text search: the reference."""
    spans: dict[int, int] = {}
    for match in matcher._anchors.finditer(text):
        start, end = match.start(), match.end()
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        if start in spans:
            continue
        while end < len(text) and text[end].isalnum():
            end += 1
        if matcher(text[start:end]):
            spans[start] = end
    return sorted(spans.items())


@given(
    st.text(alphabet="aeoustrÄÖÜäöüßéÉ -.\nKMUkmu", max_size=120),
    st.sampled_from(["Fachkräfte", "ärger", "Straße", "strasse", "KMU", "über*", "Öl", "u"]),
)
@settings(max_examples=300, deadline=None)
def test_highlights_in_folded_text_are_the_words_found_letter_by_letter(
    text: str, query: str
) -> None:
    from brochuredesk.core.search.engine import Matcher

    matcher = Matcher(parse(query))
    words = text + " Fachkräfte Aerger STRASSE Straße überall Oel kmu"
    assert matcher.find(words) == _find_letter_by_letter(matcher, words)


def test_a_phrase_is_highlighted_as_the_phrase_not_word_by_word() -> None:
    from brochuredesk.core.search.highlight import highlight_terms

    page = (
        "Werde Foodstarter ist eine Kampagne. Wer werden will, braucht Mut.\n"
        "Der Foodstarter-Preis geht an … WERDE\nFOODSTARTER, sagt das Plakat."
    )
    assert highlight_terms('"Werde Foodstarter"', page) == [
        "WERDE FOODSTARTER",
        "Werde Foodstarter",
    ]
    # a phrase and a word: the word wherever it stands, the phrase only as the phrase
    terms = highlight_terms('"Werde Foodstarter" Kampagne', page)
    assert set(terms) == {"Werde Foodstarter", "WERDE FOODSTARTER", "Kampagne"}
