"""Facts a good-practice example states about itself: organisation, region, sector, fields of
action, web address and contact, read from its facts box ("Branche: …") or its text.

One reader for suggestions and for the example form (Ctrl+E), so both fill the same fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brochuredesk.core.extract.metadata_guess import fold
from brochuredesk.core.library.example_records import FIELDS_OF_ACTION, LAENDER, normalise_region
from brochuredesk.core.plain import datarecord, field

# Label kinds of a facts box, each with the words that introduce it (at the start of a line,
# followed by a colon or alone on the line with the value below).
LABELS: dict[str, str] = {
    "organisation": r"Clusterinitiative|Clustermanagement|Cluster|Netzwerk|Initiative|Organisation"
    r"|Organization|Unternehmen|Träger|Projektträger|Einrichtung|Verein|Company|Lead partner",
    "region": r"Bundesland|Land|Region|Standort|Sitz|Ort|Location",
    "country": r"Country|Staat|Sitzland",
    "sector": r"Branche|Sektor|Sector|Industry|Wirtschaftszweig|Technologiefeld",
    "fields": r"Handlungsfelder|Handlungsfeld|Themenfelder|Themenfeld|Schwerpunkte|Schwerpunkt"
    r"|Fields? of action|Topics?",
    "contact": r"Kontakt|Ansprechpartner(?:in)?|Ansprechperson|Contact|E-Mail",
    "web": r"Website|Webseite|Internet|Homepage|Web|URL",
    "project": r"Laufzeit|Förderung|Fördermittel|Zielgruppen?|Projektpartner|Partner|Budget"
    r"|Funding|Duration|Target groups?|Partners",
}
_LABEL = re.compile(
    r"^\s*(?P<label>" + "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items()) + r")"
    r"\s*(?::\s*(?P<value>.*)|$)",
    re.IGNORECASE,
)
_FORMS = (
    r"e\.[ \t]?V\.|gGmbH|GmbH|mbH|gUG|UG|AG|eG|KG|GbR|AB|Oy|Oyj|ApS|A/S|AS|S\.r\.l\.|S\.p\.A\.|S\.A\.|SAS"
    r"|SARL|SE|NV|N\.V\.|BV|B\.V\.|Ltd\.?|Inc\.|LLC|Kft\.|s\.r\.o\.|Sp\. z o\.o\."
)
LEGAL_FORM = re.compile(rf"(?:(?<![\w.])(?:{_FORMS})(?=$|[\s,.;)]))")
# A name before its legal form: capitalised words ("Hafenlogistik Kiel GmbH"), a word with inner
# capitals ("foodRegio e. V."), and only the small words names are built with between them
# ("Verein für Socialplanung e. V."), so "Grünhof wurde 2013 als GmbH gegründet" names none.
_NAME_WORD = r"(?:[A-ZÄÖÜ0-9][\w.&’'-]*|[a-z]+[A-Z][\w.&-]*|&|und|für|der|die|des|von|zur|zum|am|im|de|of|and|for|the)"
ORGANISATION = re.compile(
    r"((?:[A-ZÄÖÜ][\w.&-]*|[a-z]+[A-Z][\w.&-]*)(?:[ \t]+" + _NAME_WORD + r"){0,4}?[ \t]+"
    rf"(?:{_FORMS}))(?=$|[\s,.;)])"
)
_ORGANISATION_WORD = re.compile(
    r"\b(?:Cluster|Netzwerk|Network|Verbund|Initiative|Verband|Kompetenzzentrum|Agentur|Hochschule"
    r"|Universität|University|Institut|Institute|Kammer|Stiftung|Zentrum|Centre|Center|Verein)\b"
    r"|\w(?:cluster|netzwerk|verbund|verband|agentur|institut|kammer|stiftung|zentrum)\b",
    re.IGNORECASE,
)
# "Initiator des BürgerForums war das KIT-Projekt „…“, angesiedelt am …": the body a sentence
# names as the one that started or carries the project.
_CARRIED_BY = re.compile(
    r"\b(?:Initiator(?:in|en|innen)?|Träger(?:in)?|Veranstalter(?:in)?|Projektträger(?:in)?"
    r"|initiated by|run by|led by)\b(?:\s+(?:des|der|dieses|dieser|von)\s+[\w-]+)?"
    r"\s*(?:war(?:en)?|ist|sind|is|was|:)?\s+(?:das|die|der|the)?\s*"
    r"(?P<body>[A-ZÄÖÜ„\"][^.;:]{2,100}?)(?=,\s|\s+in Kooperation|\s+gemeinsam mit|\.\s|\.$|;|$)"
)
# A web address written as one: with its scheme or "www."
MARKED_URL = re.compile(r"\b(?:https?://|www\.)[^\s,;)]+", re.IGNORECASE)
# … or a bare domain under a common top-level domain ("MyAidin.com", "payactive.eu"), not the
# part of an e-mail address after its "@".
URL = re.compile(
    MARKED_URL.pattern
    + r"|(?<![@\w.-])[a-z0-9-]*[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|eu|de|at|ch"
    r"|io|co|uk|ie|fr|nl|be|lu|it|es|pt|dk|se|no|fi|pl|cz|us|ca|gov|edu|int|ngo)(?![\w@-])"
    r"(?:/[^\s,;)]*)?",
    re.IGNORECASE,
)
# Large cities and the Land they lie in, for examples that name a place but not the Land.
CITIES = {
    "Lübeck": "Schleswig-Holstein", "Kiel": "Schleswig-Holstein", "Flensburg": "Schleswig-Holstein",
    "Neumünster": "Schleswig-Holstein", "Rostock": "Mecklenburg-Vorpommern",
    "Schwerin": "Mecklenburg-Vorpommern", "Greifswald": "Mecklenburg-Vorpommern",
    "Hannover": "Niedersachsen", "Braunschweig": "Niedersachsen", "Oldenburg": "Niedersachsen",
    "Osnabrück": "Niedersachsen", "Göttingen": "Niedersachsen", "Wolfsburg": "Niedersachsen",
    "Cuxhaven": "Niedersachsen", "Bremerhaven": "Bremen", "Potsdam": "Brandenburg",
    "Cottbus": "Brandenburg", "Magdeburg": "Sachsen-Anhalt", "Halle": "Sachsen-Anhalt",
    "Bitterfeld": "Sachsen-Anhalt", "Dresden": "Sachsen", "Leipzig": "Sachsen",
    "Chemnitz": "Sachsen", "Erfurt": "Thüringen", "Jena": "Thüringen", "Weimar": "Thüringen",
    "Ilmenau": "Thüringen", "Düsseldorf": "Nordrhein-Westfalen", "Köln": "Nordrhein-Westfalen",
    "Dortmund": "Nordrhein-Westfalen", "Essen": "Nordrhein-Westfalen",
    "Münster": "Nordrhein-Westfalen", "Aachen": "Nordrhein-Westfalen",
    "Bielefeld": "Nordrhein-Westfalen", "Bochum": "Nordrhein-Westfalen",
    "Paderborn": "Nordrhein-Westfalen", "Duisburg": "Nordrhein-Westfalen",
    "Wiesbaden": "Hessen", "Frankfurt": "Hessen", "Darmstadt": "Hessen", "Kassel": "Hessen",
    "Mainz": "Rheinland-Pfalz", "Kaiserslautern": "Rheinland-Pfalz", "Trier": "Rheinland-Pfalz",
    "Koblenz": "Rheinland-Pfalz", "Ludwigshafen": "Rheinland-Pfalz", "Saarbrücken": "Saarland",
    "Stuttgart": "Baden-Württemberg", "Karlsruhe": "Baden-Württemberg",
    "Mannheim": "Baden-Württemberg", "Freiburg": "Baden-Württemberg",
    "Heidelberg": "Baden-Württemberg", "Ulm": "Baden-Württemberg", "München": "Bayern",
    "Nürnberg": "Bayern", "Augsburg": "Bayern", "Regensburg": "Bayern", "Würzburg": "Bayern",
    "Erlangen": "Bayern", "Ingolstadt": "Bayern", "Augsburg-Land": "Bayern",
    # further cities of about 50 000 inhabitants or more
    "Norderstedt": "Schleswig-Holstein", "Elmshorn": "Schleswig-Holstein",
    "Salzgitter": "Niedersachsen", "Hildesheim": "Niedersachsen", "Delmenhorst": "Niedersachsen",
    "Wilhelmshaven": "Niedersachsen", "Lüneburg": "Niedersachsen", "Celle": "Niedersachsen",
    "Garbsen": "Niedersachsen", "Hameln": "Niedersachsen", "Lingen": "Niedersachsen",
    "Langenhagen": "Niedersachsen", "Nordhorn": "Niedersachsen", "Wolfenbüttel": "Niedersachsen",
    "Goslar": "Niedersachsen", "Peine": "Niedersachsen", "Emden": "Niedersachsen",
    "Stade": "Niedersachsen", "Neubrandenburg": "Mecklenburg-Vorpommern",
    "Stralsund": "Mecklenburg-Vorpommern", "Wismar": "Mecklenburg-Vorpommern",
    "Oranienburg": "Brandenburg", "Dessau": "Sachsen-Anhalt", "Wittenberg": "Sachsen-Anhalt",
    "Zwickau": "Sachsen", "Plauen": "Sachsen", "Görlitz": "Sachsen", "Freiberg": "Sachsen",
    "Bautzen": "Sachsen", "Gera": "Thüringen", "Gotha": "Thüringen", "Nordhausen": "Thüringen",
    "Eisenach": "Thüringen", "Suhl": "Thüringen", "Bonn": "Nordrhein-Westfalen",
    "Gelsenkirchen": "Nordrhein-Westfalen", "Mönchengladbach": "Nordrhein-Westfalen",
    "Krefeld": "Nordrhein-Westfalen", "Oberhausen": "Nordrhein-Westfalen",
    "Hagen": "Nordrhein-Westfalen", "Hamm": "Nordrhein-Westfalen",
    "Mülheim an der Ruhr": "Nordrhein-Westfalen", "Leverkusen": "Nordrhein-Westfalen",
    "Solingen": "Nordrhein-Westfalen", "Herne": "Nordrhein-Westfalen",
    "Neuss": "Nordrhein-Westfalen", "Remscheid": "Nordrhein-Westfalen",
    "Bottrop": "Nordrhein-Westfalen", "Recklinghausen": "Nordrhein-Westfalen",
    "Bergisch Gladbach": "Nordrhein-Westfalen", "Wuppertal": "Nordrhein-Westfalen",
    "Witten": "Nordrhein-Westfalen", "Iserlohn": "Nordrhein-Westfalen",
    "Gütersloh": "Nordrhein-Westfalen", "Marl": "Nordrhein-Westfalen",
    "Lünen": "Nordrhein-Westfalen", "Düren": "Nordrhein-Westfalen",
    "Ratingen": "Nordrhein-Westfalen", "Velbert": "Nordrhein-Westfalen",
    "Minden": "Nordrhein-Westfalen", "Siegen": "Nordrhein-Westfalen",
    "Moers": "Nordrhein-Westfalen", "Viersen": "Nordrhein-Westfalen",
    "Troisdorf": "Nordrhein-Westfalen", "Detmold": "Nordrhein-Westfalen",
    "Arnsberg": "Nordrhein-Westfalen", "Lüdenscheid": "Nordrhein-Westfalen",
    "Bocholt": "Nordrhein-Westfalen", "Dorsten": "Nordrhein-Westfalen",
    "Gladbeck": "Nordrhein-Westfalen", "Unna": "Nordrhein-Westfalen",
    "Herford": "Nordrhein-Westfalen", "Rheine": "Nordrhein-Westfalen",
    "Offenbach": "Hessen", "Hanau": "Hessen", "Gießen": "Hessen", "Marburg": "Hessen",
    "Fulda": "Hessen", "Rüsselsheim": "Hessen", "Bad Homburg": "Hessen", "Wetzlar": "Hessen",
    "Worms": "Rheinland-Pfalz", "Neuwied": "Rheinland-Pfalz", "Speyer": "Rheinland-Pfalz",
    "Frankenthal": "Rheinland-Pfalz", "Pirmasens": "Rheinland-Pfalz",
    "Bad Kreuznach": "Rheinland-Pfalz", "Neunkirchen": "Saarland", "Völklingen": "Saarland",
    "Pforzheim": "Baden-Württemberg", "Reutlingen": "Baden-Württemberg",
    "Esslingen": "Baden-Württemberg", "Tübingen": "Baden-Württemberg",
    "Heilbronn": "Baden-Württemberg", "Ludwigsburg": "Baden-Württemberg",
    "Konstanz": "Baden-Württemberg", "Villingen-Schwenningen": "Baden-Württemberg",
    "Aalen": "Baden-Württemberg", "Sindelfingen": "Baden-Württemberg",
    "Schwäbisch Gmünd": "Baden-Württemberg", "Friedrichshafen": "Baden-Württemberg",
    "Offenburg": "Baden-Württemberg", "Göppingen": "Baden-Württemberg",
    "Böblingen": "Baden-Württemberg", "Waiblingen": "Baden-Württemberg",
    "Ravensburg": "Baden-Württemberg", "Heidenheim": "Baden-Württemberg",
    "Baden-Baden": "Baden-Württemberg", "Rastatt": "Baden-Württemberg",
    "Lörrach": "Baden-Württemberg", "Fürth": "Bayern", "Bamberg": "Bayern",
    "Bayreuth": "Bayern", "Landshut": "Bayern", "Aschaffenburg": "Bayern", "Kempten": "Bayern",
    "Rosenheim": "Bayern", "Neu-Ulm": "Bayern", "Schweinfurt": "Bayern", "Passau": "Bayern",
    "Freising": "Bayern", "Straubing": "Bayern", "Dachau": "Bayern", "Kaufbeuren": "Bayern",
    "Coburg": "Bayern", "Ansbach": "Bayern", "Amberg": "Bayern", "Memmingen": "Bayern",
}  # fmt: skip


@datarecord
class Facts:
    organisation: str = ""
    region: str = ""
    sector: str = ""
    fields: list[str] = field(default_factory=list)
    url: str = ""
    contact: str = ""


def is_organisation_line(line: str) -> bool:
    """'foodRegio e. V.', 'Träger: …', 'Netzwerk Holzbau Bayern': a name, not a sentence."""
    if ORGANISATION.search(line) or labelled([line]).get("organisation"):
        return True
    words = line.split()
    return (
        bool(_ORGANISATION_WORD.search(line))
        and len(words) <= 8
        and not line.rstrip().endswith((".", ":"))
        and sum(w[:1].islower() for w in words) <= 2
    )


def facts_field(line: str) -> bool:
    """A facts-box field written on one line, its label, a colon and a value ('Standort:
    Osnabrück', 'Projektträger: Agrisense GmbH')."""
    match = _LABEL.match(line)
    return match is not None and bool((match.group("value") or "").strip())


def labelled(lines: Sequence[str]) -> dict[str, str]:
    """Label kind → its value, for the facts-box labels among `lines` (first of each kind)."""
    found: dict[str, str] = {}
    for i, line in enumerate(lines):
        match = _LABEL.match(line)
        if not match:
            continue
        kind = next(k for k in LABELS if match.group(k))
        value = (match.group("value") or "").strip()
        below = i + 1
        if not value and below < len(lines) and not _LABEL.match(lines[below]):
            value = lines[below].strip()
        while value.endswith((",", " und", " and", "&", "-")) and below + 1 < len(lines):
            below += 1  # a value wrapped in a narrow facts box
            if _LABEL.match(lines[below]):
                break
            value = f"{value} {lines[below].strip()}"
        if value and kind not in found and len(value) <= 160:
            found[kind] = value
    return found


def label_kinds(lines: Sequence[str]) -> frozenset[str]:
    """Which kinds of facts-box label stand among `lines` (a page's template signature)."""
    return frozenset(labelled(lines))


def read_facts(text: str, vocabulary: Sequence[str] = FIELDS_OF_ACTION) -> Facts:
    """The facts a passage states: labelled values first, then what its text names."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    values = labelled(lines)
    facts = Facts()
    organisation = values.get("organisation", "")
    if organisation:
        facts.organisation, seat = _split_seat(organisation)
    else:
        seat = ""
        carried = _CARRIED_BY.search(" ".join(" ".join(lines[:30]).split()))
        if carried:
            facts.organisation = carried.group("body").strip(" ,;")[:120]
        for line in lines[:12] if not facts.organisation else ():
            match = ORGANISATION.search(line)
            if match:
                facts.organisation, seat = _split_seat(" ".join(match.group(1).split()))
                break
        if not facts.organisation:  # a network named without a legal form, under the title
            named = next((ln for ln in lines[:4] if is_organisation_line(ln)), "")
            facts.organisation, seat = _split_seat(named) if named else ("", "")
    facts.region = _region(values.get("region", ""), seat, text)
    country = values.get("country", "")
    if country and facts.region not in LAENDER and fold(country) not in fold(facts.region):
        facts.region = f"{facts.region}, {country}" if facts.region else country
    facts.sector = values.get("sector", "")[:80]
    if not facts.sector:
        facts.sector = _sector_from_line(lines, facts.organisation)
    facts.fields = _fields(values.get("fields", ""), text, vocabulary)
    url = URL.search(values.get("web", "")) or URL.search(text)
    facts.url = url.group(0).rstrip(".") if url else ""
    contact = values.get("contact", "")
    facts.contact = "" if URL.fullmatch(contact) else contact[:120]
    if not facts.url and URL.fullmatch(contact):
        facts.url = contact
    return facts


def _split_seat(organisation: str) -> tuple[str, str]:
    """'Silicon Saxony e. V., Dresden' → ('Silicon Saxony e. V.', 'Dresden')."""
    match = re.match(r"(.+?)(?:,\s*|\s+\()([A-ZÄÖÜ][\w-]+(?:\s[\w-]+)?)\)?$", organisation)
    if match and (LEGAL_FORM.search(match.group(1)) or match.group(2) in CITIES):
        return match.group(1).strip(), match.group(2)
    return organisation.strip()[:120], ""


def region_named(text: str) -> str:
    """The Land a short text names, itself or through one of its cities ('Karlsruhe:
    BürgerForum …' → Baden-Württemberg); empty when it names none."""
    return _region("", "", text)


def _region(stated: str, seat: str, text: str) -> str:
    for value in (stated, seat):
        if not value:
            continue
        land = normalise_region(value)
        if land in LAENDER:
            return land
        for place, land in CITIES.items():
            if re.search(rf"\b{re.escape(place)}\b", value):
                return land
        if value is stated:
            return " ".join(value.split())[:80]  # a region outside Germany, as written
    for land in sorted(LAENDER, key=len, reverse=True):  # "Sachsen-Anhalt" before "Sachsen"
        if re.search(rf"\b{re.escape(land)}\b", text):
            return land
    for place, land in CITIES.items():
        if re.search(rf"\b{re.escape(place)}\b", text):
            return land
    return ""


def _sector_from_line(lines: Sequence[str], organisation: str) -> str:
    """The sector in a facts line: 'foodRegio e.V. · Schleswig-Holstein · Ernährungswirtschaft'."""
    for line in lines[:12]:
        if organisation and organisation in line:
            parts = [p.strip() for p in re.split(r"\s[·|•]\s", line) if p.strip()]
            others = [p for p in parts if p != organisation and normalise_region(p) not in LAENDER]
            if len(parts) > 1 and others:
                return others[-1][:80]
    return ""


def _fields(stated: str, text: str, vocabulary: Sequence[str]) -> list[str]:
    """Fields of action from the user's vocabulary: those the facts box names, else those the
    text names at least twice."""
    if stated:
        folded = fold(stated)
        named = [term for term in vocabulary if fold(term) in folded]
        if named:
            return named
    folded_text = fold(text)
    return [term for term in vocabulary if folded_text.count(fold(term)) >= 2]
