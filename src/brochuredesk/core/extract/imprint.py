"""The publisher (Herausgeber) and the date (Stand) a brochure states about itself.

Read as a librarian reads them: from the imprint's labels ("Herausgeber", "Hrsg.",
"herausgegeben von", "Published by", "Karl Berry (Herausgeber)"), from a copyright line
("© 2015 Bertelsmann Stiftung"), from the organisation heading an "Impressum" block, and only then,
marked for review, from the letterhead or cover naming the body that issues the document. The
year is a year the document states; the PDF's own creation date is never taken for it.

Pure functions over page texts, so they are tested without PDFs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from brochuredesk.core.extract.named_body import named_body
from brochuredesk.core.text.clean import one_line
from brochuredesk.core.text.particles import NAME_PARTICLES

SURE_SOURCES = frozenset({"label", "copyright", "imprint", "stand", "dated", "cover"})


class Publisher(NamedTuple):
    value: str
    source: str  # label, copyright, imprint, letterhead, cover-issuer, metadata; "" when none

    @property
    def sure(self) -> bool:
        return not self.value or self.source in SURE_SOURCES


class Dated(NamedTuple):
    date: str  # ISO, as precise as stated: "2018", "2018-06", "2018-06-12"; "" when none
    year: int | None
    source: str  # stand, dated, copyright, imprint, cover; "" when none

    @property
    def sure(self) -> bool:
        return self.year is None or self.source in SURE_SOURCES


_MONTHS = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1,
    "februar": 2, "february": 2, "feb": 2,
    "märz": 3, "maerz": 3, "march": 3, "mär": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "december": 12, "dez": 12, "dec": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_Y = r"(?:19[5-9]\d|20\d\d)"
# A stated date, most precise form first. Named groups: d/m/y (numeric), d/mn/y (month name),
# m/y, y alone.
_DATE = (
    rf"(?:(?P<d1>\d{{1,2}})\.\s*(?P<m1>\d{{1,2}})\.\s*(?P<y1>{_Y})"
    rf"|(?P<y5>{_Y})/(?P<m5>\d{{2}})/(?P<d5>\d{{2}})"
    rf"|(?P<d2>\d{{1,2}})\.?\s*(?P<mn2>{_MONTH_RE})\.?\s+(?P<y2>{_Y})"
    rf"|(?P<mn6>{_MONTH_RE})\.?\s+(?P<d6>\d{{1,2}}),\s+(?P<y6>{_Y})"
    rf"|(?P<mn3>{_MONTH_RE})\.?\s+(?P<y3>{_Y})"
    rf"|(?P<m4>\d{{1,2}})\s*/\s*(?P<y4>{_Y})"
    rf"|(?P<y7>{_Y}))"
)
_FULL_DATE = re.compile(
    rf"(?<![\d.])(?:(?P<d1>\d{{1,2}})\.\s*(?P<m1>\d{{1,2}})\.\s*(?P<y1>{_Y})"
    rf"|(?P<y5>{_Y})/(?P<m5>\d{{2}})/(?P<d5>\d{{2}})"
    rf"|(?P<d2>\d{{1,2}})\.\s*(?P<mn2>{_MONTH_RE})\s+(?P<y2>{_Y})"
    rf"|(?P<mn6>{_MONTH_RE})\s+(?P<d6>\d{{1,2}}),\s+(?P<y6>{_Y}))(?!\d)",
    re.IGNORECASE,
)
# Words after which a document states its own date.
_STAND = re.compile(
    r"(?:\b(?:Stand|Datenstand|Redaktionsstand|Redaktionsschluss|Publikationsdatum"
    r"|Erscheinungsdatum|Erscheinungsjahr|Veröffentlicht(?:\s+(?:am|im))?|Ausgabe|(?<=\d\.\s)Auflage"
    r"|As of|Published|Date of publication)\b[:\s]*)" + _DATE + r"(?![\d/])",
    re.IGNORECASE,
)
_STAND_WORDS = (
    "stand", "redaktion", "publikationsdatum", "erscheinung", "veröffentlicht", "ausgabe",
    "auflage", "as of", "published", "date of publication",
)  # fmt: skip
_YEAR = re.compile(rf"(?<![\d.,-]){_Y}(?![\d/]|\.\d)")
_COPYRIGHT = re.compile(
    rf"(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?P<first>{_Y})(?:\s*[-–]\s*(?P<last>{_Y}))?"
    r"(?:\s*,?\s*(?:by\s+|bei\s+)?(?P<holder>[^\n]{3,80}))?",
    re.IGNORECASE,
)
_ENCLOSING_C = re.compile(r"c\s*\u20dd")  # "c⃝": how TeX's \copyright comes out of some PDFs

# Labels that name the publisher. Case matters for the bare words ("publisher" in a manual's
# table of BibTeX fields is not a label); the long German forms are taken in any case.
_LABEL = re.compile(
    r"^\s*(?:(?P<long>(?i:herausgeber(?:in|innen|\*in|:in|_in)?|herausgegeben\s+(?:von|durch)"
    r"|hrsg\.?|v\.\s?i\.\s?s\.\s?d\.\s?p\.?)|Published\s+by|PUBLISHED\s+BY)"
    r"|(?P<short>Publisher|PUBLISHER|Verlag|VERLAG|Editor|Herausgabe))"
    r"(?P<sep>\s*[:.]?\s*)(?P<rest>.*)$"
)
_LABEL_INLINE = re.compile(r"(?i:\bherausgegeben\s+(?:von|durch))\s+(?P<rest>.+)$")
_LABEL_AFTER = re.compile(
    r"^\s*(?P<name>[^()\n]{3,80}?)\s*\((?:Hrsg\.?|Herausgeber(?:in)?|Ed\.|Editor|Publisher)\)\s*$"
)
_ORG_WORD = (
    r"gGmbH|GmbH|mbH|AG|KG|eG|Stiftung|Ministerium|Bundes\w+|Landes\w+|Verband|Verein|Partei"
    r"|Universität|Hochschule|Institut|Amt|Agentur|Cluster|Initiative|Kammer|Kirche|Gemeinde"
    r"|Stadt|Netzwerk|Akademie|Zentrum|Kreisverband|Bündnis|Senat|Behörde|Foundation"
    r"|Association|Ministry|Office|Council|University|Institute|Agency|Network|Society"
    r"|Commission|Group|Gesellschaft|Ltd|Inc|S\.r\.l|AB|SA|SE|BV"
)
_ORG = re.compile(
    rf"(?:\be\.\s?V\.|\b(?:{_ORG_WORD})\b|\w(?:partei|verband|verein|stiftung|ministerium"
    r"|gesellschaft|kammer|netzwerk|agentur|institut|akademie|zentrum|amt|bund|gemeinde)\b"
    r"|\b[\w-]+\.(?:org|de|eu)\b)",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"^\s*(?:Redaktion|Lektorat|Layout|Gestaltung|Satz|Druck|Fotos?|Bildnachweis\w*|Bilder"
    r"|Grafik|Illustration\w*|Text(?:e)?|Inhalt|Autor\w*|Konzept\w*|Übersetzung|Design"
    r"|Titel\w*|Umschlag\w*|Photo\w*|Printed by|Druckerei|Korrektorat|Ansprechp\w+|Kontakt"
    r"|Inhaltlich verantwortlich|Verantwortlich\w*|Projektleitung|Bestell\w*)\b",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r",?\s+(?:\d{5}\s|[A-ZÄÖÜ][a-zäöüß-]*(?:straße|strasse|str\.|weg|platz|allee|ufer|ring)\b"
    r"|Postfach\b)"
)
_ADDRESS_LINE = re.compile(
    r"^(?:.*(?:straße|strasse|str\.|weg|platz|allee|ufer|ring)\s+\d|\s*(?:D-)?\d{5}\s+\w"
    r"|\s*Postfach)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:der|die|das|dem|den|des|the)\s+", re.IGNORECASE)
_IMPRINT_HEADING = re.compile(r"^\s*(?:Impressum|IMPRESSUM|Imprint|IMPRINT|Kolophon)\s*$")
_IMPRINT_WORDS = ("Impressum", "IMPRESSUM", "Herausgeber", "Hrsg.", "Imprint", "herausgegeben")
_NOT_A_NAME = re.compile(r"[\\{}<>=@|;]|\(literal\)|^\W|\.{3}|\s\d+$")


def imprint_pages(pages: Sequence[str]) -> list[str]:
    """Pages likely to hold the imprint: those naming it, then the first and last few."""
    named = [p for p in pages if any(word in p for word in _IMPRINT_WORDS)]
    edges = list(pages[:4]) + list(pages[-4:]) if len(pages) > 8 else list(pages)
    seen: set[int] = set()
    ordered = []
    for page in named + edges:
        if id(page) not in seen:
            seen.add(id(page))
            ordered.append(page)
    return ordered


def guess_publisher(
    pages: Sequence[str], meta_author: str, imprint: Sequence[str] | None = None
) -> Publisher:
    """The body that publishes the document, and where it was read."""
    chosen = imprint_pages(pages) if imprint is None else imprint
    for text in chosen:
        found = _labelled_publisher(text)
        if found:
            return Publisher(found, "label")
    for text in chosen:
        found = _copyright_holder(text)
        if found:
            return Publisher(found, "copyright")
    for text in chosen:
        found = _imprint_block_publisher(text)
        if found:
            return Publisher(found, "imprint")
    found = _letterhead_publisher(pages)
    if found:
        return Publisher(found, "letterhead")
    found = _cover_issuer(pages)
    if found:
        return Publisher(found, "cover-issuer")
    found = named_body(pages)
    if found:
        return Publisher(found, "named")
    author = one_line(meta_author)
    listed = ";" in author or author.count(",") >= 2  # people and their units, one by one
    if author and not listed and _ORG.search(author) and _is_name(author) and len(author) <= 120:
        return Publisher(author, "metadata")
    return Publisher("", "")


def _labelled_publisher(text: str) -> str:
    if not any(w in text for w in ("erausge", "Hrsg", "HRSG", "ublish", "UBLISH", "Verlag",
                                   "VERLAG", "V.", "Herausgabe", "Editor")):  # fmt: skip
        return ""
    lines = [line.strip() for line in text.split("\n")]
    for i, line in enumerate(lines):
        after = _LABEL_AFTER.match(line)
        if after and _is_name(after.group("name")):
            return _tidy(after.group("name"))
        match = _LABEL.match(line)
        rest = ""
        if match:
            if match.group("short") and not match.group("sep").strip() and match.group("rest"):
                continue  # "Verlag für …" or "Publisher list": a word in running text
            rest = match.group("rest")
            label = (match.group("long") or match.group("short") or "").lower()
            if label.startswith("v."):
                value = _value_from(rest, lines, i)
                body = next((p for p in value.split(", ") if _ORG.search(p)), "")
                if body and not _ORG.fullmatch(body):
                    return body  # V.i.S.d.P. names a person unless an organisation stands there
                continue
        else:
            inline = _LABEL_INLINE.search(line)
            if not inline or len(line) > 100:
                continue
            rest = inline.group("rest")
        value = _value_from(rest, lines, i)
        if value:
            return value
    return ""


def _value_from(rest: str, lines: Sequence[str], i: int) -> str:
    """The name after a label: on the label's line, else on the next line(s)."""
    rest = re.split(r"\s[|·•]\s", rest)[0]
    rest = _ARTICLE.sub("", rest.strip(" :.,"))
    if rest.lower() in ("der", "die", "das", "dem", "den", "des", "the"):
        rest = ""
    candidates = [rest] if sum(c.isalpha() for c in rest) >= 3 else []
    following = [ln for ln in lines[i + 1 : i + 4] if ln]
    if not candidates and following:
        first = _ARTICLE.sub("", re.split(r"\s[|·•]\s", following[0])[0])
        # "Piratenpartei / Deutschland" or "Freie Demokratische Partei / Bundesgeschäftsstelle"
        candidates.append(first)
    for candidate in candidates:
        said = re.search(
            r"\b(?:veröffentlicht|erstellt|publiziert|published)\b.*?\b(?:von|by)\s+(.+)$",
            candidate,
        )
        if said:  # "Version 1.0 veröffentlicht am 30. September 2020 von Code for Germany."
            candidate = said.group(1)
        candidate = _tidy(candidate)
        if _is_name(candidate):
            return candidate
    return ""


