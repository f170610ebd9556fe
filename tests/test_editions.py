"""Editions of one publication: grouped at import, listed by `editions`, split and joined by
hand. The brochures are set with reportlab (flowing paragraphs, a layout unlike ours), each
edition in another type size, so no page or line is the same between editions."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from conftest import corpus_dir
from test_cli import run, run_json

from brochuredesk.core.editions import groups as edition_groups
from brochuredesk.core.editions.fingerprint import fingerprint, similarity
from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index, search

WORDS = [
    "Fachkräfte",
    "Unternehmen",
    "Region",
    "Ausbildung",
    "Weiterbildung",
    "Netzwerk",
    "Cluster",
    "Mittelstand",
    "Digitalisierung",
    "Betriebe",
    "Förderung",
    "Projekt",
    "Partner",
    "Hochschule",
    "Kooperation",
    "Innovation",
    "Qualifizierung",
    "Beschäftigte",
    "Wettbewerb",
    "Standort",
    "Strategie",
    "Transfer",
    "Forschung",
    "Markt",
    "Handwerk",
    "Industrie",
    "Kommune",
    "Verwaltung",
    "Zukunft",
    "Wandel",
    "Beratung",
    "Angebot",
    "Praxis",
    "Erfolg",
]
GLUE = [
    "die",
    "der",
    "das",
    "und",
    "mit",
    "für",
    "im",
    "auf",
    "zum",
    "von",
    "bei",
    "wird",
    "werden",
    "sind",
    "haben",
    "eine",
    "einen",
]


def sentences(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        words = [rng.choice(WORDS if i % 2 == 0 else GLUE) for i in range(rng.randint(9, 16))]
        made.append(" ".join(words).capitalize() + f" im Jahr {rng.randint(2000, 2030)}.")
    return made


def write_brochure(
    path: Path, title: str, publisher: str, stand: str, body: list[str], size: float
) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = ParagraphStyle("body", fontName="Helvetica", fontSize=size, leading=size * 1.35)
    heading = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=26, leading=32)
    story = [Paragraph(title, heading), Paragraph(f"Stand: {stand}", style), PageBreak()]
    for start in range(0, len(body), 6):
        story.append(Paragraph(" ".join(body[start : start + 6]), style))
    story += [PageBreak(), Paragraph("Impressum", heading)]
    story += [Paragraph(f"Herausgeber: {publisher}", style), Paragraph(f"Stand: {stand}", style)]
    path.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story)
    return path


def editions_of(base: list[str], changes: int, seed: int) -> list[str]:
    """`base` with `changes` sentences rewritten and every figure updated."""
    rng = random.Random(seed)
    text = list(base)
    for position in rng.sample(range(len(text)), changes):
        text[position] = sentences(seed * 1000 + position, 1)[0]
    return [s.replace("20", "21", 1) for s in text]


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    base = sentences(1, 120)
    e2017 = editions_of(base, 12, 2)  # 90 % of the sentences kept
    e2018 = editions_of(e2017, 12, 3)  # 80 % of 2016's kept
    folder = tmp_path / "in"
    publisher = "Cluster Nord e.V."
    title = "Fachkräfte gewinnen im Mittelstand"
    write_brochure(folder / "fk-2016.pdf", title, publisher, "März 2016", base, 10)
    write_brochure(folder / "fk-2017.pdf", title, publisher, "April 2017", e2017, 11)
    write_brochure(folder / "fk-2018.pdf", title, publisher, "Mai 2018", e2018, 9)
    write_brochure(
        folder / "jb-a.pdf", "Jahresbericht", "Stiftung Alpha", "2019", sentences(7, 90), 10
    )
    write_brochure(
        folder / "jb-b.pdf", "Jahresbericht", "Verband Beta", "2019", sentences(8, 90), 10
    )
    return folder


def test_fingerprint_survives_new_layout_and_figures(shelf: Path) -> None:
    base = sentences(1, 120)
    same = similarity(fingerprint(base), fingerprint(editions_of(base, 12, 2)))
    other = similarity(fingerprint(base), fingerprint(sentences(7, 120)))
    assert same >= 0.6 and other <= 0.1


def test_editions_grouped_at_import_newest_first(shelf: Path, tmp_path: Path) -> None:
    library_dir = tmp_path / "lib"
    run(library_dir, "import", str(shelf))
    groups = run_json(library_dir, "editions")["groups"]
    assert len(groups) == 1, groups
    names = {b["id"]: b["original_filename"] for b in run_json(library_dir, "list")["brochures"]}
    assert [names[i] for i in groups[0]["brochure_ids"]] == [
        "fk-2018.pdf",
        "fk-2017.pdf",
        "fk-2016.pdf",
    ]
    # A search hit in an earlier edition says which one is newest.
    results = run_json(library_dir, "search", "Fachkräfte gewinnen")["results"]
    older = [r for r in results if names[r["id"]] == "fk-2016.pdf"]
    assert older and names[older[0]["newer_edition"]] == "fk-2018.pdf"
    newest = [r for r in results if names[r["id"]] == "fk-2018.pdf"]
    assert newest and "newer_edition" not in newest[0]


def test_split_and_join_by_hand_survive_a_regrouping(shelf: Path, tmp_path: Path) -> None:
    library = open_library(tmp_path / "lib")
    index = open_index(library)
    try:
        import_paths(library, [shelf], index=index)
        ids = {b.original_filename: b.id for b in library.catalog.brochures()}
        sketches = index.sketches()
        edition_groups.split(library, ids["fk-2016.pdf"], sketches)
        assert library.catalog.get(ids["fk-2016.pdf"]).edition_group == ""
        assert library.catalog.get(ids["fk-2017.pdf"]).edition_group != ""
        edition_groups.join(library, [ids["jb-a.pdf"], ids["jb-b.pdf"]], sketches)
        # Another import regroups everything: the user's decisions hold.
        edition_groups.regroup(library, index.sketches())
        assert library.catalog.get(ids["fk-2016.pdf"]).edition_group == ""
        group = library.catalog.get(ids["jb-a.pdf"]).edition_group
        assert group and group == library.catalog.get(ids["jb-b.pdf"]).edition_group
        # Searching still finds every edition.
        found = {r.id for r in search(library, index, "Fachkräfte gewinnen").results}
        assert {ids["fk-2016.pdf"], ids["fk-2017.pdf"], ids["fk-2018.pdf"]} <= found
    finally:
        index.close()
        library.close()


def test_cli_join_and_split(shelf: Path, tmp_path: Path) -> None:
    library_dir = tmp_path / "lib"
    run(library_dir, "import", str(shelf))
    ids = {b["original_filename"]: b["id"] for b in run_json(library_dir, "list")["brochures"]}
    joined = run_json(library_dir, "editions", "join", ids["jb-a.pdf"], ids["jb-b.pdf"])
    assert len(joined["groups"]) == 2
    split = run_json(library_dir, "editions", "split", ids["jb-b.pdf"])
    assert len(split["groups"]) == 1
    alone = run(library_dir, "editions", "split", ids["jb-b.pdf"], check=False)
    assert alone.returncode == 1 and "not in an edition group" in alone.stderr


def test_corpus_edition_pairs(tmp_path: Path) -> None:
    """On real brochures nobody here made: the two known near-duplicates group, nothing else."""
    german = corpus_dir("german")
    library_dir = tmp_path / "lib"
    run(library_dir, "import", str(german))
    names = {b["id"]: b["original_filename"] for b in run_json(library_dir, "list")["brochures"]}
    groups = json.loads(run(library_dir, "editions", "--json").stdout)["groups"]
    found = sorted(sorted(names[i] for i in g["brochure_ids"]) for g in groups)
    assert found == [["baygov_flyer.pdf", "baygov_flyer_scheidplatz.pdf"]]


def test_issues_of_a_series_are_not_editions() -> None:
    """Numbers other than years name another publication: the issues of a newsletter (or
    "Heft 3" and "Heft 4" of a series) are not editions of each other; the years of a title
    are its Stand."""
    from brochuredesk.core.editions.fingerprint import Member, find_groups

    members = [
        Member("a", "Energie-Newsletter Ausgabe 2/2022", "OLEC e.V.", "2022-06", "1"),
        Member("b", "Energie-Newsletter Ausgabe 3/2022", "OLEC e.V.", "2022-09", "2"),
        Member("c", "Jahresbericht 2018", "Stiftung Alpha", "2018", "3"),
        Member("d", "Jahresbericht 2019", "Stiftung Alpha", "2019", "4"),
        Member("e", "Heft 3: Fachkräfte", "Cluster 5", "2020", "5"),
        Member("f", "Heft 3: Fachkräfte", "Cluster 7", "2021", "6"),
    ]
    groups = find_groups(members)
    assert [g.members for g in groups] == [["d", "c"]]
