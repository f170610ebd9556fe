"""Abbreviations and their long forms, so that `BMBF` finds "Bundesministerium für Bildung und
Forschung" and `Bundesausbildungsförderungsgesetz` finds "BAföG".

Three sources: a reviewed list of common German public-sector, funding and cluster
abbreviations shipped here; pairs the library teaches itself, where a brochure writes "Long
Form (ABK)" or "ABK (Long Form)" (kept in the index); and pairs the user adds (kept in the
catalog).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from brochuredesk.core.text.normalize import fold, words_with_offsets
from brochuredesk.core.text.particles import NAME_PARTICLES

USER_ABBREVIATIONS = "abbreviations"  # catalog setting: {abbreviation: [long forms]}

# Reviewed: each pair names the same thing, in the spelling the bodies themselves use. Old and
# new names of ministries are kept side by side (BMWi, BMWK and BMWE are one ministry).
SHIPPED: dict[str, tuple[str, ...]] = {
    "BMWi": ("Bundesministerium für Wirtschaft und Energie",
             "Bundesministerium für Wirtschaft und Technologie"),
    "BMWK": ("Bundesministerium für Wirtschaft und Klimaschutz",),
    "BMWE": ("Bundesministerium für Wirtschaft und Energie",),
    "BMBF": ("Bundesministerium für Bildung und Forschung",),
    "BMFTR": ("Bundesministerium für Forschung, Technologie und Raumfahrt",),
    "BMAS": ("Bundesministerium für Arbeit und Soziales",),
    "BMI": ("Bundesministerium des Innern",),
    "BMF": ("Bundesministerium der Finanzen",),
    "BMEL": ("Bundesministerium für Ernährung und Landwirtschaft",),
    "BMLEH": ("Bundesministerium für Landwirtschaft, Ernährung und Heimat",),
    "BMUV": ("Bundesministerium für Umwelt, Naturschutz, nukleare Sicherheit und Verbraucherschutz",),
    "BMU": ("Bundesministerium für Umwelt, Naturschutz und nukleare Sicherheit",),
    "BMDV": ("Bundesministerium für Digitales und Verkehr",),
    "BMDS": ("Bundesministerium für Digitales und Staatsmodernisierung",),
    "BMVI": ("Bundesministerium für Verkehr und digitale Infrastruktur",),
    "BMFSFJ": ("Bundesministerium für Familie, Senioren, Frauen und Jugend",),
    "BMG": ("Bundesministerium für Gesundheit",),
    "BMJ": ("Bundesministerium der Justiz",),
    "BMVg": ("Bundesministerium der Verteidigung",),
    "BMZ": ("Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung",),
    "BMWSB": ("Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen",),
    "BAFA": ("Bundesamt für Wirtschaft und Ausfuhrkontrolle",),
    "BAMF": ("Bundesamt für Migration und Flüchtlinge",),
    "BA": ("Bundesagentur für Arbeit",),
    "BND": ("Bundesnachrichtendienst",),
    "BfV": ("Bundesamt für Verfassungsschutz",),
    "BSI": ("Bundesamt für Sicherheit in der Informationstechnik",),
    "BAföG": ("Bundesausbildungsförderungsgesetz",),
    "DSGVO": ("Datenschutz-Grundverordnung",),
    "BDSG": ("Bundesdatenschutzgesetz",),
    "KMU": ("kleine und mittlere Unternehmen", "kleinen und mittleren Unternehmen"),
    "IHK": ("Industrie- und Handelskammer",),
    "DIHK": ("Deutsche Industrie- und Handelskammer",),
    "HWK": ("Handwerkskammer",),
    "ZDH": ("Zentralverband des Deutschen Handwerks",),
    "EFRE": ("Europäischer Fonds für regionale Entwicklung",),
    "ESF": ("Europäischer Sozialfonds",),
    "ESF+": ("Europäischer Sozialfonds Plus",),
    "ELER": ("Europäischer Landwirtschaftsfonds für die Entwicklung des ländlichen Raums",),
    "GRW": ("Gemeinschaftsaufgabe Verbesserung der regionalen Wirtschaftsstruktur",),
    "ZIM": ("Zentrales Innovationsprogramm Mittelstand",),
    "IGF": ("Industrielle Gemeinschaftsforschung",),
    "AiF": ("Arbeitsgemeinschaft industrieller Forschungsvereinigungen",),
    "DFG": ("Deutsche Forschungsgemeinschaft",),
    "KfW": ("Kreditanstalt für Wiederaufbau",),
    "FuE": ("Forschung und Entwicklung",),
    "F&E": ("Forschung und Entwicklung",),
    "MINT": ("Mathematik, Informatik, Naturwissenschaften und Technik",),
    "EU": ("Europäische Union",),
    "EZB": ("Europäische Zentralbank",),
    "NRW": ("Nordrhein-Westfalen",),
    "BW": ("Baden-Württemberg",),
    "SH": ("Schleswig-Holstein",),
    "MV": ("Mecklenburg-Vorpommern",),
    "ÖPNV": ("öffentlicher Personennahverkehr", "öffentlichen Personennahverkehr"),
    "BIP": ("Bruttoinlandsprodukt",),
    "KI": ("künstliche Intelligenz", "künstlichen Intelligenz"),
    "IKT": ("Informations- und Kommunikationstechnik",
            "Informations- und Kommunikationstechnologien"),
    "GWK": ("Gemeinsame Wissenschaftskonferenz",),
    "HRK": ("Hochschulrektorenkonferenz",),
    "KMK": ("Kultusministerkonferenz",),
    "DGB": ("Deutscher Gewerkschaftsbund",),
    "BDA": ("Bundesvereinigung der Deutschen Arbeitgeberverbände",),
    "BDI": ("Bundesverband der Deutschen Industrie",),
    "VDI": ("Verein Deutscher Ingenieure",),
    "VDE": ("Verband der Elektrotechnik Elektronik Informationstechnik",),
    "DIN": ("Deutsches Institut für Normung",),
    "BBiG": ("Berufsbildungsgesetz",),
    "HwO": ("Handwerksordnung",),
    "AFBG": ("Aufstiegsfortbildungsförderungsgesetz",),
    "SGB": ("Sozialgesetzbuch",),
    "WeGebAU": ("Weiterbildung Geringqualifizierter und beschäftigter älterer Arbeitnehmer in Unternehmen",),
    "GmbH": ("Gesellschaft mit beschränkter Haftung",),
    "e. V.": ("eingetragener Verein",),
}  # fmt: skip

# "Long Form (ABK)": an abbreviation in brackets after the words it stands for, and the other
# way round. An abbreviation has two capitals at least and no more than ten characters.
_IN_BRACKETS = re.compile(r"\(\s*([A-ZÄÖÜ][\wÄÖÜäöüß&+-]{1,9})\s*\)")
_BEFORE_BRACKETS = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\wÄÖÜäöüß&+-]{1,9})\s+\(([^()\n]{6,90})\)")
_MAX_LONG_WORDS = 10
_LONG_FORM = re.compile(r"[^\W\d_](?:[^\W\d_]|[\s,&/'’.-])*")  # letters, no digits or marks


def is_abbreviation(word: str) -> bool:
    """'BMBF', 'BAföG', 'FuE', 'ESF+': two capitals or more, and not a whole word in capitals
    longer than the usual abbreviation."""
    capitals = sum(c.isupper() for c in word)
    return capitals >= 2 and len(word) <= 10 and capitals >= len(word) / 3


def learn(text: str) -> set[tuple[str, str]]:
    """(abbreviation, long form) pairs a text defines. A long form is accepted when the
    abbreviation's letters stand in it in order, its first letter first."""
    pairs: set[tuple[str, str]] = set()
    if "(" not in text:
        return pairs
    for match in _IN_BRACKETS.finditer(text):
        short = match.group(1)
        if not is_abbreviation(short):
            continue
        before = text[max(0, match.start() - 200) : match.start()].replace("\n", " ")
        words = before.split()[-_MAX_LONG_WORDS:]
        long = _shortest_long_form(short, words)
        if long:
            pairs.add((short, long))
    for match in _BEFORE_BRACKETS.finditer(text):
        short, inside = match.group(1), " ".join(match.group(2).split()).strip(" ,;")
        if is_abbreviation(short) and inside[:1].isupper() and _plausible(short, inside):
            pairs.add((short, inside))
    return pairs


