"""The command line as a user runs it: outputs, exit codes, errors on stderr only."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from normgap.cli.app import cli
from normgap.loader import default_rules

from conftest import BASE_C138, SHARED

CONFLICTS = str(SHARED / "acceptance" / "c138_conflicts.law")
COMPLIANT = str(SHARED / "acceptance" / "c138_compliant.law")
MANY_ERRORS = str(SHARED / "acceptance" / "errors" / "many_errors.law")


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_version_and_help():
    assert run("--version").stdout.startswith("normgap ")
    help_text = run("--help").stdout
    for command in ("check", "parse", "rules", "vocab", "explain", "test"):
        assert command in help_text
    for command in ("check", "parse", "rules", "vocab", "explain", "test"):
        assert "Example" in run(command, "--help").stdout


def test_check_text_groups_by_convention_and_article():
    result = run("check", CONFLICTS, "--as-of", "2025-01-01")
    assert result.exit_code == 1
    out = result.stdout
    assert "C138 Minimum Age Convention, 1973 (No. 138) — ratified 1999-06-02" in out
    assert out.index("Article 2(1).") < out.index("Article 2(3).") < out.index("Article 7(3).")
    assert "The Committee notes that section 32(1) of the Labour Code (Act No. 12 of 2005)" in out
    assert out.rstrip().endswith("Summary: 7 conflicts, 2 missing.")
    assert "\x1b[" not in out  # no colour when not a terminal
    assert max(len(line) for line in out.splitlines() if line.startswith("      The")) <= 88


def test_check_json_shape_and_determinism():
    first = run("check", CONFLICTS, "--format", "json", "--as-of", "2025-01-01")
    second = run("check", CONFLICTS, "--format", "json", "--as-of", "2025-01-01")
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert list(data) == ["normgap_version", "reports"]
    report = data["reports"][0]
    assert report["country"] == {"code": "EXA", "name": "Republic of Examplia"}
    assert report["summary"] == {"conflict": 7, "missing": 2}
    finding = report["findings"][0]
    assert finding["provisions"][0] == {"cite": "LC s.32(1)", "act": "LC", "pinpoint": "s.32(1)",
                                        "title": "Labour Code (Act No. 12 of 2005)", "line": 11}
    assert set(finding["text"]) == {"noted", "recalled", "requested"}


@pytest.mark.parametrize("fail_on, expected", [("missing", 1), ("conflict", 1), ("never", 0)])
def test_fail_on_levels(fail_on, expected):
    assert run("check", CONFLICTS, "--fail-on", fail_on).exit_code == expected


def test_fail_on_conflict_passes_when_only_missing(tmp_path):
    path = tmp_path / "only_missing.law"
    path.write_text(BASE_C138.replace("LC s.14: minimum_age.penalties = yes; young_workers.register = yes\n", ""))
    assert run("check", str(path), "--as-of", "2025-01-01").exit_code == 1
    assert run("check", str(path), "--as-of", "2025-01-01", "--fail-on", "conflict").exit_code == 0


def test_compliant_summary_exits_zero():
    result = run("check", COMPLIANT)
    assert result.exit_code == 0 and "No findings." in result.stdout


def test_bad_input_goes_to_stderr_with_exit_2():
    result = run("check", MANY_ERRORS, "--format", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count(": error: ") == 7
    assert "Traceback" not in result.stderr
    assert f"{MANY_ERRORS}:7:29: error: expected '=' after the topic" in result.stderr


def test_errors_of_every_file_are_reported(tmp_path):
    other = tmp_path / "other.law"
    other.write_text('country EXA "X"\nact LC "L"\nLC s.1: minimum_age.general = 14 hours\n')
    result = run("check", MANY_ERRORS, str(other))
    assert result.exit_code == 2
    assert f"{other}:3:31: error:" in result.stderr and f"{MANY_ERRORS}:13:" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["check", CONFLICTS, "--convention", "C999"], "no rule file for C999; available: C29, P29, C87"),
    (["check", CONFLICTS, "--as-of", "2025-13-01"], "is not a date in the form YYYY-MM-DD"),
    (["check", CONFLICTS, "--format", "pdf"], "Invalid value for '--format'"),
    (["check"], "Missing argument"),
    (["explain", "C138.no-such-rule"], "no rule `C138.no-such-rule`"),
    (["rules", "C999"], "no rule file for C999"),
])
def test_usage_errors_exit_2(args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_convention_option_checks_unratified_and_normalises_codes(tmp_path):
    path = tmp_path / "unratified.law"
    path.write_text(BASE_C138.replace("ratified C138 on 2000-01-01 with minimum_age = 15 years\n", ""))
    assert "Summary: no findings." in run("check", str(path)).stdout  # nothing ratified, nothing checked
    result = run("check", str(path), "--convention", "c0138", "--format", "json")
    assert json.loads(result.stdout)["reports"][0]["conventions"][0]["code"] == "C138"
    everything = run("check", str(path), "--all", "--format", "json")
    assert [c["code"] for c in json.loads(everything.stdout)["reports"][0]["conventions"]] == default_rules().codes()
    assert run("check", str(path), "--convention", "C138", "--format", "json").exit_code == 0


def test_output_file(tmp_path):
    target = tmp_path / "report.json"
    result = run("check", CONFLICTS, "--format", "json", "--output", str(target), "--as-of", "2025-01-01")
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(target.read_text())["reports"][0]["summary"]["conflict"] == 7


def test_explain_output():
    out = run("check", CONFLICTS, "--explain", "--as-of", "2025-01-01").stdout
    block = out.split("C138.general-age-below-declared · LC s.32(1)", 1)[1].split("[conflict]", 1)[0]
    flat = " ".join(block.split())
    assert ("Why: rule C138.general-age-below-declared checks that the general minimum age is not lower "
            "than the age specified on ratification.") in flat
    assert "and the age stated is below the minimum age specified on ratification" in flat
    assert "declaration `minimum_age` made on ratification (or its default): 15 years" in flat
    assert "`minimum_age.general`: 14 years" in flat
    assert "Read LC s.32(1) (Labour Code (Act No. 12 of 2005)), line 11." in flat


def test_parse_prints_the_model_as_json():
    result = run("parse", COMPLIANT)
    data = json.loads(result.stdout)
    assert data["country"]["code"] == "EXB"
    assert data["statements"][0]["assertions"][0]["value"] == {
        "span": {"line": 13, "column": 32, "end_line": 13, "end_column": 40},
        "kind": "quantity", "number": 12, "unit": "years"}


def test_rules_vocab_explain_commands():
    rules_out = run("rules").stdout
    assert "C138.general-age-below-declared" in rules_out and "Article 2(1)" in rules_out
    vocab_out = run("vocab", "C138").stdout
    assert "minimum_age.general" in vocab_out and "scope.excludes" in vocab_out
    assert "developing_country_option" in vocab_out
    explained = run("explain", "C138.hazardous-age-below-16").stdout
    assert "Article 3(1)" in explained and "below 16" in explained


def test_internal_errors_exit_3_without_traceback(tmp_path, monkeypatch):
    import normgap.checking

    def boom(*_args, **_kwargs):
        raise RuntimeError("simulated")

    monkeypatch.setattr(normgap.checking, "law_in_force", boom)
    result = CliRunner().invoke(cli, ["check", CONFLICTS])
    assert result.exit_code == 3
    assert "internal error: RuntimeError: simulated" in result.stderr
    assert "Traceback" not in result.stderr
    debug = CliRunner().invoke(cli, ["--debug", "check", CONFLICTS])
    assert debug.exit_code == 3 and "Traceback" in debug.stderr


def test_test_command_runs_annotations():
    result = run("test", CONFLICTS, COMPLIANT)
    assert result.exit_code == 0
    assert "fixtures: 2 passed, 0 failed" in result.stdout


def test_test_command_reports_mismatches(tmp_path):
    path = tmp_path / "wrong.law"
    path.write_text("# checks: C138\n# as-of: 2025-01-01\n" + BASE_C138.replace(
        "minimum_age.general = 15 years", "minimum_age.general = 15 years  # expect: C138 2(1) conflict"))
    result = run("test", str(path))
    assert result.exit_code == 1
    assert f"{path}:7: expected C138 2(1) conflict citing LC s.10: no such finding" in result.stdout


def test_ratified_conventions_without_rules_are_listed_as_not_checked(tmp_path):
    path = tmp_path / "two.law"
    path.write_text(BASE_C138.replace("ratified C138 on 2000-01-01", "ratified C189 on 2001-01-01\nratified C138 on 2000-01-01"))
    data = json.loads(run("check", str(path), "--format", "json", "--as-of", "2025-01-01").stdout)
    assert [(c["code"], c["checked"]) for c in data["reports"][0]["conventions"]] == [("C138", True), ("C189", False)]
    text = run("check", str(path), "--as-of", "2025-01-01").stdout
    assert "Ratified but not checked: C189 (ratified 2001-01-01; normgap has no rules for it yet)." in text


def test_nothing_ratified_says_how_to_check_anyway(tmp_path):
    path = tmp_path / "none.law"
    path.write_text(BASE_C138.replace("ratified C138 on 2000-01-01 with minimum_age = 15 years\n", ""))
    result = run("check", str(path))
    assert result.exit_code == 0
    assert "No Convention was checked" in result.stdout and "--convention" in result.stdout


def test_check_reads_standard_input():
    result = CliRunner().invoke(cli, ["check", "-", "--format", "json", "--as-of", "2025-01-01"], input=BASE_C138)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["reports"][0]["file"] == "<stdin>"


def test_standard_input_that_is_not_utf8_is_an_error():
    result = CliRunner().invoke(cli, ["check", "-"], input=b'country EXA "\xff"\n')
    assert result.exit_code == 2
    assert "<stdin>:1:14: error: byte 0xff is not valid UTF-8" in result.stderr
