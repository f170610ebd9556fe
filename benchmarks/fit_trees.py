"""Gradient-boosted decision trees for the example scorer (logistic loss, depth-limited trees
over binned features), in numpy: the app evaluates the trees in plain Python
(core/examples/structure/candidates.py), so no library ships with it."""

from __future__ import annotations

from typing import Any

ROUNDS = 120
DEPTH = 3
LEARNING_RATE = 0.15
BINS = 16
L2 = 5.0
MIN_HESSIAN = 1.0


def fit_trees(x: Any, y: Any, weight: Any) -> tuple[float, list[Any]]:
    import numpy as np

    n, d = x.shape
    edges = []
    binned = np.zeros((n, d), dtype=np.int64)
    for j in range(d):
        cuts = np.unique(np.quantile(x[:, j], np.linspace(0, 1, BINS + 1)[1:-1]))
        edges.append(cuts)
        binned[:, j] = np.searchsorted(cuts, x[:, j], side="right")
    rate = float(np.sum(weight * y) / np.sum(weight))
    base = float(np.log(rate / (1 - rate)))
    margin = np.full(n, base)
    trees: list[Any] = []
    for _ in range(ROUNDS):
        p = 1 / (1 + np.exp(-margin))
        g, h = weight * (p - y), weight * p * (1 - p)
        tree = _grow(np.arange(n), binned, edges, g, h, DEPTH)
        trees.append(tree)
        margin += np.array([predict_tree(tree, row) for row in x])
    return base, trees


def _grow(rows: Any, binned: Any, edges: list[Any], g: Any, h: Any, depth: int) -> Any:
    import numpy as np

    G, H = g[rows].sum(), h[rows].sum()
    leaf = float(-G / (H + L2) * LEARNING_RATE)
    if depth == 0 or len(rows) < 4:
        return leaf
    best = (0.0, -1, 0)
    parent = G * G / (H + L2)
    for j in range(binned.shape[1]):
        if len(edges[j]) == 0:
            continue
        bins = binned[rows, j]
        gs = np.bincount(bins, weights=g[rows], minlength=BINS + 1).cumsum()[:-1]
        hs = np.bincount(bins, weights=h[rows], minlength=BINS + 1).cumsum()[:-1]
        ok = (hs >= MIN_HESSIAN) & (H - hs >= MIN_HESSIAN)
        gain = gs**2 / (hs + L2) + (G - gs) ** 2 / (H - hs + L2) - parent
        gain[~ok] = -1.0
        k = int(np.argmax(gain))
        if gain[k] > best[0] and k < len(edges[j]):
            best = (float(gain[k]), j, k)
    if best[1] < 0:
        return leaf
    _, j, k = best
    threshold = float(edges[j][k])
    left = rows[binned[rows, j] <= k]
    right = rows[binned[rows, j] > k]
    return (j, threshold, _grow(left, binned, edges, g, h, depth - 1),
            _grow(right, binned, edges, g, h, depth - 1))  # fmt: skip


def predict_tree(tree: Any, row: Any) -> float:
    while isinstance(tree, tuple):
        j, threshold, left, right = tree
        tree = left if row[j] < threshold else right
    return float(tree)
