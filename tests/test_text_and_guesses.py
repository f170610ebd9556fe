"""Text cleaning and the title/publisher/date heuristics, on text as PDFs deliver it."""

from __future__ import annotations

from brochuredesk.core.extract.metadata_guess import guess_title, is_real_title
from brochuredesk.core.text.clean import clean_page_text, dehyphenate, fix_characters
from brochuredesk.core.text.dates import parse_date, shown_date


def test_words_split_at_line_end_are_joined_but_elisions_and_real_hyphens_stay() -> None:
    text = "Angebote zur Weiter-\nbildung und Aus- und\nWeiterbildung per E-\nMail, Aus-\nund Fortbildung"
    assert dehyphenate(text) == (
        "Angebote zur Weiterbildung und Aus- und\nWeiterbildung per E-Mail, Aus- und Fortbildung"
    )


def test_decomposed_umlauts_and_soft_hyphens_are_repaired() -> None:
    assert fix_characters("M¨arz, Gr¨une, ¨Ubersicht") == "März, Grüne, Übersicht"
    assert (
        clean_page_text("Fach\u00adkräfte und Wei\u00ad\nterbildung")
        == "Fachkräfte und Weiterbildung"
    )


def test_typographic_ligatures_become_letters_so_words_are_found() -> None:
    assert clean_page_text("inoﬃzielle Auﬂage, ﬁnanziert") == "inoffizielle Auflage, finanziert"


def test_authoring_tool_titles_are_not_titles() -> None:
    for junk in (
        "Microsoft Word - Kommunalwahlprogramm 2014.docx",
        "untitled",
        "Layout 1",
        "KM_BTW 2025_Wahlprogramm_Langfassung.indd",
        "20130529_Manuskript",
        "Inhaltsverzeichnis",
        "",
    ):
        assert not is_real_title(junk), junk
    assert is_real_title("Leitfaden digitale Barrierefreiheit")


def test_cover_title_is_the_biggest_text_joined_across_lines() -> None:
    cover = [
        ("foodRegio", 12.0, (50, 40, 120, 52)),
        ("Clusterservice", 34.0, (50, 200, 300, 234)),
        ("Aus- und Weiterbildung", 34.0, (50, 242, 400, 276)),
        ("Wie Innovationscluster Fachkräfte sichern", 16.0, (50, 300, 400, 316)),
    ]
    title, subtitle = guess_title("Microsoft Word - final.docx", cover, ["x"], "datei")
    assert title == "Clusterservice Aus- und Weiterbildung"
    assert subtitle == "Wie Innovationscluster Fachkräfte sichern"


def test_metadata_title_wins_only_when_the_cover_confirms_it() -> None:
    cover = [("Das biblatex Paket", 17.0, (50, 100, 300, 117))]
    page = "Das biblatex Paket Philipp Lehman"
    assert guess_title("The BibLaTeX Package", cover, [page], "f")[0] == "Das biblatex Paket"
    confirmed = guess_title(
        "Leitfaden digitale Barrierefreiheit", cover, ["Leitfaden digitale Barrierefreiheit"], "f"
    )
    assert confirmed[0] == "Leitfaden digitale Barrierefreiheit"


def test_organisation_in_big_letters_is_the_sender_not_the_title() -> None:
    cover = [
        ("Datenanfragen.de e. V.", 22.8, (50, 50, 300, 73)),
        ("Satzung", 18.0, (50, 90, 200, 108)),
    ]
    assert guess_title("satzung.indd", cover, ["x"], "satzung")[0] == "Satzung"


def test_a_logotype_in_the_largest_letters_and_a_title_ending_in_a_colon() -> None:
    cover = [
        ("Access to New Data Sources for Statistics:", 32.0, (35, 51, 500, 83)),
        ("Business Models and Incentives for the", 32.0, (35, 90, 500, 122)),
        ("Corporate Sector", 32.0, (35, 128, 300, 160)),
        ("PARIS21", 44.7, (404, 681, 560, 725)),
        ("Discussion Paper No. 10", 19.0, (392, 774, 560, 793)),
    ]
    assert guess_title("", cover, ["x"], "paper")[0] == (
        "Access to New Data Sources for Statistics: Business Models and Incentives for the "
        "Corporate Sector"
    )
    cover = [
        ("Information for Impact:", 42.6, (67, 104, 500, 146)),
        ("Liberating Nonprofit Sector Data", 29.8, (67, 154, 500, 184)),
        ("By Beth Simone Noveck and Daniel L. Goroff", 15.4, (67, 216, 500, 231)),
    ]
    assert guess_title("", cover, ["x"], "report") == (
        "Information for Impact: Liberating Nonprofit Sector Data",
        "",
    )