def _tidy(value: str) -> str:
    value = _ADDRESS.split(value)[0]
    value = re.sub(r"^c/o\s+", "", value.strip(), flags=re.IGNORECASE)
    value = re.sub(rf"[\s,]+{_Y}\s*$", "", value)  # "Technologiestiftung Berlin 2022"
    seat = re.match(r"(.+?),\s+[A-ZÄÖÜ][\w-]+$", value.strip())
    if seat and _ORG.search(seat.group(1)):  # "foodRegio e.V., Lübeck": the seat goes
        value = seat.group(1)
    value = " ".join(value.split()).strip(" ,;:|·-–")
    if value.endswith(".") and not re.search(r"(?:\bV|Inc|Ltd|Co|Corp|mbH|\b[A-Z])\.$", value):
        value = value[:-1]  # a sentence's full stop, not an abbreviation's
    return value[:120]


def _is_name(value: str) -> bool:
    """A proper name, not a phrase of running text or a code sample."""
    value = value.strip()
    words = value.split()
    if not words or len(words) > 12 or sum(c.isalpha() for c in value) < 3:
        return False
    if _NOT_A_NAME.search(value) or value.endswith(":"):
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or re.match(r"[a-z]+[A-Z]", words[0])):
        return False  # "foodRegio" is a name; "werden von" is not
    lower = [
        w
        for w in words
        if w[:1].islower()
        and w.lower() not in NAME_PARTICLES
        and not re.match(r"[a-z]+[A-Z]|e\.", w)  # "foodRegio", "e.V."
    ]
    return len(lower) <= max(1, len(words) // 3)


def _copyright_holder(text: str) -> str:
    if "©" not in text and "opyright" not in text and "(c)" not in text and "\u20dd" not in text:
        return ""
    text = _ENCLOSING_C.sub("©", text)
    for match in _COPYRIGHT.finditer(text):
        holder = (match.group("holder") or "").strip()
        holder = re.split(r"\.\s|\s{2,}|\s[-–]\s", holder)[0]
        holder = _tidy(_ARTICLE.sub("", holder))
        if holder and _ORG.search(holder) and _is_name(holder):
            return holder
    return ""


def _imprint_block_publisher(text: str) -> str:
    """The organisation that opens an 'Impressum' block (or closes one set bottom-up)."""
    lines = [line.strip() for line in text.split("\n")]
    heads = [i for i, line in enumerate(lines) if _IMPRINT_HEADING.match(line)]
    if heads:  # an organisation with its address, anywhere on the imprint page
        for i, line in enumerate(lines):
            if (
                _ADDRESS_LINE.match(line)
                or not _ORG.search(line)
                or (i and _ROLE.match(lines[i - 1]))
            ):
                continue
            if any(_ADDRESS_LINE.match(ln) for ln in lines[i + 1 : i + 3]) and not _ROLE.match(
                line
            ):
                after = lines[i + 1] if i + 1 < len(lines) else ""
                if after[:1].islower() and not _ADDRESS_LINE.match(after):
                    line = f"{line} {after}"  # "Wikimedia Deutschland — Gesellschaft / zur …"
                candidate = _tidy(_ARTICLE.sub("", line))
                if _is_name(candidate) and ":" not in candidate:
                    return candidate
    for head in heads:
        below = range(head + 1, min(len(lines), head + 9))
        above = range(head - 1, max(-1, head - 6), -1) if head == len(lines) - 1 else range(0)
        for order in (below, above):
            for i in order:
                line = lines[i]
                if not line or _ROLE.match(line):
                    continue
                if i > 0 and _ROLE.match(lines[i - 1]) and len(lines[i - 1]) < 40:
                    continue  # the value of "Druck", "Layout", …
                candidate = _tidy(_ARTICLE.sub("", line.removeprefix("Das ")))
                if _ORG.search(candidate) and _is_name(candidate) and ":" not in candidate:
                    return candidate
    return ""


def _letterhead_publisher(pages: Sequence[str]) -> str:
    """An organisation in the letterhead: a line naming one that is followed by its address,
    or that repeats at the top of most pages. Marked for review by the caller."""
    texts = [p for p in pages[:6] if p.strip()]
    for text in texts[:2]:
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:12]
        for i, line in enumerate(lines[:-1]):
            org = _org_name_in(line)
            if org and any(_ADDRESS_LINE.match(ln) for ln in lines[i + 1 : i + 4]):
                return org
            if org and _ADDRESS.search(line):
                return org
    footers: dict[str, int] = {}
    for text in texts:
        tail = [ln.strip() for ln in text.split("\n") if ln.strip()][-4:]
        for line, below in itertools.pairwise(tail):
            if _ADDRESS_LINE.match(below) or _ADDRESS.search(below):
                footers[line] = footers.get(line, 0) + 1
    for line, count in footers.items():  # a name above an address at the foot of every page
        if count >= 3 and _is_name(line) and not _reads_as_sentence(line) and len(line) <= 90:
            return _tidy(line)
    if len(texts) >= 3:
        heads = [next((ln.strip() for ln in t.split("\n") if ln.strip()), "") for t in texts]
        first = heads[1] if len(heads) > 1 else ""
        if first and sum(h == first for h in heads) >= 3:
            org = _org_name_in(first)
            if org:
                return org
    return ""


