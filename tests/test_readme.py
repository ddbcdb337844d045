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


def test_readme_diff_example_is_real_output(monkeypatch):
    from click.testing import CliRunner

    from normgap.cli.app import cli

    command = "normgap diff fixtures/norvale.law --from 2016-01-01 --to 2025-06-01"
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split(f"$ {command}\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(cli, command.split()[1:])
    assert result.exit_code == 0 and result.stdout == block


def test_readme_report_commands_work(tmp_path, monkeypatch):
    """The two-cycle example: its commands run as written, and the picture it shows exists."""
    import shlex

    from click.testing import CliRunner

    from normgap.cli.app import cli

    text = (REPO / "README.md").read_text(encoding="utf-8")
    commands = [line for block in _blocks("sh") for line in block.splitlines() if "--previous" in block]
    assert len(commands) == 2
    for name in ("fixtures",):
        (tmp_path / name).symlink_to(REPO / name)
    monkeypatch.chdir(tmp_path)
    for command in commands:
        assert CliRunner().invoke(cli, shlex.split(command)[1:]).exit_code == 1
    page = (tmp_path / "kestria.html").read_text(encoding="utf-8")
    assert "once again requests" in page and "Republic of Kestria" in page
    assert re.search(r"!\[[^\]]+\]\(docs/img/kestria-report\.png\)", text)
    assert (REPO / "docs" / "img" / "kestria-report.png").stat().st_size > 10_000


def test_readme_library_example_runs(monkeypatch, capsys):
    block = next(b for b in _blocks("python") if b.startswith("import normgap"))
    monkeypatch.chdir(REPO)
    exec(compile(block, "README.md", "exec"), {})
    assert capsys.readouterr().out.rstrip().endswith("True")
