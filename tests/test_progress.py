"""Progress over time: diff between two versions, repeated comments, many files at once."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import normgap
from normgap.cli.app import cli
from normgap.matching import match_findings

REPO = Path(__file__).parent.parent
OLD = """country EXA "Republic of Examplia"
ratified C138 on 1999-06-02 with minimum_age = 15 years
act LC "Labour Code (Act No. 12 of 2005)" in force 2006-01-01
act EA "Education Act (Act No. 4 of 2001)"
LC s.3: scope.excludes = [domestic_workers]
LC s.32(1): minimum_age.general = 12 years
LC s.33: minimum_age.hazardous = 18 years; hazardous_work.list_adopted = yes
EA s.5: compulsory_education.end_age = 15 years
LC s.90: minimum_age.penalties = yes
LC s.91: young_workers.register = no
LC s.40: apprenticeship.minimum_age = 13 years
"""


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _changes(result) -> dict[str, str]:
    data = json.loads(result.stdout)["diffs"][0]
    return {e["rule"]: e["change"] for e in data["entries"]}


def test_diff_sorts_points_into_the_five_changes(tmp_path):
    new_text = (OLD.replace("LC s.3: scope.excludes = [domestic_workers]\n", "")       # resolved
                .replace("= 12 years", "= 14 years")                                 # improved
                .replace("young_workers.register = no", "young_workers.register = yes")  # resolved
                .replace("apprenticeship.minimum_age = 13 years", "apprenticeship.minimum_age = 12 years")
                .replace("hazardous_work.list_adopted = yes", "hazardous_work.list_adopted = no"))  # new
    old, new = _write(tmp_path, "old.law", OLD), _write(tmp_path, "new.law", new_text)
    result = run("diff", old, new, "--as-of", "2025-06-01", "--format", "json")
    assert result.exit_code == 1  # something is new or worse
    changes = _changes(result)
    assert changes["C138.scope-exclusion-not-declared"] == "resolved"
    assert changes["C138.register-missing"] == "resolved"
    assert changes["C138.general-age-below-declared"] == "improved"
    assert changes["C138.general-age-below-floor"] == "improved"
    assert changes["C138.apprenticeship-age-below-14"] == "worsened"
    assert changes["C138.hazardous-list-not-adopted"] == "new"

    text = run("diff", old, new, "--as-of", "2025-06-01").stdout
    assert ("notes with satisfaction that section 3 of the Labour Code (Act No. 12 of 2005) no longer "
            "excludes domestic workers") in " ".join(text.split())
    assert ("notes with satisfaction that section 91 of the Labour Code (Act No. 12 of 2005) now provides "
            "that employers must keep registers") in " ".join(text.split())
    assert ("notes with interest that section 32(1) of the Labour Code (Act No. 12 of 2005) now sets the "
            "minimum age for admission to employment or work at 14 years, where it previously provided "
            "12 years. However") in " ".join(text.split())
    assert "notes with concern" in text


def test_diff_exits_0_when_nothing_is_new_or_worse(tmp_path):
    better = OLD.replace("young_workers.register = no", "young_workers.register = yes")
    old, new = _write(tmp_path, "old.law", OLD), _write(tmp_path, "new.law", better)
    result = run("diff", old, new, "--as-of", "2025-06-01", "--format", "json")
    assert result.exit_code == 0
    changes = _changes(result)
    assert changes["C138.register-missing"] == "resolved"
    assert set(changes.values()) == {"resolved", "unchanged"}


def test_renumbered_section_is_the_same_point(tmp_path):
    renumbered = OLD.replace("LC s.32(1): minimum_age.general", "LC s.30: minimum_age.general")
    old, new = _write(tmp_path, "old.law", OLD), _write(tmp_path, "new.law", renumbered)
    changes = _changes(run("diff", old, new, "--as-of", "2025-06-01", "--format", "json"))
    assert changes["C138.general-age-below-declared"] == "unchanged"
    assert "new" not in changes.values() and "resolved" not in changes.values()


def test_diff_one_file_at_two_dates():
    result = run("diff", REPO / "fixtures" / "bexland.law", "--from", "2008-01-01", "--to", "2025-06-01",
                 "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)["diffs"][0]
    assert (data["old"]["as_of"], data["new"]["as_of"]) == ("2008-01-01", "2025-06-01")
    changes = {e["rule"]: e["change"] for e in data["entries"]}
    assert changes["C138.general-age-below-declared"] == "resolved"  # 13 years until 2010, then 14


@pytest.mark.parametrize("args, message", [
    (["diff", "A.law"], "give both --from DATE and --to DATE"),
    (["diff", "A.law", "--from", "2020-01-01", "--to", "2019-01-01"], "must be earlier"),
    (["diff", "A.law", "B.law", "--from", "2020-01-01"], "with OLD and NEW use --as-of"),
    (["diff", "A.law", "B.law", "C.law"], "got 3 files"),
])
def test_diff_usage_errors(tmp_path, args, message):
    for name in ("A.law", "B.law", "C.law"):
        _write(tmp_path, name, OLD)
    result = run(*[str(tmp_path / a) if a.endswith(".law") else a for a in args])
    assert result.exit_code == 2 and message in result.stderr and result.stdout == ""


def test_diff_refuses_two_countries(tmp_path):
    other = OLD.replace('country EXA "Republic of Examplia"', 'country EXB "Kingdom of Bexland"')
    result = run("diff", _write(tmp_path, "a.law", OLD), _write(tmp_path, "b.law", other))
    assert result.exit_code == 2 and "different countries (EXA and EXB)" in result.stderr


def test_library_diff():
    old = normgap.check(normgap.parse(OLD), as_of="2025-06-01")
    new = normgap.check(normgap.parse(OLD.replace("= 12 years", "= 15 years")), as_of="2025-06-01")
    result = normgap.diff(old, new)
    assert {e.rule for e in result.entries if e.change == "resolved"} >= {
        "C138.general-age-below-declared", "C138.general-age-below-floor"}
    assert not result.regressed


def test_matching_prefers_fingerprints_then_rule():
    report = normgap.check(normgap.parse(OLD), as_of="2025-06-01")
    pairs = match_findings(report.findings, list(reversed(report.findings)))
    assert all(old is new for old, new in pairs)


def test_previous_reports_make_repeats_then_urges(tmp_path):
    law = _write(tmp_path, "x.law", OLD)
    first, second = tmp_path / "2019.json", tmp_path / "2022.json"
    assert run("check", law, "--as-of", "2019-06-01", "--format", "json", "-o", first).exit_code == 1
    assert run("check", law, "--as-of", "2022-06-01", "--format", "json", "-o", second,
               "--previous", first).exit_code == 1
    again = json.loads(second.read_text())["reports"][0]["findings"]
    assert {(f["times_raised"], f["first_raised"]) for f in again} == {(1, "2019-06-01")}
    assert all("once again requests" in f["text"]["requested"] for f in again)

    third = run("check", law, "--as-of", "2025-06-01", "--format", "json", "--previous", second)
    urged = json.loads(third.stdout)["reports"][0]["findings"]
    assert {(f["times_raised"], f["first_raised"]) for f in urged} == {(2, "2019-06-01")}
    assert all(f["text"]["requested"].startswith("The Committee urges the Government to") for f in urged)
    assert all("without delay" in f["text"]["requested"] for f in urged)

    both = run("check", law, "--as-of", "2025-06-01", "--format", "json", "--previous", first, "--previous", first)
    assert {f["times_raised"] for f in json.loads(both.stdout)["reports"][0]["findings"]} == {1}


def test_previous_report_of_another_country_changes_nothing(tmp_path):
    other = _write(tmp_path, "other.law", OLD.replace("EXA", "EXB"))
    earlier = tmp_path / "other.json"
    run("check", other, "--as-of", "2019-06-01", "--format", "json", "-o", earlier)
    fresh = run("check", _write(tmp_path, "x.law", OLD), "--as-of", "2025-06-01", "--format", "json",
                "--previous", earlier)
    findings = json.loads(fresh.stdout)["reports"][0]["findings"]
    assert {(f["times_raised"], f["first_raised"]) for f in findings} == {(0, "2025-06-01")}


@pytest.mark.parametrize("content, message", [
    ("not json", "not JSON"),
    ('{"reports": [{"file": 1}]}', "not a normgap JSON report"),
    ("[]", "not a normgap JSON report"),
])
def test_bad_previous_report_is_a_usage_error(tmp_path, content, message):
    bad = _write(tmp_path, "bad.json", content)
    result = run("check", REPO / "fixtures" / "bexland.law", "--previous", bad)
    assert result.exit_code == 2 and message in result.stderr and result.stdout == ""


def test_jobs_give_identical_output(tmp_path):
    files = sorted(str(p) for p in (REPO / "fixtures").glob("*.law"))
    one = run("check", *files, "--as-of", "2025-06-01", "--format", "json", "--jobs", "1")
    many = run("check", *files, "--as-of", "2025-06-01", "--format", "json", "--jobs", "3")
    assert one.exit_code == many.exit_code == 1
    assert one.stdout == many.stdout
    assert [r["file"] for r in json.loads(many.stdout)["reports"]] == files


def test_jobs_report_every_bad_file(tmp_path):
    bad_one = _write(tmp_path, "a.law", OLD.replace("= 12 years", "= 12 hours"))
    bad_two = _write(tmp_path, "b.law", OLD.replace("act EA", "akt EA"))
    good = _write(tmp_path, "c.law", OLD)
    result = run("check", bad_one, good, bad_two, "--jobs", "2")
    assert result.exit_code == 2 and result.stdout == ""
    assert f"{bad_one}:6:" in result.stderr and f"{bad_two}:4:" in result.stderr


@pytest.mark.parametrize("fmt, start", [("markdown", "# "), ("html", "<!DOCTYPE html>"), ("sarif", "{")])
def test_check_and_diff_write_every_format(tmp_path, fmt, start):
    law = _write(tmp_path, "x.law", OLD)
    checked = run("check", law, "--as-of", "2025-06-01", "--format", fmt)
    assert checked.exit_code == 1 and checked.stdout.lstrip().startswith(start)
    out = tmp_path / f"report.{fmt}"
    assert run("check", law, "--as-of", "2025-06-01", "--format", fmt, "-o", out).exit_code == 1
    assert out.read_text(encoding="utf-8") == checked.stdout
    later = _write(tmp_path, "y.law", OLD.replace("= 12 years", "= 15 years"))
    diffed = run("diff", law, later, "--as-of", "2025-06-01", "--format", fmt)
    assert diffed.exit_code == 0 and diffed.stdout.lstrip().startswith(start)


def test_jobs_work_when_spawned_too(monkeypatch):
    """With another thread running, workers are spawned (forking then risks a stuck lock)."""
    import normgap.batch

    monkeypatch.setattr(normgap.batch, "_start_method", lambda: "spawn")
    files = [str(REPO / "fixtures" / "kestria.law"), str(REPO / "fixtures" / "norvale.law")]
    one = run("check", *files, "--as-of", "2025-06-01", "--format", "json", "--jobs", "1")
    spawned = run("check", *files, "--as-of", "2025-06-01", "--format", "json", "--jobs", "2")
    assert spawned.stdout == one.stdout


def test_progress_bar_only_on_a_terminal_with_more_than_20_files(monkeypatch):
    import sys

    from normgap.cli import commands

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert commands._progress_bar(20) is None
    assert commands._progress_bar(21) is not None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert commands._progress_bar(500) is None


def test_many_files_progress_is_reported_once_per_file(tmp_path):
    from normgap.batch import CheckOptions, check_files
    from normgap.loader import default_rules

    files = [str(_write(tmp_path, f"f{i}.law", OLD)) for i in range(3)]
    ticks = []
    for jobs in (1, 2):
        reports = check_files(files, CheckOptions(as_of="2025-06-01"), default_rules(), jobs=jobs,
                              progress=ticks.append)
        assert [r.file for r in reports] == files
    assert ticks == [1] * 6


def test_a_shorter_list_of_shortcomings_is_an_improvement(tmp_path):
    law = """country EXQ "Republic of Quen"
ratified C111 on 2000-01-01
act LA "Labour Act (Act No. 1 of 2000)"
LA s.5: discrimination.grounds = [race, sex]
LA s.6: discrimination.indirect = yes; discrimination.stages = [recruitment, vocational_training, terms_and_conditions]
LA s.7: sexual_harassment.forms = [quid_pro_quo, hostile_environment]; sexual_harassment.civil_remedies = yes
LA s.8: equality.national_policy = yes
"""
    old = _write(tmp_path, "old.law", law)
    new = _write(tmp_path, "new.law", law.replace("[race, sex]", "[race, sex, colour, religion, political_opinion]"))
    result = run("diff", old, new, "--as-of", "2025-06-01")
    assert result.exit_code == 0
    flat = " ".join(result.stdout.split())
    assert ("notes with interest that section 5 of the Labour Act (Act No. 1 of 2000) now leaves 2 of the "
            "seven grounds of Article 1(1)(a) unprotected, where it previously left 5. However") in flat
    back = run("diff", new, old, "--as-of", "2025-06-01")
    assert back.exit_code == 1 and "notes with concern" in back.stdout