def test_running_text_is_not_a_title_and_remarks_in_brackets_go() -> None:
    cover = [
        ("Münster – stark und attraktiv", 14.0, (50, 50, 400, 64)),
        ("(Beschluss der Mitgliederversammlung vom 1.2.2014)", 13.0, (50, 70, 400, 83)),
        ("Münster ist eine schöne Stadt. Die Menschen leben gerne hier und ihre", 12.0, (50, 90, 400, 102)),
        ("Gäste beneiden sie um die vielen Möglichkeiten der Stadt und des Landes.", 12.0, (50, 106, 400, 118)),
    ]  # fmt: skip
    assert guess_title("", cover, ["x"], "f")[0] == "Münster – stark und attraktiv"
    spaced = [("Mehr als 1 0 0 entscheidende Gründe", 36.0, (50, 50, 400, 86))]
    assert guess_title("", spaced, ["x"], "f")[0] == "Mehr als 100 entscheidende Gründe"


def test_word_processor_title_is_salvaged_when_the_cover_is_running_text() -> None:
    cover = [("Beschlossen auf dem Landesparteitag (7.12.2013) in Herne: Kommunalpolitische Leitlinien 2014", 12.0, (50, 50, 500, 62))]  # fmt: skip
    page = "Beschlossen auf dem Landesparteitag in Herne: Kommunalpolitische Leitlinien 2014"
    meta = "Microsoft Word - KommunalpolitischeLeitlinien 2014 - LPT.doc"
    assert guess_title(meta, cover, [page], "f")[0] == "Kommunalpolitische Leitlinien 2014 - LPT"


def test_a_title_ending_in_ev_is_kept_when_it_says_more_than_the_name() -> None:
    cover = [
        ("Antrag zur Mitgliedschaft im Bayerischen Go-Verein e.V.", 18.0, (50, 50, 400, 68)),
        ("Die hier erhobenen persönlichen Daten werden nur intern genutzt und nicht weitergegeben.", 10.0, (50, 80, 400, 90)),
    ]  # fmt: skip
    assert (
        guess_title("", cover, ["x"], "f")[0]
        == "Antrag zur Mitgliedschaft im Bayerischen Go-Verein e.V."
    )


def test_titles_a_user_had_to_fix_by_hand() -> None:
    """ux-review: '\\Huge Huge' (TeX source), 'infrage' (a word of a sentence), and four
    identical 'Gemeindebrief' whose issue date belongs in the title."""
    from brochuredesk.core.extract.metadata_guess import guess_title, with_issue

    box = (0.0, 0.0, 200.0, 40.0)
    assert (
        guess_title("", [("\\Huge Huge", 30.0, box)], [""], "tl_latexsheet-de")[0] != "\\Huge Huge"
    )
    assert guess_title("", [("infrage", 40.0, box)], [""], "wahlprogramm")[0] == "Wahlprogramm"
    assert guess_title("", [("Gemeindebrief", 40.0, box)], [""], "x")[0] == "Gemeindebrief"
    assert with_issue("Gemeindebrief", "2023-02") == "Gemeindebrief 02/2023"
    assert (
        with_issue("Gemeindebrief", "2023", "emk_jena_gemeindebrief_2023-09")
        == "Gemeindebrief 09/2023"
    )
    assert (
        with_issue("Gemeindebrief", "2024", "emk_jena_gemeindebrief_2023-09")
        == "Gemeindebrief 2024"
    )
    assert with_issue("Satzung", "2018-05") == "Satzung"  # not a periodical


def test_dates_are_read_as_people_type_them_and_shown_as_they_write_them() -> None:
    typed = {
        "2019": "2019", "2019-6": "2019-06", "2019-06-12": "2019-06-12", "12.06.2019": "2019-06-12",
        "1.2.2020": "2020-02-01", "06/2019": "2019-06", "6.2019": "2019-06", " ": "",
        "29.02.2024": "2024-02-29",
    }  # fmt: skip
    for text, iso in typed.items():
        assert parse_date(text) == iso, text
    for wrong in ("Sommer 2019", "32.01.2019", "29.02.2023", "13/2019", "2019-13", "19", "0999"):
        assert parse_date(wrong) is None, wrong
    assert shown_date("2019-06-12", german=True) == "12.06.2019"
    assert shown_date("2019-06-12", german=False) == "2019-06-12"
    assert shown_date("2019-06", german=True) == "06/2019" and shown_date("2019", True) == "2019"


