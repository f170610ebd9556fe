"""Good-practice candidates from a document's structure: every heading opens a unit, every
unit gets a confidence from its features and the fitted weights (fitted.py), and the units
above the fitted threshold are the candidates."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import fitted
from .cues import STRUCTURAL, strip_label
from .features import NAMES, Context, features
from .headings import read_document
from .layout import PageLayout
from .model import Model
from .units import MAX_SPAN, Unit, units

MAX_EXAMPLE_PAGES = 4  # a candidate's pages as offered (a longer unit is cut here)


@dataclass
class Found:
    first_page: int
    last_page: int
    title: str
    heading: str  # as printed, label and numbering included
    lines: list[str]
    confidence: float
    siblings: list[int] = field(default_factory=list)  # pages of the headings of its style
    chapter: str = ""


def scored_units(
    pages: Sequence[PageLayout], title: str = "", text_rule: Sequence[tuple[int, str]] = ()
) -> list[tuple[Unit, list[float]]]:
    """Each unit of the document with its feature vector (in features.NAMES order)."""
    doc = read_document(list(pages))
    ctx = Context(doc, title, text_rule)
    return [(unit, features(unit, ctx)) for unit in units(doc)]


def confidence(vector: Sequence[float], model: Model | None = None) -> float:
    model = model or fitted.MODEL
    z = model.intercept
    for tree in model.trees:
        while isinstance(tree, tuple):
            index, threshold, left, right = tree
            tree = left if vector[index] < threshold else right
        z += tree
    for name, value in zip(NAMES, vector, strict=True):
        mean, scale = model.scaling.get(name, (0.0, 1.0))
        z += model.weights.get(name, 0.0) * (value - mean) / scale
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def find(
    pages: Sequence[PageLayout],
    title: str = "",
    text_rule: Sequence[tuple[int, str]] = (),
    model: Model | None = None,
    units_scored: Sequence[tuple[Unit, list[float]]] | None = None,
) -> list[Found]:
    """The units confident enough to offer, best first within a page, in page order
    (`units_scored`: scored_units() of these pages, when the caller has them already)."""
    model = model or fitted.MODEL
    kept: list[Found] = []
    seen: set[tuple[int, str]] = set()
    if units_scored is None:
        units_scored = scored_units(pages, title, text_rule)
    scored = [(confidence(v, model), u) for u, v in units_scored]
    styles: dict[tuple[float, bool, int], list[int]] = {}
    for _, unit in scored:
        styles.setdefault(unit.heading.style, []).append(unit.heading.page)
    for score, unit in sorted(scored, key=lambda su: -su[0]):
        if score < model.threshold:
            break
        if STRUCTURAL.match(unit.heading.text.strip(" :.|")):
            continue  # the document's own foreword, imprint or summary
        name = strip_label(unit.heading.text)
        key = (unit.first_page, " ".join(re.sub(r"\W+", " ", name.casefold()).split()))
        if key in seen:
            continue
        seen.add(key)
        last = min(unit.last_page, unit.first_page + MAX_EXAMPLE_PAGES - 1)
        if unit.ran_on:
            last = min(last, unit.first_page + MAX_SPAN - 1)
        kept.append(
            Found(unit.first_page, last, name, unit.heading.text, unit.lines, score,
                  sorted(set(styles[unit.heading.style])))
        )  # fmt: skip
    kept.sort(key=lambda f: (f.first_page, -f.confidence))
    return kept