# "Wahlprogramm der Partei DIE LINKE zur …", "Beschluss der Mitgliederversammlung der CDU
# Münster vom …", "Jahresbericht des Vereins …": the body a document is of or by.
_OF_BODY = re.compile(
    r"(?:\w*[Pp]rogramm|\bLeitantrag|Jahresbericht|Geschäftsbericht|Tätigkeitsbericht|Newsletter"
    r"|Mitgliederversammlung|Mitteilungen|Satzung|Beschluss|Positionspapier)\s+(?:der|des|von)\s+"
    r"(?P<body>(?:Partei\s+)?[A-ZÄÖÜ][\w.&/-]*(?:\s+(?:[A-ZÄÖÜ][\w.&/-]*|und|/)){0,5})"
)
_BODY_STOP = re.compile(r"\s+(?:zur|zum|für|vom|im|in|am|auf)\b.*$|\s+\d.*$")
_ISSUER_LINE = re.compile(
    r"(?:\b(?:Partei|Kreisverband|Landesverband|Bezirksverband|Ortsverein|Gemeindebezirk"
    r"|Kirchengemeinde|Stiftung|Verein|Netzwerk|Verband|Kammer|Ministerium)\b|\be\.\s?V\.|\bGmbH\b"
    r"|\w-?(?:[Ee]ntwicklerteam|[Ee]ntwicklungsteam|[Pp]rojektteam)\b|\w(?:partei|verband|verein)\b)"
)
_ACRONYM_PLACE = re.compile(r"^[A-ZÄÖÜ]{2,6}(?:\s+[A-ZÄÖÜ][a-zäöüß-]+){1,2}$")  # "SPD Münster"


