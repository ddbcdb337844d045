"""Findings and reports: the published shape of normgap's output (FINDINGS.md).

Ordering and fingerprints are decided here, after the rules have run, so that experta's unstable
firing order never shows in the output.
"""
from __future__ import annotations

import hashlib
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict


class CitedProvision(BaseModel):
    model_config = ConfigDict(frozen=True)
    cite: str
    act: str
    pinpoint: str
    title: str
    line: int


class FindingText(BaseModel):
    model_config = ConfigDict(frozen=True)
    noted: str
    recalled: str
    requested: str


class Measure(BaseModel):
    """The value a finding turns on and which way conformity lies (``diff`` reads it)."""

    model_config = ConfigDict(frozen=True)
    topic: str
    value: int | float
    better: Literal["higher", "lower"]
    counts: str | None = None  # for list points: what ``value`` counts ("of the seven grounds unprotected")


class Finding(BaseModel):
    """One point the Committee of Experts would raise.

    ``first_raised`` is the ``as_of`` of the earliest report that raised it (this report's own
    date when it is new) and ``times_raised`` how many earlier reports raised it: both come from
    ``check --previous`` and decide whether the Committee "once again requests" or "urges".
    """

    model_config = ConfigDict(frozen=True)
    rule: str
    convention: str
    article: str
    status: Literal["conflict", "missing"]
    kind: Literal["observation", "direct_request"]
    provisions: list[CitedProvision]
    facts: dict[str, str]
    text: FindingText
    ratified: bool
    fingerprint: str
    measure: Measure | None = None
    first_raised: str | None = None
    times_raised: int = 0


class CountryRef(BaseModel):
    code: str
    name: str


class ConventionChecked(BaseModel):
    """A Convention the check covered, or one the country ratified that it did not cover."""

    code: str
    title: str  # empty for a ratified Convention that has no rule file
    ratified: str | None  # ISO date of ratification, if ratified as of the check date
    checked: bool


class Tally(BaseModel):
    conflict: int = 0
    missing: int = 0


class Report(BaseModel):
    """The result of checking one summary."""

    file: str
    country: CountryRef
    as_of: str
    normgap_version: str
    rules_version: str
    conventions: list[ConventionChecked]
    findings: list[Finding]
    summary: Tally


def fingerprint(rule: str, country: str, citations: list[str]) -> str:
    """Stable across runs and machines: rule + country + the sorted citations."""
    material = "\x1f".join([rule, country, *sorted(citations)])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]


def _natural(text: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


def convention_sort_key(code: str) -> tuple:
    """C29 before P29 before C87 … ; MLC last."""
    if code == "MLC":
        return (10**6, 0)
    return (int(code[1:]), 0 if code[0] == "C" else 1)


def finding_sort_key(finding: Finding) -> tuple:
    first = finding.provisions[0].cite if finding.provisions else ""
    return (convention_sort_key(finding.convention), _natural(finding.article), finding.rule,
            _natural(first), finding.fingerprint)
