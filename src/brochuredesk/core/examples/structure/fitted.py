"""Weights of the example scorer. Written by `python -m benchmarks.fit_suggest --write`;
do not edit by hand (docs/suggestions.md has the data, the split and the result)."""

from __future__ import annotations

from brochuredesk.core.examples.structure.model import Model

MODEL = Model(
    intercept=-3.4951,
    weights={
        "cue": 0.0000,
        "cue_numbered": 0.5803,
        "two_part": 2.1108,
        "sentence": -0.8158,
        "lowercase_start": 0.0000,
        "chapter_cue": 0.0000,
        "page_cue": 1.6668,
        "ran_on": -0.9823,
        "unit_url": 1.0503,
        "unit_org": 1.8561,
        "cover_page": -1.4477,
        "text_rule": 2.1293,
        "container": -0.1383,
        "heading_echo": 2.1917,
        "name_like": 0.6930,
        "heading_rare": 0.0000,
        "unit_specific": 0.1067,
        "run_named": 0.3036,
        "run_sequence": 0.0000,
        "run_top": 0.0000,
        "run_boxed": 1.0654,
        "run_toc_cue": 0.5871,
        "run_best_named": 0.0708,
        "run_large": -0.5605,
        "run_small": -0.9256,
    },
    scaling={},
    threshold=0.62,
    trees=[],
)
