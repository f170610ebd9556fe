"""Weights of the example scorer. Written by `python -m benchmarks.fit_suggest --write`;
do not edit by hand (docs/suggestions.md has the data, the split and the result)."""

from __future__ import annotations

from brochuredesk.core.examples.structure.model import Model

MODEL = Model(
    intercept=-3.6239,
    weights={
        "cue": 0.1100,
        "cue_numbered": 0.7338,
        "two_part": 1.5457,
        "sentence": -0.7681,
        "lowercase_start": 0.0000,
        "chapter_cue": 0.0000,
        "page_cue": 1.7985,
        "ran_on": -0.9860,
        "unit_url": 1.1925,
        "unit_org": 1.5953,
        "cover_page": -1.4056,
        "text_rule": 2.3723,
        "container": -0.1113,
        "heading_echo": 2.4084,
        "name_like": 0.7704,
        "heading_rare": 0.0000,
        "unit_specific": 0.0128,
        "run_named": 0.2095,
        "run_sequence": 0.0000,
        "run_top": 0.0000,
        "run_boxed": 1.1652,
        "run_toc_cue": 0.7918,
        "run_best_named": 0.0000,
        "run_large": -0.5601,
        "run_small": -0.8337,
    },
    scaling={},
    threshold=0.62,
    trees=[],
)