def test_a_one_word_cover_title_takes_the_fuller_name_the_document_was_saved_under() -> None:
    cover = [
        ("LEITANTRAG", 48.0, (145, 300, 450, 360)),
        ("DER BUNDESPROGRAMMKOMMISSION", 22.0, (92, 380, 500, 410)),
    ]
    title, subtitle = guess_title(
        "Microsoft Word - Leitantrag Bundestagswahlprogramm 2025 Riesa", cover, ["x"], "wp"
    )
    assert title == "Leitantrag Bundestagswahlprogramm 2025 Riesa"
    assert subtitle == "LEITANTRAG DER BUNDESPROGRAMMKOMMISSION"
    # a saved name that does not start with the cover's word says nothing about it
    assert guess_title("Microsoft Word - Entwurf 3", cover, ["x"], "wp")[0] == "LEITANTRAG"


def _letter_pdf(path, lines):  # type: ignore[no-untyped-def]
    """A one-page PDF with (text, size, y) lines, as a word processor sets a letter."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    for text, size, y in lines:
        page.insert_text((60, y), text, fontsize=size, fontname="helv")
    doc.save(path)
    return path


def test_a_letter_is_titled_by_its_subject_or_by_who_wrote_to_whom(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from brochuredesk.core.extract.pdf import read_pdf

    head = [("CLUSTER NORD", 26, 60), ("Cluster Nord e. V. · Hafenstraße 1 · 24103 Kiel", 7, 130),
            ("Frau Dr. Anna Weber", 11, 150), ("Ministerium für Wirtschaft", 11, 164),
            ("Kiel, 3. Mai 2024", 11, 230)]  # fmt: skip
    body = [("Sehr geehrte Frau Dr. Weber,", 11, 290),
            ("vielen Dank für Ihre Nachricht. Wir senden Ihnen die Unterlagen.", 11, 310),
            ("Mit freundlichen Grüßen", 11, 350), ("Jan Petersen", 11, 380)]  # fmt: skip
    plain, _ = read_pdf(_letter_pdf(tmp_path / "brief.pdf", head + body))
    assert (plain.title, plain.subtitle) == (
        "Brief von Cluster Nord e. V. an Frau Dr. Anna Weber",
        "Kiel, 3. Mai 2024",
    )  # not "CLUSTER NORD", the letterhead in the largest letters
    subject = [("Betreff: Förderantrag Fachkräfteallianz", 11, 260)]
    with_subject, _ = read_pdf(_letter_pdf(tmp_path / "antrag.pdf", head + subject + body))
    assert with_subject.title == "Förderantrag Fachkräfteallianz"
    # a newsletter's editorial opens and closes like a letter, but has no address field
    editorial = [("Gemeindebrief", 30, 80), ("Liebe Gemeinde,", 11, 200),
                 ("in diesem Heft lesen Sie vom Sommerfest.", 11, 220),
                 ("Herzliche Grüße", 11, 260), ("Ihre Pastorin", 11, 280)]  # fmt: skip
    newsletter, _ = read_pdf(_letter_pdf(tmp_path / "gemeindebrief.pdf", editorial))
    assert newsletter.title == "Gemeindebrief"


def test_a_slogan_in_words_of_different_sizes_is_the_title(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The Pirates' programme of 2013: "wir / stellen das mal / infrage" over "Wahlprogramm".
    The short "wir" was dropped as a letter of text set on an arc, and "infrage" alone is no
    title, so the file's name was."""
    from brochuredesk.core.extract.pdf import read_pdf

    cover = [("wir", 74, 110), ("stellen das mal", 38, 160), ("infrage", 60, 225),
             ("Wahlprogramm", 30, 440), ("Zur Bundestagswahl 2013", 17, 470)]  # fmt: skip
    ext, _ = read_pdf(_letter_pdf(tmp_path / "btw2013_wahlprogramm_piraten.pdf", cover))
    assert ext.title == "Wir stellen das mal infrage"
