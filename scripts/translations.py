"""Update the German translation of the app: extract strings (pyside6-lupdate), fill in the
German texts kept below, compile the .qm the app loads (pyside6-lrelease).

Run `make translations` after changing UI strings; a string without German text here makes
this script fail, so nothing ships half translated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "src" / "brochuredesk" / "ui" / "translations"
BIN = Path(sys.executable).parent

GERMAN: dict[str, str | tuple[str, str]] = {
    "(no publisher)": "(ohne Herausgeber)",
    "(no date)": "(ohne Datum)",
    "Source": "Quelle",
    "linked from %1": "verlinkt von %1",
    "Remove saved search “%1”": "Gespeicherte Suche „%1“ entfernen",
    "Save search": "Suche speichern",
    "Name of the saved search:": "Name der gespeicherten Suche:",
    "Nothing to save: type a search or choose a filter first.": "Nichts zu speichern: zuerst einen Suchbegriff eingeben oder einen Filter wählen.",
    "Search saved as “%1” (sidebar, Saved searches).": "Suche als „%1“ gespeichert (Seitenleiste, Gespeicherte Suchen).",
    "No suggestions. Suggestions come from runs of headings of one look that name projects or organisations; you can still mark pages as an example in the viewer (New example…, Ctrl+E).": "Keine Vorschläge. Vorschläge entstehen aus Reihen gleich gestalteter Überschriften, die Projekte oder Organisationen nennen; Seiten lassen sich weiterhin im Viewer als Beispiel markieren (Neues Beispiel…, Strg+E).",
    "All suggestions are reviewed.": "Alle Vorschläge sind geprüft.",
    "Details": "Details",
    "What the import left out, and why": "Was der Import ausgelassen hat, und warum",
    "%n brochure(s) searched.": ("%n Broschüre durchsucht.", "%n Broschüren durchsucht."),
    "Editions": "Ausgaben",
    "Read from the page:": "Auf der Seite gelesen:",
    "“%1”": "„%1“",
    "Not an edition of these": "Keine Ausgabe dieser Reihe",
    "Take this brochure out of its group of editions": "Diese Broschüre aus ihrer Gruppe von Ausgaben lösen",
    "no date": "ohne Datum",
    "Newest edition. Earlier editions:": "Neueste Ausgabe. Frühere Ausgaben:",
    "Earlier edition. Other editions (★ the newest):": "Frühere Ausgabe. Weitere Ausgaben (★ die neueste):",
    "Recognise text (OCR)": "Text erkennen (OCR)",
    "Recognising text (OCR)…": "Texterkennung (OCR) läuft…",
    "Recognising text (OCR): page %1 of %2": "Texterkennung (OCR): Seite %1 von %2",
    "Choose two or more brochures to join as editions.": "Zwei oder mehr Broschüren auswählen, um sie als Ausgaben zusammenzufassen.",
    "Join as editions of one publication": "Als Ausgaben einer Publikation zusammenfassen",
    "&Join as editions of one publication": "Als Ausgaben einer Publikation &zusammenfassen",
    "&All editions": "&Alle Ausgaben",
    "Show earlier editions too (otherwise only the newest of each publication)": "Auch frühere Ausgaben zeigen (sonst nur die neueste jeder Publikation)",
    "&Watched folders": "&Beobachtete Ordner",
    "Watched folders": "Beobachtete Ordner",
    "Add folder…": "Ordner hinzufügen…",
    "Add Downloads": "Downloads hinzufügen",
    "Remove": "Entfernen",
    "Leave the files where they are (do not copy them)": "Dateien dort lassen, wo sie sind (nicht kopieren)",
    "New PDFs that appear in these folders are imported while BrochureDesk runs (or while `brochuredesk watch` runs). PDFs already there stay where they are.": "Neue PDF-Dateien in diesen Ordnern werden aufgenommen, solange BrochureDesk läuft (oder `brochuredesk watch`). PDF-Dateien, die schon dort liegen, bleiben außen vor.",
    "Watch a folder for new PDFs": "Ordner auf neue PDF-Dateien beobachten",
    "earlier edition": "frühere Ausgabe",
    "Not imported from watched folders (%1)": "Aus beobachteten Ordnern nicht aufgenommen (%1)",
    "1 new brochure": "1 neue Broschüre",
    "%1 new brochures": "%1 neue Broschüren",
    "Show the brochures that came from watched folders": "Die Broschüren zeigen, die aus beobachteten Ordnern kamen",
    "Not imported from watched folders": "Aus beobachteten Ordnern nicht aufgenommen",
    "Forget these": "Diese vergessen",
    "(files left in place)": "(Dateien bleiben dort)",
    "Recognising text (OCR) in %1: page %2 of %3": "Texterkennung (OCR) in %1: Seite %2 von %3",
    "&Abbreviations…": "&Abkürzungen…",
    "Abbreviations": "Abkürzungen",
    "Search finds an abbreviation and its long form both ways. Common ones and those your brochures define, as in “Long Form (ABK)”, are known already; add your own here.": "Die Suche findet eine Abkürzung und ihre Langform in beide Richtungen. Gängige und die, die Ihre Broschüren erklären – etwa „Langform (ABK)“ –, kennt sie schon; hier kommen Ihre eigenen hinzu.",
    "Abbreviation": "Abkürzung",
    "Long form": "Langform",
    "e.g. BMFTR": "z. B. BMFTR",
    "e.g. Bundesministerium für Forschung, Technologie und Raumfahrt": "z. B. Bundesministerium für Forschung, Technologie und Raumfahrt",
    "&Add": "&Hinzufügen",
    "&Remove": "&Entfernen",
    "No results for “%1” — results for “%2”.": "Keine Treffer für „%1“ — Ergebnisse für „%2“.",
    "Search for “%1” as typed": "Genau „%1“ suchen",
    "Suggest examples in &all brochures…": "Beispiele in &allen Broschüren vorschlagen…",
    "Review suggested examples": "Vorgeschlagene Beispiele prüfen",
    "Looking for examples in all brochures…": "Suche Beispiele in allen Broschüren…",
    "Stop": "Anhalten",
    "&Sector": "&Branche",
    "&Accept": "&Übernehmen",
    "Enter": "Eingabetaste",
    "&Edit…": "&Bearbeiten…",
    "F2": "F2",
    "Del": "Entf",
    "&Next": "&Weiter",
    "Down arrow": "Pfeil nach unten",
    "Close": "Schließen",
    "%1 of %2 brochures": "%1 von %2 Broschüren",
    "%1, p. %2": "%1, S. %2",
    "“%1”, p. %2": "„%1“, S. %2",
    "Why: %1": "Warum: %1",
    "Loading page…": "Lade Seite…",
    "%n suggestion(s) to review": ("%n Vorschlag zu prüfen", "%n Vorschläge zu prüfen"),
    "Enter accepts, Del dismisses, F2 edits.": "Eingabe übernimmt, Entf verwirft, F2 bearbeitet.",
    "Nothing left to review.": "Alles geprüft.",
    "Accepted: %1, dismissed: %2.": "Übernommen: %1, verworfen: %2.",
    "Mark as checked": "Als geprüft markieren",
    "The publisher and date shown are right": "Herausgeber und Stand sind richtig",
    "not stated · PDF created %1": "nicht angegeben · PDF erstellt %1",
    "Publisher read from the letterhead or cover: please check": "Herausgeber aus Briefkopf oder Titelblatt gelesen: bitte prüfen",
    "Date read from the cover only: please check": "Stand nur vom Titelblatt gelesen: bitte prüfen",
    "Password-protected": "Passwortgeschützt",
    "No searchable text": "Kein durchsuchbarer Text",
    "File missing": "Datei fehlt",
    "Could not be read": "Nicht lesbar",
    "Publisher to check": "Herausgeber prüfen",
    "Date to check": "Stand prüfen",
    "Title": "Titel",
    "Subtitle": "Untertitel",
    "Publisher": "Herausgeber",
    "Year": "Jahr",
    "Pages": "Seiten",
    "Added": "Hinzugefügt",
    "Tags": "Schlagwörter",
    "Date": "Stand",
    "Language": "Sprache",
    "Notes": "Notizen",
    "File": "Datei",
    "Status": "Status",
    "e.g. 2018-06": "z. B. 2018-06",
    "comma-separated": "durch Kommas getrennt",
    "&Title": "&Titel",
    "&Subtitle": "&Untertitel",
    "&Publisher": "&Herausgeber",
    "&Date": "&Stand",
    "&Language": "S&prache",
    "Ta&gs": "Schlag&wörter",
    "&Notes": "&Notizen",
    "OK": "In Ordnung",
    "Password-protected: no text yet": "Passwortgeschützt: noch kein Text",
    "No searchable text (scanned pages)": "Kein durchsuchbarer Text (gescannte Seiten)",
    "The file is missing": "Die Datei fehlt",
    "Error": "Fehler",
    "Enter password…": "Passwort eingeben…",
    "Locate file…": "Datei suchen…",
    "%n page(s)": ("%n Seite", "%n Seiten"),
    "This library is open in another BrochureDesk: read-only.": "Diese Bibliothek ist in einem anderen BrochureDesk geöffnet: nur lesend.",
    "This library is read-only.": "Diese Bibliothek ist schreibgeschützt.",
    "Cover grid": "Titelbilder",
    "Brochure table": "Broschürentabelle",
    "Search results": "Suchergebnisse",
    "p.": "S.",
    "Selected text": "Markierter Text",
    "This library's folder cannot be written (%1): read-only.": (
        "In den Ordner dieser Bibliothek kann nicht geschrieben werden (%1): nur lesend."
    ),
    "Good-practice examples as cards": "Good-Practice-Beispiele als Karten",
    "Table": "Tabelle",
    "Examples as a table": "Beispiele als Tabelle",
    "Cards": "Karten",
    "Examples as cards": "Beispiele als Karten",
    "%n example(s)": ("%n Beispiel", "%n Beispiele"),
    "%1 of %2 examples": "%1 von %2 Beispielen",
    "Offer %n dismissed suggestion(s) again": (
        "%n verworfenen Vorschlag wieder anbieten",
        "%n verworfene Vorschläge wieder anbieten",
    ),
    "New example from selection…": "Neues Beispiel aus Markierung…",
    "&Copy": "&Kopieren",
    "Select &all text": "&Ganzen Text markieren",
    "Drop PDFs here": "PDF-Dateien hierher ziehen",
    "or use File → Import files… (Ctrl+O) to add brochures to this library.": "oder mit Datei → Dateien importieren… (Strg+O) Broschüren zu dieser Bibliothek hinzufügen.",
    "Empty library": "Leere Bibliothek",
    'Search brochures (Ctrl+F) — e.g. Fachkräfte, "Werde Foodstarter", tag:Ausbildung': 'Broschüren durchsuchen (Strg+F) – z. B. Fachkräfte, "Werde Foodstarter", tag:Ausbildung',
    "Search": "Suche",
    "&File": "&Datei",
    "&Import files…": "Dateien &importieren…",
    "Import &folder…": "&Ordner importieren…",
    "&Quit": "&Beenden",
    "&Edit": "&Bearbeiten",
    "&Find": "&Suchen",
    "&Tag selected…": "Auswahl &verschlagworten…",
    "&Save search": "Suche &speichern",
    "&Remove from library…": "Aus der Bibliothek &entfernen…",
    "&View": "&Ansicht",
    "&Covers": "&Titelbilder",
    "&Table": "&Tabelle",
    "&Help": "&Hilfe",
    "&About BrochureDesk": "&Über BrochureDesk",
    "Main": "Haupt",
    "Import progress": "Importfortschritt",
    "Cancel": "Abbrechen",
    "%n brochure(s)": ("%n Broschüre", "%n Broschüren"),
    "%1 of %n brochure(s)": ("%1 von %n Broschüre", "%1 von %n Broschüren"),
    "%1 of %n example(s)": ("%1 von %n Beispiel", "%1 von %n Beispielen"),
    "Active filters": "Aktive Filter",
    "Search: %1": "Suche: %1",
    "Tagged": "Schlagwort",
    "Edit %n brochure(s)": ("%n Broschüre bearbeiten", "%n Broschüren bearbeiten"),
    "unchanged (they differ)": "unverändert (sie unterscheiden sich)",
    "unchanged, e.g. 2018-06": "unverändert, z. B. 2018-06",
    "Add ta&gs": "Schlag&wörter hinzufügen",
    "&Remove tags": "Schlagwörter &entfernen",
    "Undone: %1": "Rückgängig gemacht: %1",
    "change of %1": "Änderung von %1",
    "edit of %n brochure(s)": ("Bearbeitung von %n Broschüre", "Bearbeitung von %n Broschüren"),
    "tags for %n brochure(s)": ("Schlagwörter für %n Broschüre", "Schlagwörter für %n Broschüren"),
    "&Undo": "&Rückgängig",
    "&Edit selected brochures…": "Ausgewählte Broschüren &bearbeiten…",
    "&Undo %1": "&Rückgängig: %1",
    "Sort": "Sortieren",
    "Sort the brochures (also by a click on a table column)": "Broschüren sortieren (auch per Klick auf eine Tabellenspalte)",
    "S&ort by": "S&ortieren nach",
    "P&ages": "S&eitenzahl",
    "Date &added": "&Hinzugefügt am",
    "&Descending": "&Absteigend",
    "Choose a suggestion to see its page.": "Einen Vorschlag wählen, um seine Seite zu sehen.",
    "Page of the suggestion": "Seite des Vorschlags",
    "printed %1": "gedruckt %1",
    "e.g. Fachkräftesicherung in Clustern, 2026": "z. B. Fachkräftesicherung in Clustern, 2026",
    "Example on this page": "Beispiel auf dieser Seite",
    "Good-practice example: %1": "Good-Practice-Beispiel: %1",
    "Example: %1": "Beispiel: %1",
    "Hit %1 of %2 on this page": "Treffer %1 von %2 auf dieser Seite",
    "Hits": "Treffer",
    "(among the brochures the filters let through)": "(unter den Broschüren, die die Filter zeigen)",
    "password-protected": "passwortgeschützt",
    "no text": "ohne Text",
    "file missing": "Datei fehlt",
    "unreadable": "unlesbar",
    "File name": "Dateiname",
    "&Sidebar": "&Seitenleiste",
    "&Details panel": "&Detailbereich",
    "Viewer tools": "Werkzeuge der Seitenansicht",
    "Remove a filter with ✕": "Filter mit ✕ entfernen",
    "Remove this filter": "Diesen Filter entfernen",
    "%n brochure(s) found for “%1”": (
        "%n Broschüre gefunden für „%1“",
        "%n Broschüren gefunden für „%1“",
    ),
    "The file of this brochure is missing: %1": "Die Datei dieser Broschüre fehlt: %1",
    "Saved.": "Gespeichert.",
    "Tag": "Verschlagworten",
    "Tags for %n brochure(s), comma-separated:": (
        "Schlagwörter für %n Broschüre, durch Kommas getrennt:",
        "Schlagwörter für %n Broschüren, durch Kommas getrennt:",
    ),
    "Remove from library": "Aus der Bibliothek entfernen",
    "Remove %n brochure(s) from the library? Their copies in the library folder are deleted when BrochureDesk closes (Edit → Undo brings them back until then); your original files are not touched.": (
        "%n Broschüre aus der Bibliothek entfernen? Ihre Kopie im Bibliotheksordner wird beim Beenden von BrochureDesk gelöscht (bis dahin holt Bearbeiten → Rückgängig sie zurück); Ihre Originaldatei bleibt unberührt.",
        "%n Broschüren aus der Bibliothek entfernen? Ihre Kopien im Bibliotheksordner werden beim Beenden von BrochureDesk gelöscht (bis dahin holt Bearbeiten → Rückgängig sie zurück); Ihre Originaldateien bleiben unberührt.",
    ),
    "removal of %n brochure(s)": ("Entfernen von %n Broschüre", "Entfernen von %n Broschüren"),
    "Password": "Passwort",
    "Password of this PDF:": "Passwort dieser PDF-Datei:",
    "Locate the PDF": "PDF-Datei suchen",
    "PDF files (*.pdf)": "PDF-Dateien (*.pdf)",
    "Open in viewer": "Im Betrachter öffnen",
    "Open with system PDF viewer": "Mit dem PDF-Programm des Systems öffnen",
    "Show file in folder": "Datei im Ordner zeigen",
    "Edit details": "Angaben bearbeiten",
    "Tag…": "Verschlagworten…",
    "Remove from library…": "Aus der Bibliothek entfernen…",
    "Import PDFs": "PDF-Dateien importieren",
    "PDF files (*.pdf);;All files (*)": "PDF-Dateien (*.pdf);;Alle Dateien (*)",
    "Import a folder of PDFs": "Einen Ordner mit PDF-Dateien importieren",
    "An import is already running.": "Es läuft bereits ein Import.",
    "Importing…": "Importiere…",
    "Importing %1 of %2 …": "Importiere %1 von %2 …",
    "Cancelling…": "Breche ab…",
    "%n brochure(s) added": ("%n Broschüre hinzugefügt", "%n Broschüren hinzugefügt"),
    "%n duplicate(s)": ("%n Duplikat", "%n Duplikate"),
    "%n failed": ("%n fehlgeschlagen", "%n fehlgeschlagen"),
    "cancelled": "abgebrochen",
    "%1: already in the library as “%2”": "%1: schon in der Bibliothek als „%2“",
    "Import finished": "Import abgeschlossen",
    "Building the search index…": "Suchindex wird aufgebaut…",
    "About BrochureDesk": "Über BrochureDesk",
    "A catalog of PDF brochures and the good-practice examples inside them.": "Ein Katalog für PDF-Broschüren und die Good-Practice-Beispiele darin.",
    "Licence: GNU AGPL 3.0 or later. Uses PyMuPDF (AGPL), Qt for Python (LGPL), TinyDB (MIT), Snowball stemmers (BSD).": "Lizenz: GNU AGPL 3.0 oder neuer. Verwendet PyMuPDF (AGPL), Qt for Python (LGPL), TinyDB (MIT), Snowball-Stemmer (BSD).",
    "Library sidebar": "Bibliotheksleiste",
    "Publishers": "Herausgeber",
    "Years": "Jahre",
    "Languages": "Sprachen",
    "Needs attention": "Braucht Aufmerksamkeit",
    "Saved searches": "Gespeicherte Suchen",
    "◀ Back": "◀ Zurück",
    "Back to the list (Esc, Alt+Left)": "Zurück zur Liste (Esc, Alt+Pfeil links)",
    "Previous page (Page Up)": "Vorige Seite (Bild auf)",
    "Previous page": "Vorige Seite",
    "Next page (Page Down)": "Nächste Seite (Bild ab)",
    "Next page": "Nächste Seite",
    "Page": "Seite",
    "Zoom": "Zoom",
    "Fit width": "Seitenbreite",
    "Fit page": "Ganze Seite",
    "◀ Hit": "◀ Treffer",
    "Previous page with a hit (Shift+F3)": "Vorige Seite mit Treffer (Umschalt+F3)",
    "Hit ▶": "Treffer ▶",
    "Next page with a hit (F3)": "Nächste Seite mit Treffer (F3)",
    "Page image": "Seitenbild",
    "Page %1 of %2": "Seite %1 von %2",
    "This page cannot be shown: %1": "Diese Seite lässt sich nicht anzeigen: %1",
    "Preferences": "Einstellungen",
    "Good-practice example": "Good-Practice-Beispiel",
    "Add a field of action and press Enter": "Handlungsfeld hinzufügen und Eingabe drücken",
    "Brochure": "Broschüre",
    "&Pages": "&Seiten",
    "&Organisation": "&Organisation",
    "&Region": "&Region",
    "Se&ctor": "&Branche",
    "&Fields of action": "&Handlungsfelder",
    "S&ummary": "&Zusammenfassung",
    "&Contact / web": "&Kontakt / Web",
    "First page": "Erste Seite",
    "Last page": "Letzte Seite",
    "Organisation": "Organisation",
    "Region": "Region",
    "Sector": "Branche",
    "Fields of action": "Handlungsfelder",
    "Summary": "Zusammenfassung",
    "Contact / web": "Kontakt / Web",
    "Text of the pages": "Text der Seiten",
    "A title is needed": "Ein Titel ist nötig",
    "Good practice": "Good Practice",
    "Good-practice examples": "Good-Practice-Beispiele",
    "E&xamples": "&Beispiele",
    "&Suggest examples in this brochure…": "Beispiele in dieser Broschüre &vorschlagen…",
    "Export as &dossier PDF…": "Als &Dossier (PDF) exportieren…",
    "Export as &CSV…": "Als &CSV exportieren…",
    "Export as &JSON…": "Als &JSON exportieren…",
    "Example “%1” saved.": "Beispiel „%1“ gespeichert.",
    "Open pages in viewer": "Seiten im Betrachter öffnen",
    "Edit…": "Bearbeiten…",
    "Export as dossier PDF…": "Als Dossier (PDF) exportieren…",
    "Export as CSV…": "Als CSV exportieren…",
    "Delete example…": "Beispiel löschen…",
    "Delete example": "Beispiel löschen",
    "Delete %n example(s)? The brochures stay.": (
        "%n Beispiel löschen? Die Broschüren bleiben.",
        "%n Beispiele löschen? Die Broschüren bleiben.",
    ),
    "Choose a brochure first.": "Zuerst eine Broschüre auswählen.",
    "Good-practice dossier": "Good-Practice-Dossier",
    "Examples": "Beispiele",
    "Export examples": "Beispiele exportieren",
    "Exported to %1": "Exportiert nach %1",
    "Good-practice examples (%1)": "Good-Practice-Beispiele (%1)",
    "Regions": "Regionen",
    "Sectors": "Branchen",
    "Organisations": "Organisationen",
    "Suggested examples": "Vorgeschlagene Beispiele",
    "p. %1: %2": "S. %1: %2",
    "%n suggestion(s) in “%1”": ("%n Vorschlag in „%1“", "%n Vorschläge in „%1“"),
    "&Accept…": "Ü&bernehmen…",
    "&Dismiss": "&Verwerfen",
    "New example…": "Neues Beispiel…",
    "Mark this page, or the pages selected in the strip, as a good-practice example (Ctrl+E)": "Diese Seite oder die in der Leiste gewählten Seiten als Good-Practice-Beispiel erfassen (Strg+E)",
    "Select a brochure to see and edit its details.": "Eine Broschüre auswählen, um ihre Angaben zu sehen und zu bearbeiten.",
    "&Preferences…": "&Einstellungen…",
    "As the system": "Wie das System",
    "Colours": "Farben",
    "&Colours": "&Farben",
    "Light": "Hell",
    "Dark": "Dunkel",
    "A new language applies when BrochureDesk starts next time.": "Eine neue Sprache gilt ab dem nächsten Start von BrochureDesk.",
}


def english(source: str) -> str | tuple[str, str] | None:
    """English needs a translation only for plurals: '%n brochure(s)' → 1 brochure, 2 brochures."""
    if "%n" not in source:
        return None
    singular = source.replace("(s)", "").replace("(es)", "")
    plural = source.replace("(s)", "s").replace("(es)", "es")
    return (singular, plural)


def update(language: str, texts: dict[str, str | tuple[str, str]] | None) -> list[str]:
    """Extract into <language>.ts, fill it, compile the .qm; the sources left without text."""
    ts = TS_DIR / f"brochuredesk_{language}.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *map(str, sorted((ROOT / "src/brochuredesk/ui").glob("*.py"))),
         "-no-obsolete", "-ts", str(ts)],
        check=True,
    )  # fmt: skip
    tree = ET.parse(ts)
    tree.getroot().set("language", {"de": "de_DE", "en": "en_GB"}[language])
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        text = texts.get(source) if texts is not None else english(source)
        translation = message.find("translation")
        assert translation is not None
        if text is None:
            if texts is not None:
                missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, tuple) else (text, text)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    QM_DIR.mkdir(parents=True, exist_ok=True)
    qm = QM_DIR / f"brochuredesk_{language}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
    return missing


def main() -> int:
    missing = update("de", GERMAN)
    update("en", None)
    if missing:
        print("No German text for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
