<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>BrochureModel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="74" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="75" />
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="76" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="77" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="78" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/models.py" line="79" />
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
        <location filename="../../src/brochuredesk/ui/details.py" line="153" />
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="157" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="158" />
        <source>Password-protected: no text yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="159" />
        <source>No searchable text (scanned pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="160" />
        <source>The file is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="161" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="168" />
        <source>Enter password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/details.py" line="171" />
        <source>Locate file…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExampleCardDelegate</name>
    <message>
        <location filename="../../src/brochuredesk/ui/card_delegate.py" line="101" />
        <source>p.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExampleDialog</name>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="43" />
        <source>Good-practice example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="78" />
        <source>Add a field of action and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="91" />
        <source>Brochure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="92" />
        <source>&amp;Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="95" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="96" />
        <source>&amp;Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="97" />
        <source>&amp;Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="98" />
        <source>Se&amp;ctor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="99" />
        <source>&amp;Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="101" />
        <source>S&amp;ummary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="102" />
        <source>&amp;Contact / web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="103" />
        <source>Ta&amp;gs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="104" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="106" />
        <source>First page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="106" />
        <source>Last page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="107" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="107" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="108" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="108" />
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="109" />
        <source>Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="109" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="110" />
        <source>Contact / web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="110" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="111" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="42" />
        <source>Text of the pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="42" />
        <source>Selected text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/example_form.py" line="146" />
        <source>A title is needed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExampleModel</name>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="54" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="54" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="55" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="55" />
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="56" />
        <source>Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="56" />
        <source>Brochure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="57" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExamplesPage</name>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="132" />
        <source>Good-practice examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="141" />
        <source>Good-practice examples as cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="164" />
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="164" />
        <source>Examples as a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="165" />
        <source>Cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="165" />
        <source>Examples as cards</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="199" />
        <source>%n example(s)</source>
        <translation><numerusform>%n example</numerusform><numerusform>%n examples</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/examples_view.py" line="201" />
        <source>%1 of %2 examples</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="99" />
        <source>This library is open in another BrochureDesk: read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="102" />
        <source>This library's folder cannot be written (%1): read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="105" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="863" />
        <source>This library is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="117" />
        <source>Cover grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="131" />
        <source>Brochure table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="142" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="145" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="438" />
        <source>p.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="145" />
        <source>Good practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="168" />
        <source>Drop PDFs here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="169" />
        <source>or use Import… to add brochures to this library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="173" />
        <source>Empty library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="237" />
        <source>Search brochures (Ctrl+F) — e.g. Fachkräfte, "Werde Foodstarter", tag:Ausbildung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="240" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="253" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="256" />
        <source>&amp;Import files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="261" />
        <source>Import &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="264" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="273" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="274" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="277" />
        <source>&amp;Tag selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="280" />
        <source>&amp;Save search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="283" />
        <source>&amp;Remove from library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="289" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="295" />
        <source>E&amp;xamples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="296" />
        <source>&amp;Suggest examples in this brochure…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="298" />
        <source>Export as &amp;dossier PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="300" />
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="302" />
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="308" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="309" />
        <source>&amp;Covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="312" />
        <source>&amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="318" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="319" />
        <source>&amp;About BrochureDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="323" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="337" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="338" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="380" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="897" />
        <source>%n brochure(s)</source>
        <translation><numerusform>%n brochure</numerusform><numerusform>%n brochures</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="468" />
        <source>%n brochure(s) found for “%1”</source>
        <translation><numerusform>%n brochure found for “%1”</numerusform><numerusform>%n brochures found for “%1”</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="528" />
        <source>The file of this brochure is missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="560" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="568" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="569" />
        <source>Tags for %n brochure(s), comma-separated:</source>
        <translation><numerusform>Tags for %n brochure, comma-separated:</numerusform><numerusform>Tags for %n brochures, comma-separated:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="586" />
        <source>Remove from library</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="588" />
        <source>Remove %n brochure(s) from the library? Their copies in the library folder are deleted; your original files are not touched.</source>
        <translation><numerusform>Remove %n brochure from the library? Their copies in the library folder are deleted; your original files are not touched.</numerusform><numerusform>Remove %n brochures from the library? Their copies in the library folder are deleted; your original files are not touched.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="607" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="608" />
        <source>Password of this PDF:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="619" />
        <source>Locate the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="619" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="635" />
        <source>Open in viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="637" />
        <source>Open with system PDF viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="641" />
        <source>Show file in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="644" />
        <source>Edit details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="646" />
        <source>Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="647" />
        <source>Remove from library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="707" />
        <source>Example “%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="733" />
        <source>Open pages in viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="736" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="738" />
        <source>Export as dossier PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="739" />
        <source>Export as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="741" />
        <source>Delete example…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="748" />
        <source>Delete example</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="749" />
        <source>Delete %n example(s)? The brochures stay.</source>
        <translation><numerusform>Delete %n example? The brochures stay.</numerusform><numerusform>Delete %n examples? The brochures stay.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="762" />
        <source>Choose a brochure first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="816" />
        <source>Good-practice dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="816" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="818" />
        <source>Export examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="837" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="846" />
        <source>Import PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="848" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="855" />
        <source>Import a folder of PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="866" />
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="871" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="906" />
        <source>Importing %1 of %2 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="912" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="928" />
        <source>%n brochure(s) added</source>
        <translation><numerusform>%n brochure added</numerusform><numerusform>%n brochures added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="930" />
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n duplicate</numerusform><numerusform>%n duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/main_window.py" line="932" />
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="934" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="941" />
        <source>%1: already in the library (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="950" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="466" />
        <location filename="../../src/brochuredesk/ui/main_window.py" line="979" />
        <source>Building the search index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="1013" />
        <source>About BrochureDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="1016" />
        <source>A catalog of PDF brochures and the good-practice examples inside them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/main_window.py" line="1021" />
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
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="79" />
        <source>Library sidebar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="108" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="108" />
        <source>Publishers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="108" />
        <source>Years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="109" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="109" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="120" />
        <source>Good-practice examples (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="124" />
        <source>Fields of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="124" />
        <source>Regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="125" />
        <source>Sectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/sidebar.py" line="125" />
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
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="38" />
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="41" />
        <source>Suggested examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="47" />
        <source>p. %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="55" />
        <source>%n suggestion(s) in “%1”</source>
        <translation><numerusform>%n suggestion in “%1”</numerusform><numerusform>%n suggestions in “%1”</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="58" />
        <source>&amp;Accept…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="61" />
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/brochuredesk/ui/suggestions.py" line="74" />
        <source>Offer %n dismissed suggestion(s) again</source>
        <translation><numerusform>Offer %n dismissed suggestion again</numerusform><numerusform>Offer %n dismissed suggestions again</numerusform></translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="77" />
        <source>◀ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="78" />
        <source>Back to the list (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="81" />
        <source>Previous page (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="82" />
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="85" />
        <source>Next page (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="86" />
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="89" />
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="94" />
        <source>Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="95" />
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="96" />
        <source>Fit page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="100" />
        <source>◀ Hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="101" />
        <source>Previous page with a hit (Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="103" />
        <source>Hit ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="104" />
        <source>Next page with a hit (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="110" />
        <location filename="../../src/brochuredesk/ui/viewer.py" line="253" />
        <location filename="../../src/brochuredesk/ui/viewer.py" line="268" />
        <source>New example…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="113" />
        <source>Mark this page, or the pages selected in the strip, as a good-practice example (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="132" />
        <source>Page image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="153" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="253" />
        <location filename="../../src/brochuredesk/ui/viewer.py" line="268" />
        <source>New example from selection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="261" />
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="263" />
        <source>Select &amp;all text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="353" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/brochuredesk/ui/viewer.py" line="362" />
        <source>This page cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>