"""Weights of the example scorer. Written by `python -m benchmarks.fit_suggest --write`;
do not edit by hand (docs/suggestions.md has the data, the split and the result)."""

from __future__ import annotations

from brochuredesk.core.examples.structure.model import Model

MODEL = Model(
    intercept=-3.4308,
    weights={
        "cue": 0.9311,
        "cue_numbered": 0.4650,
        "two_part": 1.2870,
        "sentence": -0.5634,
        "lowercase_start": 0.0000,
        "chapter_cue": 0.0000,
        "page_cue": 1.0914,
        "ran_on": -0.8119,
        "unit_url": 0.4264,
        "unit_org": 0.6620,
        "cover_page": -1.5504,
        "text_rule": 3.3878,
        "container": -0.1191,
        "heading_echo": 1.8823,
        "name_like": 0.9286,
        "heading_rare": 0.0000,
        "unit_specific": 0.1576,
        "run_named": 0.0799,
        "run_sequence": 0.0000,
        "run_top": 0.4137,
        "run_boxed": 1.3767,
        "run_toc_cue": 0.9554,
        "run_best_named": 0.1236,
        "run_large": -0.5534,
        "run_small": -0.8528,
    },
    scaling={},
    threshold=0.62,
    trees=[],
)
