"""The rule author's kit: new-rule skeletons, coverage over articles, broken files said clearly."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from normgap.authoring import Convention
from normgap.cli.app import cli
from normgap.coverage import article_key, coverage
from normgap.rules import no_provision


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_new_rule_skeleton_loads_and_its_fixtures_pass(tmp_path):
    made = run("new-rule", "c0189", "--into", tmp_path / "mine", "--title", "Domestic Workers Convention, 2011 (No. 189)")
    assert made.exit_code == 0, made.stderr
    assert (tmp_path / "mine" / "c189.py").is_file()
    fires = tmp_path / "mine" / "fixtures" / "c189" / "duty-missing.fires.law"
    silent = fires.with_name("duty-missing.silent.law")
    assert fires.is_file() and silent.is_file()

    tested = run("test", "--rules", tmp_path / "mine", tmp_path / "mine" / "fixtures")
    assert tested.exit_code == 0, tested.stdout
    assert "fixtures: 2 passed, 0 failed" in tested.stdout

    checked = run("check", "--rules", tmp_path / "mine", fires, "--as-of", "2025-06-01")
    assert checked.exit_code == 1
    assert "C189 Domestic Workers Convention, 2011 (No. 189)" in checked.stdout
    assert "C189.duty-missing" in checked.stdout
    assert run("check", "--rules", tmp_path / "mine", silent, "--as-of", "2025-06-01").exit_code == 0


def test_new_rule_refuses_to_overwrite_or_shadow_a_built_in(tmp_path):
    assert run("new-rule", "C189", "--into", tmp_path).exit_code == 0
    again = run("new-rule", "C189", "--into", tmp_path)
    assert again.exit_code == 2 and "would overwrite" in again.stderr and again.stdout == ""
    shadow = run("new-rule", "C138", "--into", tmp_path / "other")
    assert shadow.exit_code == 2 and "already has a rule file" in shadow.stderr
    assert not (tmp_path / "other").exists()
    bad = run("new-rule", "X12", "--into", tmp_path / "other")
    assert bad.exit_code == 2 and "not a Convention code" in bad.stderr


def test_new_rule_protocol_says_protocol(tmp_path):
    assert run("new-rule", "P81", "--into", tmp_path).exit_code == 0
    assert "the Protocol requires" in (tmp_path / "p81.py").read_text(encoding="utf-8")


def test_article_order_is_numeric():
    assert sorted(["10", "2(3)", "1(1)(a)", "2(1)", "3(b)", "3(a)"], key=article_key) == [
        "1(1)(a)", "2(1)", "2(3)", "3(a)", "3(b)", "10"]


def _convention(articles, rule_articles):
    conv = Convention("C999", "Test Convention", articles={a: a for a in articles})
    conv.topic("t.x", None, "x")
    for n, article in enumerate(rule_articles):
        conv.rule(f"r{n}", article=article, status="missing", kind="direct_request",
                  when=[no_provision("t.x")])(lambda f: None)
    return conv


def test_coverage_counts_articles_at_either_grain():
    cover = coverage(_convention(["1", "2", "3", "4(1)", "4(2)"], ["2(1)", "3", "3", "4(1)"]))
    assert cover.covered == ["2", "3", "4(1)"]
    assert cover.uncovered == ["1", "4(2)"]
    assert cover.describe() == "3 of 5 articles (60 %)"
    assert len(cover.rules_at("3")) == 2


def test_rules_command_reports_coverage_per_convention():
    out = run("rules").stdout
    assert "Coverage over articles" in out
    single = run("rules", "C138").stdout
    assert "Coverage: 11 of 15 articles (73 %)" in single
    assert "Articles without rules: 1, 4, 5, 8" in single


@pytest.mark.parametrize("source, message", [
    ("from normgap.rules import Convention\nC1 = Convention(\n", "syntax error"),
    ("from normgap.rules import Convention, years, boolean, no_provision\n"
     "C901 = Convention('C901', 'A')\nC901.topic('minimum_age.hazardous', boolean(), 'x')\n"
     "@C901.rule('r', article='1', status='missing', kind='observation', when=[no_provision('minimum_age.hazardous')])\n"
     "def r(f):\n    pass\n", "minimum_age.hazardous"),
    ("from normgap.rules import Convention, no_provision\n"
     "C902 = Convention('C902', 'B')\n"
     "@C902.rule('r', status='missing', kind='observation', when=[no_provision('scope.excludes')])\n"
     "def r(f):\n    pass\n", "needs an article"),
])
@pytest.mark.parametrize("command", [["rules"], ["check", "--all"]])
def test_broken_rule_file_is_reported_by_rules_and_check(tmp_path, source, message, command):
    (tmp_path / "broken.py").write_text(source, encoding="utf-8")
    summary = Path(__file__).parent.parent / "fixtures" / "examplia.law"
    args = command + (["--rules", tmp_path, summary] if command[0] == "check" else ["--rules", tmp_path])
    result = run(*args)
    assert result.exit_code == 2
    assert "rule file error" in result.stderr and "broken.py" in result.stderr and message in result.stderr
    assert result.stdout == ""
