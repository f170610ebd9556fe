"""Generate test brochures with good-practice examples in house styles unlike our samples.

Made with reportlab (not PyMuPDF, which made our samples), texts written for these files:

- ministerium: one example per page headed by the measure's name, the network's name under it
  and a facts box in a sidebar; the cue word only on the chapter's title page; no bookmarks.
- landesagentur: a report with bookmarks; chapter "Praxisbeispiele" holds 2–3 page examples,
  each opened by its name and a "Träger:" line, running headers on every page.
- jahresbericht: an annual report with two half-page "Steckbrief" profiles per page.
- eu_casestudies: an English EU project brochure with "Case study 3: …" headings.
- positionspapier: a policy paper with imprint, contacts and named organisations, no examples.

More are written as HTML and turned into PDFs by LibreOffice Writer (`soffice`), as an
office user would make them:

- wirtschaftsfoerderung: headings exported as bookmarks, a "Projekte im Porträt" chapter,
  facts in a two-column table without colons, 2-page examples whose second page opens with a
  subheading, a kicker line above each headline.
- cluster_profiles: English profiles with the organisation above the headline and a facts
  table, no cue word anywhere.
- netzwerk_profile: two short German network profiles to a page, facts as "Label:" lines.
- case_boxes: grey full-page "CASE STUDY 2: …" boxes in an English report, and an "Example 5"
  box that runs over a page break.
- annex_entries: an annex of "III.1 NAME | domain" start-up entries, two or three to a page.
- best_practice_sheet: a two-page factsheet of a "Best Practice" series, one example in all.
- numbered_portraits: a chapter of numbered project portraits ("03 | Name") with a grey facts
  box, one or two pages each.

Writes tests/data/example_brochures/*.pdf and truth.json (the examples a reader marks in them).
Run `python scripts/make_example_brochures.py` after changing it; the PDFs are committed.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "example_brochures"
W, H = A4
LOREM = (
    "Die Beteiligten haben das Vorhaben gemeinsam geplant und Schritt für Schritt umgesetzt. "
    "Unternehmen, Schulen und Kammern brachten ihre Erfahrungen ein, die Geschäftsstelle "
    "koordinierte die Termine und sorgte für eine verlässliche Finanzierung. Nach zwei Jahren "
    "zeigen die Zahlen, dass sich der Aufwand lohnt: mehr Bewerbungen, weniger Abbrüche und "
    "neue Partnerschaften zwischen kleinen und großen Betrieben der Region."
)
LOREM_EN = (
    "The partners designed the scheme together and rolled it out step by step. Companies, "
    "universities and regional agencies contributed their experience while the cluster office "
    "coordinated the work and secured stable funding. Two years on, the figures show that the "
    "effort pays off: more applications, fewer drop-outs and new partnerships between small and "
    "large firms in the region."
)

Truth = list[dict[str, Any]]


def wrap(c: Canvas, text: str, x: float, y: float, width: float, font: str, size: float,
         leading: float) -> float:  # fmt: skip
    """Draw `text` as a left-aligned paragraph; returns the y below it."""
    words, line = text.split(), ""
    for word in words:
        trial = f"{line} {word}".strip()
        if c.stringWidth(trial, font, size) > width and line:
            c.setFont(font, size)
            c.drawString(x, y, line)
            y -= leading
            line = word
        else:
            line = trial
    if line:
        c.setFont(font, size)
        c.drawString(x, y, line)
        y -= leading
    return y - leading * 0.5


def cover_and_chapter(c: Canvas, cover: tuple[str, str, int], heading: str, text: str,
                      size: float) -> None:  # fmt: skip
    """A plain title page, then a page with one chapter of running text (Helvetica)."""
    title, subtitle, title_size = cover
    c.setFont("Helvetica-Bold", title_size)
    c.drawString(50, H - 250 + title_size * 1.7, title)
    c.setFont("Helvetica", 15)
    c.drawString(50, H - 280 + title_size * 1.7, subtitle)
    c.showPage()
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, H - 90, heading)
    wrap(c, text, 50, H - 120, 480, "Helvetica", size, 14)
    c.showPage()


def ministerium(c: Canvas) -> Truth:
    truth: Truth = []
    c.setFillColor(HexColor("#003366"))
    c.rect(0, H - 330, W, 330, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(50, H - 150, "Fachkräfte gewinnen")
    c.drawString(50, H - 190, "in Innovationsclustern")
    c.setFont("Helvetica", 14)
    c.drawString(50, H - 230, "Erfahrungen aus sechs Netzwerken")
    c.showPage()
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, H - 80, "Impressum")
    y = H - 100
    for line in ("Herausgeber", "Bundesministerium für Arbeit und Innovation", "Referat Cluster",
                 "11019 Berlin", "Stand", "März 2021"):  # fmt: skip
        c.setFont("Helvetica", 10)
        c.drawString(50, y, line)
        y -= 14
    c.showPage()
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, H - 100, "Einleitung")
    y = wrap(c, LOREM + " " + LOREM, 50, H - 140, 480, "Helvetica", 10.5, 14)
    c.showPage()
    c.setFillColor(HexColor("#003366"))
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 34)
    c.drawString(50, H / 2, "Gute Beispiele aus den Clustern")
    c.setFillColor(HexColor("#000000"))
    c.showPage()
    examples = [
        ("Werde Foodstarter", "foodRegio e. V.", "Schleswig-Holstein", "Ernährungswirtschaft",
         "Nachwuchsförderung, Ausbildung", "www.foodregio.de"),
        ("Azubi-Camp Photonik", "Photonics BW e. V.", "Baden-Württemberg", "Optische Technologien",
         "Ausbildung", "www.photonicsbw.de"),
        ("Karrierelotsen für Fachkräfte aus dem Ausland", "Netzwerk Maritime Wirtschaft Nord",
         "Bremen", "Maritime Wirtschaft", "Fachkräfteakquise, Internationalisierung",
         "www.maritim-nord.de"),
        ("Weiterbildungsverbund Leichtbau", "Carbon Composites e. V.", "Bayern",
         "Faserverbundwerkstoffe", "Weiterbildung", "www.composites-united.com"),
        ("Digitale Lernfabrik", "OLEC e. V.", "Niedersachsen", "Energiewirtschaft",
         "Digitalisierung, Weiterqualifizierung", "www.olec.de"),
        ("MINT-Sommerschule", "BioCon Valley GmbH", "Mecklenburg-Vorpommern",
         "Gesundheitswirtschaft", "Nachwuchsförderung", "www.bioconvalley.org"),
    ]  # fmt: skip
    for number, (title, org, land, sector, fields, url) in enumerate(examples, start=5):
        c.setFont("Helvetica", 8)
        c.drawString(50, H - 40, "Fachkräfte gewinnen in Innovationsclustern")
        c.setFont("Helvetica-Bold", 22)
        c.drawString(50, H - 90, title)
        c.setFont("Helvetica", 13)
        c.drawString(50, H - 115, org)
        y = H - 150
        for _ in range(3):
            y = wrap(c, LOREM, 50, y, 330, "Helvetica", 10, 13.5)
        c.setFillColor(HexColor("#e6eef5"))
        c.rect(400, H - 520, 150, 380, fill=1, stroke=0)
        c.setFillColor(HexColor("#000000"))
        y = H - 160
        for label, value in (("Clusterinitiative", org), ("Bundesland", land),
                             ("Branche", sector), ("Handlungsfelder", fields),
                             ("Kontakt", url)):  # fmt: skip
            c.setFont("Helvetica-Bold", 9)
            c.drawString(410, y, label)
            y = wrap(c, value, 410, y - 12, 130, "Helvetica", 9, 11) - 6
        c.setFont("Helvetica", 8)
        c.drawString(W / 2, 30, str(number))
        c.showPage()
        truth.append({"first": number, "last": number, "title": title, "organisation": org,
                      "region": land})  # fmt: skip
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, H - 100, "Was wir daraus lernen")
    wrap(c, LOREM, 50, H - 140, 480, "Helvetica", 10.5, 14)
    c.showPage()
    return truth


def landesagentur(c: Canvas) -> Truth:
    truth: Truth = []
    page = 1

    def header() -> None:
        c.setFont("Times-Italic", 8)
        c.drawString(60, H - 35, "Innovationsagentur Sachsen · Bericht 2022")
        c.drawRightString(W - 60, 30, f"Seite {page}")

    def new_page() -> None:
        nonlocal page
        c.showPage()
        page += 1
        header()

    header()
    c.setFont("Times-Bold", 28)
    c.drawString(60, H - 200, "Innovation in den Regionen")
    c.setFont("Times-Roman", 14)
    c.drawString(60, H - 230, "Bericht der Innovationsagentur 2022")
    c.bookmarkPage("p1")
    c.addOutlineEntry("Innovation in den Regionen", "p1", level=0)
    new_page()
    c.bookmarkPage("p2")
    c.addOutlineEntry("1 Überblick", "p2", level=0)
    c.setFont("Times-Bold", 18)
    c.drawString(60, H - 90, "1 Überblick")
    wrap(c, LOREM * 2, 60, H - 120, 470, "Times-Roman", 11, 15)
    new_page()
    c.bookmarkPage("p3")
    c.addOutlineEntry("2 Praxisbeispiele", "p3", level=0)
    c.setFont("Times-Bold", 18)
    c.drawString(60, H - 90, "2 Praxisbeispiele")
    wrap(c, "Auf den folgenden Seiten stellen wir Vorhaben vor, die andere nachahmen können.",
         60, H - 120, 470, "Times-Roman", 11, 15)  # fmt: skip
    new_page()
    examples = [
        ("Gläserne Werkstatt", "Träger: Silicon Saxony e. V., Dresden", "Silicon Saxony e. V.",
         "Sachsen", 2),
        ("Lernortkooperation Chemie", "Träger: Chemiepark Bitterfeld-Wolfen GmbH, Bitterfeld",
         "Chemiepark Bitterfeld-Wolfen GmbH", "Sachsen-Anhalt", 3),
        ("Pflegecampus Leipzig", "Träger: Gesundheitsnetzwerk Leipzig e. V.",
         "Gesundheitsnetzwerk Leipzig e. V.", "Sachsen", 2),
    ]  # fmt: skip
    for title, carrier, org, land, length in examples:
        first = page
        c.setFont("Times-Bold", 20)
        c.drawString(60, H - 90, title)
        c.setFont("Times-Italic", 12)
        c.drawString(60, H - 112, carrier)
        y = wrap(c, LOREM, 60, H - 145, 470, "Times-Roman", 11, 15)
        for extra in range(length - 1):
            y = wrap(c, LOREM + " " + LOREM, 60, y, 470, "Times-Roman", 11, 15)
            new_page()
            y = wrap(c, LOREM + " " + LOREM, 60, H - 80, 470, "Times-Roman", 11, 15)
            if extra == length - 2:
                wrap(c, f"Mehr dazu: www.{org.split()[0].lower()}.de", 60, y, 470,
                     "Times-Roman", 11, 15)  # fmt: skip
        truth.append({"first": first, "last": page, "title": title, "organisation": org,
                      "region": land})  # fmt: skip
        new_page()
    c.bookmarkPage("p-end")
    c.addOutlineEntry("3 Ausblick", "p-end", level=0)
    c.setFont("Times-Bold", 18)
    c.drawString(60, H - 90, "3 Ausblick")
    wrap(c, LOREM, 60, H - 120, 470, "Times-Roman", 11, 15)
    c.showPage()
    return truth


def jahresbericht(c: Canvas) -> Truth:
    truth: Truth = []
    cover = ("Jahresbericht 2023", "Cluster Ernährungswirtschaft Nord", 40)
    cover_and_chapter(c, cover, "Das Jahr im Überblick", LOREM + " " + LOREM, 10)
    profiles = [
        ("Bäckerei der Zukunft", "Backhaus Hansen GmbH", "Lübeck", "Schleswig-Holstein",
         "Lebensmittelhandwerk"),
        ("Fisch aus der Region", "Kutterfisch-Zentrale GmbH", "Cuxhaven", "Niedersachsen",
         "Fischwirtschaft"),
        ("Molkerei 4.0", "Meierei Horst eG", "Kiel", "Schleswig-Holstein", "Milchwirtschaft"),
        ("Ausbildung im Verbund", "Nordsee Snacks AB", "Göteborg", "Västra Götaland, Schweden",
         "Feinkost"),
        ("Regionale Vermarktung", "Hof Sonnenwiese GbR", "Rostock", "Mecklenburg-Vorpommern",
         "Landwirtschaft"),
    ]  # fmt: skip
    page = 3
    for index, (title, org, city, land, sector) in enumerate(profiles):
        top = index % 2 == 0
        y0 = H - 60 if top else H / 2 - 20
        c.setStrokeColor(HexColor("#7a9a3a"))
        c.rect(45, y0 - 330, W - 90, 330, fill=0, stroke=1)
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(55, y0 - 20, "Steckbrief")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(55, y0 - 42, title)
        y = y0 - 65
        for label, value in (("Unternehmen", org), ("Standort", city), ("Branche", sector),
                             ("Kontakt", f"info@{org.split()[0].lower()}.example")):  # fmt: skip
            c.setFont("Helvetica-Bold", 9)
            c.drawString(55, y, f"{label}:")
            c.setFont("Helvetica", 9)
            c.drawString(130, y, value)
            y -= 13
        wrap(c, LOREM, 55, y - 8, W - 120, "Helvetica", 9, 12)
        region = [land, city] if land not in city else [land]  # the text names only the city
        truth.append({"first": page, "last": page, "title": title, "organisation": org,
                      "region": region})  # fmt: skip
        if not top or index == len(profiles) - 1:
            c.showPage()
            page += 1
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, H - 90, "Finanzen")
    wrap(c, "Der Cluster finanziert sich aus Beiträgen seiner 84 Mitglieder und aus Mitteln des "
         "Landes. Kontakt: Geschäftsstelle, Tel. 0431 123456.", 50, H - 120, 480,
         "Helvetica", 10, 14)  # fmt: skip
    c.showPage()
    return truth


def eu_casestudies(c: Canvas) -> Truth:
    truth: Truth = []
    cover = ("Skills for Smart Specialisation", "Lessons from European clusters", 30)
    cover_and_chapter(c, cover, "Introduction", LOREM_EN + " " + LOREM_EN, 10.5)
    cases = [
        ("Skills Academy for Batteries", "Business Sweden AB", "Västra Götaland, Sweden",
         "Energy storage", 1),
        ("Digital Twins Apprenticeship", "Clúster Digital S.r.l.", "Lombardia, Italy",
         "Advanced manufacturing", 2),
        ("Green Hydrogen Upskilling", "Hydrogen Valley Network", "Groningen, Netherlands",
         "Hydrogen", 1),
        ("Agri-Food Talent Pipeline", "ForWind", "Niedersachsen",
         "Agri-food", 1),
    ]  # fmt: skip
    page = 3
    for number, (title, org, region, sector, length) in enumerate(cases, start=1):
        first = page
        c.setFont("Helvetica-Bold", 18)
        c.drawString(50, H - 80, f"Case study {number}: {title}")
        y = H - 110
        for label, value in (("Organisation", org), ("Region", region), ("Sector", sector),
                             ("Website", f"https://{org.split()[0].lower()}.example.eu")):  # fmt: skip
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, y, f"{label}:")
            c.setFont("Helvetica", 10)
            c.drawString(140, y, value)
            y -= 14
        y = wrap(c, LOREM_EN * 2, 50, y - 10, 480, "Helvetica", 10.5, 14)
        for _ in range(length - 1):
            c.showPage()
            page += 1
            wrap(c, LOREM_EN * 3, 50, H - 80, 480, "Helvetica", 10.5, 14)
        truth.append({"first": first, "last": page, "title": title, "organisation": org,
                      "region": region})  # fmt: skip
        c.showPage()
        page += 1
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, H - 90, "Conclusions")
    wrap(c, LOREM_EN, 50, H - 120, 480, "Helvetica", 10.5, 14)
    c.showPage()
    return truth


def positionspapier(c: Canvas) -> Truth:
    c.setFont("Times-Bold", 26)
    c.drawString(60, H - 200, "Positionspapier Fachkräftesicherung")
    c.setFont("Times-Roman", 13)
    c.drawString(60, H - 225, "Forderungen der Clusterplattform an Bund und Länder")
    c.showPage()
    for number, heading in enumerate(("1 Ausgangslage", "2 Forderungen", "3 Umsetzung"), 2):
        c.setFont("Times-Bold", 18)
        c.drawString(60, H - 90, heading)
        text = (
            "Die foodRegio e. V., die Photonics BW e. V. und weitere Netzwerke in Bayern und "
            "Sachsen haben ihre Erfahrungen eingebracht. " + LOREM + " " + LOREM
        )
        wrap(c, text, 60, H - 120, 470, "Times-Roman", 11, 15)
        c.setFont("Times-Roman", 8)
        c.drawString(W / 2, 30, str(number))
        c.showPage()
    c.setFont("Times-Bold", 12)
    c.drawString(60, H - 90, "Kontakt")
    y = H - 110
    for line in ("Clusterplattform Deutschland", "Geschäftsstelle", "Branche: alle",
                 "Tel. 030 123456", "www.clusterplattform.de"):  # fmt: skip
        c.setFont("Times-Roman", 10)
        c.drawString(60, y, line)
        y -= 14
    c.showPage()
    return []


BREAK = '<p style="page-break-before: always"></p>'
PARA = LOREM + " " + LOREM


def _facts_table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td width='30%'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table border='1' cellpadding='4' width='100%'>{cells}</table>"


def wirtschaftsfoerderung() -> tuple[str, Truth]:
    parts = [
        "<h1>Wirtschaftsförderung Nord</h1><p>Projekte, die Fachkräfte halten</p>",
        BREAK, "<h1>1 Einleitung</h1>", f"<p>{PARA}</p>",
        BREAK, "<h1>2 Projekte im Porträt</h1>",
        "<p>Die folgenden Projekte zeigen, wie Betriebe und Netzwerke zusammenarbeiten.</p>",
    ]  # fmt: skip
    examples = [
        ("Logistik-Talente", "Hafenlogistik Kiel GmbH (Kiel)", "Hafenlogistik Kiel GmbH",
         "Schleswig-Holstein", "Logistik", 2),
        ("Pflege im Tandem", "Diakonie Nordost e. V. (Greifswald)", "Diakonie Nordost e. V.",
         "Mecklenburg-Vorpommern", "Pflege", 2),
        ("Handwerk macht Schule", "Kreishandwerkerschaft Elbe-Weser GmbH (Cuxhaven)",
         "Kreishandwerkerschaft Elbe-Weser GmbH", "Niedersachsen", "Handwerk", 1),
        ("Energieberufe erleben", "Klimaschutzagentur Region Hannover GmbH (Hannover)",
         "Klimaschutzagentur Region Hannover GmbH", "Niedersachsen", "Energie", 2),
    ]  # fmt: skip
    truth: Truth = []
    page = 4
    for title, carrier, org, land, sector, length in examples:
        parts += [
            BREAK, "<p><i>Fachkräfte sichern</i></p>", f"<h2>{html.escape(title)}</h2>",
            f"<p><b>{html.escape(carrier)}</b></p>",
            _facts_table([("Branche", sector), ("Laufzeit", "2019 bis 2022"),
                          ("Förderung", "Europäischer Sozialfonds"),
                          ("Kontakt", f"www.{org.split()[0].lower()}.de")]),
            f"<p>{LOREM}</p>",
        ]  # fmt: skip
        if length == 2:
            parts += [BREAK, "<h3>Ergebnisse</h3>", f"<p>{PARA}</p>", f"<p>{PARA}</p>"]
        truth.append({"first": page, "last": page + length - 1, "title": title,
                      "organisation": org, "region": land})  # fmt: skip
        page += length
    parts += [BREAK, "<h1>3 Fazit</h1>", f"<p>{PARA}</p>"]
    return "".join(parts), truth


def cluster_profiles() -> tuple[str, Truth]:
    parts = [
        "<p style='font-size:28pt'><b>Baltic Clusters</b></p><p>Who we are and what we do</p>",
        BREAK, "<p style='font-size:16pt'><b>Foreword</b></p>", f"<p>{LOREM_EN}</p>",
    ]  # fmt: skip
    profiles = [
        ("Nordic Maritime Cluster AB", "Ship design apprenticeships", "Blekinge", "Sweden",
         "Maritime industry"),
        ("Baltic Food Network Oy", "Food lab for vocational schools", "Uusimaa", "Finland",
         "Food processing"),
        ("Hanse Robotics GmbH", "Robotics academy for SMEs", "Hamburg", "Germany", "Robotics"),
    ]  # fmt: skip
    truth: Truth = []
    for page, (org, title, region, country, sector) in enumerate(profiles, start=3):
        parts += [
            BREAK, f"<p><b>{html.escape(org)}</b></p>",
            f"<p style='font-size:18pt'><b>{html.escape(title)}</b></p>",
            _facts_table([("Country", country), ("Region", region), ("Sector", sector),
                          ("Contact", f"https://{org.split()[0].lower()}.example.com")]),
            f"<p>{LOREM_EN}</p><p>{LOREM_EN}</p>",
        ]  # fmt: skip
        regions = [region, f"{region}, {country}"] if region != "Hamburg" else ["Hamburg"]
        truth.append({"first": page, "last": page, "title": title, "organisation": org,
                      "region": regions})  # fmt: skip
    parts += [BREAK, "<p style='font-size:16pt'><b>Members</b></p>", f"<p>{LOREM_EN}</p>"]
    return "".join(parts), truth


def netzwerk_profile() -> tuple[str, Truth]:
    parts = [
        "<p style='font-size:26pt'><b>Holz in Bayern</b></p><p>Netzwerke stellen sich vor</p>",
        BREAK, "<p style='font-size:16pt'><b>Vorwort</b></p>", f"<p>{PARA}</p>",
    ]  # fmt: skip
    profiles = [
        ("Zimmerer-Akademie", "Netzwerk Holzbau Oberfranken", "Oberfranken", "Holzbau"),
        ("Forst trifft Schule", "Cluster Forst und Holz in Bayern", "Bayern", "Forstwirtschaft"),
        ("Möbel aus der Region", "Schreinerverbund Allgäu", "Kempten (Allgäu)", "Möbelbau"),
        ("Holzbau digital", "Kompetenzzentrum Holzbau Rosenheim", "Rosenheim", "Holzbau"),
    ]  # fmt: skip
    truth: Truth = []
    for n, (title, org, region, sector) in enumerate(profiles):
        if n % 2 == 0:
            parts.append(BREAK)
        parts += [
            f"<p style='font-size:15pt'><b>{html.escape(title)}</b></p>",
            f"<p>{html.escape(org)}</p>",
            f"<p><b>Region:</b> {html.escape(region)}</p>",
            f"<p><b>Branche:</b> {html.escape(sector)}</p>",
            f"<p><b>Kontakt:</b> info@{org.split()[-1].lower()}.example</p>",
            f"<p>{LOREM}</p>",
        ]
        regions = ["Bayern", region]
        truth.append({"first": 3 + n // 2, "last": 3 + n // 2, "title": title,
                      "organisation": org, "region": regions})  # fmt: skip
    parts += [BREAK, "<p style='font-size:16pt'><b>Mitmachen</b></p>", f"<p>{PARA}</p>"]
    return "".join(parts), truth


def _box(inner: str, shade: str = "#e4e4e4") -> str:
    """A shaded full-width frame, as Writer draws a one-cell table with a background."""
    return (
        f"<table width='100%' cellpadding='10' bgcolor='{shade}' border='0'>"
        f"<tr><td>{inner}</td></tr></table>"
    )


def case_boxes() -> tuple[str, Truth]:
    """English policy report: running text with grey full-page "CASE STUDY 2: …" boxes, and
    a later chapter whose "Example 5" box runs over a page break into the next page."""
    parts = [
        "<p style='font-size:26pt'><b>Open Innovation in Regional Policy</b></p>",
        "<p>A practitioner's report</p>",
        BREAK, "<h1>1 Why regions open up</h1>", f"<p>{LOREM_EN} {LOREM_EN}</p>",
        f"<p>{LOREM_EN}</p>",
    ]  # fmt: skip
    cases = [
        ("Tampere Smart City Lab", "City of Tampere", "Tampere, Finland", 1),
        ("Brainport Talent Box", "Brainport Development N.V.", "Eindhoven, Netherlands", 1),
        ("Basque Industry 4.0 Vouchers", "SPRI Group", "Basque Country, Spain", 1),
    ]  # fmt: skip
    truth: Truth = []
    page = 3
    for number, (title, org, region, _length) in enumerate(cases, start=1):
        inner = (
            f"<p style='font-size:15pt'><b>CASE STUDY {number}: {html.escape(title.upper())}</b></p>"
            f"<p>The programme is run by {html.escape(org)} in {html.escape(region)} since 2016. "
            f"{LOREM_EN}</p><p>{LOREM_EN} {LOREM_EN}</p><p>{LOREM_EN}</p>"
        )
        parts += [BREAK, _box(inner)]
        truth.append({"first": page, "last": page, "title": title, "organisation": org,
                      "region": region.split(", ")[-1]})  # fmt: skip
        page += 1
    parts += [BREAK, "<h1>2 What funders can do</h1>", f"<p>{LOREM_EN} {LOREM_EN}</p>"]
    long_inner = (
        "<p style='font-size:13pt'><b>Example 5: Lower Austria's innovation assistants</b></p>"
        "<p>ecoplus, the business agency of Lower Austria, co-funds a first graduate hire for "
        f"small firms. {LOREM_EN}</p>" + "".join(f"<p>{LOREM_EN} {LOREM_EN}</p>" for _ in range(4))
    )
    parts += [_box(long_inner, "#dde8f0"), f"<p>{LOREM_EN}</p>"]
    truth.append({"first": page, "last": page + 1, "title": "Lower Austria's innovation assistants",
                  "organisation": "ecoplus", "region": "Lower Austria"})  # fmt: skip
    parts += [BREAK, "<h1>3 Conclusions</h1>", f"<p>{LOREM_EN}</p>"]
    return "".join(parts), truth


def annex_entries() -> tuple[str, Truth]:
    """English study with an annex of start-up profiles headed "III.1 NAME | website", two or
    three to a page, none of them labelled as an example."""
    parts = [
        "<p style='font-size:24pt'><b>Digital Health Start-ups in Europe</b></p>",
        "<p>Market study</p>",
        BREAK, "<h1>I. Introduction</h1>", f"<p>{LOREM_EN} {LOREM_EN}</p>",
        BREAK, "<h1>II. Findings</h1>", f"<p>{LOREM_EN} {LOREM_EN}</p><p>{LOREM_EN}</p>",
        BREAK, "<h1>III. Company profiles</h1>",
    ]  # fmt: skip
    entries = [
        ("KARDIA", "kardia-health.eu", "Lyon, France"),
        ("Medlingo", "medlingo.io", "Tallinn, Estonia"),
        ("VITALIS", "vitalis.care", "Porto, Portugal"),
        ("Sanaro", "sanaro.de", "Leipzig"),
        ("Pulsewise", "pulsewise.ie", "Cork, Ireland"),
    ]  # fmt: skip
    truth: Truth = []
    for n, (name, site, place) in enumerate(entries, start=1):
        parts += [
            f"<h2>III.{n} {html.escape(name)} | {html.escape(site)}</h2>",
            f"<p><i>Founded 2017 in {html.escape(place)}</i></p>",
            f"<p>{html.escape(name)} develops software for clinics and patients. {LOREM_EN}</p>",
            f"<p>{LOREM_EN} {LOREM_EN}</p>",
        ]
        truth.append({"first": 0, "last": 0, "title": f"{name} | {site}", "organisation": name,
                      "region": place.split(", ")[-1] if ", " in place else "Sachsen"})  # fmt: skip
    parts += [BREAK, "<h1>IV. Methodology</h1>", f"<p>{LOREM_EN}</p>"]
    return "".join(parts), truth


def best_practice_sheet() -> tuple[str, Truth]:
    """A two-page factsheet of a "Best Practice" series: the whole document is one example."""
    parts = [
        "<p style='font-size:10pt'>BEST PRACTICE | Energiewende in Kommunen</p>",
        "<p style='font-size:22pt'><b>Bürgersolarpark Wolfhagen</b></p>",
        "<p><b>Stadtwerke Wolfhagen GmbH</b></p>",
        _facts_table([("Ort", "Wolfhagen (Nordhessen)"), ("Laufzeit", "seit 2012"),
                      ("Beteiligte", "Bürgerenergiegenossenschaft, Stadt"),
                      ("Web", "www.stadtwerke-wolfhagen.de")]),
        f"<p>{PARA}</p><p>{PARA}</p>",
        BREAK, "<p style='font-size:14pt'><b>Was andere übernehmen können</b></p>",
        f"<p>{PARA}</p><p>{LOREM}</p>",
    ]  # fmt: skip
    truth: Truth = [{"first": 1, "last": 2, "title": "Bürgersolarpark Wolfhagen",
                     "organisation": "Stadtwerke Wolfhagen GmbH", "region": "Hessen"}]  # fmt: skip
    return "".join(parts), truth


def numbered_portraits() -> tuple[str, Truth]:
    """A German programme report: a chapter of numbered project portraits ("03 | Name"), each
    one or two pages, opened by a short facts list in a grey box; no cue word in the headings."""
    parts = [
        "<p style='font-size:26pt'><b>Innovationsprogramm Mittelstand</b></p>",
        "<p>Bilanz der Förderperiode 2019–2023</p>",
        BREAK, "<h1>1 Das Programm</h1>", f"<p>{PARA}</p><p>{PARA}</p>",
        BREAK, "<h1>2 Geförderte Projekte</h1>",
        "<p>Sechs der 41 geförderten Vorhaben stellen sich auf den folgenden Seiten vor.</p>",
    ]  # fmt: skip
    portraits = [
        ("Sensorik für die Landwirtschaft", "Agrisense GmbH", "Osnabrück", "Niedersachsen", 1),
        ("Wasserstoff im Handwerk", "Kreishandwerkerschaft Dithmarschen", "Heide",
         "Schleswig-Holstein", 2),
        ("Digitale Zwillinge für Gießereien", "Gießerei Brenner KG", "Aalen",
         "Baden-Württemberg", 1),
        ("Recycling von Windradflügeln", "Rotorcycle e. V.", "Bremerhaven", "Bremen", 2),
    ]  # fmt: skip
    truth: Truth = []
    page = 4
    for number, (title, org, city, land, length) in enumerate(portraits, start=1):
        facts = (
            f"<p><b>Projektträger:</b> {html.escape(org)}<br><b>Standort:</b> {city}<br>"
            "<b>Laufzeit:</b> 2020–2022<br><b>Förderung:</b> 480.000 Euro</p>"
        )
        parts += [
            BREAK,
            f"<p style='font-size:20pt; color:#1f5f8b'><b>{number:02d} | {html.escape(title)}</b></p>",
            _box(facts, "#ececec"),
            f"<p>{PARA}</p><p>{LOREM}</p>",
        ]
        if length == 2:
            parts += [BREAK, f"<p>{PARA}</p><p>{PARA}</p>"]
        truth.append({"first": page, "last": page + length - 1, "title": title,
                      "organisation": org, "region": land})  # fmt: skip
        page += length
    parts += [BREAK, "<h1>3 Ausblick</h1>", f"<p>{PARA}</p>"]
    return "".join(parts), truth


OFFICE_STYLES: dict[str, Callable[[], tuple[str, Truth]]] = {
    "wirtschaftsfoerderung": wirtschaftsfoerderung,
    "cluster_profiles": cluster_profiles,
    "netzwerk_profile": netzwerk_profile,
    "case_boxes": case_boxes,
    "annex_entries": annex_entries,
    "best_practice_sheet": best_practice_sheet,
    "numbered_portraits": numbered_portraits,
}


def office_pdf(name: str, body: str, target: Path) -> None:
    """`body` as an HTML file, converted to PDF by LibreOffice Writer into `target`."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{name}.html"
        source.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>")
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp,
             str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(Path(tmp) / f"{name}.pdf", target)


