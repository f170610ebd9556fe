"""Heuristics that name a brochure the way a reader of its cover and imprint would.

Pure functions over text already extracted, so they are tested without PDFs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from brochuredesk.core.text.clean import CONJUNCTIONS, one_line

StyledLine = tuple[str, float, tuple[float, float, float, float]]

_JUNK_TITLE = re.compile(
    r"^(microsoft\s+(word|powerpoint|excel)\b|untitled|unbenannt|ohne\s+titel|layout\s*\d*$"
    r"|dokument\s*\d*$|document\s*\d*$|titel$|title$|folie\s*\d+|slide\s*\d+"
    r"|(powerpoint-)?präsentation\d*$|presentation\d*$|\d+$|titelseite$|cover$"
    r"|inhalt(sverzeichnis)?$|contents$|table of contents$|vorwort$|einleitung$|preface$)",
    re.IGNORECASE,
)
_FILE_EXTENSION = re.compile(
    r"\.(docx?|dotx?|odt|indd|idml|qxd|qxp|pdf|pptx?|rtf|txt|ps|tex|dvi|xlsx?|pub|p65|ai|eps|"
    r"pages|key|cdr|fm|html?)\b",
    re.IGNORECASE,
)
_ORGANISATION_NAME = re.compile(r"(\be\.\s?V\.|\bGmbH|\bgGmbH|\bAG)\s*$")
# TeX source shown as text ("\Huge Huge" on a LaTeX cheat sheet): never a title
_TEX_COMMAND = re.compile(r"\\[A-Za-z]+")
# The name of a periodical, the same on every issue: the issue's date belongs to its title
_PERIODICAL = re.compile(
    r"^(?:Gemeindebrief|Newsletter|Rundbrief|Infobrief|Mitgliederbrief|Mitteilungen|Magazin"
    r"|Zeitung|Journal|Bulletin|Rundschreiben|Nachrichten|Kurier)$",
    re.IGNORECASE,
)


def with_issue(title: str, date: str, file_stem: str = "") -> str:
    """'Gemeindebrief' dated 2023-02 → 'Gemeindebrief 02/2023': four issues of one
    periodical are four brochures a reader tells apart by their date. Where the pages give
    only the year, the month the file's name carries for that year ("…_2023-09.pdf")."""
    if not _PERIODICAL.match(title.strip()):
        return title
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", date)
    if match:
        return f"{title.strip()} {match.group(2)}/{match.group(1)}"
    named = re.search(r"(?<!\d)(\d{4})[-_.](0[1-9]|1[0-2])(?!\d)", file_stem)
    if named and (not date or date == named.group(1)):
        return f"{title.strip()} {named.group(2)}/{named.group(1)}"
    return f"{title.strip()} {date}" if date else title


