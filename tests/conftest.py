"""Shared test helpers. Importing normgap's compat module first mirrors what the package does."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import normgap
import normgap._compat  # noqa: F401  (the experta shim, before anything else touches experta)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def law(text: str) -> str:
    """Dedent a summary written inline in a test."""
    return textwrap.dedent(text).lstrip("\n")


BASE_C138 = law("""
    country EXA "Republic of Examplia"
    ratified C138 on 2000-01-01 with minimum_age = 15 years
    act LC "Labour Code (Act No. 1 of 2000)" in force 2000-01-01
    act EA "Education Act 1999"
    LC s.10: minimum_age.general = 15 years
    LC s.11: minimum_age.hazardous = 18 years; hazardous_work.list_adopted = yes
    LC s.12: light_work.minimum_age = 13 years; light_work.activities_determined = yes
    LC s.13: apprenticeship.minimum_age = 14 years
    LC s.14: minimum_age.penalties = yes; young_workers.register = yes
    EA s.5: compulsory_education.end_age = 15 years
""")


def check_text(text: str, **options):
    summary = normgap.parse(text, filename="test.law")
    options.setdefault("as_of", "2025-06-01")
    return normgap.check(summary, **options)


def rule_ids(report) -> list[str]:
    return [f.rule for f in report.findings]


@pytest.fixture
def base_c138() -> str:
    return BASE_C138
