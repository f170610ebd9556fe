"""Starting the desktop app: QApplication, language, palette, icon, the library, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from brochuredesk import APP_NAME
from brochuredesk.core.errors import BrochureDeskError
from brochuredesk.core.service import LibraryService
from brochuredesk.ui.theme import apply_theme

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "translations"
ICON = HERE / "icons" / "brochuredesk.svg"


def choose_language(settings: QSettings) -> str:
    """'de' or 'en': the preference, else BROCHUREDESK_LANG, else the system locale."""
    chosen = str(settings.value("language", "") or os.environ.get("BROCHUREDESK_LANG", ""))
    if chosen in ("de", "en"):
        return chosen
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    os.environ.setdefault("BROCHUREDESK_LANG", language)  # core messages follow the UI
    wanted = QLocale.Language.German if language == "de" else QLocale.Language.English
    if QLocale.system().language() != wanted:  # numbers as the UI's language writes them
        QLocale.setDefault(QLocale(wanted, QLocale.Country.AnyCountry))
    translators = []
    ours = QTranslator(app)  # English has one too: it holds the plural forms
    if ours.load(str(TRANSLATIONS / f"brochuredesk_{language}.qm")):
        translators.append(ours)
    if language == "de":
        qt = QTranslator(app)
        if qt.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def create_application(argv: list[str] | None = None) -> QApplication:
    # Background threads (import, search, covers) run Python too: hand the GIL back to the
    # GUI thread every millisecond instead of every five, so the window never waits long.
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("de.brochuredesk.BrochureDesk")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    app.setStyle(QStyleFactory.create("Fusion"))
    settings = QSettings()
    apply_theme(app, settings)
    if not hasattr(app, "_translators"):
        app._translators = install_translators(app, choose_language(settings))  # type: ignore[attr-defined]
    return app


def run_app(library: Path | None) -> int:
    """Open the window on `library` (None: the default library) and run until it closes."""
    from brochuredesk.ui.main_window import MainWindow

    app = create_application()
    try:
        service = LibraryService.open(library)
    except BrochureDeskError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(service)
    window.show()
    quit_after = os.environ.get("BROCHUREDESK_QUIT_AFTER_START", "")
    if quit_after.isdigit():  # benchmarks and smoke tests: quit this many ms after the window shows
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(quit_after), app.quit)
    code = app.exec()
    service.close()
    return int(code)
