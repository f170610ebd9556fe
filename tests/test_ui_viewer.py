"""The viewer's hits: drawn on the glyphs the words matched (rotated pages too), stepped
through one by one with F3 / Shift+F3, counted on the page."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from conftest import corpus_dir
from PySide6.QtCore import Qt
from ui_support import isolated_settings, library_of, open_window, search_and_wait

from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index
from brochuredesk.ui.main_window import VIEWER

__all__ = ["isolated_settings", "open_window"]  # fixtures used by name


def _open_first_result(qtbot, window, query: str) -> None:  # type: ignore[no-untyped-def]
    search_and_wait(qtbot, window, query)
    window.searching.open_result(window.results.index(0, 0))
    assert window.center.currentIndex() == VIEWER
    qtbot.waitUntil(lambda: window.viewer.hits_on_page >= 1, timeout=20000)


def _library_of(tmp_path, pages: list[list[str]], name: str = "leuchttuerme.pdf"):  # type: ignore[no-untyped-def]
    from pdfs import make_pdf

    return library_of(tmp_path / "lib", [make_pdf(tmp_path / "in" / name, pages)])


def test_f3_steps_through_each_hit_then_to_the_next_page(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = _library_of(
        tmp_path,
        [
            ["Leuchttürme der Region", "Ein Leuchtturm an der Küste", "und noch ein Leuchtturm"],
            ["Nichts davon hier"],
            ["Der letzte Leuchtturm", "Leuchtturm Nummer fünf"],
        ],
    )
    window = open_window(root)
    _open_first_result(qtbot, window, "Leuchtturm")
    viewer = window.viewer
    viewer.go(1)
    qtbot.waitUntil(lambda: viewer.page == 1 and viewer.hits_on_page == 3, timeout=20000)
    assert viewer.hit_label.text() == "Hit 1 of 3 on this page"
    tops = [box[1] for box in viewer._hits]
    assert tops == sorted(tops)  # in reading order
    for number in (2, 3):
        viewer.jump_hit(1)
        assert viewer.page == 1
        assert viewer.hit_label.text() == f"Hit {number} of 3 on this page"
    viewer.jump_hit(1)  # past the last hit: the next page with hits (page 2 has none)
    qtbot.waitUntil(lambda: viewer.page == 3 and viewer.hits_on_page == 2, timeout=20000)
    assert viewer.hit_index == 0 and viewer.hit_label.text() == "Hit 1 of 2 on this page"
    assert viewer.next_hit.isEnabled()  # a second hit on this page is left
    viewer.jump_hit(1)
    assert not viewer.next_hit.isEnabled()  # nothing after the last hit of the last page
    viewer.jump_hit(-1)
    viewer.jump_hit(-1)  # back past the first: the previous page, at its last hit
    qtbot.waitUntil(lambda: viewer.page == 1 and viewer.hits_on_page == 3, timeout=20000)
    assert viewer.hit_index == 2


def test_hits_on_a_rotated_page_are_where_the_words_are(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "in" / "quer.pdf"
    source.parent.mkdir()
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Querformat mit dem Wort Drehprobe darin", fontsize=12)
    page.set_rotation(90)
    doc.save(source)
    root = tmp_path / "lib"
    with open_library(root) as library:
        index = open_index(library)
        import_paths(library, [source], index=index)
        index.close()
    window = open_window(root)
    _open_first_result(qtbot, window, "Drehprobe")
    (x0, y0, x1, y1) = window.viewer._hits[0]
    with pymupdf.open(source) as check:
        shown = check[0].rect  # the page as shown: landscape
        expected = check[0].search_for("Drehprobe")[0] * check[0].rotation_matrix
    assert shown.contains(pymupdf.Rect(x0, y0, x1, y1))
    for got, want in zip((x0, y0, x1, y1), expected, strict=True):
        assert abs(got - want) <= 1.0
    # and the picture agrees: the marked box is drawn in the page's shown orientation
    assert window.viewer._last is not None
    assert window.viewer._last.width > window.viewer._last.height
    qtbot.keyClick(window.viewer, Qt.Key.Key_Escape)


def test_the_viewer_names_the_printed_page(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = pymupdf.open()
    for number in range(1, 7):
        doc.new_page().insert_text((72, 100), f"Inhalt {number}", fontsize=12)
    doc.set_page_labels(
        [
            {"startpage": 0, "style": "r", "firstpagenum": 1},
            {"startpage": 2, "style": "D", "firstpagenum": 1},
        ]
    )
    source = tmp_path / "in" / "roemisch.pdf"
    source.parent.mkdir()
    doc.save(source)
    root = tmp_path / "lib"
    with open_library(root) as library:
        import_paths(library, [source])
    window = open_window(root)
    brochure = window.model.brochures[0]
    window.open_viewer(brochure, 6)
    assert window.viewer.count_label.text() == "/ 6  (printed 4)"
    window.viewer.go(2)
    assert window.viewer.count_label.text() == "/ 6  (printed ii)"


def test_a_phrase_query_marks_the_phrase_only(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = _library_of(
        tmp_path,
        [
            [
                "Werde Foodstarter heißt die Kampagne",
                "Foodstarter sind gefragt",
                "Werde jetzt Mitglied",
            ]
        ],
        name="phrase.pdf",
    )
    window = open_window(root)
    _open_first_result(qtbot, window, '"Werde Foodstarter"')
    viewer = window.viewer
    assert viewer.hits_on_page == 1  # not the lone "Foodstarter" and "Werde" further down
    with pymupdf.open(window.service.library.file_path(viewer.brochure)) as doc:
        (expected,) = doc[0].search_for("Werde Foodstarter")
    for got, want in zip(viewer._hits[0], expected, strict=True):
        assert abs(got - want) <= 1.0  # the box MuPDF gives for the phrase's glyphs


def test_f3_reaches_every_page_with_a_hit_not_only_the_listed_ones(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """ux-review 22/24: "Fachkräfte" on pp. 3, 9, 13, 15, 16, 44, 69, 72 of a programme; the
    result listed five of them and F3 went 16 → 69 and stopped, 9, 44 and 72 never reached."""
    with_word = {3, 9, 13, 15, 16, 44, 69, 72}
    root = _library_of(
        tmp_path,
        [
            ["Fachkräfte gewinnen und halten" if n in with_word else f"Seite {n} ohne das Wort"]
            for n in range(1, 75)
        ],
        name="programm.pdf",
    )
    window = open_window(root)
    _open_first_result(qtbot, window, "Fachkräfte")
    viewer = window.viewer
    qtbot.waitUntil(lambda: set(viewer.hit_pages) == with_word, timeout=20000)
    viewer.go(1)
    qtbot.waitUntil(lambda: viewer.drawn_page == 1, timeout=20000)
    reached = []
    while viewer.next_hit.isEnabled() and len(reached) < 20:
        viewer.jump_hit(1)
        qtbot.waitUntil(lambda: viewer.drawn_page == viewer.page, timeout=20000)
        reached.append(viewer.page)
    assert reached == sorted(with_word)


def test_select_words_highlight_them_with_a_note_find_it_and_open_its_page(
    qtbot, open_window, qapp, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Select words in the viewer → a note in a colour: the words stay marked in that colour,
    the details list the note (a link to its page), and search finds it as a note."""
    from ui_support import when_modal

    from brochuredesk.ui.notes_controller import NoteDialog

    root = _library_of(
        tmp_path, [["Titelseite"], ["Werde Foodstarter heißt die Kampagne", "Foodstarter gesucht"]],
        name="notiz.pdf",
    )  # fmt: skip
    window = open_window(root)
    brochure = window.model.brochures[0]
    window.open_viewer(brochure, 2)
    viewer = window.viewer
    qtbot.waitUntil(lambda: viewer.drawn_page == 2 and bool(viewer.image.words), timeout=20000)
    viewer.image.select_words(0, 1)
    assert viewer.image.selected_text() == "Werde Foodstarter"

    def write(dialog: NoteDialog) -> None:
        dialog.text.setPlainText("Für den Vorstand")
        dialog.color.setCurrentIndex(dialog.color.findData("green"))
        dialog.accept()

    when_modal(qapp, NoteDialog, write)
    viewer._new_note()  # Ctrl+M, or "Highlight with a note…" in the page's menu
    qtbot.waitUntil(lambda: bool(window.service.notes(brochure.id)), timeout=10000)
    (note,) = window.service.notes(brochure.id)
    assert (note.page, note.quote, note.text, note.color) == (
        2,
        "Werde Foodstarter",
        "Für den Vorstand",
        "green",
    )
    qtbot.waitUntil(lambda: viewer.image.marks != [])
    assert viewer.image.find_words("Werde Foodstarter") == range(0, 2)
    window.show_details(window.service.library.catalog.get(brochure.id))
    assert f'href="{note.id}"' in window.details.notes_list.text()
    viewer.go(1)
    window.details.notes_list.linkActivated.emit(note.id)
    qtbot.waitUntil(lambda: viewer.page == 2)
    outcome = window.service.search("Vorstand")
    assert [(r.kind, r.id) for r in outcome.results] == [("note", note.id)]


