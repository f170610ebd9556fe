<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>BrochureModel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="48" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="49" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="50" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="51" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="52" />
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="53" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="52" />
        <source>e.g. 2018-06</source>
        <translation>z. B. 2018-06</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="57" />
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="73" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="74" />
        <source>&amp;Subtitle</source>
        <translation>&amp;Untertitel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="75" />
        <source>&amp;Publisher</source>
        <translation>&amp;Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="76" />
        <source>&amp;Date</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="77" />
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="78" />
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="79" />
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="80" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="81" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="84" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="84" />
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="85" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="85" />
        <source>Date</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="86" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="86" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="87" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="92" />
        <source>Select a brochure to see and edit its details.</source>
        <translation>Eine Broschüre auswählen, um ihre Angaben zu sehen und zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/details.py" line="140" />
        <source>%n page(s)</source>
        <translation><numerusform>%n Seite</numerusform><numerusform>%n Seiten</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="144" />
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="145" />
        <source>Password-protected: no text yet</source>
        <translation>Passwortgeschützt: noch kein Text</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="146" />
        <source>No searchable text (scanned pages)</source>
        <translation>Kein durchsuchbarer Text (gescannte Seiten)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="147" />
        <source>The file is missing</source>
        <translation>Die Datei fehlt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="148" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="155" />
        <source>Enter password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="158" />
        <source>Locate file…</source>
        <translation>Datei suchen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="74" />
        <source>This library is open in another BrochureDesk: read-only.</source>
        <translation>Diese Bibliothek ist in einem anderen BrochureDesk geöffnet: nur lesend.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="76" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="576" />
        <source>This library is read-only.</source>
        <translation>Diese Bibliothek ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="87" />
        <source>Cover grid</source>
        <translation>Titelbilder</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="99" />
        <source>Brochure table</source>
        <translation>Broschürentabelle</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="110" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="112" />
        <source>p.</source>
        <translation>S.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="131" />
        <source>Drop PDFs here</source>
        <translation>PDF-Dateien hierher ziehen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="132" />
        <source>or use Import… to add brochures to this library.</source>
        <translation>oder mit »Importieren…« Broschüren zu dieser Bibliothek hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="136" />
        <source>Empty library</source>
        <translation>Leere Bibliothek</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="176" />
        <source>Search brochures (Ctrl+F) — e.g. Fachkräfte, "Werde Foodstarter", tag:Ausbildung</source>
        <translation>Broschüren durchsuchen (Strg+F) – z. B. Fachkräfte, "Werde Foodstarter", tag:Ausbildung</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="179" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="192" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="195" />
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="200" />
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="203" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="212" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="213" />
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="216" />
        <source>&amp;Tag selected…</source>
        <translation>Auswahl &amp;verschlagworten…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="219" />
        <source>&amp;Save search</source>
        <translation>Suche &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="222" />
        <source>&amp;Remove from library…</source>
        <translation>Aus der Bibliothek &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="228" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="235" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="236" />
        <source>&amp;Covers</source>
        <translation>&amp;Titelbilder</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="239" />
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="245" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="246" />
        <source>&amp;About BrochureDesk</source>
        <translation>&amp;Über BrochureDesk</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="250" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="264" />
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="265" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="296" />
        <source>%n brochure(s)</source>
        <translation><numerusform>%n Broschüre</numerusform><numerusform>%n Broschüren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="366" />
        <source>%n brochure(s) found for “%1”</source>
        <translation><numerusform>%n Broschüre gefunden für „%1“</numerusform><numerusform>%n Broschüren gefunden für „%1“</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="426" />
        <source>The file of this brochure is missing: %1</source>
        <translation>Die Datei dieser Broschüre fehlt: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="456" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="464" />
        <source>Tag</source>
        <translation>Verschlagworten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="465" />
        <source>Tags for %n brochure(s), comma-separated:</source>
        <translation><numerusform>Schlagwörter für %n Broschüre, durch Kommas getrennt:</numerusform><numerusform>Schlagwörter für %n Broschüren, durch Kommas getrennt:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="482" />
        <source>Remove from library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="484" />
        <source>Remove %n brochure(s) from the library? Their copies in the library folder are deleted; your original files are not touched.</source>
        <translation><numerusform>%n Broschüre aus der Bibliothek entfernen? Ihre Kopie im Bibliotheksordner wird gelöscht; Ihre Originaldatei bleibt unberührt.</numerusform><numerusform>%n Broschüren aus der Bibliothek entfernen? Ihre Kopien im Bibliotheksordner werden gelöscht; Ihre Originaldateien bleiben unberührt.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="503" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="504" />
        <source>Password of this PDF:</source>
        <translation>Passwort dieser PDF-Datei:</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="515" />
        <source>Locate the PDF</source>
        <translation>PDF-Datei suchen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="515" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="531" />
        <source>Open in viewer</source>
        <translation>Im Betrachter öffnen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="533" />
        <source>Open with system PDF viewer</source>
        <translation>Mit dem PDF-Programm des Systems öffnen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="537" />
        <source>Show file in folder</source>
        <translation>Datei im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="540" />
        <source>Edit details</source>
        <translation>Angaben bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="542" />
        <source>Tag…</source>
        <translation>Verschlagworten…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="543" />
        <source>Remove from library…</source>
        <translation>Aus der Bibliothek entfernen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="559" />
        <source>Import PDFs</source>
        <translation>PDF-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="561" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="568" />
        <source>Import a folder of PDFs</source>
        <translation>Einen Ordner mit PDF-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="579" />
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="584" />
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="606" />
        <source>Importing %1 of %2 …</source>
        <translation>Importiere %1 von %2 …</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="612" />
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="628" />
        <source>%n brochure(s) added</source>
        <translation><numerusform>%n Broschüre hinzugefügt</numerusform><numerusform>%n Broschüren hinzugefügt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="630" />
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n Duplikat</numerusform><numerusform>%n Duplikate</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="632" />
        <source>%n failed</source>
        <translation><numerusform>%n fehlgeschlagen</numerusform><numerusform>%n fehlgeschlagen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="634" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="641" />
        <source>%1: already in the library (%2)</source>
        <translation>%1: schon in der Bibliothek (%2)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="650" />
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="673" />
        <source>Building the search index…</source>
        <translation>Suchindex wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="707" />
        <source>About BrochureDesk</source>
        <translation>Über BrochureDesk</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="710" />
        <source>A catalog of PDF brochures and the good-practice examples inside them.</source>
        <translation>Ein Katalog für PDF-Broschüren und die Good-Practice-Beispiele darin.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="715" />
        <source>Licence: GNU AGPL 3.0 or later. Uses PyMuPDF (AGPL), Qt for Python (LGPL), TinyDB (MIT), Snowball stemmers (BSD).</source>
        <translation>Lizenz: GNU AGPL 3.0 oder neuer. Verwendet PyMuPDF (AGPL), Qt for Python (LGPL), TinyDB (MIT), Snowball-Stemmer (BSD).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="22" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="25" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="26" />
        <location filename="../../src/brochuredesk/ui/preferences.py" line="34" />
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="32" />
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="34" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="34" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="38" />
        <source>A new language applies when BrochureDesk starts next time.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von BrochureDesk.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="46" />
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="47" />
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="24" />
        <source>Library sidebar</source>
        <translation>Bibliotheksleiste</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="47" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="50" />
        <source>Publishers</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="54" />
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="57" />
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="63" />
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="85" />
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="71" />
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="72" />
        <source>Back to the list (Esc)</source>
        <translation>Zurück zur Liste (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="75" />
        <source>Previous page (Page Up)</source>
        <translation>Vorige Seite (Bild auf)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="76" />
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="79" />
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="80" />
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="83" />
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="88" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="89" />
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="90" />
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="94" />
        <source>◀ Hit</source>
        <translation>◀ Treffer</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="95" />
        <source>Previous page with a hit (Shift+F3)</source>
        <translation>Vorige Seite mit Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="97" />
        <source>Hit ▶</source>
        <translation>Treffer ▶</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="98" />
        <source>Next page with a hit (F3)</source>
        <translation>Nächste Seite mit Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="116" />
        <source>Page image</source>
        <translation>Seitenbild</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="133" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="272" />
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="281" />
        <source>This page cannot be shown: %1</source>
        <translation>Diese Seite lässt sich nicht anzeigen: %1</translation>
    </message>
</context>
</TS>