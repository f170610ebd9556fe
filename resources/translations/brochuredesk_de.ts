<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AbbreviationsDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/abbreviations_dialog.py" line="39" />
        <source>Abbreviations</source>
        <translation>Abkürzungen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/abbreviations_dialog.py" line="44" />
        <source>Search finds an abbreviation and its long form both ways. Common ones and those your brochures define, as in “Long Form (ABK)”, are known already; add your own here.</source>
        <translation>Die Suche findet eine Abkürzung und ihre Langform in beide Richtungen. Gängige und die, die Ihre Broschüren erklären – etwa „Langform (ABK)“ –, kennt sie schon; hier kommen Ihre eigenen hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/abbreviations_dialog.py" line="51" />
        <location filename="../../src/brochuredesk/ui/abbreviations_dialog.py" line="58" />
        <source>Abbreviation</source>
        <translation>Abkürzung</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/abbreviations_dialog.py" line="51" />
        <location filename="../../src/brochuredesk/ui/abbreviations_dialog.py" line="63" />
        <source>Long form</source>
        <translation>Langform</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/abbreviations_dialog.py" line="57" />
        <source>e.g. BMFTR</source>
        <translation>z. B. BMFTR</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/abbreviations_dialog.py" line="61" />
        <source>e.g. Bundesministerium für Forschung, Technologie und Raumfahrt</source>
        <translation>z. B. Bundesministerium für Forschung, Technologie und Raumfahrt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/abbreviations_dialog.py" line="64" />
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/abbreviations_dialog.py" line="67" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>BrochureModel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="79" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="80" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="81" />
        <source>Date</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="82" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="83" />
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="84" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="85" />
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/bulk_edit.py" line="24" />
        <source>Edit %n brochure(s)</source>
        <translation><numerusform>%n Broschüre bearbeiten</numerusform><numerusform>%n Broschüren bearbeiten</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/bulk_edit.py" line="28" />
        <source>unchanged (they differ)</source>
        <translation>unverändert (sie unterscheiden sich)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/bulk_edit.py" line="31" />
        <source>unchanged, e.g. 06/2018</source>
        <translation>unverändert, z. B. 06/2018</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/bulk_edit.py" line="33" />
        <location filename="../../src/brochuredesk/ui/bulk_edit.py" line="35" />
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/bulk_edit.py" line="42" />
        <source>&amp;Publisher</source>
        <translation>&amp;Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/bulk_edit.py" line="43" />
        <source>&amp;Date</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/bulk_edit.py" line="44" />
        <source>Add ta&amp;gs</source>
        <translation>Schlag&amp;wörter hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/bulk_edit.py" line="45" />
        <source>&amp;Remove tags</source>
        <translation>Schlagwörter &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/bulk_edit.py" line="55" />
        <source>Not a date: write 2019, 06/2019 or 12.06.2019</source>
        <translation>Kein Datum: etwa 2019, 06/2019 oder 12.06.2019</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message>
        <location filename="../../src/brochuredesk/ui/citations.py" line="28" />
        <source>Cite</source>
        <translation>Zitieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/citations.py" line="29" />
        <source>Copy citation (DIN 1505-2)</source>
        <translation>Zitat kopieren (DIN 1505-2)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/citations.py" line="30" />
        <source>Copy citation (APA)</source>
        <translation>Zitat kopieren (APA)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/citations.py" line="33" />
        <source>Save for a reference manager (RIS, BibTeX, CSL-JSON)…</source>
        <translation>Für die Literaturverwaltung speichern (RIS, BibTeX, CSL-JSON)…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/citations.py" line="52" />
        <source>Save citations</source>
        <translation>Zitate speichern</translation>
    </message>
