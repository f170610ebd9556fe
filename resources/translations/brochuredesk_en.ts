<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>BrochureModel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="73" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="74" />
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="75" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="76" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="77" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="78" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="54" />
        <source>e.g. 2018-06</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="59" />
        <source>comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="75" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="76" />
        <source>&amp;Subtitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="77" />
        <source>&amp;Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="78" />
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="79" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="80" />
        <source>Ta&amp;gs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="81" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="82" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="83" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="87" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="90" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="90" />
        <source>Subtitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="91" />
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="91" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="92" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="92" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="93" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="98" />
        <source>Select a brochure to see and edit its details.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/details.py" line="151" />
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="155" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="156" />
        <source>Password-protected: no text yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="157" />
        <source>No searchable text (scanned pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="158" />
        <source>The file is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="159" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="166" />
        <source>Enter password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="169" />
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
        <location filename="../../src/brochuredesk/ui/example_form.py" line="92" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="93" />
        <source>&amp;Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="94" />
        <source>&amp;Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="95" />
        <source>Se&amp;ctor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="96" />
        <source>&amp;Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="98" />
        <source>S&amp;ummary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="99" />
        <source>&amp;Contact / web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="100" />
        <source>Ta&amp;gs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="101" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="103" />
        <source>First page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="103" />
        <source>Last page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="104" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="104" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="105" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="105" />
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="106" />
        <source>Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="106" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="107" />
        <source>Contact / web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="107" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="108" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="108" />
        <location filename="../../src/brochuredesk/ui/example_form.py" line="122" />
        <source>Text of the pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="143" />
        <source>A title is needed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExampleModel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="26" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="26" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="27" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="27" />
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="28" />
        <source>Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="28" />
        <source>Brochure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="29" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="81" />
        <source>This library is open in another BrochureDesk: read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="83" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="785" />
        <source>This library is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="95" />
        <source>Cover grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="109" />
        <source>Brochure table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="120" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="123" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="396" />
        <source>p.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="123" />
        <source>Good practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="144" />
        <source>Drop PDFs here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="145" />
        <source>or use Import… to add brochures to this library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="149" />
        <source>Empty library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="153" />
        <source>Good-practice examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="212" />
        <source>Search brochures (Ctrl+F) — e.g. Fachkräfte, "Werde Foodstarter", tag:Ausbildung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="215" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="228" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="231" />
        <source>&amp;Import files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="236" />
        <source>Import &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="239" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="248" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="249" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="252" />
        <source>&amp;Tag selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="255" />
        <source>&amp;Save search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="258" />
        <source>&amp;Remove from library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="264" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="271" />
        <source>E&amp;xamples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="272" />
        <source>&amp;Suggest examples in this brochure…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="274" />
        <source>Export as &amp;dossier PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="276" />
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="278" />
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="284" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="285" />
        <source>&amp;Covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="288" />
        <source>&amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="294" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="295" />
        <source>&amp;About BrochureDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="299" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="313" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="314" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="350" />
        <source>%n brochure(s)</source>
        <translation><numerusform>%n brochure</numerusform><numerusform>%n brochures</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="424" />
        <source>%n brochure(s) found for “%1”</source>
        <translation><numerusform>%n brochure found for “%1”</numerusform><numerusform>%n brochures found for “%1”</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="484" />
        <source>The file of this brochure is missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="514" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="522" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="523" />
        <source>Tags for %n brochure(s), comma-separated:</source>
        <translation><numerusform>Tags for %n brochure, comma-separated:</numerusform><numerusform>Tags for %n brochures, comma-separated:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="540" />
        <source>Remove from library</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="542" />
        <source>Remove %n brochure(s) from the library? Their copies in the library folder are deleted; your original files are not touched.</source>
        <translation><numerusform>Remove %n brochure from the library? Their copies in the library folder are deleted; your original files are not touched.</numerusform><numerusform>Remove %n brochures from the library? Their copies in the library folder are deleted; your original files are not touched.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="561" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="562" />
        <source>Password of this PDF:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="573" />
        <source>Locate the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="573" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="589" />
        <source>Open in viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="591" />
        <source>Open with system PDF viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="595" />
        <source>Show file in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="598" />
        <source>Edit details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="600" />
        <source>Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="601" />
        <source>Remove from library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="652" />
        <source>Example “%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="678" />
        <source>Open pages in viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="681" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="683" />
        <source>Export as dossier PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="684" />
        <source>Export as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="686" />
        <source>Delete example…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="693" />
        <source>Delete example</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="694" />
        <source>Delete %n example(s)? The brochures stay.</source>
        <translation><numerusform>Delete %n example? The brochures stay.</numerusform><numerusform>Delete %n examples? The brochures stay.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="707" />
        <source>Choose a brochure first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="738" />
        <source>Good-practice dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="738" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="740" />
        <source>Export examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="759" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="768" />
        <source>Import PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="770" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="777" />
        <source>Import a folder of PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="788" />
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="793" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="815" />
        <source>Importing %1 of %2 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="821" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="837" />
        <source>%n brochure(s) added</source>
        <translation><numerusform>%n brochure added</numerusform><numerusform>%n brochures added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="839" />
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n duplicate</numerusform><numerusform>%n duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="841" />
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="843" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="850" />
        <source>%1: already in the library (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="859" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="882" />
        <source>Building the search index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="916" />
        <source>About BrochureDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="919" />
        <source>A catalog of PDF brochures and the good-practice examples inside them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="924" />
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