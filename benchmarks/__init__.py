"""Reproducible performance measurements (DESIGN.md §9): `python -m benchmarks all`."""
