"""Fit the example scorer's weights over labelled publications, measured out of sample.

`python -m benchmarks.fit_suggest [--write] [--work DIR]`

The labelled data (benchmarks/suggest_data.py): our generated house styles, the real
publications of ../shared/corpus/practice with their truth.json, and the German corpus with
the examples marked in benchmarks/data/german_examples.json. Every heading of every file opens
a unit with a feature vector (core/examples/structure/features.py); the headings of one look form a run
(core/examples/structure/candidates.runs_of), and a run is positive when most of its labelled members
open a marked example. A logistic regression over the run features, each weight held to the
sign its feature was built with (SIGNS), is fitted with one publisher left out at a time; the
left-out publisher's files are scored by the model that never saw them. The threshold is the
one that gives the best F1 over those out-of-sample runs. `--write` fits the final model on
everything and writes core/examples/structure/fitted.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.suggest_data import ROOT, Labelled, generated, german, matches, practice

FITTED = ROOT / "src" / "brochuredesk" / "core" / "examples" / "structure" / "fitted.py"
L2 = float(os.environ.get("FIT_L2", "2"))
POSITIVE_WEIGHT = float(os.environ.get("FIT_POSITIVE_WEIGHT", "1"))
BALANCE = os.environ.get("FIT_BALANCE", "1") == "1"  # each publisher weighs the same
# signed (the model shipped), logistic (every run feature, free signs) or trees
KIND = os.environ.get("FIT_KIND", "signed")
# The run features the shipped model reads, each with the direction it was built to point:
# + evidence for a run of examples, - against. The fit chooses how much each counts (a weight
# of 0 is allowed); it cannot turn a feature's meaning round to fit one publisher's layout.
SIGNS = (
    "cue:+,cue_numbered:+,run_sequence:+,run_named:+,run_toc_cue:+,chapter_cue:+,"
    "heading_echo:+,heading_rare:+,text_rule:+,name_like:+,unit_org:+,unit_url:+,"
    "run_best_named:+,two_part:+,page_cue:+,run_boxed:+,run_top:+,unit_specific:+,"
    "sentence:-,ran_on:-,container:-,lowercase_start:-,cover_page:-,run_large:-,run_small:-"
)


@dataclass
class FileData:
    labelled: Labelled
    title: str
    rule: list[tuple[int, str]]
    layout: list[Any]
    units: list[Any] = field(default_factory=list)  # (Unit, vector) as scored_units() gives
    vectors: list[list[float]] = field(default_factory=list)
    labels: list[int | None] = field(default_factory=list)
    page_count: int = 0


def collect(files: list[Labelled], work: Path) -> list[FileData]:
    """Import the files into a library in `work`, read their layouts and label their units."""
    os.environ.setdefault("BROCHUREDESK_CACHE", str(work / "cache"))
    from brochuredesk.core.examples.structure.candidates import scored_units
    from brochuredesk.core.examples.structure.reading import LayoutReader
    from brochuredesk.core.examples.suggest import text_candidates
    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.search.manage import open_index

    known = work / "collected.json"
    if known.is_file():  # a second run over the same work folder: no import, layouts cached
        stored = json.loads(known.read_text(encoding="utf-8"))
        if all(f.path.name in stored for f in files):
            return [_restore(f, stored[f.path.name], work) for f in files if stored[f.path.name]]
    data = []
    seen: dict[str, Any] = {}
    with open_library(work / "library") as library:
        index = open_index(library)
        try:
            import_paths(library, [f.path for f in files], index=index)
            by_name = {b.original_filename: b for b in library.catalog.brochures()}
            with LayoutReader(work / "layout") as reader:
                for labelled in files:
                    brochure = by_name.get(labelled.path.name)
                    if brochure is None:
                        continue
                    brochure.outline = library.catalog.outline(brochure.id)
                    pages = index.page_texts(brochure.id, range(1, brochure.page_count + 1))
                    rule = [(c.first_page, c.title) for c in text_candidates(brochure, pages)]
                    path = library.file_path(brochure)
                    layout = reader.layout(path, brochure.sha256) or []
                    item = FileData(labelled, brochure.title, rule, layout)
                    item.page_count = brochure.page_count
                    seen[labelled.path.name] = [brochure.title, rule, brochure.sha256,
                                                brochure.page_count]  # fmt: skip
                    item.units = scored_units(layout, brochure.title, rule)
                    for unit, vector in item.units:
                        item.vectors.append(vector)
                        item.labels.append(_label(unit, labelled))
                    data.append(item)
        finally:
            index.close()
    known.write_text(json.dumps({f.path.name: seen.get(f.path.name) for f in files}), "utf-8")
    return data


def _restore(labelled: Labelled, stored: list[Any], work: Path) -> FileData:
    from brochuredesk.core.examples.structure.candidates import scored_units
    from brochuredesk.core.examples.structure.reading import LayoutReader

    title, rule, sha256, page_count = stored
    rule = [(int(page), str(text)) for page, text in rule]
    with LayoutReader(work / "layout") as reader:
        layout = reader.layout(labelled.path, sha256) or []
    item = FileData(labelled, title, rule, layout, page_count=page_count)
    item.units = scored_units(layout, title, rule)
    for unit, vector in item.units:
        item.vectors.append(vector)
        item.labels.append(_label(unit, labelled))
    return item


def _label(unit: Any, labelled: Labelled) -> int | None:
    from brochuredesk.core.examples.structure.cues import strip_label

    heading = unit.heading
    for marked in labelled.examples:
        if matches(heading.page, strip_label(heading.text), marked) or matches(
            heading.page, heading.text, marked
        ):
            return 1
    if heading.page in labelled.doubtful or not labelled.counted:
        return None
    return 0


def run_rows(item: FileData) -> list[tuple[list[float], int]]:
    """The file's runs of sibling headings, each labelled positive when most of its labelled
    members open a marked example (runs with no labelled member are left out)."""
    from brochuredesk.core.examples.structure.candidates import runs_of

    label = {id(u): y for (u, _), y in zip(item.units, item.labels, strict=True)}
    rows = []
    for run in runs_of(item.units):
        labels = [label[id(u)] for u, _ in run.members if label[id(u)] is not None]
        if labels:
            rows.append((run.vector, int(sum(labels) >= max(1, 0.5 * len(labels)))))
    return rows


def _fit_signed(x, y, weight, names, signs, penalty):  # type: ignore[no-untyped-def]
    """Logistic regression over the named features only, each weight held to the sign its
        feature was built with (+: evidence for an example, -: against), by projected gradient
        descent with a backtracking step. Features are not standardised (shares between 0 and 1,
    and one logarithm of a count), so the weights read as they are."""
    import numpy as np

    from brochuredesk.core.examples.structure.model import Model

    wanted = dict(item.split(":") for item in signs.split(","))
    cols = [0] + [i for i, n in enumerate(names) if n in wanted]
    sign = np.array([0.0] + [1.0 if wanted[names[i]] == "+" else -1.0 for i in cols[1:]])
    z = x[:, cols]
    pen = penalty[cols]
    w = np.zeros(len(cols))

    def loss(w: Any) -> float:
        margin = z @ w
        return float(
            np.sum(weight * (np.logaddexp(0, margin) - y * margin)) + 0.5 * np.sum(pen * w * w)
        )

    def project(w: Any) -> Any:
        w = w.copy()
        w[1:] = np.where(sign[1:] > 0, np.maximum(w[1:], 0), np.minimum(w[1:], 0))
        return w

    current, step = loss(w), 1.0
    for _ in range(3000):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        gradient = z.T @ (weight * (p - y)) + pen * w
        while step > 1e-9:
            trial = project(w - step * gradient / max(1.0, len(y) ** 0.5))
            trial_loss = loss(trial)
            if trial_loss <= current:
                break
            step /= 2
        if current - trial_loss < 1e-9:
            w, current = trial, trial_loss
            break
        w, current, step = trial, trial_loss, step * 2
    weights = {names[i]: float(w[k]) for k, i in enumerate(cols) if k}
    return Model(intercept=float(w[0]), weights=weights, scaling={})


def fit(data: list[FileData]) -> Any:
    """The model over every labelled run of `data` (FIT_KIND: signed, logistic or trees)."""
    import numpy as np

    from brochuredesk.core.examples.structure.candidates import RUN_NAMES as NAMES
    from brochuredesk.core.examples.structure.model import Model

    rows = [(v, y, d.labelled.publisher) for d in data for v, y in run_rows(d)]
    x = np.array([v for v, _, _ in rows], dtype=float)
    y = np.array([y for _, y, _ in rows], dtype=float)
    # Each publisher weighs the same: its positives together count as much as another's, and
    # so do its negatives, so one long report or one easy house style does not set the weights.
    per_group: dict[tuple[str, float], int] = {}
    for _, label, group in rows:
        per_group[(group, label)] = per_group.get((group, label), 0) + 1
    balance = np.array([1.0 / per_group[(g, label)] for _, label, g in rows])
    balance *= len(rows) / balance.sum()
    mean, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd < 1e-9] = 1.0
    mean[0], sd[0] = 0.0, 1.0  # the bias column stays 1
    z = (x - mean) / sd
    weight = np.where(y == 1, POSITIVE_WEIGHT, 1.0)
    if BALANCE:
        weight = weight * balance
    w = np.zeros(z.shape[1])
    if KIND == "trees":
        from benchmarks.fit_trees import fit_trees

        base, trees = fit_trees(x, y, weight)
        return Model(intercept=base, trees=trees)
    penalty = np.full(z.shape[1], L2)
    penalty[0] = 1e-3
    if KIND == "signed":
        return _fit_signed(x, y, weight, NAMES, os.environ.get("FIT_SIGNS", SIGNS), penalty)

    def loss(w: Any) -> float:
        margin = z @ w
        return float(
            np.sum(weight * (np.logaddexp(0, margin) - y * margin)) + 0.5 * np.sum(penalty * w * w)
        )

    current = loss(w)
    for _ in range(100):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        gradient = z.T @ (weight * (p - y)) + penalty * w
        hessian = (z * (weight * p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        scale = 1.0
        while scale > 1e-4 and loss(w - scale * step) > current:
            scale /= 2  # a damped Newton step: the loss never rises
        w = w - scale * step
        previous, current = current, loss(w)
        if previous - current < 1e-7:
            break
    weights = {name: float(w[i]) for i, name in enumerate(NAMES) if name != "bias"}
    scaling = {
        name: (float(mean[i]), float(sd[i])) for i, name in enumerate(NAMES) if name != "bias"
    }
    return Model(intercept=float(w[0]), weights=weights, scaling=scaling)


@dataclass
class Tally:
    expected: int = 0
    suggested: int = 0
    found: int = 0
    correct: int = 0
    range_right: int = 0
    organisation_right: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.correct / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def evaluate(item: FileData, model: Any) -> tuple[Tally, list[Any]]:
    """Run the suggester's own path (find → facts) with `model` on one file and score it."""
    from benchmarks.suggest_data import same_title
    from brochuredesk.core.examples.structure.candidates import find
    from brochuredesk.core.examples.suggest import _from_structure

    labelled = item.labelled
    found = find(item.layout, item.title, item.rule, model, item.units)
    candidates = [_from_structure(f, ()) for f in found]
    tally = Tally(expected=len(labelled.examples))
    taken: set[int] = set()
    for c in candidates:
        hit = next(
            (i for i, m in enumerate(labelled.examples)
             if i not in taken and matches(c.first_page, c.title, m)),
            None,
        )  # fmt: skip
        if hit is None:
            if c.first_page in labelled.doubtful or not labelled.counted:
                continue
            tally.suggested += 1
            continue
        taken.add(hit)
        tally.suggested += 1
        tally.correct += 1
        tally.found += 1
        marked = labelled.examples[hit]
        tally.range_right += int(c.last_page == marked.last)
        tally.organisation_right += int(
            (bool(marked.organisation) and same_title(c.organisation, marked.organisation))
            or (not marked.organisation and not c.organisation)
        )
    return tally, candidates


