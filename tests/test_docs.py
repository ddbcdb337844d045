"""docs/writing-rules.md stays true: its worked example loads, its fixtures pass, its output is real."""
from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from normgap.cli.app import cli

GUIDE = Path(__file__).parent.parent / "docs" / "writing-rules.md"
BLOCK = re.compile(r"```(?P<lang>\w+)\n(?P<body>.*?)```", re.S)


def _blocks():
    return [(m["lang"], m["body"]) for m in BLOCK.finditer(GUIDE.read_text(encoding="utf-8"))]


def _write_example(root: Path) -> Path:
    rules = root / "my_rules"
    for _lang, body in _blocks():
        first, _, rest = body.partition("\n")
        if first.startswith("# file: "):
            path = rules / first[len("# file: "):].strip()
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(rest if path.suffix == ".py" else body.split("\n", 1)[1], encoding="utf-8")
    return rules


def _console(command: str) -> str:
    """The output the guide shows after ``$ normgap COMMAND``."""
    text = GUIDE.read_text(encoding="utf-8")
    return text.rsplit(f"$ normgap {command}\n", 1)[1].split("```", 1)[0].split("\n$ ", 1)[0].rstrip("\n") + "\n"


def test_worked_example_fixtures_pass_and_output_is_real(tmp_path):
    rules = _write_example(tmp_path)
    assert (rules / "c14.py").is_file()
    assert len(list((rules / "fixtures" / "c14").glob("*.law"))) == 4
    runner = CliRunner()
    tested = runner.invoke(cli, ["test", "--rules", str(rules), str(rules / "fixtures")])
    assert tested.exit_code == 0, tested.stdout
    assert tested.stdout == _console("test --rules my_rules my_rules/fixtures")

    fires = rules / "fixtures" / "c14" / "weekly-rest-below-24-hours.fires.law"
    checked = runner.invoke(cli, ["check", str(fires), "--rules", str(rules), "--as-of", "2025-06-01"])
    assert checked.exit_code == 1
    shown = _console("check my_rules/fixtures/c14/weekly-rest-below-24-hours.fires.law --rules my_rules "
                     "--as-of 2025-06-01")
    assert checked.stdout.replace(str(rules) + "/", "my_rules/") == shown


def test_skeleton_step_matches_the_guide(tmp_path):
    runner = CliRunner()
    made = runner.invoke(cli, ["new-rule", "C14", "--into", str(tmp_path / "my_rules"), "--title",
                               "Weekly Rest (Industry) Convention, 1921 (No. 14)"])
    assert made.exit_code == 0
    tested = runner.invoke(cli, ["test", "--rules", str(tmp_path / "my_rules"), str(tmp_path / "my_rules" / "fixtures")])
    assert tested.stdout == "fixtures: 2 passed, 0 failed\n"
