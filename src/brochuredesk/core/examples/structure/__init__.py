"""A document's own structure: its typography, boxes and headings, and the good-practice
examples they mark out, scored by weights fitted over labelled publications
(scripts/fit_suggest.py, docs/suggestions.md)."""
