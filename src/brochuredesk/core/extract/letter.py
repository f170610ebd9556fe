"""A letter's title: what its subject line says, else who wrote to whom.

A letter has no title on its page; the largest letters on it are the sender's letterhead
("HOOK" of the KOMA-Script sample letter), which told a user nothing. What a reader of a
business letter (DIN 5008) goes by is read instead: the salutation and a closing formula say
it is a letter; the subject line stands above the salutation; the sender's return line (small
print, parts divided by commas or middle dots) stands over the recipient's address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

StyledLine = tuple[str, float, tuple[float, float, float, float]]

SALUTATION = re.compile(
    r"^(?:Sehr geehrte[rs]?|Liebe[rs]?|Hallo|Guten Tag|Moin|Beste[rs]?|Werte[rs]?|Dear|Hello"
    r"|Hi)\b.{0,80}[,!]$",
    re.IGNORECASE,
)
CLOSING = re.compile(
    r"^(?:Mit (?:den )?(?:freundlichen|besten|herzlichen|vielen) Grüßen|(?:Viele|Herzliche"
    r"|Beste|Freundliche|Liebe) Grüße|Hochachtungsvoll|In freundlich\w*|Kind regards"
    r"|Best regards|Yours (?:sincerely|faithfully)|Sincerely)\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b(?:\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜa-zäöü]+)\s?\d{2,4}|\d{4}-\d\d-\d\d)\b")
_SUBJECT_LABEL = re.compile(r"^(?:Betreff|Betr\.|Subject|Re|AW|WG)\s*:\s*", re.IGNORECASE)
MAX_PAGES = 4  # longer documents are not letters, whatever they open with


def letter_title(cover: Sequence[StyledLine], pages: Sequence[str]) -> tuple[str, str]:
    """(title, subtitle) of a letter; ("", "") for anything else. The title is the subject
    line, else "Brief von SENDER an RECIPIENT" ("Letter from … to …" for a letter in English);
    the subtitle is the letter's date."""
    if not cover or len(pages) > MAX_PAGES:
        return "", ""
    texts = [" ".join(text.split()) for text, _, _ in cover]
    opening = next((n for n, text in enumerate(texts) if SALUTATION.match(text)), None)
    if opening is None or not any(
        CLOSING.match(line.strip()) for p in pages for line in p.split("\n")
    ):
        return "", ""
    date = next((text for text in texts[:opening] if _DATE.search(text) and len(text) <= 40), "")
    subject = _subject(texts[:opening], date)
    if subject:
        return subject, date
    sender, recipient = _parties(cover[:opening])
    if not recipient:
        return "", ""
    if re.match(r"(?:Dear|Hello|Hi)\b", texts[opening], re.IGNORECASE):  # in the letter's language
        return (
            f"Letter from {sender} to {recipient}" if sender else f"Letter to {recipient}"
        ), date
    return (f"Brief von {sender} an {recipient}" if sender else f"Brief an {recipient}"), date


def _subject(above: list[str], date: str) -> str:
    """A labelled subject line ("Betreff: …") among the two lines above the salutation, not
    the date: an unlabelled bold subject is too easily an address line to be taken alone."""
    for text in reversed(above[-2:]):
        if text == date:
            return ""
        labelled = _SUBJECT_LABEL.sub("", text)
        if labelled != text and labelled:
            return labelled
    return ""


def _parties(lines: Sequence[StyledLine]) -> tuple[str, str]:
    """(sender, recipient) from the return line over the address field: the small line in
    parts ("Kapitän Hook, Bucht der Totenkopfinsel, Nimmerland") and the line below it."""
    if not lines:
        return "", ""
    body = sorted(size for _, size, _ in lines)[len(lines) // 2]
    for n, (text, size, _) in enumerate(lines[:-1]):
        parts = [part.strip() for part in re.split(r"\s*[,·•|]\s*", text) if part.strip()]
        if size < 0.8 * body and len(parts) >= 2:
            recipient = " ".join(lines[n + 1][0].split())
            return parts[0], recipient if len(recipient) <= 60 else ""
    return "", ""