def cross_validate(data: list[FileData], threshold: float | None = None) -> dict[str, Any]:
    """Each publisher's files scored by a model fitted without them."""
    groups = sorted({d.labelled.publisher for d in data})
    models = {}
    for group in groups:
        models[group] = fit([d for d in data if d.labelled.publisher != group])
    if threshold is None:
        threshold = _best_threshold(data, models)
    results = {}
    for d in data:
        model = models[d.labelled.publisher]
        model.threshold = threshold
        results[d.labelled.path.name] = (d, *evaluate(d, model))
    return {"threshold": threshold, "results": results}


def _best_threshold(data: list[FileData], models: dict[str, Any]) -> float:
    """The threshold of the best F1 over the real publications (practice and German corpus),
    out of sample. Our generated styles help fit the weights but do not choose where to cut:
    they are many, easy and ours, and moved the cut to where real files got more wrong ones."""
    real = [d for d in data if not d.labelled.publisher.startswith("generated")] or data
    best, best_f1 = 0.5, -1.0
    for step in range(10, 100, 4):
        threshold = step / 100
        total = Tally()
        for d in real:
            model = models[d.labelled.publisher]
            model.threshold = threshold
            total.add(evaluate(d, model)[0])
        f1 = 2 * total.precision * total.recall / max(1e-9, total.precision + total.recall)
        if f1 > best_f1:
            best, best_f1 = threshold, f1
    return best


