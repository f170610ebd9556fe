"""Search that forgives: a misspelt word is searched as the closest word the library holds
(and says so), abbreviations and long forms find each other (shipped, learned from the
brochures, added by the user), and nothing is corrected that was right or too short to judge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pdfs import indexed_library, make_pdf
from test_cli import run, run_json

from brochuredesk.core.library.folder import Library
from brochuredesk.core.search.index import SearchIndex
from brochuredesk.core.search.manage import add_abbreviation, search
from brochuredesk.core.search.spelling import correction
from brochuredesk.core.text.abbreviations import learn

DOCUMENTS: dict[str, list[list[str]]] = {
    "akquise": [["Leitfaden"], ["Die Teilnehmerakquise beginnt im Frühjahr mit einem Stand."]],
    "wandel": [["Studie"], ["Der Bevölkerungswandel trifft ländliche Regionen zuerst."]],
    "fachkraefte": [["Strategie"], ["Wir sichern Fachkräfte und Fachkraft für Fachkraft."]],
    "ministerium": [["Förderung"], ["Gefördert vom Bundesministerium für Bildung und Forschung."]],
    "bafoeg": [["Studium"], ["Das BAföG wird erhöht und die Freibeträge steigen."]],
    "quanten": [
        ["Jahresbericht"],
        ["Das Zentrum für Angewandte Quantentechnik (ZAQT) eröffnet ein Labor."],
    ],
    "kurz": [["Notiz"], ["Beim ZAQT gibt es freie Plätze."]],
    "eigen": [["Flyer"], ["Die GfKS lädt ein."]],
    "nachwuchs": [
        ["Bericht"],
        ["Die Förderung des wissenschaftlichen Nachwuchses ist uns wichtig."],
    ],
    "arbeit": [["Studie"], ["Der Markt für Arbeit wandelt sich."]],
}


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, SearchIndex]]:
    with indexed_library(tmp_path_factory.mktemp("forgiving"), DOCUMENTS) as opened:
        yield opened


def found(searchable: tuple[Library, SearchIndex], query: str, **options: bool) -> list[str]:
    library, index = searchable
    by_id = {b.id: Path(b.original_filename).stem for b in library.catalog.brochures()}
    return [by_id[r.brochure_id] for r in search(library, index, query, **options).results]


@pytest.mark.parametrize(
    ("typed", "meant", "document"),
    [
        ("Teilnehmerakqiuse", "Teilnehmerakquise", "akquise"),  # two letters swapped
        ("Bevölkerunswandel", "Bevölkerungswandel", "wandel"),  # a letter left out
        ("bevoelkerungswandl", "Bevölkerungswandel", "wandel"),  # umlaut spelt out, one missing
        ("Teilnehmerakquisr", "Teilnehmerakquise", "akquise"),  # the key next to it
    ],
)
def test_a_misspelt_word_is_searched_as_the_closest_word_and_says_so(
    searchable: tuple[Library, SearchIndex], typed: str, meant: str, document: str
) -> None:
    library, index = searchable
    outcome = search(library, index, typed)
    assert outcome.corrected_query == meant  # spelt as the brochure spells it
    assert outcome.query == typed
    assert [library.catalog.get(r.id).original_filename for r in outcome.results] == [
        f"{document}.pdf"
    ]
    hit = outcome.results[0].hits[0]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == [meant]
    # as typed, on request: nothing, and nothing corrected
    exact = search(library, index, typed, correct=False)
    assert (exact.total, exact.corrected_query) == (0, "")


def test_no_correction_when_the_word_exists_or_is_too_short(
    searchable: tuple[Library, SearchIndex],
) -> None:
    library, index = searchable
    right = search(library, index, "Fachkraft")
    assert right.corrected_query == "" and right.total == 1
    assert correction(index, "und") is None and correction(index, "uns") is None
    assert search(library, index, "Lbor").corrected_query == ""  # four letters: not judged
    nothing = search(library, index, "Quxzzyplonk")
    assert (nothing.total, nothing.corrected_query) == (0, "")


def test_abbreviations_and_long_forms_find_each_other(
    searchable: tuple[Library, SearchIndex],
) -> None:
    # shipped pairs, both ways, the long form highlighted where it stands
    assert found(searchable, "BMBF") == ["ministerium"]
    assert found(searchable, "Bundesausbildungsförderungsgesetz") == ["bafoeg"]
    library, index = searchable
    hit = search(library, index, "bmbf").results[0].hits[0]
    assert "Bildung" in [hit.snippet[s:e] for s, e in hit.highlights]
    # learned from a brochure that writes "Long Form (ABK)", used for all the others
    assert ("ZAQT", "Zentrum für Angewandte Quantentechnik") in learn(
        "Das Zentrum für Angewandte Quantentechnik (ZAQT) eröffnet."
    )
    assert sorted(found(searchable, '"Zentrum für Angewandte Quantentechnik"')) == [
        "kurz", "quanten"
    ]  # fmt: skip
    assert sorted(found(searchable, "ZAQT")) == ["kurz", "quanten"]


def test_a_user_adds_a_pair(searchable: tuple[Library, SearchIndex]) -> None:
    library, _ = searchable
    assert found(searchable, '"Gesellschaft für Kluge Städte"') == []
    add_abbreviation(library, "GfKS", "Gesellschaft für Kluge Städte")
    assert found(searchable, '"Gesellschaft für Kluge Städte"') == ["eigen"]


def test_long_forms_learned_are_names_not_sentences() -> None:
    text = (
        "Die Kommission zur Inklusion (KIB) tagt. Das Gesetz (GG) gilt. Energien (EEG) und "
        "Der Verein (VDE) lädt ein. 1406 Agrarpolitik (GAP). Mehr (siehe Seite 4)."
    )
    learned = dict(learn(text))
    assert "GG" not in learned and "GAP" not in learned and "EEG" not in learned
    assert "VDE" not in learned  # "Der Verein" does not spell V-D-E in order


def test_cli_says_what_it_searched(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "in" / "akquise.pdf", DOCUMENTS["akquise"])
    lib = tmp_path / "lib"
    run_json(lib, "import", str(source))
    document = run_json(lib, "search", "Teilnehmerakqiuse")
    assert document["query"] == "Teilnehmerakqiuse"
    assert document["corrected_query"] == "Teilnehmerakquise" and document["total"] == 1
    listing = run(lib, "search", "Teilnehmerakqiuse").stdout
    assert listing.startswith(
        "No results for ‘Teilnehmerakqiuse’ — results for ‘Teilnehmerakquise’"
    )
    as_typed = run_json(lib, "search", "Teilnehmerakqiuse", "--exact")
    assert as_typed["total"] == 0 and "corrected_query" not in as_typed
    run(lib, "abbreviation", "add", "TAK", "Teilnehmerakquise")
    assert run_json(lib, "search", "TAK")["total"] == 1


@pytest.mark.parametrize(
    ("typed", "meant", "document"),
    [
        ("Nachwuchsförderung", "Nachwuchs Förderung", "nachwuchs"),  # ux-review: said nothing
        ("Arbeitsmarkt", "Arbeit Markt", "arbeit"),  # the joining "s" taken off
    ],
)
def test_a_compound_the_library_never_writes_is_searched_as_its_parts(
    searchable: tuple[Library, SearchIndex], typed: str, meant: str, document: str
) -> None:
    library, index = searchable
    outcome = search(library, index, typed)
    assert outcome.corrected_query == meant
    assert [library.catalog.get(r.id).original_filename for r in outcome.results] == [
        f"{document}.pdf"
    ]
    assert search(library, index, typed, correct=False).total == 0


def _reference_osa(a: str, b: str) -> int:
    """The textbook table of the optimal-string-alignment distance, every cell filled."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


@given(st.text("aäbkr", max_size=10), st.text("aäbkr", max_size=10), st.integers(0, 3))
def test_the_banded_distance_is_the_full_tables_up_to_the_limit(a: str, b: str, limit: int) -> None:
    from brochuredesk.core.search.spelling import osa_distance

    assert osa_distance(a, b, limit) == min(_reference_osa(a, b), limit + 1)
