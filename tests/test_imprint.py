"""Publisher and date as the document states them: every common imprint form, never a value
from running text, never the PDF's creation date as the publication year."""

from __future__ import annotations

import pytest

from brochuredesk.core.extract.imprint import guess_date, guess_publisher

BMWI_IMPRINT = (
    "Impressum\nHerausgeber\nBundesministerium für Wirtschaft und Energie (BMWi)\n"
    "Öffentlichkeitsarbeit\n11019 Berlin\nwww.bmwi.de\nStand\nJuni 2018\nDruck\nBMWi"
)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (BMWI_IMPRINT, "Bundesministerium für Wirtschaft und Energie (BMWi)"),
        ("Herausgeber*in\nBÜNDNIS 90 / DIE GRÜNEN\nPlatz vor dem Neuen Tor 1", "BÜNDNIS 90 / DIE GRÜNEN"),
        ("Herausgeberin: Stadt Lübeck, Der Bürgermeister", "Stadt Lübeck, Der Bürgermeister"),
        ("Hrsg.: foodRegio e.V., Lübeck", "foodRegio e.V."),
        ("1. Auflage 2013, Berlin\nherausgegeben von der\nPiratenpartei Deutschland\nPflugstraße 9a", "Piratenpartei Deutschland"),
        ("V.i.S.d.P.: Photonics BW e. V., Dr. Andreas Ehrhardt", "Photonics BW e. V."),
        ("Verlag: Bertelsmann Stiftung, Gütersloh", "Bertelsmann Stiftung"),
        ("Published by\nEuropean Cluster Collaboration Platform\nBrussels 2020", "European Cluster Collaboration Platform"),
        ("Publisher: Clusterland Oberösterreich GmbH", "Clusterland Oberösterreich GmbH"),
        ("Anleitung\nKarl Berry (Herausgeber)\nKöln, 27. Februar 2022", "Karl Berry"),
        ("Inhalt\nAnna Muster, Bertelsmann Stiftung\nDruck\nKock GmbH\n© 2015 Bertelsmann Stiftung\nCarl-Bertelsmann-Straße 256", "Bertelsmann Stiftung"),
        ("IMPRESSUM\nTechnologiestiftung Berlin 2022\nGrunewaldstraße 61–62\n10825 Berlin\nRedaktion:\nFrauke Nippel", "Technologiestiftung Berlin"),
        ("Herausgeber\nVersion 1.0 veröffentlicht am 30. September 2020 von Code for Germany.", "Code for Germany"),
    ],
)  # fmt: skip
def test_every_common_imprint_form_names_the_publisher(text: str, publisher: str) -> None:
    found = guess_publisher(["Titelseite", text], "")
    assert (found.value, found.sure) == (publisher, True)


@pytest.mark.parametrize(
    "text",
    [
        "BibTeX Felder\naddress\nAdresse des Verlages\npublisher\nVerlagsname\nschool",
        "location\nlist (literal)\npublisher\nlist (literal)\nDer Name des Verlags.",
        "terms of the GNU Free Documentation License, Version 1.1 or any later version\n"
        "published by the Free Software Foundation; with no Invariant Sections.",
        "Verlag für die Region: wir suchen Partner für unser Netzwerk.",
        "V.i.S.d.P.: Bernd Schlömer\nfragen@piratenpartei.de",
        "Die Herausgeber werden gebeten, die Texte rechtzeitig einzureichen.",
    ],
)
def test_running_text_after_a_label_like_word_is_not_a_publisher(text: str) -> None:
    assert guess_publisher(["Titelseite", text], "").value == ""


def test_a_letterhead_or_the_metadata_author_is_only_a_guess_to_review() -> None:
    letterhead = "Datenanfragen.de e. V.\nc/o Benjamin Altpeter\nSchreinerweg 6\n38126 Braunschweig"
    found = guess_publisher([letterhead + "\nGebührenordnung"], "")
    assert (found.value, found.sure) == ("Datenanfragen.de e. V.", False)
    assert guess_publisher(["Text"], "Code for Germany e.V.") == (
        "Code for Germany e.V.",
        "metadata",
    )
    assert guess_publisher(["Text"], "Max Mustermann").value == ""
    assert (
        guess_publisher(["Text"], "Johannes Nehlsen, Stabsstelle IT-Recht; Wolfgang Wiese").value
        == ""
    )


@pytest.mark.parametrize(
    ("pages", "date", "year"),
    [
        (["Titel", BMWI_IMPRINT], "2018-06", 2018),
        (["Stand: 28. November 2024\nProgramm"], "2024-11-28", 2024),
        (["Titel", "Impressum\nStand: 15.03.2020"], "2020-03-15", 2020),
        (["Magazin", "Impressum\nAusgabe 2/2019"], "2019", 2019),  # issue 2, not February
        (["Handbuch\nPublikationsdatum: 31.01.2024"], "2024-01-31", 2024),
        (["Titel", "Impressum\nRedaktion: A. B.\nDatenstand:\n05 / 2022"], "2022-05", 2022),
        (["Leitfaden\nJohannes Nehlsen\n12. Juni 2019\nZusammenfassung"], "2019-06-12", 2019),
        (["europecv\nNicola Vitacolonna\n2006/04/24 (Beta-Version)"], "2006-04-24", 2006),
        (["Kommentar\nProfessor R. O. Tenase\n11. 11. 2011\nInhalt"], "2011-11-11", 2011),
        (["BÜRGERForum", "Impressum\nDruck\nKock GmbH\n© 2015 Bertelsmann Stiftung"], "2015", 2015),
        (["LilyPond\nCopyright c\u20dd2002–2022 bei den Autoren."], "2022", 2022),
        (["Wikimedia\nDeutschland\nJahresbericht\n2016"], "2016", 2016),
        (["G\ne\nm\nei\nn\nde\nbr\nie\nf\nFebr\nuar u\nnd M\närz 2\n023\nSara aber sagte"], "2023", 2023),
    ],
)  # fmt: skip
def test_the_date_the_document_states(pages: list[str], date: str, year: int) -> None:
    assert guess_date(pages, "D:20250101").date == date
    assert guess_date(pages, "D:20250101").year == year


