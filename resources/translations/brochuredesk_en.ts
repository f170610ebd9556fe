<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>BrochureModel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="43" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="44" />
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="45" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="46" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="47" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="48" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="52" />
        <source>e.g. 2018-06</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="57" />
        <source>comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="73" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="74" />
        <source>&amp;Subtitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="75" />
        <source>&amp;Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="76" />
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="77" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="78" />
        <source>Ta&amp;gs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="79" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="80" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="81" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="84" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="84" />
        <source>Subtitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="85" />
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="85" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="86" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="86" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="87" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/details.py" line="131" />
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="135" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="136" />
        <source>Password-protected: no text yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="137" />
        <source>No searchable text (scanned pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="138" />
        <source>The file is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="139" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="146" />
        <source>Enter password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="149" />
        <source>Locate file…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="76" />
        <source>This library is open in another BrochureDesk: read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="78" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="561" />
        <source>This library is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="89" />
        <source>Cover grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="101" />
        <source>Brochure table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="112" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="114" />
        <source>p.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="132" />
        <source>Drop PDFs here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="133" />
        <source>or use Import… to add brochures to this library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="137" />
        <source>Empty library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="177" />
        <source>Search brochures (Ctrl+F) — e.g. Fachkräfte, "Werde Foodstarter", tag:Ausbildung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="180" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="193" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="196" />
        <source>&amp;Import files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="201" />
        <source>Import &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="204" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="213" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="214" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="217" />
        <source>&amp;Tag selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="220" />
        <source>&amp;Save search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="223" />
        <source>&amp;Remove from library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="230" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="231" />
        <source>&amp;Covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="234" />
        <source>&amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="240" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="241" />
        <source>&amp;About BrochureDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="245" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="259" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="260" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="282" />
        <source>%n brochure(s)</source>
        <translation><numerusform>%n brochure</numerusform><numerusform>%n brochures</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="351" />
        <source>%n brochure(s) found for “%1”</source>
        <translation><numerusform>%n brochure found for “%1”</numerusform><numerusform>%n brochures found for “%1”</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="411" />
        <source>The file of this brochure is missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="441" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="449" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="450" />
        <source>Tags for %n brochure(s), comma-separated:</source>
        <translation><numerusform>Tags for %n brochure, comma-separated:</numerusform><numerusform>Tags for %n brochures, comma-separated:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="467" />
        <source>Remove from library</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="469" />
        <source>Remove %n brochure(s) from the library? Their copies in the library folder are deleted; your original files are not touched.</source>
        <translation><numerusform>Remove %n brochure from the library? Their copies in the library folder are deleted; your original files are not touched.</numerusform><numerusform>Remove %n brochures from the library? Their copies in the library folder are deleted; your original files are not touched.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="488" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="489" />
        <source>Password of this PDF:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="500" />
        <source>Locate the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="500" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="516" />
        <source>Open in viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="518" />
        <source>Open with system PDF viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="522" />
        <source>Show file in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="525" />
        <source>Edit details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="527" />
        <source>Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="528" />
        <source>Remove from library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="544" />
        <source>Import PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="546" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="553" />
        <source>Import a folder of PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="564" />
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="569" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="591" />
        <source>Importing %1 of %2 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="597" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="613" />
        <source>%n brochure(s) added</source>
        <translation><numerusform>%n brochure added</numerusform><numerusform>%n brochures added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="615" />
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n duplicate</numerusform><numerusform>%n duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="617" />
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="619" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="626" />
        <source>%1: already in the library (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="635" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="658" />
        <source>Building the search index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="687" />
        <source>About BrochureDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="690" />
        <source>A catalog of PDF brochures and the good-practice examples inside them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="695" />
        <source>Licence: GNU AGPL 3.0 or later. Uses PyMuPDF (AGPL), Qt for Python (LGPL), TinyDB (MIT), Snowball stemmers (BSD).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="24" />
        <source>Library sidebar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="47" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="50" />
        <source>Publishers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="54" />
        <source>Years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="57" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="63" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="85" />
        <source>Saved searches</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="71" />
        <source>◀ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="72" />
        <source>Back to the list (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="75" />
        <source>Previous page (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="76" />
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="79" />
        <source>Next page (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="80" />
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="83" />
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="88" />
        <source>Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="89" />
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="90" />
        <source>Fit page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="94" />
        <source>◀ Hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="95" />
        <source>Previous page with a hit (Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="97" />
        <source>Hit ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="98" />
        <source>Next page with a hit (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="116" />
        <source>Page image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="133" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="272" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="281" />
        <source>This page cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>