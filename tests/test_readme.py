"""The README's examples stay true: its rule file loads and fires, its summary parses."""
from __future__ import annotations

import re

import normgap
from normgap.loader import load_rules

from conftest import REPO


def _blocks(language: str) -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.S)


def test_readme_rule_file_works(tmp_path):
    rule_file = next(b for b in _blocks("python") if "Convention(" in b)
    (tmp_path / "c999.py").write_text(rule_file)
    rules = load_rules([tmp_path])
    summary = normgap.parse('country EXA "X"\nact LC "Labour Code 2001"\nLC s.9: night_work.minimum_age = 16 years\n',
                            rules=rules)
    report = normgap.check(summary, conventions=["C999"], as_of="2025-01-01", rules=rules)
    assert [f.rule for f in report.findings] == ["C999.night-work-age-below-18", "C999.night-work-penalties-missing"]
    assert report.findings[0].text.recalled.startswith("The Committee recalls that, under Article 3 of the Convention")


def test_readme_summary_example_parses():
    example = next(b for b in _blocks("text") if b.startswith("# comments start with #"))
    summary = normgap.parse(example)
    assert summary.country.code == "EXA" and len(summary.statements) == 6


def test_readme_output_example_is_real_output():
    from click.testing import CliRunner

    from normgap.cli.app import cli

    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("$ normgap check fixtures/bexland.law --as-of 2025-06-01\n", 1)[1].split("```", 1)[0]
    result = CliRunner().invoke(cli, ["check", str(REPO / "fixtures" / "bexland.law"), "--as-of", "2025-06-01"])
    assert result.stdout.replace(str(REPO / "fixtures") + "/", "fixtures/") == block