</context>
<context>
    <name>CoverDelegate</name>
    <message>
        <location filename="../../src/brochuredesk/ui/delegates.py" line="28" />
        <source>password-protected</source>
        <translation>passwortgeschützt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/delegates.py" line="28" />
        <source>no text</source>
        <translation>ohne Text</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/delegates.py" line="29" />
        <source>file missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/delegates.py" line="29" />
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/delegates.py" line="31" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="76" />
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="87" />
        <source>Mark as checked</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="88" />
        <source>The publisher and date shown are right</source>
        <translation>Herausgeber und Stand sind richtig</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="93" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="94" />
        <source>&amp;Subtitle</source>
        <translation>&amp;Untertitel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="95" />
        <source>&amp;Publisher</source>
        <translation>&amp;Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="96" />
        <source>&amp;Date</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="97" />
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="98" />
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="99" />
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="100" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="105" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="107" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="110" />
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="117" />
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="122" />
        <source>Editions</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="131" />
        <source>Not an edition of these</source>
        <translation>Keine Ausgabe dieser Reihe</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="132" />
        <source>Take this brochure out of its group of editions</source>
        <translation>Diese Broschüre aus ihrer Gruppe von Ausgaben lösen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="143" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="143" />
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="144" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="144" />
        <source>Date</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="145" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="145" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="146" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="151" />
        <source>Select a brochure to see and edit its details.</source>
        <translation>Eine Broschüre auswählen, um ihre Angaben zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="200" />
        <source>Earlier edition. Other editions (★ the newest):</source>
        <translation>Frühere Ausgabe. Weitere Ausgaben (★ die neueste):</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="203" />
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="315" />
        <source>Publisher read from the letterhead, the cover or the text: please check</source>
        <translation>Herausgeber aus Briefkopf, Titelblatt oder Text gelesen: bitte prüfen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="349" />
        <source>Not a date: write 2019, 06/2019 or 12.06.2019</source>
        <translation>Kein Datum: etwa 2019, 06/2019 oder 12.06.2019</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="197" />
        <source>Newest edition. Earlier editions:</source>
        <translation>Neueste Ausgabe. Frühere Ausgaben:</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="71" />
        <location filename="../../src/brochuredesk/ui/details.py" line="276" />
        <source>e.g. 06/2018</source>
        <translation>z. B. 06/2018</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="235" />
        <source>linked from %1</source>
        <translation>verlinkt von %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="274" />
        <source>not stated · PDF created %1</source>
        <translation>nicht angegeben · PDF erstellt %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/details.py" line="293" />
        <source>%n page(s)</source>
        <translation><numerusform>%n Seite</numerusform><numerusform>%n Seiten</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="299" />
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="300" />
        <source>Password-protected: no text yet</source>
        <translation>Passwortgeschützt: noch kein Text</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="301" />
        <source>No searchable text (scanned pages)</source>
        <translation>Kein durchsuchbarer Text (gescannte Seiten)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="302" />
        <source>The file is missing</source>
        <translation>Die Datei fehlt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="303" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="317" />
        <source>Date read from the cover only: please check</source>
        <translation>Stand nur vom Titelblatt gelesen: bitte prüfen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="326" />
        <source>Enter password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="329" />
        <source>Locate file…</source>
        <translation>Datei suchen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="334" />
        <source>Recognise text (OCR)</source>
        <translation>Text erkennen (OCR)</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/dossier_dialog.py" line="14" />
        <location filename="../../src/brochuredesk/ui/dossier_dialog.py" line="17" />
        <source>Good-practice dossier</source>
        <translation>Good-Practice-Dossier</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/dossier_dialog.py" line="19" />
        <source>e.g. Fachkräftesicherung in Clustern, 2026</source>
        <translation>z. B. Fachkräftesicherung in Clustern, 2026</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/dossier_dialog.py" line="22" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/dossier_dialog.py" line="23" />
        <source>&amp;Subtitle</source>
        <translation>&amp;Untertitel</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="139" />
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="149" />
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="159" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="159" />
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="160" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="160" />
        <source>Date</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="161" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="161" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="161" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="164" />
        <source>change of %1</source>
        <translation>Änderung von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="184" />
        <source>edit of %n brochure(s)</source>
        <translation><numerusform>Bearbeitung von %n Broschüre</numerusform><numerusform>Bearbeitung von %n Broschüren</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="212" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="220" />
        <source>Tag</source>
        <translation>Verschlagworten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="221" />
        <source>Tags for %n brochure(s), comma-separated:</source>
        <translation><numerusform>Schlagwörter für %n Broschüre, durch Kommas getrennt:</numerusform><numerusform>Schlagwörter für %n Broschüren, durch Kommas getrennt:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="227" />
        <source>tags for %n brochure(s)</source>
        <translation><numerusform>Schlagwörter für %n Broschüre</numerusform><numerusform>Schlagwörter für %n Broschüren</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="243" />
        <source>Remove from library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="245" />
        <source>Remove %n brochure(s) from the library? Their copies in the library folder are deleted when BrochureDesk closes (Edit → Undo brings them back until then); your original files are not touched.</source>
        <translation><numerusform>%n Broschüre aus der Bibliothek entfernen? Ihre Kopie im Bibliotheksordner wird beim Beenden von BrochureDesk gelöscht (bis dahin holt Bearbeiten → Rückgängig sie zurück); Ihre Originaldatei bleibt unberührt.</numerusform><numerusform>%n Broschüren aus der Bibliothek entfernen? Ihre Kopien im Bibliotheksordner werden beim Beenden von BrochureDesk gelöscht (bis dahin holt Bearbeiten → Rückgängig sie zurück); Ihre Originaldateien bleiben unberührt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="254" />
        <source>removal of %n brochure(s)</source>
        <translation><numerusform>Entfernen von %n Broschüre</numerusform><numerusform>Entfernen von %n Broschüren</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="288" />
        <source>Wrong password. Try again:</source>
        <translation>Falsches Passwort. Bitte noch einmal:</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="290" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="286" />
        <source>Password of this PDF:</source>
        <translation>Passwort dieser PDF-Datei:</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="133" />
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="275" />
        <source>Locate the PDF</source>
        <translation>PDF-Datei suchen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="275" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="306" />
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="308" />
        <source>Recognising text (OCR)…</source>
        <translation>Texterkennung (OCR) läuft…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="319" />
        <source>Recognising text (OCR): page %1 of %2</source>
        <translation>Texterkennung (OCR): Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="341" />
        <source>Choose two or more brochures to join as editions.</source>
        <translation>Zwei oder mehr Broschüren auswählen, um sie als Ausgaben zusammenzufassen.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="361" />
        <source>Open in viewer</source>
        <translation>Im Betrachter öffnen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="363" />
        <source>Open with system PDF viewer</source>
        <translation>Mit dem PDF-Programm des Systems öffnen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="367" />
        <source>Show file in folder</source>
        <translation>Datei im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="370" />
        <source>Edit details</source>
        <translation>Angaben bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="374" />
        <source>Mark as not evaluated</source>
        <translation>Als nicht ausgewertet markieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="374" />
        <source>Mark as evaluated</source>
        <translation>Als ausgewertet markieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="379" />
        <source>Tag…</source>
        <translation>Verschlagworten…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="382" />
        <source>Join as editions of one publication</source>
        <translation>Als Ausgaben einer Publikation zusammenfassen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/edit_controller.py" line="385" />
        <source>Remove from library…</source>
        <translation>Aus der Bibliothek entfernen…</translation>
    </message>
