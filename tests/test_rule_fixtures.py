"""Each rule's fixtures: one makes it fire, one keeps it silent, and every annotation holds.

Fixtures live beside the rule files (rules/fixtures/<convention>/<rule-name>.fires*.law and
.silent*.law), so `normgap test` runs them by default; the realistic country summaries in
fixtures/ carry annotations too.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import normgap
from normgap.expectations import fixture_files, read_annotations, run_file
from normgap.loader import default_rules

from conftest import REPO

RULE_FIXTURES = REPO / "rules" / "fixtures"
FILES = fixture_files([RULE_FIXTURES, REPO / "fixtures"])


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_fixture_annotations_hold(path: Path):
    assert run_file(path, default_rules()) == []


def _rules():
    rules = default_rules()
    return [rule for code in rules.codes() for rule in rules.conventions[code].rules]


@pytest.mark.parametrize("rule", _rules(), ids=lambda r: r.id)
def test_every_rule_has_a_fixture_that_fires_it_and_one_that_keeps_it_silent(rule):
    folder = RULE_FIXTURES / rule.convention.lower()
    fires = sorted(folder.glob(f"{rule.name}.fires*.law"))
    silent = sorted(folder.glob(f"{rule.name}.silent*.law"))
    assert fires, f"no {folder}/{rule.name}.fires.law"
    assert silent, f"no {folder}/{rule.name}.silent.law"
    for path in fires:
        assert rule.id in _fired(path, rule.convention), f"{path.name} does not fire {rule.id}"
    for path in silent:
        assert rule.id not in _fired(path, rule.convention), f"{path.name} fires {rule.id}"


def _fired(path: Path, convention: str) -> list[str]:
    text = path.read_text(encoding="utf-8")
    as_of = read_annotations(path, text).as_of or "2025-06-01"
    report = normgap.check(normgap.parse(text, filename=str(path)), conventions=[convention], as_of=as_of)
    return [f.rule for f in report.findings]


def test_fixture_texts_cite_the_article_and_the_provision():
    """A finding's recalled paragraph names its article; one that cites provisions quotes them."""
    rules = default_rules()
    for path in sorted(RULE_FIXTURES.rglob("*.fires*.law")):
        report = normgap.check(normgap.parse_file(path), include_unratified=True, as_of="2025-06-01", rules=rules)
        for finding in report.findings:
            assert f"Article {finding.article} of the" in finding.text.recalled, finding.rule
            for provision in finding.provisions:
                title = provision.title.removeprefix("The ")
                assert title in finding.text.noted + finding.text.requested, (finding.rule, path.name)
