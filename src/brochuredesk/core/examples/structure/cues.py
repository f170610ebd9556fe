"""Words publishers use to mark good-practice examples and the chapters that hold them, in
German and English. They raise a candidate's score (by a fitted weight); none is required."""

from __future__ import annotations

import re

# A label that opens one example: "Praxisbeispiel: …", "Case study 2 – …", "Example 7: …".
CUE = re.compile(
    r"\b(Good[\s-]Practice(?:[\s-]Beispiel)?|Best[\s-]Practice(?:[\s-]Beispiel)?|Praxisbeispiel"
    r"|Fallbeispiel|Projektbeispiel|Beispiel aus der Praxis|Erfolgsgeschichte|Leuchtturmprojekt"
    r"|Steckbrief|Projektsteckbrief|Case[\s-]stud(?:y|ies)|Success stor(?:y|ies)"
    r"|Project profile|Beispiel(?=\s+\d))\b\s*(?:(?:Nr\.\s*)?\d+\s*)?[:|\-–]?\s*",
    re.IGNORECASE,
)
# The same at the start of a heading, with the words that need a number to be a label
# ("Example 7", "Box 3", "Projekt 4"), and what follows it.
CUE_START = re.compile(
    r"^(?:(?P<word>Good[\s-]Practice|Best[\s-]Practice|Praxisbeispiel|Fallbeispiel"
    r"|Projektbeispiel|Beispiel aus der Praxis|Erfolgsgeschichte|Leuchtturmprojekt|Steckbrief"
    r"|Projektsteckbrief|Unternehmensprofil|Projektprofil|Portr[aä]t|Case[\s-]study|Success story"
    r"|Project profile|Spotlight|Showcase|Exkurs|Einblick|Vorreiter)"
    r"|(?P<numbered>Example|Beispiel|Box|Projekt|Project|Case|Fall))"
    r"(?P<number>\s*(?:Nr\.\s*)?[\dIVX]+[a-z]?)?\s*(?P<sep>[:|\-–.]\s*|\s+|$)",
    re.IGNORECASE,
)
CHAPTER_CUE = re.compile(
    r"\b(Beispiele aus der Praxis|Praxisbeispiele|Gute Beispiele|Good[\s-]Practices?"
    r"|Best[\s-]Practices?|Steckbriefe|Case[\s-]stud(?:y|ies)|Projektbeispiele|Erfolgsgeschichten"
    r"|Beispiele guter Praxis|Success stories|Projekte im Porträt|Projekte|Beispiele|Examples"
    r"|Einblicke?|Portr[aä]ts|Profiles|Unternehmensprofile|Initiativen|Initiatives|Projects"
    r"|Vorreiter|Showcases?)\b",
    re.IGNORECASE,
)
# Headings of a document's own parts (front and back matter, summary and method sections):
# never someone's project, whatever their typography says.
STRUCTURAL = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:Vorwort|Geleitwort|Grußwort|Editorial|Einleitung|Einführung"
    r"|Inhalt|Inhaltsverzeichnis|Impressum|Kontakt|Adresse|Fazit|Ausblick|Zusammenfassung|Anhang"
    r"|Anlagen?|Glossar|Literatur\w*|Quellen\w*|Danksagung|Abkürzungs\w*|Methodik|Hintergrund"
    r"|Übersicht|Überblick|Handlungsempfehlungen|Empfehlungen|Über uns|Executive summary|Summary"
    r"|Introduction|Foreword|Preface|Contents|Table of contents|Conclusions?|Outlook|Appendix"
    r"|Appendices|Annex(?:es)?|Glossary|References|Bibliography|Acknowledge?ments|Imprint"
    r"|Contact|About (?:us|the authors?)|Methodology|Background|Overview|Recommendations"
    r"|Key (?:findings|messages|lessons)|Notes|Endnotes|Abstract"
    r"|(?:Section|Part|Chapter|Kapitel|Teil|Abschnitt)\s+(?:\d+|[IVX]+)\b)\b",
    re.IGNORECASE,
)
# "3.1", "III.1", "1." or "A)" before a heading's words.
NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,5}(?:\.\d{1,2})*\.?|[A-H]\))\s+")
# A line of a table of contents, index or list of figures: ends in a page number.
REFERENCE_LINE = re.compile(r"(?:\.{3,}|…|\s)\s*\d{1,3}$")


def label_of(heading: str) -> tuple[str, bool]:
    """('Example', True) for 'Example 7: …'; ('', False) for a heading with no cue."""
    match = CUE_START.match(heading)
    if match is None:
        return "", False
    if match.group("numbered") and not match.group("number"):
        return "", False  # "Projekt" alone opens many a sentence-like heading
    word = match.group("word") or match.group("numbered")
    return word, bool(match.group("number"))


def strip_label(heading: str) -> str:
    """The example's title as printed, without 'Case study 2:' or the section number."""
    text = heading.strip()
    match = CUE_START.match(text)
    labelled = match is not None and (
        match.group("word") or match.group("number") or match.group("sep").startswith(":")
    )  # "Projekt: Solarstrom für Schulen" too, the word a label by its colon
    if match is not None and labelled:
        rest = text[match.end() :].strip(" :|-–")
        if len(rest) >= 3:
            text = rest
    numbered = NUMBERING.match(text)
    if numbered is not None and len(text) - numbered.end() >= 3:
        text = text[numbered.end() :].lstrip(" :|-–")  # "12 | Gläserne Werkstatt"
    return text.strip()