</context>
<context>
    <name>ElsewhereController</name>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/elsewhere_controller.py" line="53" />
        <source>Changes from %n other machine(s) taken in at %1</source>
        <translation><numerusform>Änderungen von %n anderen Rechner übernommen, %1 Uhr</numerusform><numerusform>Änderungen von %n anderen Rechnern übernommen, %1 Uhr</numerusform></translation>
    </message>
</context>
<context>
    <name>ExampleCardDelegate</name>
    <message>
        <location filename="../../src/brochuredesk/ui/card_delegate.py" line="106" />
        <source>p.</source>
        <translation>S.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/card_delegate.py" line="110" />
        <source>%n note(s)</source>
        <translation><numerusform>%n Notiz</numerusform><numerusform>%n Notizen</numerusform></translation>
    </message>
</context>
<context>
    <name>ExampleDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="45" />
        <source>Good-practice example</source>
        <translation>Good-Practice-Beispiel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="80" />
        <source>Add a field of action and press Enter</source>
        <translation>Handlungsfeld hinzufügen und Eingabe drücken</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="95" />
        <source>Brochure</source>
        <translation>Broschüre</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="96" />
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="99" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="100" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="101" />
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="102" />
        <source>Se&amp;ctor</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="103" />
        <source>&amp;Fields of action</source>
        <translation>&amp;Handlungsfelder</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="105" />
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="106" />
        <source>&amp;Contact / web</source>
        <translation>&amp;Kontakt / Web</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="107" />
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="108" />
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="110" />
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="110" />
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="111" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="111" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="112" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="112" />
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="113" />
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="113" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="114" />
        <source>Contact / web</source>
        <translation>Kontakt / Web</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="114" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="115" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="44" />
        <source>Text of the pages</source>
        <translation>Text der Seiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="44" />
        <source>Selected text</source>
        <translation>Markierter Text</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="161" />
        <source>A title is needed</source>
        <translation>Ein Titel ist nötig</translation>
    </message>
