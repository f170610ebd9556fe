"""The example scorer's model as data: a logistic regression over standardised features, or
boosted trees; fitted.py holds the one in use (written by benchmarks/fit_suggest.py)."""

from __future__ import annotations

from typing import Any

from brochuredesk.core.plain import datarecord, field


@datarecord
class Model:
    intercept: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)
    scaling: dict[str, tuple[float, float]] = field(default_factory=dict)  # name → (mean, sd)
    threshold: float = 0.5
    # Boosted trees, when fitted so: (feature index, threshold, left, right) or a leaf value;
    # the confidence is then the logistic of intercept + the trees' leaves.
    trees: list[Any] = field(default_factory=list)
