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
        <location filename="../../src/brochuredesk/ui/details.py" line="53" />
        <source>e.g. 2018-06</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="58" />
        <source>comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="74" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="75" />
        <source>&amp;Subtitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="76" />
        <source>&amp;Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="77" />
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="78" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="79" />
        <source>Ta&amp;gs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="80" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="81" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="82" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="85" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="85" />
        <source>Subtitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="86" />
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="86" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="87" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="87" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="88" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="93" />
        <source>Select a brochure to see and edit its details.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/details.py" line="141" />
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="145" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="146" />
        <source>Password-protected: no text yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="147" />
        <source>No searchable text (scanned pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="148" />
        <source>The file is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="149" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="156" />
        <source>Enter password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="159" />
        <source>Locate file…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExampleDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="40" />
        <source>Good-practice example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="75" />
        <source>Add a field of action and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="88" />
        <source>Brochure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="89" />
        <source>&amp;Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="90" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="91" />
        <source>&amp;Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="92" />
        <source>&amp;Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="93" />
        <source>Se&amp;ctor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="94" />
        <source>&amp;Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="96" />
        <source>S&amp;ummary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="97" />
        <source>&amp;Contact / web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="98" />
        <source>Ta&amp;gs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="99" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="101" />
        <source>First page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="101" />
        <source>Last page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="102" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="102" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="103" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="103" />
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="104" />
        <source>Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="104" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="105" />
        <source>Contact / web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="105" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="106" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="106" />
        <location filename="../../src/brochuredesk/ui/example_form.py" line="120" />
        <source>Text of the pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="141" />
        <source>A title is needed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExampleModel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="25" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="25" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="26" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="26" />
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="27" />
        <source>Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="27" />
        <source>Brochure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="28" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="80" />
        <source>This library is open in another BrochureDesk: read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="82" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="779" />
        <source>This library is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="94" />
        <source>Cover grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="106" />
        <source>Brochure table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="117" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="120" />
        <source>p.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="120" />
        <source>Good practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="141" />
        <source>Drop PDFs here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="142" />
        <source>or use Import… to add brochures to this library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="146" />
        <source>Empty library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="150" />
        <source>Good-practice examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="209" />
        <source>Search brochures (Ctrl+F) — e.g. Fachkräfte, "Werde Foodstarter", tag:Ausbildung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="212" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="225" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="228" />
        <source>&amp;Import files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="233" />
        <source>Import &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="236" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="245" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="246" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="249" />
        <source>&amp;Tag selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="252" />
        <source>&amp;Save search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="255" />
        <source>&amp;Remove from library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="261" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="268" />
        <source>E&amp;xamples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="269" />
        <source>&amp;Suggest examples in this brochure…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="271" />
        <source>Export as &amp;dossier PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="273" />
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="275" />
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="281" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="282" />
        <source>&amp;Covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="285" />
        <source>&amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="291" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="292" />
        <source>&amp;About BrochureDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="296" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="310" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="311" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="347" />
        <source>%n brochure(s)</source>
        <translation><numerusform>%n brochure</numerusform><numerusform>%n brochures</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="418" />
        <source>%n brochure(s) found for “%1”</source>
        <translation><numerusform>%n brochure found for “%1”</numerusform><numerusform>%n brochures found for “%1”</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="478" />
        <source>The file of this brochure is missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="508" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="516" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="517" />
        <source>Tags for %n brochure(s), comma-separated:</source>
        <translation><numerusform>Tags for %n brochure, comma-separated:</numerusform><numerusform>Tags for %n brochures, comma-separated:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="534" />
        <source>Remove from library</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="536" />
        <source>Remove %n brochure(s) from the library? Their copies in the library folder are deleted; your original files are not touched.</source>
        <translation><numerusform>Remove %n brochure from the library? Their copies in the library folder are deleted; your original files are not touched.</numerusform><numerusform>Remove %n brochures from the library? Their copies in the library folder are deleted; your original files are not touched.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="555" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="556" />
        <source>Password of this PDF:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="567" />
        <source>Locate the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="567" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="583" />
        <source>Open in viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="585" />
        <source>Open with system PDF viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="589" />
        <source>Show file in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="592" />
        <source>Edit details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="594" />
        <source>Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="595" />
        <source>Remove from library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="646" />
        <source>Example “%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="672" />
        <source>Open pages in viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="675" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="677" />
        <source>Export as dossier PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="678" />
        <source>Export as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="680" />
        <source>Delete example…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="687" />
        <source>Delete example</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="688" />
        <source>Delete %n example(s)? The brochures stay.</source>
        <translation><numerusform>Delete %n example? The brochures stay.</numerusform><numerusform>Delete %n examples? The brochures stay.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="701" />
        <source>Choose a brochure first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="732" />
        <source>Good-practice dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="732" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="734" />
        <source>Export examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="753" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="762" />
        <source>Import PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="764" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="771" />
        <source>Import a folder of PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="782" />
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="787" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="809" />
        <source>Importing %1 of %2 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="815" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="831" />
        <source>%n brochure(s) added</source>
        <translation><numerusform>%n brochure added</numerusform><numerusform>%n brochures added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="833" />
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n duplicate</numerusform><numerusform>%n duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="835" />
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="837" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="844" />
        <source>%1: already in the library (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="853" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="876" />
        <source>Building the search index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="910" />
        <source>About BrochureDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="913" />
        <source>A catalog of PDF brochures and the good-practice examples inside them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="918" />
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
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="26" />
        <source>Library sidebar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="66" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="69" />
        <source>Publishers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="73" />
        <source>Years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="76" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="82" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="105" />
        <source>Good-practice examples (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="110" />
        <source>Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="114" />
        <source>Regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="115" />
        <source>Sectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="117" />
        <source>Organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="137" />
        <source>Saved searches</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="29" />
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="32" />
        <source>Suggested examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="38" />
        <source>p. %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="46" />
        <source>%n suggestion(s) in “%1”</source>
        <translation><numerusform>%n suggestion in “%1”</numerusform><numerusform>%n suggestions in “%1”</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="49" />
        <source>&amp;Accept…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="52" />
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="72" />
        <source>◀ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="73" />
        <source>Back to the list (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="76" />
        <source>Previous page (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="77" />
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="80" />
        <source>Next page (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="81" />
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="84" />
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="89" />
        <source>Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="90" />
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="91" />
        <source>Fit page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="95" />
        <source>◀ Hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="96" />
        <source>Previous page with a hit (Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="98" />
        <source>Hit ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="99" />
        <source>Next page with a hit (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="103" />
        <source>New example…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="106" />
        <source>Mark this page, or the pages selected in the strip, as a good-practice example (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="126" />
        <source>Page image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="143" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="309" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="318" />
        <source>This page cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>