def _cover_issuer(pages: Sequence[str]) -> str:
    """The body the cover names as the document's own: "Das Wahlprogramm der FDP", "SPD
    Münster" atop the first page, "Das LilyPond-Entwicklerteam". Marked for review."""
    cover = next((p for p in pages[:3] if p.strip()), "")
    lines = [ln.strip() for ln in cover.split("\n") if ln.strip()][:12]
    joined = " ".join(lines)
    at = 0
    while (match := _OF_BODY.search(joined, at)) is not None:  # overlapping: "Beschluss der
        body = _BODY_STOP.sub("", match.group("body")).strip(" ,.;:/")  # Versammlung der CDU"
        if body and (sum(c.isupper() for c in body) >= 2 or _ISSUER_LINE.search(body)):
            return body[:120]
        at = match.start("body")
    if lines and _ACRONYM_PLACE.match(lines[0]):
        return lines[0]
    for line in lines:
        words = line.split()
        if len(words) > 8 or _reads_as_sentence(line) or ":" in line:
            continue
        if re.search(r"\b(?:zur|zum|im|über|auf)\b", line):
            continue  # "Antrag zur Mitgliedschaft im … e.V." is a title naming a body
        if _ISSUER_LINE.search(line):
            return _tidy(_ARTICLE.sub("", line))
    return ""


