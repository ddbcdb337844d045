"""`normgap matrix`: the table's counts agree with the reports, and every format says the same."""
from __future__ import annotations

import csv
import io
import re
import shutil
from collections import Counter

import click
import pytest
from click.testing import CliRunner

import normgap
from normgap.cli.app import cli
from normgap.findings import CountryRef, convention_sort_key
from normgap.matrix import build, render_csv, render_html, render_markdown, render_text

from conftest import BASE_C138, REPO, SHARED

AS_OF = "2025-06-01"
FIXTURES = sorted(str(p.relative_to(REPO)) for p in (REPO / "fixtures").glob("*.law"))
MANY_ERRORS = str(SHARED / "acceptance" / "errors" / "many_errors.law")


def run(*args, **kwargs):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)


@pytest.fixture(scope="module", autouse=True)
def _in_repo(request):
    """The fixture paths are relative, as a user would type them from the repository."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        yield


@pytest.fixture(scope="module")
def reports():
    return [normgap.check(normgap.parse_file(path), as_of=AS_OF) for path in FIXTURES]


def expected_cells(report, codes):
    """What a row should say, worked out from the report alone (not through the matrix model)."""
    listed = {c.code: c for c in report.conventions}
    counts = Counter((f.convention, f.status) for f in report.findings)
    cells = []
    for code in codes:
        if code not in listed:
            cells.append(("not-ratified", None, None))
        elif not listed[code].checked:
            cells.append(("not-checked", None, None))
        else:
            state = "checked" if listed[code].ratified else "checked-not-ratified"
            cells.append((state, counts[code, "conflict"], counts[code, "missing"]))
    return cells


def total_of(reports) -> str:
    return f"{sum(r.summary.conflict for r in reports)}/{sum(r.summary.missing for r in reports)}"


def columns_of(reports):
    return sorted({c.code for r in reports for c in r.conventions if c.checked}, key=convention_sort_key)


def test_csv_counts_equal_each_reports_counts(reports):
    result = run("matrix", *FIXTURES, "--as-of", AS_OF, "--format", "csv")
    assert result.exit_code == 0  # a table, not a gate, although there are findings
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    codes = columns_of(reports)
    assert len(codes) >= 11  # every Convention with a rule file is ratified by some fixture
    by_file = {row["file"]: row for row in rows[:-1]}
    assert sorted(by_file) == FIXTURES
    for report in reports:
        row = by_file[report.file]
        assert (row["code"], row["name"], row["as_of"]) == (report.country.code, report.country.name, AS_OF)
        for code, (state, conflict, missing) in zip(codes, expected_cells(report, codes)):
            assert row[f"{code} status"] == state
            expected = ("", "") if conflict is None else (str(conflict), str(missing))
            assert (row[f"{code} conflict"], row[f"{code} missing"]) == expected, (report.file, code)
        assert (row["total conflict"], row["total missing"]) == (
            str(report.summary.conflict), str(report.summary.missing))
    total = rows[-1]
    assert total["code"] == "TOTAL"
    for code in codes:
        assert int(total[f"{code} conflict"]) == sum(
            f.convention == code and f.status == "conflict" for r in reports for f in r.findings)
        assert int(total[f"{code} missing"]) == sum(
            f.convention == code and f.status == "missing" for r in reports for f in r.findings)
    assert int(total["total conflict"]) == sum(r.summary.conflict for r in reports)
    assert int(total["total missing"]) == sum(r.summary.missing for r in reports)


def test_csv_header_is_the_documented_one(reports):
    header = next(csv.reader(io.StringIO(run("matrix", *FIXTURES, "--as-of", AS_OF, "--format", "csv").stdout)))
    per_convention = [f"{code} {part}" for code in columns_of(reports) for part in ("conflict", "missing", "status")]
    assert header == ["code", "name", "file", "as_of", *per_convention, "total conflict", "total missing"]
    assert "C138 conflict" in header and "C138 missing" in header
    assert '"C138 conflict", "C138 missing" and' in " ".join(run("matrix", "--help").stdout.split())


def test_text_cells_equal_each_reports_counts(reports):
    out = run("matrix", *FIXTURES, "--as-of", AS_OF).stdout
    lines = out.splitlines()
    codes = columns_of(reports)
    header = next(line for line in lines if line.startswith("Country"))
    assert header.split() == ["Country", *codes, "Total"]  # eleven Conventions fit on one line
    assert max(map(len, lines)) <= 100
    rows = [line for line in lines if re.match(r"EX[A-Z]  ", line)]
    assert [row[:3] for row in rows] == sorted(r.country.code for r in reports)  # sorted by code
    for report in reports:
        label = f"{report.country.code}  {report.country.name}"
        (line,) = [row for row in rows if row.startswith(label)]
        expected = ["·" if conflict is None else f"{conflict}/{missing}"
                    for _, conflict, missing in expected_cells(report, codes)]
        assert line[len(label):].split() == expected + [f"{report.summary.conflict}/{report.summary.missing}"]
    assert next(line for line in lines if line.startswith("Total")).split()[-1] == total_of(reports)
    assert "0/0 means checked, no findings" in out and "·  not ratified as of the check date, so not checked" in out


def test_slashes_and_marks_line_up_in_every_column(reports):
    lines = run("matrix", *FIXTURES, "--as-of", AS_OF).stdout.splitlines()
    rows = [line for line in lines if re.match(r"(EX[A-Z]  |Total )", line)]
    places = {m.start() for m in re.finditer("/", rows[-1])}  # the Total row has a slash in every column
    assert len(places) == len(columns_of(reports)) + 1
    for row in rows:
        marks = {m.start() for m in re.finditer("[/·]", row)}
        assert marks == places, row


def test_not_ratified_checked_with_no_findings_and_checked_unratified_are_told_apart(tmp_path):
    # Ceeland ratified C138 and has no finding on it; it has not ratified C29 (Lundmark has).
    csv_rows = {r["code"]: r for r in csv.DictReader(io.StringIO(
        run("matrix", *FIXTURES, "--as-of", AS_OF, "--format", "csv").stdout))}
    assert (csv_rows["EXC"]["C138 conflict"], csv_rows["EXC"]["C138 missing"], csv_rows["EXC"]["C138 status"]) \
        == ("0", "0", "checked")
    assert (csv_rows["EXC"]["C29 conflict"], csv_rows["EXC"]["C29 status"]) == ("", "not-ratified")
    # Naming a Convention checks it everywhere; where it was not ratified the cell carries the *.
    named = run("matrix", "fixtures/lundmark.law", "fixtures/kestria.law", "--as-of", AS_OF,
                "--convention", "c138")
    assert named.exit_code == 0
    lines = named.stdout.splitlines()
    assert next(line for line in lines if line.startswith("Country")).split() == ["Country", "C138", "Total"]
    assert next(line for line in lines if line.startswith("EXL")).split()[-2].endswith("*")
    assert not next(line for line in lines if line.startswith("EXK")).split()[-2].endswith("*")
    as_csv = {r["code"]: r for r in csv.DictReader(io.StringIO(run(
        "matrix", "fixtures/lundmark.law", "--as-of", AS_OF, "--all", "--format", "csv").stdout))}
    assert as_csv["EXL"]["C138 status"] == "checked-not-ratified"
    assert as_csv["EXL"]["C29 status"] == "checked"


def test_ratified_but_not_checked_has_its_own_mark(reports):
    kestria = next(r for r in reports if r.country.code == "EXK")
    unchecked = kestria.model_copy(update={
        "file": "unchecked.law",
        "conventions": [c.model_copy(update={"checked": c.code != "C182"}) for c in kestria.conventions],
        "findings": [f for f in kestria.findings if f.convention != "C182"]})
    matrix = build([kestria, unchecked])
    row = next(line for line in render_text(matrix).splitlines() if line.startswith("EXK") and "n/c" in line)
    assert row.split()[-3:] == ["2/1", "n/c", "2/1"]
    assert [r["C182 status"] for r in csv.DictReader(io.StringIO(render_csv(matrix)))] == [
        "checked", "not-checked", ""]
    assert "| n/c |" in render_markdown(matrix)
    assert 'class="c nc"' in render_html(matrix)


def test_rows_are_sorted_by_country_code_then_file(tmp_path):
    shutil.copy(REPO / "fixtures" / "kestria.law", tmp_path / "a.law")
    files = [str(tmp_path / "a.law"), "fixtures/morvania.law", "fixtures/kestria.law", "fixtures/bexland.law"]
    rows = list(csv.DictReader(io.StringIO(run("matrix", *files, "--as-of", AS_OF, "--format", "csv").stdout)))
    assert [(r["code"], r["file"]) for r in rows] == [
        ("EXB", "fixtures/bexland.law"), ("EXK", str(tmp_path / "a.law")), ("EXK", "fixtures/kestria.law"),
        ("EXM", "fixtures/morvania.law"), ("TOTAL", "")]
    text = run("matrix", *files, "--as-of", AS_OF).stdout  # the same country twice: which file is which
    assert "EXK  Republic of Kestria [1]" in text and "EXK  Republic of Kestria [2]" in text
    assert f"[1] {tmp_path / 'a.law'}\n[2] fixtures/kestria.law\n" in text
    assert "Kingdom of Bexland [" not in text


def test_rule_files_from_rules_directory_add_their_column(tmp_path):
    assert run("new-rule", "C189", "--into", str(tmp_path), "--title", "Domestic Workers Convention").exit_code == 0
    fired = sorted(str(p) for p in tmp_path.rglob("*.fires.law"))
    result = run("matrix", *fired, "fixtures/kestria.law", "--rules", str(tmp_path), "--as-of", AS_OF,
                 "--format", "csv")
    assert result.exit_code == 0, result.stderr
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[-5:] == ["C189 conflict", "C189 missing", "C189 status", "total conflict", "total missing"]


def _cells(line: str) -> list[str]:
    return re.split(r"(?<!\\)\|", line)[1:-1]


def test_markdown_table_shape(reports):
    out = run("matrix", *FIXTURES, "--as-of", AS_OF, "--format", "markdown").stdout
    table = [line for line in out.splitlines() if line.startswith("|")]
    codes = columns_of(reports)
    width = 3 + len(codes) + 1
    assert all(line.endswith("|") and len(_cells(line)) == width for line in table)
    assert [c.strip() for c in _cells(table[0])] == ["Code", "Country", "File", *codes, "Total"]
    assert all(re.fullmatch(r" :?---:? ", c) for c in _cells(table[1]))
    assert len(table) == 2 + len(FIXTURES) + 1
    assert _cells(table[-1])[0].strip() == "**Total**" and _cells(table[-1])[-1].strip() == f"**{total_of(reports)}**"
    kestria = next(line for line in table if line.startswith("| EXK |"))
    assert [c.strip() for c in _cells(kestria)][-4:] == ["·", "4/1", "·", "6/2"]


def test_markdown_and_html_escape_what_a_summary_says(reports):
    hostile = reports[0].model_copy(update={
        "country": CountryRef(code="EXZ", name='Pipe | <script>alert("x")</script> & *bold*'),
        "file": "we|rd_<name>.law"})
    markdown = render_markdown(build([hostile]))
    row = next(line for line in markdown.splitlines() if line.startswith("| EXZ"))
    assert len(_cells(row)) == len(_cells(markdown.splitlines()[2]))
    assert r"Pipe \| \<script\>" in row and r"\*bold\*" in row
    page = render_html(build([hostile]))
    assert "<script" not in page
    assert "Pipe | &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; *bold*" in page
    assert "we|rd_&lt;name&gt;.law" in page


def test_html_is_one_self_contained_page(tmp_path):
    target = tmp_path / "matrix.html"
    result = run("matrix", *FIXTURES, "--as-of", AS_OF, "--format", "html", "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "http" not in page and "//" not in page.replace("</", "")
    assert not re.search(r"\b(src|href)=|<link|<script|@import|url\(", page)
    assert "<style>" in page
    # The scale: Examplia's C138 (6 conflicts, 3 missing) is darkest, Ceeland's 0/0 white,
    # Bexland's single missing provision the lightest colour, not-ratified cells greyed.
    assert re.search(r'class="c l4" title="C138: 6 conflict, 3 missing">6/3<', page)
    assert re.search(r'class="c l0" title="C138: 0 conflict, 0 missing">0/0<', page)
    assert re.search(r'class="c l1" title="C138: 0 conflict, 1 missing">0/1<', page)
    assert 'class="c nr"' in page
    assert "Colour by weight, 2 × conflicts + missing" in page


@pytest.mark.parametrize("fmt", ["text", "csv", "markdown", "html"])
def test_output_is_deterministic(fmt, tmp_path):
    first = run("matrix", *FIXTURES, "--as-of", AS_OF, "--format", fmt)
    second = run("matrix", *reversed(FIXTURES), "--as-of", AS_OF, "--format", fmt)
    assert first.exit_code == second.exit_code == 0
    assert first.stdout_bytes == second.stdout_bytes  # file order on the command line does not matter
    run("matrix", *FIXTURES, "--as-of", AS_OF, "--format", fmt, "--output", str(tmp_path / "a"))
    run("matrix", *FIXTURES, "--as-of", AS_OF, "--format", fmt, "--output", str(tmp_path / "b"))
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes() == first.stdout_bytes
    assert "\x1b[" not in first.stdout


def test_narrow_width_splits_the_table_into_blocks(reports):
    matrix = build(reports)
    out = click.unstyle(render_text(matrix, width=70))
    assert max(map(len, out.splitlines())) <= 70
    headers = [line.split()[1:] for line in out.splitlines() if line.startswith("Country")]
    assert len(headers) > 1
    assert sum(headers, []) == [*matrix.conventions, "Total"]
    assert sum(line.startswith("Total") for line in out.splitlines()) == len(headers)


def test_bad_input_reports_every_file_and_exits_2(tmp_path):
    other = tmp_path / "other.law"
    other.write_text('country EXA "X"\nact LC "L"\nLC s.1: minimum_age.general = 14 hours\n')
    result = run("matrix", MANY_ERRORS, "fixtures/kestria.law", str(other), "--format", "csv")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{other}:3:31: error:" in result.stderr and f"{MANY_ERRORS}:13:" in result.stderr
    assert result.stderr.count(": error: ") == 8
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--convention", "C999"], "no rule file for C999; available: C29, P29, C87"),
    (["--as-of", "2025-13-01"], "is not a date in the form YYYY-MM-DD"),
    (["--format", "pdf"], "Invalid value for '--format'"),
])
def test_usage_errors_exit_2(args, message):
    result = run("matrix", "fixtures/kestria.law", *args)
    assert result.exit_code == 2 and message in result.stderr and result.stdout == ""


def test_help_has_an_example():
    out = run("matrix", "--help").stdout
    assert "Example" in out and "normgap matrix fixtures/*.law" in out
    assert "matrix" in run("--help").stdout


def test_nothing_checked_says_how_to_check_anyway():
    result = run("matrix", "-", "--as-of", AS_OF,
                 input=BASE_C138.replace("ratified C138 on 2000-01-01 with minimum_age = 15 years\n", ""))
    assert result.exit_code == 0
    assert "No Convention was checked" in result.stdout and "--convention" in result.stdout
    assert next(line for line in result.stdout.splitlines() if line.startswith("EXA")).split()[-1] == "0/0"
