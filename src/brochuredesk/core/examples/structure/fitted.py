"""Weights of the example scorer. Written by `python -m benchmarks.fit_suggest --write`;
do not edit by hand (docs/suggestions.md has the data, the split and the result)."""

from __future__ import annotations

from brochuredesk.core.examples.structure.model import Model

MODEL = Model(
    intercept=-3.3378,
    weights={
        "cue": 0.9176,
        "cue_numbered": 0.3879,
        "two_part": 1.1743,
        "sentence": -0.5784,
        "lowercase_start": 0.0000,
        "chapter_cue": 0.0000,
        "page_cue": 1.2478,
        "ran_on": -0.8666,
        "unit_url": 0.2954,
        "unit_org": 0.5289,
        "cover_page": -1.5845,
        "text_rule": 3.2692,
        "container": -0.1053,
        "heading_echo": 1.9702,
        "name_like": 1.0369,
        "heading_rare": 0.0000,
        "unit_specific": 0.0234,
        "run_named": 0.2720,
        "run_sequence": 0.0000,
        "run_top": 0.4860,
        "run_boxed": 1.1830,
        "run_toc_cue": 0.7887,
        "run_best_named": 0.1739,
        "run_large": -0.5862,
        "run_small": -0.8804,
    },
    scaling={},
    threshold=0.58,
    trees=[],
)