def _org_name_in(line: str) -> str:
    head = re.split(r"\s[|·•]\s|\s{2,}", line)[0]
    head = _ADDRESS.split(head)[0].strip(" ,")
    if len(head) > 90 or not _ORG.search(head) or not _is_name(head):
        return ""
    return _tidy(head)


def guess_date(
    pages: Sequence[str], creation_date: str = "", imprint: Sequence[str] | None = None
) -> Dated:
    """The date the document states: 'Stand …' and its kin in the imprint or on the cover, a
    full date on the title page, the copyright year, else a year on the cover. The PDF's
    creation date only rules out cover years after it; it is never the answer."""
    latest = date.today().year + 1
    created_match = re.match(r"D:((?:19|20)\d\d)", creation_date or "")
    # A year on the cover after the file was made is a plan ("Ziele 2030"), not the edition;
    # stated dates are taken as stated (a layout file's creation date can be years older).
    latest_on_cover = latest
    if created_match and int(created_match.group(1)) <= latest:
        latest_on_cover = int(created_match.group(1)) + 1
    chosen = list(imprint_pages(pages) if imprint is None else imprint)
    cover = _cover_text(pages)
    issue: Dated | None = None  # "Ausgabe 2/2022" names the issue: its year, not a month
    for text in [cover, *chosen]:
        for match in _stand_matches(text):
            found = _as_date(match)
            if not found or found[1] > latest:
                continue
            if not re.match(r"(?i)ausgabe|(?<=\d\.\s)auflage|\d", match.group(0)):
                return Dated(*found, "stand")
            if issue is None:
                issue = Dated(str(found[1]), found[1], "stand")
    if issue is not None:
        return issue
    cover_lines = [ln for ln in cover.split("\n") if ln.strip()][:24]
    for line in cover_lines:
        if len(line) <= 90:
            dated = _FULL_DATE.search(line)
            found = _as_date(dated) if dated else None
            if found and found[1] <= latest:
                return Dated(*found, "dated")
    copyright_years = [
        y for text in chosen[:12] for y in _copyright_years(text) if y <= latest
    ]  # fmt: skip
    if copyright_years:
        year = max(copyright_years)
        return Dated(str(year), year, "copyright")
    for text in chosen:
        if any(_IMPRINT_HEADING.match(line) for line in text.split("\n")):
            years = _imprint_years(text, latest)
            if years:
                return Dated(str(years[0]), years[0], "imprint")
    for line in cover_lines[:14]:
        if _reads_as_sentence(line):
            continue  # "Hubert Dreyfus schrieb bereits im Jahr 1972 ein Buch"
        years = [int(y) for y in _YEAR.findall(line) if int(y) <= latest_on_cover]
        if years:
            return Dated(str(years[0]), years[0], "cover")
    return Dated("", None, "")