def _plausible(short: str, long: str) -> bool:
    """A long form of `short`: words and nothing else, its letters in order, each content
    word's initial among them, and long enough to be more than one of its parts."""
    if not _LONG_FORM.fullmatch(long) or not _spells(short, long):
        return False
    words = [w for w in re.split(r"[\s/]+", long) if w]
    content = [w for w in words if w.lower() not in NAME_PARTICLES]
    if not content or words[0] != content[0] or len(content) > len(short) + 2:
        return False  # "der Islamkonferenz": the article is not part of the name
    if fold(content[0]) == fold(short):
        return False
    initials = [fold(w[0]) for w in content if w[0].isalpha()]
    letters = [fold(c) for c in short if c.isalpha()]
    if not _subsequence(initials, letters):
        return False
    capitals = sum(c.isupper() for c in short)
    return len(content) > 1 or "-" in long or (len(long) >= 12 and capitals >= 2)


def _subsequence(items: Sequence[str], within: Sequence[str]) -> bool:
    position = 0
    for item in items:
        try:
            position = list(within).index(item, position) + 1
        except ValueError:
            return False
    return True


def _shortest_long_form(short: str, words: Sequence[str]) -> str:
    """The fewest words before the brackets that spell the abbreviation, starting with a word
    that begins with its first letter."""
    for start in range(len(words) - 1, -1, -1):
        candidate = " ".join(words[start:]).strip(" ,;:–-")
        if not candidate or not candidate[:1].isalpha():
            continue
        if fold(candidate[0]) != fold(short[0]):
            continue
        if _plausible(short, candidate):
            return candidate
    return ""