STYLES: dict[str, Callable[[Canvas], Truth]] = {
    "ministerium": ministerium,
    "landesagentur": landesagentur,
    "jahresbericht": jahresbericht,
    "eu_casestudies": eu_casestudies,
    "positionspapier": positionspapier,
}


def _placed(pdf: Path, examples: Truth) -> Truth:
    """Examples whose page Writer decides (first 0): placed on the page printing their title."""
    import pymupdf

    with pymupdf.open(pdf) as doc:
        texts = [page.get_text() for page in doc]
    for example in examples:
        if example["first"] == 0:
            head = example["title"].split(" | ")[0]
            page = next(n for n, text in enumerate(texts, start=1) if f" {head} |" in text)
            example["first"] = example["last"] = page
    return examples


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    truth: dict[str, Truth] = {}
    for name, draw in STYLES.items():
        path = OUT / f"{name}.pdf"
        canvas = Canvas(str(path), pagesize=A4, invariant=True)
        canvas.setTitle("")
        truth[path.name] = draw(canvas)
        canvas.save()
    if shutil.which("soffice"):
        for name, write in OFFICE_STYLES.items():
            body, examples = write()
            office_pdf(name, body, OUT / f"{name}.pdf")
            truth[f"{name}.pdf"] = _placed(OUT / f"{name}.pdf", examples)
    else:
        old = json.loads((OUT / "truth.json").read_text()) if (OUT / "truth.json").exists() else {}
        truth.update({f"{n}.pdf": old[f"{n}.pdf"] for n in OFFICE_STYLES if f"{n}.pdf" in old})
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