def _reads_as_sentence(line: str) -> bool:
    words = line.split()
    lower = sum(w[:1].islower() and not re.match(r"e\.", w) for w in words)
    ends = line.rstrip().endswith((".", ",")) and not _ORG_ABBREVIATION.search(line)
    return ends or (len(words) > 3 and lower / len(words) >= 0.4)


_ORG_ABBREVIATION = re.compile(r"(?:\be\.\s?V|\bInc|\bLtd|\bCo|\bmbH)\.\s*$")


def _cover_text(pages: Sequence[str]) -> str:
    """The first page with text, with letters set one or two to a line (text on an arc or
    turned sideways) joined back: 'Febr / uar u / nd M / ärz 2 / 023' → 'Februar und März 2023'."""
    text = next((p for p in pages[:3] if p.strip()), "")
    out: list[str] = []
    run: list[str] = []
    for line in text.split("\n"):
        if 0 < len(line) <= 5:
            run.append(line)
            continue
        if run:
            out.append("".join(run) if len(run) >= 4 else "\n".join(run))
            run = []
        out.append(line)
    if run:
        out.append("".join(run) if len(run) >= 4 else "\n".join(run))
    return "\n".join(out)


def _stand_matches(text: str) -> list[re.Match[str]]:
    """_STAND's matches in order, tried only where one of its words occurs (a pattern that
    starts with a word boundary is otherwise tried at every character of the page)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return list(_STAND.finditer(text))
    found = []
    for word in _STAND_WORDS:
        at = lowered.find(word)
        while at >= 0:
            start = at
            if word == "stand":  # "Datenstand", "Redaktionsstand"
                start = max(0, lowered.rfind(" ", 0, at) + 1, lowered.rfind("\n", 0, at) + 1)
            match = _STAND.match(text, start)
            if match:
                found.append(match)
            at = lowered.find(word, at + 1)
    return sorted({m.start(): m for m in found}.values(), key=lambda m: m.start())


def _as_date(match: re.Match[str]) -> tuple[str, int] | None:
    g = match.groupdict()
    for d, m, y in (("d1", "m1", "y1"), ("d5", "m5", "y5")):
        if g.get(y):
            year, month, day = int(g[y]), int(g[m]), int(g[d])
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}", year
            return str(year), year
    for d, mn, y in (("d2", "mn2", "y2"), ("d6", "mn6", "y6")):
        if g.get(y):
            year, month, day = int(g[y]), _MONTHS[g[mn].lower()], int(g[d])
            if 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}", year
            return f"{year:04d}-{month:02d}", year
    if g.get("y3"):
        year = int(g["y3"])
        return f"{year:04d}-{_MONTHS[g['mn3'].lower()]:02d}", year
    if g.get("y4"):
        year, month = int(g["y4"]), int(g["m4"])
        return (f"{year:04d}-{month:02d}" if 1 <= month <= 12 else str(year)), year
    if g.get("y7"):
        return g["y7"], int(g["y7"])
    return None


def _copyright_years(text: str) -> list[int]:
    if "©" not in text and "opyright" not in text and "(c)" not in text and "\u20dd" not in text:
        return []
    text = _ENCLOSING_C.sub("©", text)
    years = []
    for match in _COPYRIGHT.finditer(text):
        years.append(int(match.group("last") or match.group("first")))
    return years


def _imprint_years(text: str, latest: int) -> list[int]:
    """Years standing beside an organisation in an imprint ('Technologiestiftung Berlin 2022',
    'Bundesgeschäftsführung der Partei Die Linke, 2024')."""
    years = []
    for line in text.split("\n"):
        match = re.search(rf"[\s,]({_Y})\s*$", line)
        if match and _ORG.search(line) and len(line) <= 90 and int(match.group(1)) <= latest:
            years.append(int(match.group(1)))
    return years