def write_model(model: Any, threshold: float) -> None:
    # written as ruff formats it, so a fresh fit leaves `ruff format --check` clean
    weights = "".join(f'        "{k}": {v:.4f},\n' for k, v in model.weights.items())
    scaling = "".join(
        f'        "{k}": ({m:.4f}, {s:.4f}),\n' for k, (m, s) in model.scaling.items()
    )
    FITTED.write_text(
        '"""Weights of the example scorer. Written by `python -m benchmarks.fit_suggest --write`;\n'
        'do not edit by hand (docs/suggestions.md has the data, the split and the result)."""\n\n'
        "from __future__ import annotations\n\n"
        "from brochuredesk.core.examples.structure.model import Model\n\n"
        f"MODEL = Model(\n    intercept={model.intercept:.4f},\n    weights={{\n{weights}    }},\n"
        + (f"    scaling={{\n{scaling}    }},\n" if scaling else "    scaling={},\n")
        + f"    threshold={threshold:.2f},\n"
        f"    trees={model.trees!r},\n)\n",
        encoding="utf-8",
    )


def table(outcome: dict[str, Any], only: str = "") -> str:
    lines = ["| file | publisher | examples | candidates | found | precision | range | organisation |",
             "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    total = Tally()
    for name, (d, tally, _) in sorted(outcome["results"].items()):
        if only and not d.labelled.publisher.startswith(only):
            continue
        total.add(tally)
        lines.append(
            f"| {name} | {d.labelled.publisher} | {tally.expected} | {tally.suggested} | "
            f"{tally.found} | {tally.precision:.0%} | {tally.range_right}/{tally.found} | "
            f"{tally.organisation_right}/{tally.found} |"
        )
    lines.append(
        f"| **all** | | {total.expected} | {total.suggested} | {total.found} "
        f"({total.recall:.0%}) | {total.precision:.0%} | {total.range_right}/{total.found} | "
        f"{total.organisation_right}/{total.found} |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write", action="store_true", help="write core/examples/structure/fitted.py"
    )
    parser.add_argument("--work", type=Path, help="keep the library and layouts here")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each candidate")
    args = parser.parse_args(argv)
    files = generated() + practice() + german()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        data = collect(files, work)
    positives = sum(y == 1 for d in data for y in d.labels)
    units = sum(y is not None for d in data for y in d.labels)
    print(f"{len(data)} files, {units} labelled units, {positives} opening a marked example")
    outcome = cross_validate(data)
    print(f"threshold (best F1 out of sample): {outcome['threshold']:.2f}\n")
    for part in ("generated", "german"):
        print(f"## {part}\n")
        print(table(outcome, part) + "\n")
    print("## practice (real publications)\n")
    real = {k: v for k, v in outcome["results"].items()
            if not v[0].labelled.publisher.startswith(("generated", "german"))}  # fmt: skip
    print(table({"results": real}) + "\n")
    if args.verbose:
        for name, (d, _tally, candidates) in sorted(outcome["results"].items()):
            for c in candidates:
                hit = any(matches(c.first_page, c.title, m) for m in d.labelled.examples)
                print(f"  {'+' if hit else '-'} {name} p.{c.first_page}-{c.last_page} "
                      f"{c.confidence:.2f} {c.title[:70]!r} org={c.organisation[:40]!r}")  # fmt: skip
            for m in d.labelled.examples:
                if not any(matches(c.first_page, c.title, m) for c in candidates):
                    print(f"  MISS {name} p.{m.first} {m.title[:70]!r}")
    if args.write:
        model = fit(data)
        write_model(model, outcome["threshold"])
        print(f"wrote {FITTED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
