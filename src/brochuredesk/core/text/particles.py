"""The small words inside names: articles, prepositions and conjunctions that stay lower case
in "Gesellschaft für Wirtschaftsförderung und Stadtentwicklung", "Institut de la Recherche" or
"Verband der Hersteller e. V.". A name's other words begin with a capital; an abbreviation
takes its letters from them only ("Bundesministerium für Bildung und Forschung" → BMBF)."""

from __future__ import annotations

NAME_PARTICLES = frozenset(
    [
        "und",
        "für",
        "der",
        "die",
        "das",
        "des",
        "den",
        "dem",
        "von",
        "vom",
        "im",
        "in",
        "zur",
        "zum",
        "an",
        "am",
        "auf",
        "e.",
        "v.",
        "of",
        "and",
        "for",
        "the",
        "de",
        "la",
        "le",
        "du",
        "et",
        "mit",
        "aus",
        "bei",
        "on",
        "to",
        "at",
    ]
)