_DE_WORDS = frozenset(
    [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "für",
        "von",
        "den",
        "zu",
        "ein",
        "eine",
        "auf",
        "sich",
        "des",
        "dem",
        "im",
        "auch",
        "werden",
        "wir",
        "sie",
        "es",
        "als",
        "bei",
        "nach",
        "wird",
        "oder",
        "aus",
        "sind",
        "über",
        "durch",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "for",
        "with",
        "that",
        "on",
        "are",
        "this",
        "be",
        "as",
        "by",
        "from",
        "or",
        "an",
        "it",
        "at",
        "which",
        "you",
        "can",
        "not",
        "have",
        "will",
        "was",
    ]
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing words."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(c for c in text if not unicodedata.combining(c))


def is_real_title(title: str, file_stem: str = "") -> bool:
    """False for what authoring tools put in the title field instead of a title."""
    title = title.strip()
    letters = sum(c.isalpha() for c in title)
    if letters < 3 or len(title) > 300:
        return False
    if _JUNK_TITLE.match(title) or _FILE_EXTENSION.search(title):
        return False
    if " " not in title and ("_" in title or any(c.isdigit() for c in title)):
        return False  # "20130529_Manuskript", "KM_BTW_2025"
    return not (file_stem and fold(title) == fold(file_stem))


def guess_title(
    meta_title: str, cover: Sequence[StyledLine], first_pages: Sequence[str], file_stem: str
) -> tuple[str, str]:
    """(title, subtitle): the metadata title when the cover confirms it, else the largest text
    on the cover joined across its lines, else the metadata title, else the file name."""
    meta_title = one_line(meta_title).strip(" -–")
    title, subtitle = _cover_title(cover)
    if _JUNK_TITLE.match(title) or _TEX_COMMAND.search(title) or _lone_lower_word(title):
        title, subtitle = "", ""
    if fold(subtitle) == fold(title):
        subtitle = ""
    elif (
        subtitle
        and _ORGANISATION_NAME.search(title)
        and len(title.split()) <= 5
        and len(subtitle) <= 80
    ):
        title, subtitle = subtitle, ""  # "foodRegio e.V." in big letters is the sender
    if is_real_title(meta_title, file_stem):
        if not title or _confirmed(meta_title, first_pages):
            return meta_title, subtitle if fold(subtitle) not in fold(meta_title) else ""
    salvaged = _salvage_document_name(meta_title)
    if salvaged and (not title or (len(title) > 80 and _confirmed(salvaged, first_pages))):
        return salvaged, ""  # "Microsoft Word - KommunalpolitischeLeitlinien 2014.doc"
    if salvaged and _says_more(salvaged, title):
        # "LEITANTRAG" on the cover, "Leitantrag Bundestagswahlprogramm 2025" in the metadata
        return salvaged, _join_lines([title, subtitle])
    if title:
        return title, subtitle
    return _prettify_file_stem(file_stem), ""


def _says_more(fuller: str, title: str) -> bool:
    """The cover's title is one word ('LEITANTRAG', a kind of document) and `fuller` (the
    document's name in its metadata) starts with it and goes on."""
    words = title.split()
    more = fuller.split()
    return len(words) == 1 and len(more) > 1 and fold(more[0]) == fold(words[0])


def _lone_lower_word(title: str) -> bool:
    """'infrage': a single word in lower case is a word of a sentence, not a title."""
    words = title.split()
    return len(words) == 1 and words[0][:1].islower() and not re.search(r"[A-Z0-9]", words[0])


def _confirmed(candidate: str, first_pages: Sequence[str]) -> bool:
    """Most words of `candidate` stand on the cover page."""
    cover_words = {fold(w) for w in re.findall(r"\w+", first_pages[0] if first_pages else "")}
    words = [fold(w) for w in re.findall(r"\w{3,}", candidate)]
    return bool(words) and sum(w in cover_words for w in words) / len(words) >= 0.6


def _salvage_document_name(meta_title: str) -> str:
    """The document name inside an authoring tool's title, made readable; '' if none."""
    match = re.match(r"(?i)microsoft\s+(?:word|powerpoint)\s*-\s*(.+)", meta_title)
    if not match:
        return ""
    name = _FILE_EXTENSION.sub("", match.group(1)).strip(" -_")
    name = re.sub(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ])", " ", name.replace("_", " "))
    return " ".join(name.split()) if sum(c.isalpha() for c in name) >= 4 else ""


def _tidy_title(title: str) -> str:
    """Letter-spaced digits joined ('1 0 0' → '100'), a trailing remark in brackets dropped."""
    title = re.sub(r"\b(\d)(?: (?=\d\b))", r"\1", title)
    stripped = re.sub(r"\s*\([^)]*\)?\s*$", "", title)
    return stripped if len(stripped) >= 8 else title