</context>
<context>
    <name>ExampleModel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="56" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="56" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="57" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="57" />
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="58" />
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="58" />
        <source>Brochure</source>
        <translation>Broschüre</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="59" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>ExamplesController</name>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="107" />
        <source>Example “%1” saved.</source>
        <translation>Beispiel „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="132" />
        <source>Open pages in viewer</source>
        <translation>Seiten im Betrachter öffnen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="135" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="137" />
        <source>Export as dossier PDF…</source>
        <translation>Als Dossier (PDF) exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="138" />
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="144" />
        <source>Delete example…</source>
        <translation>Beispiel löschen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="151" />
        <source>Delete example</source>
        <translation>Beispiel löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="152" />
        <source>Delete %n example(s)? The brochures stay.</source>
        <translation><numerusform>%n Beispiel löschen? Die Broschüren bleiben.</numerusform><numerusform>%n Beispiele löschen? Die Broschüren bleiben.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="164" />
        <source>Choose a brochure first.</source>
        <translation>Zuerst eine Broschüre auswählen.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="234" />
        <source>Good-practice dossier</source>
        <translation>Good-Practice-Dossier</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="234" />
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="245" />
        <source>Export examples</source>
        <translation>Beispiele exportieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_controller.py" line="268" />
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>ExamplesPage</name>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="152" />
        <source>Good-practice examples</source>
        <translation>Good-Practice-Beispiele</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="155" />
        <source>Good-practice examples as cards</source>
        <translation>Good-Practice-Beispiele als Karten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="178" />
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="178" />
        <source>Examples as a table</source>
        <translation>Beispiele als Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="179" />
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="179" />
        <source>Examples as cards</source>
        <translation>Beispiele als Karten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="213" />
        <source>%n example(s)</source>
        <translation><numerusform>%n Beispiel</numerusform><numerusform>%n Beispiele</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="215" />
        <source>%1 of %2 examples</source>
        <translation>%1 von %2 Beispielen</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../src/brochuredesk/ui/navigation.py" line="68" />
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/navigation.py" line="76" />
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/navigation.py" line="99" />
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="39" />
        <source>Import PDFs</source>
        <translation>PDF-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="41" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="48" />
        <source>Import a folder of PDFs</source>
        <translation>Einen Ordner mit PDF-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="56" />
        <source>This library is read-only.</source>
        <translation>Diese Bibliothek ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="59" />
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="61" />
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="109" />
        <source>Recognising text (OCR) in %1: page %2 of %3</source>
        <translation>Texterkennung (OCR) in %1: Seite %2 von %3</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="118" />
        <source>Importing %1 of %2 …</source>
        <translation>Importiere %1 von %2 …</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="124" />
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="138" />
        <source>%n brochure(s) added</source>
        <translation><numerusform>%n Broschüre hinzugefügt</numerusform><numerusform>%n Broschüren hinzugefügt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="140" />
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n Duplikat</numerusform><numerusform>%n Duplikate</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="142" />
        <source>%n failed</source>
        <translation><numerusform>%n fehlgeschlagen</numerusform><numerusform>%n fehlgeschlagen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="144" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="154" />
        <source>%1: already in the library as “%2”</source>
        <translation>%1: schon in der Bibliothek als „%2“</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="163" />
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/import_controller.py" line="172" />
        <source>What the import left out, and why</source>
        <translation>Was der Import ausgelassen hat, und warum</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <location filename="../../src/brochuredesk/ui/index_controller.py" line="36" />
        <source>Building the search index…</source>
        <translation>Suchindex wird aufgebaut…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="129" />
        <source>This library is open in another BrochureDesk: read-only.</source>
        <translation>Diese Bibliothek ist in einem anderen BrochureDesk geöffnet: nur lesend.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="132" />
        <source>This library's folder cannot be written (%1): read-only.</source>
        <translation>In den Ordner dieser Bibliothek kann nicht geschrieben werden (%1): nur lesend.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="135" />
        <source>This library is read-only.</source>
        <translation>Diese Bibliothek ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="148" />
        <source>Cover grid</source>
        <translation>Titelbilder</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="161" />
        <source>Brochure table</source>
        <translation>Broschürentabelle</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="175" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="178" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="390" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="509" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="510" />
        <source>p.</source>
        <translation>S.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="178" />
        <source>Good practice</source>
        <translation>Good Practice</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="209" />
        <source>Drop PDFs here</source>
        <translation>PDF-Dateien hierher ziehen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="217" />
        <source>Empty library</source>
        <translation>Leere Bibliothek</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="314" />
        <source>Search brochures (Ctrl+F) — e.g. Fachkräfte, "Werde Foodstarter", tag:Ausbildung</source>
        <translation>Broschüren durchsuchen (Strg+F) – z. B. Fachkräfte, "Werde Foodstarter", tag:Ausbildung</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="317" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="404" />
        <source>%n example(s)</source>
        <translation><numerusform>%n Beispiel</numerusform><numerusform>%n Beispiele</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="405" />
        <source>%1 of %n example(s)</source>
        <translation><numerusform>%1 von %n Beispiel</numerusform><numerusform>%1 von %n Beispielen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="412" />
        <source>%n brochure(s)</source>
        <translation><numerusform>%n Broschüre</numerusform><numerusform>%n Broschüren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="413" />
        <source>%1 of %n brochure(s)</source>
        <translation><numerusform>%1 von %n Broschüre</numerusform><numerusform>%1 von %n Broschüren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="418" />
        <source>%n earlier edition(s) hidden (View → All editions)</source>
        <translation><numerusform>%n ältere Ausgabe ausgeblendet (Ansicht → Alle Ausgaben)</numerusform><numerusform>%n ältere Ausgaben ausgeblendet (Ansicht → Alle Ausgaben)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/elsewhere_controller.py" line="73" />
        <source>This brochure was imported on another machine and its file has not arrived yet. It opens as soon as the sync service has brought it: %1</source>
        <translation>Datei kommt noch: Diese Broschüre wurde auf einem anderen Rechner importiert, ihre Datei ist noch nicht angekommen. Sie öffnet sich, sobald der Synchronisationsdienst sie gebracht hat: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/elsewhere_controller.py" line="78" />
        <source>The file of this brochure is missing: %1</source>
        <translation>Die Datei dieser Broschüre fehlt: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="211" />
        <source>or use File → Import files… (Ctrl+O) to add brochures to this library.</source>
        <translation>oder mit Datei → Dateien importieren… (Strg+O) Broschüren zu dieser Bibliothek hinzufügen.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/notes_controller.py" line="29" />
        <location filename="../../src/brochuredesk/ui/notes_controller.py" line="31" />
        <location filename="../../src/brochuredesk/ui/notes_controller.py" line="43" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/notes_controller.py" line="33" />
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/notes_controller.py" line="33" />
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/notes_controller.py" line="34" />
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/notes_controller.py" line="34" />
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/notes_controller.py" line="41" />
        <source>Highlighted</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/notes_controller.py" line="42" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../src/brochuredesk/ui/notes_controller.py" line="82" />
        <source>p.</source>
        <translation>S.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="47" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="51" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="52" />
        <location filename="../../src/brochuredesk/ui/preferences.py" line="60" />
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="58" />
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="60" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="60" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="64" />
        <source>A new language applies when BrochureDesk starts next time.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von BrochureDesk.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="70" />
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="71" />
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="73" />
        <source>&amp;Watched folders</source>
        <translation>&amp;Beobachtete Ordner</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="79" />
        <source>Watched folders</source>
        <translation>Beobachtete Ordner</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="84" />
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="86" />
        <source>Add Downloads</source>
        <translation>Downloads hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="89" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="91" />
        <source>Leave the files where they are (do not copy them)</source>
        <translation>Dateien dort lassen, wo sie sind (nicht kopieren)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="96" />
        <source>New PDFs that appear in these folders are imported while BrochureDesk runs (or while `brochuredesk watch` runs). PDFs already there stay where they are.</source>
        <translation>Neue PDF-Dateien in diesen Ordnern werden aufgenommen, solange BrochureDesk läuft (oder `brochuredesk watch`). PDF-Dateien, die schon dort liegen, bleiben außen vor.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="125" />
        <source>(files left in place)</source>
        <translation>(Dateien bleiben dort)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="140" />
        <source>Watch a folder for new PDFs</source>
        <translation>Ordner auf neue PDF-Dateien beobachten</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="100" />
        <source>Review suggested examples</source>
        <translation>Vorgeschlagene Beispiele prüfen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="107" />
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="396" />
        <source>Looking for examples in all brochures…</source>
        <translation>Suche Beispiele in allen Broschüren…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="111" />
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="114" />
        <source>Suggested examples</source>
        <translation>Vorgeschlagene Beispiele</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="129" />
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="360" />
        <source>Read from the page:</source>
        <translation>Auf der Seite gelesen:</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="137" />
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="145" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="146" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="147" />
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="148" />
        <source>&amp;Sector</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="149" />
        <source>&amp;Fields of action</source>
        <translation>&amp;Handlungsfelder</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="150" />
        <source>&amp;Contact / web</source>
        <translation>&amp;Kontakt / Web</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="152" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="152" />
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="348" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="153" />
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="348" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="153" />
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="349" />
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="154" />
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="154" />
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="349" />
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="350" />
        <source>Contact / web</source>
        <translation>Kontakt / Web</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="158" />
        <source>&amp;Accept</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="159" />
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="161" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="162" />
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="164" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="165" />
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="167" />
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="168" />
        <source>Down arrow</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="170" />
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="214" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="240" />
        <source>%1 of %2 brochures</source>
        <translation>%1 von %2 Broschüren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="343" />
        <source>%1, p. %2</source>
        <translation>%1, S. %2</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="354" />
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="384" />
        <source>“%1”, p. %2</source>
        <translation>„%1“, S. %2</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="386" />
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="388" />
        <source>Loading page…</source>
        <translation>Lade Seite…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="400" />
        <source>%n suggestion(s) to review</source>
        <translation><numerusform>%n Vorschlag zu prüfen</numerusform><numerusform>%n Vorschläge zu prüfen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="401" />
        <source>%n brochure(s)</source>
        <translation><numerusform>%n Broschüre</numerusform><numerusform>%n Broschüren</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="402" />
        <source>Enter accepts, Del dismisses, F2 edits.</source>
        <translation>Eingabe übernimmt, Entf verwirft, F2 bearbeitet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="406" />
        <source>%n brochure(s) searched.</source>
        <translation><numerusform>%n Broschüre durchsucht.</numerusform><numerusform>%n Broschüren durchsucht.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="408" />
        <source>Nothing left to review.</source>
        <translation>Alles geprüft.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="413" />
        <source>No suggestions. Suggestions come from runs of headings of one look that name projects or organisations; you can still mark pages as an example in the viewer (New example…, Ctrl+E).</source>
        <translation>Keine Vorschläge. Vorschläge entstehen aus Reihen gleich gestalteter Überschriften, die Projekte oder Organisationen nennen; Seiten lassen sich weiterhin im Viewer als Beispiel markieren (Neues Beispiel…, Strg+E).</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="418" />
        <source>All suggestions are reviewed.</source>
        <translation>Alle Vorschläge sind geprüft.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/review_queue.py" line="423" />
        <source>Accepted: %1, dismissed: %2.</source>
        <translation>Übernommen: %1, verworfen: %2.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="109" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="111" />
        <source>earlier edition</source>
        <translation>frühere Ausgabe</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="115" />
        <source>Building the search index…</source>
        <translation>Suchindex wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="117" />
        <source>No results for “%1” — results for “%2”.</source>
        <translation>Keine Treffer für „%1“ — Ergebnisse für „%2“.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="121" />
        <source>Search for “%1” as typed</source>
        <translation>Genau „%1“ suchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="138" />
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="143" />
        <source>%n brochure(s) found for “%1”</source>
        <translation><numerusform>%n Broschüre gefunden für „%1“</numerusform><numerusform>%n Broschüren gefunden für „%1“</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="126" />
        <source>(among the brochures the filters let through)</source>
        <translation>(unter den Broschüren, die die Filter zeigen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="144" />
        <source>%n brochure(s)</source>
        <translation><numerusform>%n Broschüre</numerusform><numerusform>%n Broschüren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="145" />
        <source>%n example(s)</source>
        <translation><numerusform>%n Beispiel</numerusform><numerusform>%n Beispiele</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="146" />
        <source>%n note(s)</source>
        <translation><numerusform>%n Notiz</numerusform><numerusform>%n Notizen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="147" />
        <source>%1 found for “%2”</source>
        <translation>%1 gefunden für „%2“</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="200" />
        <source>This library is read-only.</source>
        <translation>Diese Bibliothek ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="204" />
        <source>Nothing to save: type a search or choose a filter first.</source>
        <translation>Nichts zu speichern: zuerst einen Suchbegriff eingeben oder einen Filter wählen.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="211" />
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="211" />
        <source>Name of the saved search:</source>
        <translation>Name der gespeicherten Suche:</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/search_controller.py" line="225" />
        <source>Search saved as “%1” (sidebar, Saved searches).</source>
        <translation>Suche als „%1“ gespeichert (Seitenleiste, Gespeicherte Suchen).</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="113" />
        <source>Library sidebar</source>
        <translation>Bibliotheksleiste</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="174" />
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="334" />
        <source>Reading</source>
        <translation>Lesestand</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="175" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="175" />
        <source>Publishers</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="175" />
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="176" />
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="176" />
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="177" />
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="333" />
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="197" />
        <source>Good-practice examples (%1)</source>
        <translation>Good-Practice-Beispiele (%1)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="201" />
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="201" />
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="202" />
        <source>Sectors</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="202" />
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="214" />
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="247" />
        <source>Not imported from watched folders (%1)</source>
        <translation>Aus beobachteten Ordnern nicht aufgenommen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="260" />
        <source>Password-protected</source>
        <translation>Passwortgeschützt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="261" />
        <source>No searchable text</source>
        <translation>Kein durchsuchbarer Text</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="262" />
        <source>File missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="263" />
        <source>Could not be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="264" />
        <source>Publisher to check</source>
        <translation>Herausgeber prüfen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="265" />
        <source>Date to check</source>
        <translation>Stand prüfen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="270" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="270" />
        <source>Evaluated</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="272" />
        <source>(no publisher)</source>
        <translation>(ohne Herausgeber)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="274" />
        <source>(no date)</source>
        <translation>(ohne Datum)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="306" />
        <source>%n new brochure(s) since you last opened it</source>
        <translation><numerusform>%n neue Broschüre seit dem letzten Öffnen</numerusform><numerusform>%n neue Broschüren seit dem letzten Öffnen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="332" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="332" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="332" />
        <source>Tagged</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="333" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="334" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="335" />
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="335" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="336" />
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="336" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="372" />
        <source>Remove saved search “%1”</source>
        <translation>Gespeicherte Suche „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>StatusBarRow</name>
    <message>
        <location filename="../../src/brochuredesk/ui/job_progress.py" line="21" />
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/job_progress.py" line="22" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="43" />
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="51" />
        <source>Suggested examples</source>
        <translation>Vorgeschlagene Beispiele</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="45" />
        <source>Choose a suggestion to see its page.</source>
        <translation>Einen Vorschlag wählen, um seine Seite zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="46" />
        <source>Page of the suggestion</source>
        <translation>Seite des Vorschlags</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="57" />
        <source>p. %1: %2</source>
        <translation>S. %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="111" />
        <source>Loading page…</source>
        <translation>Lade Seite…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="145" />
        <source>%n suggestion(s) in “%1”</source>
        <translation><numerusform>%n Vorschlag in „%1“</numerusform><numerusform>%n Vorschläge in „%1“</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="68" />
        <source>&amp;Accept…</source>
        <translation>Ü&amp;bernehmen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="71" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="83" />
        <source>Offer %n dismissed suggestion(s) again</source>
        <translation><numerusform>%n verworfenen Vorschlag wieder anbieten</numerusform><numerusform>%n verworfene Vorschläge wieder anbieten</numerusform></translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="81" />
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="82" />
        <source>Back to the list (Esc, Alt+Left)</source>
        <translation>Zurück zur Liste (Esc, Alt+Pfeil links)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="85" />
        <source>Previous page (Page Up)</source>
        <translation>Vorige Seite (Bild auf)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="86" />
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="89" />
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="90" />
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="93" />
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="98" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="99" />
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="100" />
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="107" />
        <source>Previous page with a hit (Shift+F3)</source>
        <translation>Vorige Seite mit Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="111" />
        <source>Next page with a hit (F3)</source>
        <translation>Nächste Seite mit Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="114" />
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="124" />
        <source>Example on this page</source>
        <translation>Beispiel auf dieser Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="129" />
        <location filename="../../src/brochuredesk/ui/viewer.py" line="359" />
        <source>New example…</source>
        <translation>Neues Beispiel…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="132" />
        <location filename="../../src/brochuredesk/ui/viewer.py" line="343" />
        <source>Mark this page, or the pages selected in the strip, as a good-practice example (Ctrl+E)</source>
        <translation>Diese Seite oder die in der Leiste gewählten Seiten als Good-Practice-Beispiel erfassen (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="140" />
        <source>Viewer tools</source>
        <translation>Werkzeuge der Seitenansicht</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="158" />
        <source>Page image</source>
        <translation>Seitenbild</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="179" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="340" />
        <location filename="../../src/brochuredesk/ui/viewer.py" line="359" />
        <source>New example from selection…</source>
        <translation>Neues Beispiel aus Markierung…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="106" />
        <source>Previous hit</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="110" />
        <source>Next hit</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="277" />
        <location filename="../../src/brochuredesk/ui/viewer.py" line="508" />
        <source>Good-practice example: %1</source>
        <translation>Good-Practice-Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="289" />
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="352" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="354" />
        <source>Select &amp;all text</source>
        <translation>&amp;Ganzen Text markieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="363" />
        <source>Highlight with a note…</source>
        <translation>Markieren mit Notiz…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="363" />
        <source>Note on this page…</source>
        <translation>Notiz zu dieser Seite…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="447" />
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="486" />
        <source>Hit %1 of %2 on this page</source>
        <translation>Treffer %1 von %2 auf dieser Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="496" />
        <source>This page cannot be shown: %1</source>
        <translation>Diese Seite lässt sich nicht anzeigen: %1</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <location filename="../../src/brochuredesk/ui/watch_controller.py" line="97" />
        <source>1 new brochure</source>
        <translation>1 neue Broschüre</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/watch_controller.py" line="99" />
        <source>%1 new brochures</source>
        <translation>%1 neue Broschüren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/watch_controller.py" line="102" />
        <source>Show the brochures that came from watched folders</source>
        <translation>Die Broschüren zeigen, die aus beobachteten Ordnern kamen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/watch_controller.py" line="137" />
        <source>Not imported from watched folders</source>
        <translation>Aus beobachteten Ordnern nicht aufgenommen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/watch_controller.py" line="140" />
        <source>Forget these</source>
        <translation>Diese vergessen</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="54" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="57" />
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="62" />
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="65" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="74" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="75" />
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="78" />
        <source>&amp;Tag selected…</source>
        <translation>Auswahl &amp;verschlagworten…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="81" />
        <source>&amp;Save search</source>
        <translation>Suche &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="84" />
        <source>&amp;Remove from library…</source>
        <translation>Aus der Bibliothek &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="87" />
        <location filename="../../src/brochuredesk/ui/menus.py" line="266" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="90" />
        <location filename="../../src/brochuredesk/ui/menus.py" line="271" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="100" />
        <source>&amp;Edit selected brochures…</source>
        <translation>Ausgewählte Broschüren &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="104" />
        <source>&amp;Join as editions of one publication</source>
        <translation>Als Ausgaben einer Publikation &amp;zusammenfassen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="110" />
        <source>&amp;Abbreviations…</source>
        <translation>&amp;Abkürzungen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="113" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="119" />
        <source>E&amp;xamples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="120" />
        <source>&amp;Suggest examples in this brochure…</source>
        <translation>Beispiele in dieser Broschüre &amp;vorschlagen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="122" />
        <source>Suggest examples in &amp;all brochures…</source>
        <translation>Beispiele in &amp;allen Broschüren vorschlagen…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="125" />
        <source>Export as &amp;dossier PDF…</source>
        <translation>Als &amp;Dossier (PDF) exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="127" />
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="129" />
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="138" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="139" />
        <source>&amp;Covers</source>
        <translation>&amp;Titelbilder</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="142" />
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="150" />
        <source>&amp;Sidebar</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="153" />
        <source>&amp;Details panel</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="159" />
        <source>&amp;All editions</source>
        <translation>&amp;Alle Ausgaben</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="161" />
        <source>Show earlier editions too (otherwise only the newest of each publication)</source>
        <translation>Auch frühere Ausgaben zeigen (sonst nur die neueste jeder Publikation)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="166" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="167" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="171" />
        <source>&amp;Searching</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="175" />
        <source>&amp;About BrochureDesk</source>
        <translation>&amp;Über BrochureDesk</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="179" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="187" />
        <source>Sort</source>
        <translation>Sortieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="188" />
        <source>Sort the brochures (also by a click on a table column)</source>
        <translation>Broschüren sortieren (auch per Klick auf eine Tabellenspalte)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="199" />
        <source>S&amp;ort by</source>
        <translation>S&amp;ortieren nach</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="202" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="202" />
        <source>&amp;Publisher</source>
        <translation>&amp;Herausgeber</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="203" />
        <source>&amp;Date</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="203" />
        <source>P&amp;ages</source>
        <translation>S&amp;eitenzahl</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="204" />
        <source>Date &amp;added</source>
        <translation>&amp;Hinzugefügt am</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="214" />
        <source>&amp;Descending</source>
        <translation>&amp;Absteigend</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="266" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="271" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="309" />
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="309" />
        <source>Import a folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="310" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="311" />
        <source>Next / previous hit in the viewer</source>
        <translation>Nächster / vorheriger Treffer im Viewer</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="312" />
        <source>Covers / table</source>
        <translation>Titelbilder / Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="312" />
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="313" />
        <source>Details panel</source>
        <translation>Detailbereich</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="313" />
        <source>Tag the chosen brochures</source>
        <translation>Gewählte Broschüren verschlagworten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="314" />
        <source>Edit the chosen brochures together</source>
        <translation>Gewählte Broschüren gemeinsam bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="315" />
        <source>Save the search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="315" />
        <source>New example from the page</source>
        <translation>Neues Beispiel aus der Seite</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="316" />
        <source>Highlight the selection with a note</source>
        <translation>Auswahl markieren mit Notiz</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="317" />
        <source>Suggest examples in all brochures</source>
        <translation>Beispiele in allen Broschüren vorschlagen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="318" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="318" />
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="319" />
        <source>Remove from the library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="320" />
        <source>Back from the viewer</source>
        <translation>Zurück aus dem Viewer</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="320" />
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="332" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="337" />
        <source>every form of the word, compounds too (Fachkräftemangel)</source>
        <translation>jede Form des Wortes, auch in Zusammensetzungen (Fachkräftemangel)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="338" />
        <source>these words in this order</source>
        <translation>diese Wörter in dieser Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="339" />
        <source>without the pages with 'Sport'</source>
        <translation>ohne die Seiten mit „Sport“</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="340" />
        <source>in a field: title, tag, publisher, org, region, sector, field, source</source>
        <translation>in einem Feld: title, tag, publisher, org, region, sector, field, source</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="341" />
        <source>published in these years</source>
        <translation>in diesen Jahren erschienen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="342" />
        <source>only good-practice examples, only one's own notes</source>
        <translation>nur Good-Practice-Beispiele, nur eigene Notizen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="343" />
        <source>abbreviations find their long forms and back (Edit → Abbreviations)</source>
        <translation>Abkürzungen finden ihre Langformen und umgekehrt (Bearbeiten → Abkürzungen)</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="349" />
        <source>Searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="354" />
        <source>About BrochureDesk</source>
        <translation>Über BrochureDesk</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="357" />
        <source>A catalog of PDF brochures and the good-practice examples inside them.</source>
        <translation>Ein Katalog für PDF-Broschüren und die Good-Practice-Beispiele darin.</translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/menus.py" line="362" />
        <source>Licence: GNU AGPL 3.0 or later. Uses PyMuPDF (AGPL), Qt for Python (LGPL), TinyDB (MIT), Snowball stemmers (BSD).</source>
        <translation>Lizenz: GNU AGPL 3.0 oder neuer. Verwendet PyMuPDF (AGPL), Qt for Python (LGPL), TinyDB (MIT), Snowball-Stemmer (BSD).</translation>
    </message>
</context>
</TS>