"""Weights of the example scorer. Written by `python -m benchmarks.fit_suggest --write`;
do not edit by hand (docs/suggestions.md has the data, the split and the result)."""

from __future__ import annotations

from .model import Model

MODEL = Model(
    intercept=-3.4436,
    weights={
        "cue": 0.5247,
        "cue_numbered": 0.1871,
        "two_part": 1.9955,
        "sentence": -0.4306,
        "lowercase_start": 0.0000,
        "chapter_cue": 0.0000,
        "page_cue": 0.6490,
        "ran_on": -1.0500,
        "unit_url": 0.3800,
        "unit_org": 0.6249,
        "cover_page": -1.8574,
        "text_rule": 3.2702,
        "container": 0.0000,
        "heading_echo": 1.8276,
        "name_like": 0.7506,
        "heading_rare": 0.0000,
        "run_named": 0.0000,
        "run_sequence": 0.0000,
        "run_top": 0.5519,
        "run_boxed": 0.9458,
        "run_toc_cue": 0.7047,
        "run_best_named": 0.3987,
        "run_large": -0.5692,
    },
    scaling={},
    threshold=0.62,
    trees=[],
)
