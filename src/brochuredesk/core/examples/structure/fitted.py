"""Weights of the example scorer. Written by `python -m benchmarks.fit_suggest --write`;
do not edit by hand (docs/suggestions.md has the data, the split and the result)."""

from __future__ import annotations

from brochuredesk.core.examples.structure.model import Model

MODEL = Model(
    intercept=-3.4282,
    weights={
        "cue": 0.9292,
        "cue_numbered": 0.4663,
        "two_part": 1.2808,
        "sentence": -0.5639,
        "lowercase_start": 0.0000,
        "chapter_cue": 0.0000,
        "page_cue": 1.0981,
        "ran_on": -0.8137,
        "unit_url": 0.4330,
        "unit_org": 0.6460,
        "cover_page": -1.5502,
        "text_rule": 3.3913,
        "container": -0.1191,
        "heading_echo": 1.8818,
        "name_like": 0.9272,
        "heading_rare": 0.0000,
        "unit_specific": 0.1600,
        "run_named": 0.0686,
        "run_sequence": 0.0000,
        "run_top": 0.4198,
        "run_boxed": 1.3796,
        "run_toc_cue": 0.9667,
        "run_best_named": 0.1278,
        "run_large": -0.5537,
        "run_small": -0.8528,
    },
    scaling={},
    threshold=0.62,
    trees=[],
)
