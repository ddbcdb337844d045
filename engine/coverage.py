"""Which articles of a Convention its rules check: coverage is counted over articles, not lines.

A rule file lists the Convention's substantive articles (``Convention(articles=...)``).  An
article counts as covered when a rule sits at it, under it (a rule at ``3(a)`` covers ``3``), or
above it (a rule at ``3`` covers ``3(1)``), since findings cite articles at either grain.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .authoring import Convention, RuleDef


def article_key(article: str) -> tuple:
    """Sort ``2(1)`` before ``2(3)`` before ``10``: numbers as numbers, letters as text."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", article) if p)


def _related(a: str, b: str) -> bool:
    return a == b or a.startswith(b + "(") or b.startswith(a + "(")


@dataclass(frozen=True)
class Coverage:
    convention: Convention
    ruled: list[str]        # articles some rule cites, in article order
    covered: list[str]      # listed articles that have a rule at, under or above them
    uncovered: list[str]    # listed articles with no rule

    def rules_at(self, article: str) -> list[RuleDef]:
        return [r for r in self.convention.rules if r.article == article]

    def describe(self) -> str:
        listed = len(self.covered) + len(self.uncovered)
        if not listed:
            return "the rule file lists no articles"
        return f"{len(self.covered)} of {listed} articles ({round(100 * len(self.covered) / listed)} %)"


def coverage(convention: Convention) -> Coverage:
    ruled = sorted({r.article for r in convention.rules}, key=article_key)
    covered, uncovered = [], []
    for article in convention.articles:
        (covered if any(_related(article, r) for r in ruled) else uncovered).append(article)
    return Coverage(convention, ruled, covered, uncovered)