def _justified(path: Path) -> Path:
    """A justified paragraph whose lines open with a bold run, a word broken over two lines
    and a ligature: where MuPDF's search drifts, the glyphs still carry their places."""
    doc = pymupdf.open()
    page = doc.new_page()
    html = (
        "<p style='text-align:justify;font-size:11pt;width:300pt'>"
        "<b>Berufsabschluss nachholen.</b> Menschen in Helfertätigkeiten fördern wir auf "
        "ihrem Weg zu einer qualifizierten Fachkraft und entwickeln Anreize zum Erwerb "
        "beruflicher Qualifikationen. <b>Ausländische Fachkräfte gewinnen.</b> Dabei ist "
        "eine gute Qualifikation von zentraler Bedeutung, auch für den Fachkräftemangel "
        "im ländlichen Raum und die Fachkräfteoffensive der Länder.</p>"
    )
    page.insert_htmlbox(pymupdf.Rect(72, 72, 372, 400), html)
    page.insert_text((72, 460), "Die offene Stelle für eine Fach-", fontsize=11)
    page.insert_text((72, 474), "kraft im Verbund.", fontsize=11)
    doc.save(path)
    return path


def _word_boxes(page: pymupdf.Page, start: str) -> list[tuple[float, float, float, float]]:
    return [tuple(w[:4]) for w in page.get_text("words") if w[4].startswith(start)]