def _spells(short: str, long: str) -> bool:
    """The abbreviation's letters stand in the long form in order, the first one first, and the
    capitals among them each begin a word or a part of a compound."""
    folded_long, letters = fold(long), [fold(c) for c in short if c.isalpha()]
    if not letters or not folded_long.startswith(letters[0]):
        return False
    at = 0
    for letter in letters:
        at = folded_long.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


class Abbreviations:
    """Look-ups in both directions over the shipped, learned and user pairs, by folded form."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self.longs: dict[str, list[str]] = {}
        self.shorts: dict[str, list[str]] = {}
        for short, longs in SHIPPED.items():
            for long in longs:
                self.add(short, long)
        for short, long in pairs:
            self.add(short, long)

    def add(self, short: str, long: str) -> None:
        short_key, long_key = key(short), key(long)
        if not short_key or not long_key or short_key == long_key:
            return
        if long not in self.longs.setdefault(short_key, []):
            self.longs[short_key].append(long)
        if short not in self.shorts.setdefault(long_key, []):
            self.shorts[long_key].append(short)

    def other_forms(self, words: Sequence[str]) -> list[str]:
        """What `words` (a query word or phrase) also goes by: long forms of an abbreviation,
        the abbreviation of a long form."""
        joined = key(" ".join(words))
        return [*self.longs.get(joined, []), *self.shorts.get(joined, [])]


def key(text: str) -> str:
    """The form pairs are looked up by: folded words, punctuation aside."""
    return " ".join(fold(word) for _, _, word in words_with_offsets(text))


def user_pairs(setting: Mapping[str, Sequence[str]] | None) -> list[tuple[str, str]]:
    """The catalog setting {abbreviation: [long forms]} as pairs."""
    return [(short, long) for short, longs in (setting or {}).items() for long in longs]
