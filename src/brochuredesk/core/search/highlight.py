"""What the viewer marks on a page for a query: the words as written there, and a phrase as
the phrase ("Werde Foodstarter"), never its words one by one wherever they stand."""

from __future__ import annotations

import re

from brochuredesk.core.search.engine import Matcher
from brochuredesk.core.search.query import Item, Query, parse

_BETWEEN = re.compile(r"[\s\-‐–]+")  # what may stand between the words of a phrase


def highlight_terms(text: str, page_text: str) -> list[str]:
    """The strings to look for on the page (longest first): matched words, and each
    occurrence of a quoted phrase as the page spells it."""
    query = parse(text)
    singles = [[item for item in clause if not item.is_phrase] for clause in query.clauses]
    terms = {
        page_text[s:e] for s, e in Matcher(Query(clauses=[c for c in singles if c])).find(page_text)
    }
    for item in (i for i in query.positive_items() if i.is_phrase):
        terms |= _phrase_occurrences(item, page_text)
    return sorted(terms, key=lambda term: (-len(term), term))  # the same order every run


def _phrase_occurrences(item: Item, page_text: str) -> set[str]:
    """Runs of words in `page_text` that are the phrase's words in order, with only spaces,
    line breaks or hyphens between them; each as written (spaces made single)."""
    word_matchers = [Matcher(Query(clauses=[[Item((w,))]]), compound=False) for w in item.words]
    spans = Matcher(Query(clauses=[[Item((w,)) for w in item.words]]), compound=False).find(
        page_text
    )
    found = set()
    size = len(item.words)
    for first in range(len(spans) - size + 1):
        run = spans[first : first + size]
        if not all(word_matchers[k](page_text[s:e]) for k, (s, e) in enumerate(run)):
            continue
        if not all(
            _BETWEEN.fullmatch(page_text[run[k][1] : run[k + 1][0]]) for k in range(size - 1)
        ):
            continue
        found.add(" ".join(page_text[run[0][0] : run[-1][1]].split()))
    return found