def test_highlights_sit_on_the_matched_glyphs_on_justified_and_bold_lines(tmp_path: Path) -> None:
    """Each hit's box is the box of exactly the glyphs it matched: on justified lines after a
    bold run, at a word's start and inside a compound, and one box per line for a word broken
    over two lines."""
    from brochuredesk.core.extract.hit_boxes import hit_boxes
    from brochuredesk.core.extract.pdf import TEXT_FLAGS

    with pymupdf.open(_justified(tmp_path / "justified.pdf")) as doc:
        page = doc[0]
        boxes = hit_boxes(page, ["Fachkraft", "Fachkräfte", "Fachkräft"], TEXT_FLAGS)
        words = _word_boxes(page, "Fachkr")
        whole = _word_boxes(page, "Fachkraft")  # the word is the term: the box is the word's
    assert len(words) == 4 and len(whole) == 1
    # every word 'Fachkr…' starts where its hit starts, on its line
    for word in words:
        hit = next(
            b for b in boxes if abs(b[1] - word[1]) < 2 and b[0] <= word[2] and b[2] >= word[0]
        )
        assert abs(hit[0] - word[0]) < 0.6, (hit, word)
        assert hit[2] <= word[2] + 0.6, (hit, word)
    assert any(abs(b[0] - whole[0][0]) < 0.6 and abs(b[2] - whole[0][2]) < 0.6 for b in boxes)
    # one hit per place: 'Fachkräfte' and 'Fachkräft' found at one place are one box
    assert len(boxes) == len({(round(b[0]), round(b[1])) for b in boxes})
    # 'Fach-' / 'kraft' over two lines: a box on each line
    broken = [b for b in boxes if b[1] > 440]
    assert len(broken) == 2 and broken[0][1] != broken[1][1]


def test_highlights_on_the_cdu_programme_are_on_the_word_not_beside_it() -> None:
    """Page 15 of the CDU/CSU programme of 2025, where MuPDF's search put the box on
    'Fachk[raft und]' and 'Fachkräf[te gewinn]en': the hits the viewer's render process
    sends begin where their words begin and never run past them."""
    from brochuredesk.core.extract.render import RenderRequest, RenderService

    path = corpus_dir("german") / "btw2025_cdu-csu-wp.pdf"  # skips without ../shared
    service = RenderService()
    try:
        page = service.render(RenderRequest(path, 15, 1.0, terms=("Fachkraft", "Fachkräfte")))
    finally:
        service.close()
    boxes = page.hits
    with pymupdf.open(path) as doc:
        words = [w for w in doc[14].get_text("words") if "fachkr" in w[4].casefold()]
    assert len(boxes) == len(words) == 7
    for word in words:
        hit = next(
            b for b in boxes if abs(b[1] - word[1]) < 2 and b[0] <= word[2] and b[2] >= word[0]
        )
        starts_inside = word[4].casefold().index("fachkr") > 0  # 'Arbeits- und Fachkräfte'
        assert starts_inside or abs(hit[0] - word[0]) < 0.6, (word[4], hit, word[:4])
        assert hit[2] <= word[2] + 0.6  # never past the word's end


def test_a_compound_found_as_its_parts_marks_the_parts(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """'Nachwuchsförderung' is nowhere as one word; the search finds the page with
    'Förderung des wissenschaftlichen Nachwuchses', and the viewer marks those words (it
    marked nothing: it looked for the word as typed)."""
    root = _library_of(
        tmp_path,
        [["Die Förderung des wissenschaftlichen Nachwuchses ist uns wichtig.", "Ein Grußwort"]],
        name="nachwuchs.pdf",
    )
    window = open_window(root)
    _open_first_result(qtbot, window, "Nachwuchsförderung")
    assert window.viewer.hits_on_page == 2
