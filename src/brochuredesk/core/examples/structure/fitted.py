"""Weights of the example scorer. Written by `python -m benchmarks.fit_suggest --write`;
do not edit by hand (docs/suggestions.md has the data, the split and the result)."""

from __future__ import annotations

from brochuredesk.core.examples.structure.model import Model

MODEL = Model(
    intercept=-3.4971,
    weights={
        "cue": 0.0000,
        "cue_numbered": 0.5794,
        "two_part": 2.1126,
        "sentence": -0.8120,
        "lowercase_start": 0.0000,
        "chapter_cue": 0.0000,
        "page_cue": 1.6666,
        "ran_on": -0.9828,
        "unit_url": 1.0497,
        "unit_org": 1.8565,
        "cover_page": -1.4481,
        "text_rule": 2.1300,
        "container": -0.1384,
        "heading_echo": 2.1939,
        "name_like": 0.6938,
        "heading_rare": 0.0000,
        "unit_specific": 0.1070,
        "run_named": 0.3031,
        "run_sequence": 0.0000,
        "run_top": 0.0000,
        "run_boxed": 1.0646,
        "run_toc_cue": 0.5865,
        "run_best_named": 0.0713,
        "run_large": -0.5604,
        "run_small": -0.9239,
    },
    scaling={},
    threshold=0.62,
    trees=[],
)
