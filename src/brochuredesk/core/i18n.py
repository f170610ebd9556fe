"""Messages a user reads, in German or English, chosen from the environment's locale.

The desktop app translates its widgets with Qt; core and CLI messages live here so both front
ends show the same words for the same failure.
"""

from __future__ import annotations

import os

_MESSAGES: dict[str, tuple[str, str]] = {
    # key: (English, German)
    "not_a_pdf": ("not a PDF", "keine PDF-Datei"),
    "invalid_abbreviation": (
        "an abbreviation needs both forms: {value}",
        "eine Abkürzung braucht beide Formen: {value}",
    ),
    "reason_outline": ("bookmark names the example", "Lesezeichen nennt das Beispiel"),
    "reason_cue": ("heading ‘{cue}’", "Überschrift ‚{cue}‘"),
    "reason_profiles": ("profiles with one facts box", "Steckbriefe mit gleichem Faktenkasten"),
    "reason_template": ("page template as on p. {pages}", "Seitenvorlage wie S. {pages}"),
    "reason_structure_run": (
        "heading ‘{heading}’, one of {count} in this style (pp. {pages}); confidence {confidence} %",
        "Überschrift ‚{heading}‘, eine von {count} dieser Art (S. {pages}); Sicherheit {confidence} %",
    ),
    "reason_structure_listed": (
        "one of {count} examples that ‘{chapter}’ lists (p. {pages}); confidence {confidence} %",
        "eines von {count} Beispielen, die ‚{chapter}‘ aufzählt (S. {pages}); Sicherheit {confidence} %",
    ),
    "reason_structure": (
        "heading ‘{heading}’ opens a unit of its own; confidence {confidence} %",
        "Überschrift ‚{heading}‘ eröffnet einen eigenen Abschnitt; Sicherheit {confidence} %",
    ),
    "reason_chapter": (
        "headline and organisation in the chapter ‘{title}’",
        "Überschrift und Organisation im Kapitel ‚{title}‘",
    ),
    "empty_file": ("not a PDF (the file is empty)", "keine PDF-Datei (die Datei ist leer)"),
    "unreadable_file": ("cannot read the file: {reason}", "Datei nicht lesbar: {reason}"),
    "damaged_pdf": (
        "the PDF is damaged and cannot be opened: {reason}",
        "die PDF-Datei ist beschädigt und lässt sich nicht öffnen: {reason}",
    ),
    "no_pages": ("the PDF has no readable pages", "die PDF-Datei hat keine lesbaren Seiten"),
    "repaired": (
        "the PDF was damaged; MuPDF repaired it while reading",
        "die PDF-Datei war beschädigt und wurde beim Lesen repariert",
    ),
    "timeout": (
        "stopped after {seconds:g} s: the PDF takes too long to read",
        "nach {seconds:g} s abgebrochen: die PDF-Datei braucht zu lange zum Lesen",
    ),
    "cover_timeout": (
        "no cover image: rendering the first page took longer than {seconds:g} s",
        "kein Titelbild: die erste Seite brauchte länger als {seconds:g} s zum Zeichnen",
    ),
    "cover_failed": (
        "no cover image: the first page cannot be rendered ({reason})",
        "kein Titelbild: die erste Seite lässt sich nicht zeichnen ({reason})",
    ),
    "worker_crashed": (
        "the PDF crashed the reader process (exit code {code})",
        "die PDF-Datei hat den Leseprozess abstürzen lassen (Code {code})",
    ),
    "locked_pdf": (
        "password-protected: catalogued without text; unlock it with the password",
        "passwortgeschützt: ohne Text aufgenommen; mit dem Passwort entsperren",
    ),
    "no_text": (
        "no searchable text (scanned or image-only pages)",
        "kein durchsuchbarer Text (gescannte Seiten oder nur Bilder)",
    ),
    "ocr_missing": (
        "{count} page(s) are scans without text; install Tesseract with German language data "
        "(Debian/Ubuntu: sudo apt install tesseract-ocr-deu; macOS: brew install tesseract-lang; "
        "Windows: the Tesseract installer of UB Mannheim), then run Brochure → Recognise text "
        "(OCR) or `brochuredesk ocr`",
        "{count} Seite(n) sind Scans ohne Text; Tesseract mit deutschen Sprachdaten installieren "
        "(Debian/Ubuntu: sudo apt install tesseract-ocr-deu; macOS: brew install "
        "tesseract-lang; Windows: Tesseract-Installer der UB Mannheim), dann Broschüre → Text "
        "erkennen (OCR) oder `brochuredesk ocr`",
    ),
    "editions_need_two": (
        "name two or more different brochures to join as editions",
        "zwei oder mehr verschiedene Broschüren nennen, um sie als Ausgaben zusammenzufassen",
    ),
    "not_an_edition": (
        "this brochure is not in an edition group",
        "diese Broschüre gehört zu keiner Gruppe von Ausgaben",
    ),
    "ocr_unavailable": (
        "Tesseract's language data is not installed (Debian/Ubuntu: sudo apt install "
        "tesseract-ocr-deu; macOS: brew install tesseract-lang; Windows: the Tesseract "
        "installer of UB Mannheim)",
        "Die Sprachdaten von Tesseract sind nicht installiert (Debian/Ubuntu: sudo apt install "
        "tesseract-ocr-deu; macOS: brew install tesseract-lang; Windows: Tesseract-Installer "
        "der UB Mannheim)",
    ),
    "ocr_done": (
        "text of {count} scanned page(s) recognised by OCR",
        "Text von {count} gescannten Seite(n) per OCR erkannt",
    ),
    "ocr_failed": (
        "OCR could not read {count} page(s)",
        "OCR konnte {count} Seite(n) nicht lesen",
    ),
    "some_pages_failed": (
        "{count} page(s) could not be read",
        "{count} Seite(n) ließen sich nicht lesen",
    ),
    "wrong_password": ("wrong password", "falsches Passwort"),
    "not_locked": ("this brochure is not locked", "diese Broschüre ist nicht gesperrt"),
    "library_locked": (
        "the library {path} is in use by another BrochureDesk ({holder}); "
        "close it there or open this library read-only",
        "die Bibliothek {path} wird von einem anderen BrochureDesk benutzt ({holder}); "
        "dort schließen oder diese Bibliothek nur lesend öffnen",
    ),
    "folder_unwritable": (
        "cannot create a library in {path} ({reason})",
        "in {path} lässt sich keine Bibliothek anlegen ({reason})",
    ),
    "folder_read_only": (
        "the library folder {path} cannot be written ({reason}); it is open read-only",
        "in den Bibliotheksordner {path} kann nicht geschrieben werden ({reason}); "
        "er ist nur lesend geöffnet",
    ),
    "library_read_only": (
        "the library is open read-only; changes are not possible",
        "die Bibliothek ist nur lesend geöffnet; Änderungen sind nicht möglich",
    ),
    "library_not_found": (
        "no library at {path}",
        "keine Bibliothek unter {path}",
    ),
    "catalog_corrupt": (
        "the catalog {path} cannot be read ({reason}). It was left untouched. "
        "Run 'brochuredesk --library \"{library}\" check --repair' to restore the last good "
        "backup ({backups} available).",
        "der Katalog {path} ist nicht lesbar ({reason}). Er wurde nicht verändert. "
        "Mit 'brochuredesk --library \"{library}\" check --repair' wird die letzte gute "
        "Sicherung wiederhergestellt ({backups} vorhanden).",
    ),
    "catalog_too_new": (
        "the catalog was written by a newer BrochureDesk (schema {found}, this one knows {known}); "
        "please update BrochureDesk",
        "der Katalog stammt von einem neueren BrochureDesk (Schema {found}, bekannt ist {known}); "
        "bitte BrochureDesk aktualisieren",
    ),
    "disk_full": (
        "cannot save: the disk is full ({path}); nothing was changed",
        "Speichern nicht möglich: der Datenträger ist voll ({path}); nichts wurde verändert",
    ),
    "write_failed": (
        "cannot save {path}: {reason}; nothing was changed",
        "{path} lässt sich nicht speichern: {reason}; nichts wurde verändert",
    ),
    "no_such_brochure": ("no brochure with id {id}", "keine Broschüre mit der Kennung {id}"),
    "ambiguous_id": (
        "the id {id} is ambiguous: {matches}",
        "die Kennung {id} ist nicht eindeutig: {matches}",
    ),
    "no_such_path": ("no such file or folder", "Datei oder Ordner nicht gefunden"),
    "duplicate_of": ("duplicate of {id}", "Duplikat von {id}"),
    "invalid_year": ("invalid year: {value}", "ungültiges Jahr: {value}"),
    "invalid_date": (
        "invalid date: {value} (write 2019, 06/2019, 12.06.2019 or 2019-06-12)",
        "ungültiges Datum: {value} (etwa 2019, 06/2019, 12.06.2019 oder 2019-06-12)",
    ),
    "cancelled": ("cancelled", "abgebrochen"),
    "index_unusable": (
        "the search index cannot be used ({reason}); it is rebuilt the next time the library "
        "is opened for writing, or run 'brochuredesk reindex'",
        "der Suchindex ist nicht benutzbar ({reason}); er wird beim nächsten schreibenden Öffnen "
        "der Bibliothek neu aufgebaut, oder 'brochuredesk reindex' ausführen",
    ),
    "relink_mismatch": (
        "this is not the same PDF (its content differs from the one imported)",
        "das ist nicht dieselbe PDF-Datei (ihr Inhalt unterscheidet sich vom importierten)",
    ),
    "no_suggestion": (
        "no suggestion starts on page {page} (see `example suggest`)",
        "auf Seite {page} beginnt kein Vorschlag (siehe `example suggest`)",
    ),
    "invalid_pages": (
        "invalid pages {value}: give a page or a range such as 13-14 within 1-{count}",
        "ungültige Seiten {value}: eine Seite oder einen Bereich wie 13-14 zwischen 1 und {count} angeben",
    ),
    "no_such_example": ("no example with id {id}", "kein Beispiel mit der Kennung {id}"),
    "no_such_note": ("no note with id {id}", "keine Notiz mit der Kennung {id}"),
    "empty_note": (
        "a note needs a text or a quote",
        "eine Notiz braucht einen Text oder ein Zitat",
    ),
    "invalid_page": (
        "page {page} is not in the brochure (1–{pages})",
        "Seite {page} gibt es in der Broschüre nicht (1–{pages})",
    ),
    "invalid_color": (
        "unknown colour {color} (known: {colors})",
        "unbekannte Farbe {color} (bekannt: {colors})",
    ),
    "no_quote_on_page": (
        "“{quote}” is not on page {page}",
        "„{quote}“ steht nicht auf Seite {page}",
    ),
    "export_exists": (
        "{path} exists already; choose another name or pass --force to replace it",
        "{path} gibt es schon; einen anderen Namen wählen oder mit --force ersetzen",
    ),
    "nothing_to_export": ("no examples to export", "keine Beispiele zum Exportieren"),
    "file_missing": (
        "the PDF is missing from the library folder: {path}",
        "die PDF-Datei fehlt im Bibliotheksordner: {path}",
    ),
}


def language() -> str:
    """'de' or 'en', from BROCHUREDESK_LANG, then the usual locale variables, then the system."""
    for var in ("BROCHUREDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "de" if value.lower().startswith("de") else "en"
    import locale  # here: the environment decides on most machines

    code = locale.getlocale()[0] or ""
    return "de" if code.lower().startswith("de") else "en"


def tr(key: str, **params: object) -> str:
    """The message for `key` in the user's language, with `params` filled in."""
    english, german = _MESSAGES[key]
    text = german if language() == "de" else english
    return text.format(**params)


def in_every_language(key: str) -> tuple[str, ...]:
    """The message for `key` as either language wrote it (a stored warning may be in
    the language of the import, not of today's session)."""
    return _MESSAGES[key]