def _cover_title(lines: Sequence[StyledLine]) -> tuple[str, str]:
    candidates = [line for line in lines if any(c.isalnum() for c in line[0])]
    worded = [size for text, size, _ in candidates if sum(c.isalpha() for c in text) >= 2]
    if not worded:
        return "", ""
    largest = max(worded)
    title_lines = _block(candidates, largest, 0.85)
    title = _tidy_title(_join_lines([text for text, _, _ in title_lines]))[:250]
    if _lone_lower_word(title):
        # a slogan set in words of different sizes ("wir / stellen das mal / infrage"): the
        # big lower-case lines around the largest one, in reading order, as one sentence
        slogan = _block(candidates, largest, 0.5)
        if len(slogan) > 1 and all(re.fullmatch(r"[a-zäöüß ]+", t) for t, _, _ in slogan):
            title_lines = slogan
            joined = _tidy_title(_join_lines([text for text, _, _ in slogan]))[:250]
            title = joined[:1].upper() + joined[1:]
    rest = [line for line in candidates if line not in title_lines and line[1] >= 0.45 * largest]
    subtitle = ""
    if rest:
        second = max(size for _, size, _ in rest)
        if second >= 0.3 * largest:
            subtitle = _join_lines([t for t, _, _ in _block(rest, second, 0.9)])[:250]
        if _LOGOTYPE.fullmatch(title) and len(subtitle.split()) >= 3 and second >= 0.6 * largest:
            return subtitle, ""  # "PARIS21" in the largest letters is the sender's logotype
    if title.endswith(":") and subtitle:
        return f"{title} {subtitle}", ""  # "Information for Impact:" goes on below
    return title, subtitle


# A line that stops on an article, a preposition or a conjunction goes on in the next one.
_OPEN_END = re.compile(
    r"\b(?:the|a|an|of|for|and|or|to|in|on|with|der|die|das|des|dem|den|ein|eine|und|oder|für"
    r"|von|zur|zum|im|in|mit|auf)\s*$",
    re.IGNORECASE,
)
# One word in capitals or with digits, set largest on a cover: a logotype ("PARIS21", "GIZ").
_LOGOTYPE = re.compile(r"[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9&.-]*[0-9A-ZÄÖÜ]")


def _chars(lines: Sequence[StyledLine]) -> int:
    return sum(len(text) for text, _, _ in lines)


def _block(lines: Sequence[StyledLine], size: float, ratio: float) -> list[StyledLine]:
    """The lines at least ratio×size big that stand together with the first such line."""
    big = sorted((ln for ln in lines if ln[1] >= ratio * size), key=lambda ln: (ln[2][1], ln[2][0]))
    anchor = next(i for i, ln in enumerate(big) if ln[1] == size) if ratio < 1 else 0
    block = [big[anchor]]
    for direction in (-1, 1):
        i = anchor
        # A title is a few lines: stop before the block turns into running text.
        while (
            0 <= i + direction < len(big)
            and len(block) < 8
            and (_chars(block) < 80 or (direction > 0 and _OPEN_END.search(block[-1][0])))
        ):
            near, far = (
                (big[i + direction], big[i]) if direction < 0 else (big[i], big[i + direction])
            )
            if far[2][1] - near[2][3] > 2.2 * size:
                break
            if direction > 0 and big[i][0].rstrip().endswith((".", ")")):
                break  # a sentence or a remark closed the title; running text follows
            i += direction
            if direction < 0:
                block.insert(0, big[i])
            else:
                block.append(big[i])
    texts: list[StyledLine] = []
    for line in block:  # shadowed or outlined text repeats itself: keep one copy
        if not any(fold(line[0]) in fold(t[0]) for t in texts):
            texts = [t for t in texts if fold(t[0]) not in fold(line[0])]
            texts.append(line)
    return texts


def _join_lines(lines: Sequence[str]) -> str:
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
        elif out.endswith("-") and line[:1].islower() and line.split()[0] not in CONJUNCTIONS:
            out = out[:-1] + line
        else:
            out = f"{out} {line}"
    return one_line(out).strip(" ,;|")


def _prettify_file_stem(stem: str) -> str:
    text = re.sub(r"[_]+", " ", stem).strip()
    return text[:1].upper() + text[1:] if text else stem


def guess_language(pages: Sequence[str]) -> str:
    """'de', 'en' or '' by counting common function words in a sample of the text."""
    sample = " ".join(pages[:12])[:20000].lower()  # some 2 500 words
    words = re.findall(r"[a-zäöüß]+", sample)
    german = sum(map(_DE_WORDS.__contains__, words))
    english = sum(map(_EN_WORDS.__contains__, words))
    if german + english < 8:
        return ""
    return "de" if german >= english else "en"