def test_no_stated_year_means_no_year_not_the_files_creation_date() -> None:
    flyer = ["Teilt Eure WLANs!\nFreifunk ist ein offenes Netz.\nKontakt: hamburg.freifunk.net"]
    assert guess_date(flyer, "D:20210228194053+01'00'") == ("", None, "")
    # a year in a sentence of the cover is a citation, a citation's edition is not ours
    poster = ["LLMs in Schulen\nHubert Dreyfus schrieb bereits im Jahr 1972 ein Buch darüber"]
    assert guess_date(poster, "D:20260709").year is None
    cited = ["Programm", "Werkausgabe Edition Suhrkamp, Frankfurt/Main 1967, Auflage 1990"]
    assert guess_date(cited, "D:20241119").year is None
    assert guess_date(["Ein Stand an einem belebten Ort 2020 zieht Blicke an."], "").year is None


def test_a_stated_date_counts_even_when_the_file_says_it_was_made_earlier() -> None:
    # layout programs keep the creation date of the template the brochure was made from
    pages = ["Energie-Newsletter\nAusgabe 2/2022", "Impressum\nStand: Oktober 2022"]
    assert guess_date(pages, "D:20200101120000").year == 2022
    # but a year on the cover after the file was made is a plan, not the edition
    assert guess_date(["Strategie\nZiele für 2030"], "D:20200101120000").year is None


@pytest.mark.parametrize(
    ("cover", "issuer"),
    [
        ("Wahlprogramm der Partei DIE LINKE\nzur Bundestagswahl 2013", "Partei DIE LINKE"),
        ("Alles\nlässt\nsich\nändern\nDas Wahlprogramm der\nFDP zur Bundestagswahl 2025", "FDP"),
        ("Münster – stark und attraktiv\n(Beschluss der Mitgliederversammlung der CDU Münster "
         "vom 1.2.2014)", "CDU Münster"),
        ("SPD Münster\nMünster für alle: Sozial und gerecht in die Zukunft", "SPD Münster"),
        ("LilyPond\nDas Notensatzprogramm\nDas LilyPond-Entwicklerteam\nDieser Aufsatz …",
         "LilyPond-Entwicklerteam"),
        ("Du hast ein Recht auf Datenschutz\nSeite 1 von 6\nDatenanfragen.de e. V.\nSatzung",
         "Datenanfragen.de e. V."),
    ],
)  # fmt: skip
def test_the_body_a_cover_names_is_a_publisher_to_check(cover: str, issuer: str) -> None:
    found = guess_publisher([cover, "Seite zwei"], "")
    assert (found.value, found.sure) == (issuer, False)


def test_a_title_naming_a_body_and_an_authors_affiliation_are_not_the_publisher() -> None:
    form = ["Antrag zur Mitgliedschaft im Bayerischen Go-Verein e.V.\nAngaben zur Person"]
    assert not guess_publisher(form, "").sure  # the body it names is offered only to check
    manual = ["europecv\nNicola Vitacolonna\nAbteilung Mathematik\nUniversität Udine, Italien"]
    assert guess_publisher(manual, "").value == ""


def test_a_name_above_an_address_at_the_foot_of_every_page_is_the_publisher() -> None:
    foot = "\nBSW – Vernunft und Gerechtigkeit\nc/o Mindspace · Krausenstr. 9-10 · 10117 Berlin"
    pages = [f"Text der Seite {n}, in Sätzen geschrieben.{foot}" for n in range(4)]
    assert guess_publisher(pages, "") == ("BSW – Vernunft und Gerechtigkeit", "letterhead")


def test_without_an_imprint_the_body_the_text_names_as_its_own_is_offered_to_check() -> None:
    # a membership form names its association with its legal form, on the form and again
    form = (
        "Antrag zur Mitgliedschaft im Bayerischen Go-Verein e.V.\n"
        "Hiermit beantrage ich die Mitgliedschaft im Bayerischen Go-Verein e.V. (BGoV).\n"
        "Name:\nVorname:"
    )
    found = guess_publisher([form], "")
    assert (found.value, found.sure) == ("Bayerischer Go-Verein e.V.", False)
    # a flyer says what it is
    flyer = ["Häufige Fragen\nWas kostet es?", "Was ist Freifunk?\nFreifunk ist eine "
             "nichtkommerzielle Initiative für freie Funknetzwerke. Wir bauen ein Netz."]  # fmt: skip
    assert guess_publisher(flyer, "") == ("Freifunk", "named")
    # a programme names its own party far more often than any other
    programme = ["Die SPD will Steuern erhöhen."] + [
        f"Kapitel {n}\nDie CDU steht für Wachstum. Mit der CDU und der CSU wird Deutschland stark."
        for n in range(12)
    ]
    assert guess_publisher(programme, "").value == "CDU/CSU"
    # a generic subject or a pronoun is no name; a stray mention is no publisher
    assert guess_publisher(["Ein Hackerspace ist ein offener Verein für alle."], "").value == ""
    assert guess_publisher(["Wir trafen die SPD einmal im Rathaus."], "").value == ""
