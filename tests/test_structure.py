"""Suggestions from a document's own structure: headings recovered from typography, the units
they open, contents pages left out, layouts read in a worker and kept in the cache."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from conftest import corpus_dir

from brochuredesk.core.examples.facts import read_facts
from brochuredesk.core.examples.good_practice import layout_reader, suggestions_for
from brochuredesk.core.examples.structure.candidates import find, runs_of, scored_units
from brochuredesk.core.examples.structure.cues import strip_label
from brochuredesk.core.examples.structure.headings import read_document
from brochuredesk.core.examples.structure.layout import read_layout
from brochuredesk.core.examples.structure.reading import LayoutReader
from brochuredesk.core.examples.structure.units import units
from brochuredesk.core.examples.suggest import named_in_unit, without_note_marks
from brochuredesk.core.extract.pdf import TEXT_FLAGS
from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index

PROFILES = [
    ("Karlsruhe: Reallabor Oststadt", "Quartier Zukunft e. V.", "Karlsruhe"),
    ("Marburg: Bürgerhaushalt 2030", "Stadtwerke Marburg GmbH", "Marburg"),
    ("Oldenburg: Pflegenetz Nord", "Pflegenetz Nord gGmbH", "Oldenburg"),
    ("Wiehl: Werkstatt Zukunft", "Zukunftswerkstatt Wiehl e. V.", "Wiehl"),
]
BODY = (
    "Das Projekt bringt Bürgerinnen, Verwaltung und Unternehmen an einen Tisch. In drei "
    "Werkstätten entstanden Vorschläge, die der Rat im Herbst beschlossen hat."
)


def _brochure(path: Path) -> Path:
    """A report of our own: contents, an introduction, four profiles one per page."""
    doc = pymupdf.open()
    contents = doc.new_page()
    contents.insert_text((60, 80), "Inhalt", fontsize=20, fontname="hebo")
    for i, (title, _, _) in enumerate(PROFILES):
        contents.insert_text((60, 130 + 22 * i), f"{title} {4 + i}", fontsize=11)
    contents.insert_text((60, 130 + 22 * 5), "Impressum 8", fontsize=11)
    intro = doc.new_page()
    intro.insert_text((60, 80), "Einleitung", fontsize=20, fontname="hebo")
    for i in range(14):
        intro.insert_text((60, 120 + 16 * i), BODY[:90], fontsize=10)
    doc.new_page().insert_text((60, 80), "Einblicke in die Praxis", fontsize=20, fontname="hebo")
    for title, organisation, city in PROFILES:
        page = doc.new_page()
        page.draw_rect(pymupdf.Rect(40, 50, 555, 110), color=None, fill=(0.85, 0.9, 0.95))
        page.insert_text((60, 90), title, fontsize=16, fontname="hebo", color=(0, 0.2, 0.5))
        y = 140
        for line in (BODY[:80], BODY[80:], f"Träger: {organisation}", f"Ort: {city}",
                     "Kontakt: www.beispiel.de"):  # fmt: skip
            page.insert_text((60, y), line, fontsize=10)
            y += 16
    imprint = doc.new_page()
    imprint.insert_text((60, 80), "Impressum", fontsize=20, fontname="hebo")
    imprint.insert_text((60, 120), "Herausgeber: Landesagentur für Beteiligung", fontsize=10)
    doc.save(path)
    return path


def test_headings_units_and_the_contents_page_come_from_the_typography(tmp_path: Path) -> None:
    with pymupdf.open(_brochure(tmp_path / "bericht.pdf")) as pdf:
        doc = read_document(read_layout(pdf, TEXT_FLAGS))
    assert doc.reference_pages == {1}
    assert doc.body_size == 10
    found = {u.heading.text: u for u in units(doc)}
    assert [found[t].first_page for t, _, _ in PROFILES] == [4, 5, 6, 7]
    # each profile ends where the next heading of its style begins: on its own page
    assert all(found[t].last_page == found[t].first_page for t, _, _ in PROFILES)
    assert "Träger: Quartier Zukunft e. V." in found[PROFILES[0][0]].lines
    assert found["Einblicke in die Praxis"].heading.size == 20
    assert strip_label("Example 7: Open Algorithms") == "Open Algorithms"
    assert strip_label("III.1 AIDIN | MyAidin.com") == "AIDIN | MyAidin.com"
    assert strip_label("Case study 2 – Skills Academy") == "Skills Academy"
    assert strip_label("12 | Gläserne Werkstatt") == "Gläserne Werkstatt"  # no bar left over


def test_profiles_are_suggested_with_evidence_and_never_on_the_contents_page(
    tmp_path: Path,
) -> None:
    with open_library(tmp_path / "lib") as library:
        index = open_index(library)
        try:
            report = import_paths(library, [_brochure(tmp_path / "bericht.pdf")], index=index)
            candidates = suggestions_for(library, index, report.added[0])
        finally:
            index.close()
    assert all(c.first_page != 1 for c in candidates)
    by_title = {c.title: c for c in candidates}
    offered = [t for t, _, _ in PROFILES if t in by_title]
    assert len(offered) >= 3, [(c.first_page, c.title) for c in candidates]
    first = by_title[offered[0]]
    assert first.organisation.endswith(("e. V.", "GmbH", "gGmbH"))
    assert first.evidence["organisation"].startswith("Träger: ")
    assert first.region in ("Baden-Württemberg", "Hessen", "Niedersachsen", "Nordrhein-Westfalen")
    assert 0 < first.confidence <= 1 and "%" in first.reason


def test_layouts_are_read_once_and_kept_in_the_cache(tmp_path: Path) -> None:
    pdf = _brochure(tmp_path / "bericht.pdf")
    cache = tmp_path / "cache"
    with LayoutReader(cache) as reader:
        pages = reader.layout(pdf, "abc123")
    assert pages is not None and len(pages) == 8
    assert (cache / "abc123.json.gz").is_file()
    pdf.unlink()  # from now on only the cache can answer
    with LayoutReader(cache) as reader:
        again = reader.layout(pdf, "abc123")
    assert again is not None and [p.lines[0].text for p in again] == [
        p.lines[0].text for p in pages
    ]


def test_a_file_that_is_no_pdf_gives_no_layout_and_no_error(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really\n")
    with LayoutReader(tmp_path / "cache") as reader:
        assert reader.layout(bad, "dead") in (None, [])
        assert reader.layout(tmp_path / "missing.pdf", "beef") is None


@pytest.mark.slow
@pytest.mark.corpus
def test_real_publications_get_no_candidate_on_pages_that_only_point_elsewhere(
    tmp_path: Path,
) -> None:
    folder = corpus_dir("practice")
    with open_library(tmp_path / "lib") as library:
        index = open_index(library)
        try:
            import_paths(library, [folder], index=index)
            with layout_reader(library) as reader:
                for brochure in library.catalog.brochures():
                    path = library.file_path(brochure)
                    pages = reader.layout(path, brochure.sha256)
                    assert pages is not None
                    reference = read_document(pages).reference_pages
                    for c in suggestions_for(library, index, brochure, reader=reader):
                        assert c.first_page not in reference, (brochure.original_filename, c)
        finally:
            index.close()


def _profiles_with_front_matter(path: Path) -> Path:
    """Profiles one per page, and a foreword and an imprint set in the profiles' own heading
    style (as SEND and Bertelsmann set theirs): same look, not examples."""
    doc = pymupdf.open()
    pages = [("Projekte im Porträt", "Landesagentur für Beteiligung GmbH")]
    pages += [("Vorwort: Beteiligung, die wirkt", "Träger: Landesagentur für Beteiligung GmbH")]
    pages += [(t, f"Träger: {o}") for t, o, _ in PROFILES]
    pages += [("Impressum | Kontakt", "Herausgeber: Landesagentur für Beteiligung GmbH")]
    for title, fact in pages:
        page = doc.new_page()
        page.draw_rect(pymupdf.Rect(40, 50, 555, 110), color=None, fill=(0.85, 0.9, 0.95))
        page.insert_text((60, 90), title, fontsize=16, fontname="hebo", color=(0, 0.2, 0.5))
        for i, line in enumerate((BODY[:80], BODY[80:], fact, "Kontakt: www.beispiel.de")):
            page.insert_text((60, 140 + 16 * i), line, fontsize=10)
    doc.save(path)
    return path


def test_the_documents_own_parts_are_never_offered_even_in_the_profiles_style(
    tmp_path: Path,
) -> None:
    with pymupdf.open(_profiles_with_front_matter(tmp_path / "profile.pdf")) as pdf:
        layout = read_layout(pdf, TEXT_FLAGS)
    titles = [f.title for f in find(layout, "Projekte im Porträt")]
    assert not any(t.startswith(("Vorwort", "Beteiligung", "Impressum")) for t in titles), titles
    assert len([t for t, _, _ in PROFILES if t in titles]) >= 3, titles


def test_the_organisation_is_read_from_the_units_own_name() -> None:
    # the heading is the name its web address spells
    assert named_in_unit("Payactive", ["Ein Cashback-Modell", "> https://payactive.eu"]) == (
        "Payactive"
    )
    # a name before its abbreviation, footnote marks dropped
    assert (
        named_in_unit("Data pools under the Accelerating Medicines Partnership (AMP)", [])
        == "Accelerating Medicines Partnership (AMP)"
    )
    assert named_in_unit("Making Sense of our environment: Smart Citizen", []) == "Smart Citizen"
    assert named_in_unit("Growing impact: mySociety", []) == "mySociety"
    assert without_note_marks("Smart Citizen334") == "Smart Citizen"
    assert without_note_marks("Bundesgartenschau 2029") == "Bundesgartenschau 2029"
    # a sentence after a colon names nobody
    assert named_in_unit("Warum es wirkt: das zeigen die Zahlen.", []) == ""
    # the part of the heading its own bare domain spells; an e-mail's domain is no address
    assert named_in_unit("AIDIN | MyAidin.com", ["Founded 2014"]) == "AIDIN"
    assert named_in_unit("Sanaro | sanaro.de", []) == "Sanaro"
    assert named_in_unit("Kardia", ["Kontakt: team@kardia.de"]) == ""
    # a body the first sentence names by what it is (the first of two; not a lone word)
    assert (
        named_in_unit(
            "Weather Data",
            ["the National Ocean and Atmospheric Administration freely provides data"],
        )
        == "National Ocean and Atmospheric Administration"
    )
    assert (
        named_in_unit(
            "Gesundheitsdaten", ["Das Bundesministerium für Bildung und Forschung fördert"]
        )
        == "Bundesministerium für Bildung und Forschung"
    )
    assert (
        named_in_unit(
            "Your Health Records",
            ["run by the Department of Veterans Affairs and Department of Health"],
        )
        == "Department of Veterans Affairs"
    )
    assert named_in_unit("Wetterdaten", ["The Foundation works with cities."]) == ""
    # an address spells umlauts out
    assert named_in_unit("Marktschwärmer", ["> https://marktschwaermer.de"]) == "Marktschwärmer"
    # the body whose project the heading says it is
    assert named_in_unit("Orange’s Data For Development challenges", []) == "Orange"
    assert named_in_unit("Data for Good initiative by Real Impact Analytics", []) == (
        "Real Impact Analytics"
    )
    # a coined name in the heading that the text uses again
    launched = ["In 2013, inBloom launched a data store for schools."]
    assert named_in_unit("inBloom dismantling due to public concerns", launched) == "inBloom"
    # a short heading of capitalised words that the text repeats is the body it portrays
    city = ["Die Stadt Mannheim fördert Gründungen.", "Die Stadt Mannheim lädt ein."]
    assert named_in_unit("Stadt Mannheim", city) == "Stadt Mannheim"
    assert named_in_unit("Stadt Mannheim", city[:1]) == ""  # said once: not yet a name
    farm = ["Der Grünhof ist ein Ort für Gründer.", "Der Grünhof vermietet Räume."]
    assert named_in_unit("Grünhof Freiburg", farm) == "Grünhof"  # the name, without its city
    # but not a place, nor a topic
    assert named_in_unit("Schweiz", ["In der Schweiz gilt …", "Die Schweiz hat …"]) == ""
    topic = ["Digital democracy tools …", "Digital democracy needs …"]
    assert named_in_unit("Digital democracy", topic) == ""
    # a legal form closes a name, not a sentence that mentions one
    assert read_facts("Grünhof wurde 2013 als GmbH gegründet.").organisation == ""
    assert read_facts("Heartbeat Edutainment gUG\nKunst für alle").organisation == (
        "Heartbeat Edutainment gUG"
    )


PARTNERSHIPS = [
    ("Data pools", "Accelerating Medicines Partnership (AMP)"),
    ("Mobile phone data for population counts", "Statistics Belgium (STATBEL)"),
    ("Satellite images of poverty", "Orbital Insight Analytics (OIA)"),
    ("Open algorithms", "Open Algorithms Project (OPAL)"),
]
PROSE = (
    "Data held by companies can complement official statistics when both sides agree on "
    "how it is shared, who pays for it and how the privacy of customers is protected."
)


def _discussion_paper(path: Path) -> Path:
    """A paper in running text whose examples are body-size lines 'Example N: …' between
    paragraphs (as PARIS21 sets them): no larger type, no colour, only the label and the
    numbers that go up by one mark them."""
    doc = pymupdf.open()
    for n, (topic, body) in enumerate(PARTNERSHIPS, start=1):
        page = doc.new_page()
        page.insert_text(
            (60, 70), f"{n}. Sharing data for statistics", fontsize=16, fontname="hebo"
        )
        y = 110
        for _ in range(6):
            page.insert_text((60, y), PROSE[:95], fontsize=10)
            y += 14
        page.insert_text((60, y + 10), f"Example {n}: {topic} under the {body}", fontsize=10)
        y += 38
        for line in (f"The {body} brings firms and statistical offices together.", PROSE[:95]):
            page.insert_text((60, y), line, fontsize=10)
            y += 14
        for _ in range(8):
            page.insert_text((60, y + 10), PROSE[:95], fontsize=10)
            y += 14
    doc.save(path)
    return path


def test_numbered_example_lines_in_running_text_are_a_run_of_examples(tmp_path: Path) -> None:
    with pymupdf.open(_discussion_paper(tmp_path / "paper.pdf")) as pdf:
        layout = read_layout(pdf, TEXT_FLAGS)
    found = find(layout, "New data sources")
    titles = [f.title for f in found]
    wanted = [f"{topic} under the {body}" for topic, body in PARTNERSHIPS]
    assert sum(t in titles for t in wanted) >= 3, titles
    assert not any(t.endswith("Sharing data for statistics") for t in titles), titles
    first = next(f for f in found if f.title == wanted[0])
    assert first.first_page == 1 and "Example 1" in first.heading


def test_the_body_a_sentence_names_as_initiator_is_the_organisation() -> None:
    text = (
        "Karlsruhe: BürgerForum „Nachhaltige Oststadt“\n"
        "Im Mittelpunkt stand die Frage, wie ein lebenswertes Quartier entstehen kann.\n"
        "Initiatoren des BürgerForums war das KIT-Projekt „Quartier Zukunft – Labor Stadt“, ange-\n"
        "siedelt am Institut für Technikfolgenabschätzung, in Kooperation mit der Stadt\n"
        "Unterstützende Organisationen: Zebralog GmbH & Co. KG, Berlin"
    )
    assert read_facts(text).organisation == "KIT-Projekt „Quartier Zukunft – Labor Stadt“"
    assert read_facts("Initiator des Forums war Oberbürgermeister Egon Vaupel.").organisation == (
        "Oberbürgermeister Egon Vaupel"
    )


def _factsheet(path: Path, label: str) -> Path:
    """Two pages of a series: the label at the top, the project's name in large type, its
    description, carrier and contact below, continued on page 2."""
    doc = pymupdf.open()
    first = doc.new_page()
    if label:
        first.insert_text((60, 60), label, fontsize=11, fontname="hebo", color=(0.8, 0.1, 0.1))
    first.insert_text((60, 100), "Lernfabrik 4.0 Ostwestfalen", fontsize=22, fontname="hebo")
    for i in range(20):
        first.insert_text((60, 140 + 15 * i), BODY[:90], fontsize=10)
    second = doc.new_page()
    for i, line in enumerate([BODY[:90]] * 12 + ["Träger: Handwerkskammer Ostwestfalen-Lippe",
                                                  "Kontakt: www.lernfabrik-owl.de"]):  # fmt: skip
        second.insert_text((60, 80 + 15 * i), line, fontsize=10)
    doc.save(path)
    return path


def test_a_short_factsheet_of_a_best_practice_series_is_one_example(tmp_path: Path) -> None:
    """Issue 24, 3.: a one- or two-page sheet labelled as an example is that example, all of
    it; the same sheet without the label (a flyer) is none."""
    with open_library(tmp_path / "lib") as library:
        index = open_index(library)
        try:
            added = import_paths(
                library,
                [_factsheet(tmp_path / "sheet.pdf", "Best Practice | Digitalisierung im Handwerk"),
                 _factsheet(tmp_path / "flyer.pdf", "")],
                index=index,
            ).added  # fmt: skip
            sheet, flyer = sorted(added, key=lambda b: b.original_filename != "sheet.pdf")
            offered = suggestions_for(library, index, sheet)
            none = suggestions_for(library, index, flyer)
        finally:
            index.close()
    assert [(c.first_page, c.last_page, c.title) for c in offered] == [
        (1, 2, "Lernfabrik 4.0 Ostwestfalen")
    ]
    assert offered[0].organisation == "Handwerkskammer Ostwestfalen-Lippe"
    assert none == []


CASES = ["Federal Register 2.0", "Going Electronic", "GuideStar and the Data Dive"]
SECTIONS = ["Barriers to Timely Filing", "Technical Issues", "Pricing Issues"]


def _policy_report(path: Path) -> Path:
    """A report in running text whose case boxes have centred titles in a typeface of their
    own, at the size and weight of its left-aligned section headings; figure captions and a
    field label in bold as well."""
    doc = pymupdf.open()
    for n, (case, section) in enumerate(zip(CASES, SECTIONS, strict=True), start=1):
        page = doc.new_page()
        width = pymupdf.get_text_length(case, fontname="tibo", fontsize=11)
        page.insert_text(((page.rect.width - width) / 2, 80), case, fontsize=11, fontname="tibo")
        for i in range(6):
            page.insert_text((72, 110 + 14 * i), BODY[:88], fontsize=10)
        page.insert_text((72, 220), f"Figure {n} – {case}", fontsize=10, fontname="hebo")
        page.insert_text((72, 260), section, fontsize=11, fontname="hebo")
        for i in range(20):
            page.insert_text((72, 290 + 14 * i), BODY[:88], fontsize=10)
        page.insert_text((72, 600), "Standort:", fontsize=10, fontname="hebo")
    doc.save(path)
    return path


def test_centred_titles_in_their_own_typeface_are_a_run_apart_from_the_sections(
    tmp_path: Path,
) -> None:
    with pymupdf.open(_policy_report(tmp_path / "report.pdf")) as pdf:
        layout = read_layout(pdf, TEXT_FLAGS)
    assert {line.font for page in layout for line in page.lines} >= {"times", "helvetica"}
    runs = [sorted(u.heading.text for u, _ in run.members) for run in runs_of(scored_units(layout))]
    assert sorted(CASES) in runs, runs
    assert sorted(SECTIONS) in runs, runs
    members = {text for run in runs for text in run}
    # a graphic's caption and a field's label are no example's title
    assert not any(text.startswith(("Figure", "Standort")) for text in members), runs


def test_a_case_box_framed_stroke_by_stroke_is_a_box(tmp_path: Path) -> None:
    """Some layouts draw a box's frame as separate strokes, its sides in pieces one per
    paragraph; the box test sees the frame, and not a rule under a heading."""
    doc = pymupdf.open()
    page = doc.new_page()
    left, right, top, bottom = 86, 526, 77, 432
    page.draw_line((left, top), (right, top))
    page.draw_line((left, bottom), (right, bottom))
    for y0, y1 in ((top, 316), (316, bottom)):  # each side in two pieces
        page.draw_line((left, y0), (left, y1))
        page.draw_line((right, y0), (right, y1))
    page.draw_line((86, 600), (526, 600))  # a lone rule is no box
    page.insert_text((232, 96), "Federal Register 2.0", fontsize=10, fontname="tibo")
    doc.save(tmp_path / "box.pdf")
    with pymupdf.open(tmp_path / "box.pdf") as pdf:
        layout = read_layout(pdf, TEXT_FLAGS)
    assert [tuple(round(v) for v in box) for box in layout[0].boxes] == [(86, 77, 526, 432)]


ENTRIES = [
    ("Repair Café Wiehl", "Ehrenamtliche reparieren einmal im Monat Geräte der Nachbarschaft"),
    ("Offene Werkstatt Bielstein", "Die Werkstatt leiht Werkzeug aus und bietet Kurse für Kinder"),
    ("Lastenrad Oberwiehl", "Drei Lastenräder stehen kostenlos zur Ausleihe im Ortskern bereit"),
]


def _profiles_with_a_list(path: Path) -> Path:
    """Profiles one per page, each with paragraphs opened by the series' own labels ('Ziel
    des Projekts:'); the last profile lists three initiatives, each a paragraph opened by
    its name and a colon, indented on its first line."""
    doc = pymupdf.open()
    for n, (title, organisation, _city) in enumerate(PROFILES):
        page = doc.new_page()
        page.insert_text((60, 90), title, fontsize=16, fontname="hebo", color=(0, 0.2, 0.5))
        y = 130
        for label in ("Ziel des Projekts", "Ergebnisse und Wirkung"):
            page.insert_text((72, y), f"{label}: {BODY[:60]}", fontsize=10)
            page.insert_text((60, y + 14), BODY[60:150], fontsize=10)
            y += 40
        page.insert_text((60, y), f"Träger: {organisation}", fontsize=10)
        y += 30
        if n == len(PROFILES) - 1:
            for name, text in ENTRIES:
                page.insert_text((72, y), f"{name}: {text[:40]}", fontsize=10)
                page.insert_text((60, y + 14), f"{text[40:]} und wird von der Stadt gefördert.",
                                 fontsize=10)  # fmt: skip
                y += 40
    doc.save(path)
    return path


def test_a_unit_that_lists_named_initiatives_offers_each_of_them(tmp_path: Path) -> None:
    with pymupdf.open(_profiles_with_a_list(tmp_path / "profile.pdf")) as pdf:
        layout = read_layout(pdf, TEXT_FLAGS)
    found = find(layout, "Profile aus der Region")
    titles = [f.title for f in found]
    # each initiative of the list is an example, under the profile that lists it
    for name, _text in ENTRIES:
        entry = next(f for f in found if f.title == name)
        assert entry.chapter == PROFILES[-1][0] and entry.first_page == len(PROFILES)
        assert any("gefördert" in line for line in entry.lines)
    # the series' own paragraph labels are no names: the other profiles stay one example each
    assert [t for t, _, _ in PROFILES[:-1]] == [t for t in titles if t not in dict(ENTRIES)]
    assert not any(t.startswith(("Ziel", "Ergebnisse", "Träger")) for t in titles), titles


def test_the_region_of_a_unit_abroad_is_where_it_says_and_a_town_gives_its_land() -> None:
    from brochuredesk.core.examples.facts import region_named
    from brochuredesk.core.examples.suggest import named_abroad

    lines = [
        "CAST is a charity based in London, UK, that helps other charities.",
        "Since 2014 it has trained 300 UK organisations; a partner in Berlin joined later.",
    ]
    assert named_abroad(lines) == "UK"  # named most often; Germany is the facts' business
    assert named_abroad(["proZorro started in Ukraine in 2014."]) == "Ukraine"
    assert named_abroad(["Das Projekt läuft im Vereinigten Königreich."]) == ""  # (inflected)
    assert named_abroad(["Ein Projekt in Berlin und Hamburg."]) == ""
    assert named_abroad(["Reclaim Fund, Vereinigtes Königreich"]) == "Vereinigtes Königreich"
    # a town of some size gives its Land, as the large cities did
    assert region_named("Marburg: BürgerForum „Bundesgartenschau 2029“") == "Hessen"
    assert region_named("Lüneburg") == "Niedersachsen"


def test_a_facts_field_in_bold_is_no_title() -> None:
    """A grey facts box with bold labels ("Projektträger: Agrisense GmbH") under each numbered
    portrait made a run of its own and took the portraits' place."""
    from brochuredesk.core.examples.structure.runs import is_fragment

    assert is_fragment("Projektträger: Agrisense GmbH")
    assert is_fragment("Standort: Osnabrück")
    assert not is_fragment("Sensorik für die Landwirtschaft")
    assert not is_fragment("01 | Sensorik für die Landwirtschaft")


def test_a_word_made_a_label_by_its_colon_is_not_the_title() -> None:
    """Member profiles with "Projekt: Solarstrom für Schulen" under the member's name: the
    example is the project, not "Projekt: …"; "Projektarbeit in Schulen" stays whole."""
    assert strip_label("Projekt: Solarstrom für Schulen") == "Solarstrom für Schulen"
    assert strip_label("Project: Smart Steps") == "Smart Steps"
    assert strip_label("Projektarbeit in Schulen") == "Projektarbeit in Schulen"
