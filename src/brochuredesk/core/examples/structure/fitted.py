"""Weights of the example scorer. Written by `python -m benchmarks.fit_suggest --write`;
do not edit by hand (docs/suggestions.md has the data, the split and the result)."""

from __future__ import annotations

from brochuredesk.core.examples.structure.model import Model

MODEL = Model(
    intercept=-3.3009,
    weights={
        "cue": 0.5108,
        "cue_numbered": 0.1331,
        "two_part": 2.2962,
        "sentence": -0.3402,
        "lowercase_start": 0.0000,
        "chapter_cue": 0.0000,
        "page_cue": 0.7355,
        "ran_on": -1.0355,
        "unit_url": 0.4049,
        "unit_org": 0.6166,
        "cover_page": -1.8291,
        "text_rule": 3.2378,
        "container": 0.0000,
        "heading_echo": 1.5390,
        "name_like": 0.6240,
        "heading_rare": 0.0000,
        "run_named": 0.0000,
        "run_sequence": 0.0429,
        "run_top": 0.4906,
        "run_boxed": 0.8353,
        "run_toc_cue": 0.7648,
        "run_best_named": 0.3963,
        "run_large": -0.5544,
    },
    scaling={},
    threshold=0.58,
    trees=[],
)
