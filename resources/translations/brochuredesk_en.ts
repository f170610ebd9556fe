<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>BrochureModel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="48" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="49" />
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="50" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="51" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="52" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="53" />
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
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="92" />
        <source>Select a brochure to see and edit its details.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/details.py" line="140" />
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="144" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="145" />
        <source>Password-protected: no text yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="146" />
        <source>No searchable text (scanned pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="147" />
        <source>The file is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="148" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="155" />
        <source>Enter password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="158" />
        <source>Locate file…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="74" />
        <source>This library is open in another BrochureDesk: read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="76" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="576" />
        <source>This library is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="87" />
        <source>Cover grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="99" />
        <source>Brochure table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="110" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="112" />
        <source>p.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="131" />
        <source>Drop PDFs here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="132" />
        <source>or use Import… to add brochures to this library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="136" />
        <source>Empty library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="176" />
        <source>Search brochures (Ctrl+F) — e.g. Fachkräfte, "Werde Foodstarter", tag:Ausbildung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="179" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="192" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="195" />
        <source>&amp;Import files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="200" />
        <source>Import &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="203" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="212" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="213" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="216" />
        <source>&amp;Tag selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="219" />
        <source>&amp;Save search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="222" />
        <source>&amp;Remove from library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="228" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="235" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="236" />
        <source>&amp;Covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="239" />
        <source>&amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="245" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="246" />
        <source>&amp;About BrochureDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="250" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="264" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="265" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="296" />
        <source>%n brochure(s)</source>
        <translation><numerusform>%n brochure</numerusform><numerusform>%n brochures</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="366" />
        <source>%n brochure(s) found for “%1”</source>
        <translation><numerusform>%n brochure found for “%1”</numerusform><numerusform>%n brochures found for “%1”</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="426" />
        <source>The file of this brochure is missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="456" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="464" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="465" />
        <source>Tags for %n brochure(s), comma-separated:</source>
        <translation><numerusform>Tags for %n brochure, comma-separated:</numerusform><numerusform>Tags for %n brochures, comma-separated:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="482" />
        <source>Remove from library</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="484" />
        <source>Remove %n brochure(s) from the library? Their copies in the library folder are deleted; your original files are not touched.</source>
        <translation><numerusform>Remove %n brochure from the library? Their copies in the library folder are deleted; your original files are not touched.</numerusform><numerusform>Remove %n brochures from the library? Their copies in the library folder are deleted; your original files are not touched.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="503" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="504" />
        <source>Password of this PDF:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="515" />
        <source>Locate the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="515" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="531" />
        <source>Open in viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="533" />
        <source>Open with system PDF viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="537" />
        <source>Show file in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="540" />
        <source>Edit details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="542" />
        <source>Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="543" />
        <source>Remove from library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="559" />
        <source>Import PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="561" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="568" />
        <source>Import a folder of PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="579" />
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="584" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="606" />
        <source>Importing %1 of %2 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="612" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="628" />
        <source>%n brochure(s) added</source>
        <translation><numerusform>%n brochure added</numerusform><numerusform>%n brochures added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="630" />
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n duplicate</numerusform><numerusform>%n duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="632" />
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="634" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="641" />
        <source>%1: already in the library (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="650" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="673" />
        <source>Building the search index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="707" />
        <source>About BrochureDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="710" />
        <source>A catalog of PDF brochures and the good-practice examples inside them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="715" />
        <source>Licence: GNU AGPL 3.0 or later. Uses PyMuPDF (AGPL), Qt for Python (LGPL), TinyDB (MIT), Snowball stemmers (BSD).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="22" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="25" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="26" />
        <location filename="../../src/brochuredesk/ui/preferences.py" line="34" />
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="32" />
        <source>Colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="34" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="34" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="38" />
        <source>A new language applies when BrochureDesk starts next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="46" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/preferences.py" line="47" />
        <source>&amp;Colours</source>
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