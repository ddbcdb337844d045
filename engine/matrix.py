"""The country × Convention table behind ``normgap matrix``, and its four renderings.

A specialist reading many countries at once wants one glance: where the conflicts are, where
provisions are missing, and which cells are empty because nothing was checked rather than because
the law conforms. So every cell keeps its state apart from its counts, and each renderer shows the
two differently. The renderers take the finished table only, never the reports, so that they all
say the same thing.
"""
from __future__ import annotations

import csv
import html
import io
import textwrap
from collections import Counter
from dataclasses import dataclass
from typing import Literal

import click

from .findings import Report, convention_sort_key

State = Literal["checked", "checked-not-ratified", "not-checked", "not-ratified"]

# One mark per state, the same in text, markdown and html, so a reader learns them once.
MARK_NOT_RATIFIED = "·"
MARK_NOT_CHECKED = "n/c"
MARK_UNRATIFIED = "*"

LEGEND = (
    ("c/m", "conflicts/missing found for a Convention that was checked; 0/0 means checked, no findings"),
    (MARK_UNRATIFIED, "checked although the country had not ratified the Convention (--convention or --all)"),
    (MARK_NOT_RATIFIED, "not ratified as of the check date, so not checked"),
    (MARK_NOT_CHECKED, "ratified but not checked (not selected, or normgap has no rules for it)"),
)

TEXT_WIDTH = 100  # the width click wraps this project's --help to


@dataclass(frozen=True)
class Cell:
    state: State
    conflict: int = 0
    missing: int = 0

    @property
    def checked(self) -> bool:
        return self.state in ("checked", "checked-not-ratified")


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    file: str
    as_of: str
    cells: tuple[Cell, ...]

    @property
    def conflict(self) -> int:
        return sum(c.conflict for c in self.cells)

    @property
    def missing(self) -> int:
        return sum(c.missing for c in self.cells)


@dataclass(frozen=True)
class Matrix:
    conventions: tuple[str, ...]
    titles: dict[str, str]
    rows: tuple[Row, ...]
    normgap_version: str
    rules_version: str

    @property
    def as_of(self) -> str:
        """The one check date, or the dates joined when the reports were made on several."""
        return ", ".join(sorted({row.as_of for row in self.rows}))

    def column_total(self, index: int) -> tuple[int, int]:
        cells = [row.cells[index] for row in self.rows]
        return sum(c.conflict for c in cells), sum(c.missing for c in cells)

    @property
    def total(self) -> tuple[int, int]:
        return sum(r.conflict for r in self.rows), sum(r.missing for r in self.rows)


def build(reports: list[Report]) -> Matrix:
    """Columns are the Conventions checked in any report; a column nobody checked would say nothing."""
    codes = sorted({c.code for r in reports for c in r.conventions if c.checked}, key=convention_sort_key)
    titles: dict[str, str] = {}
    for report in reports:
        for convention in report.conventions:
            if convention.title and convention.code in codes:
                titles.setdefault(convention.code, convention.title)
    rows = [Row(code=r.country.code, name=r.country.name, file=r.file, as_of=r.as_of,
                cells=tuple(_cell(r, code) for code in codes)) for r in reports]
    rows.sort(key=lambda row: (row.code, row.file))
    first = reports[0] if reports else None
    return Matrix(conventions=tuple(codes), titles=titles, rows=tuple(rows),
                  normgap_version=first.normgap_version if first else "",
                  rules_version=first.rules_version if first else "")


def _cell(report: Report, code: str) -> Cell:
    listed = {c.code: c for c in report.conventions}.get(code)
    if listed is None:
        return Cell("not-ratified")
    if not listed.checked:
        return Cell("not-checked")
    counts = Counter(f.status for f in report.findings if f.convention == code)
    return Cell("checked" if listed.ratified else "checked-not-ratified",
                counts["conflict"], counts["missing"])


def cell_text(cell: Cell) -> str:
    """``2/3``, ``2/3*``, ``·`` or ``n/c``: short enough for eleven columns on one line."""
    if cell.state == "not-ratified":
        return MARK_NOT_RATIFIED
    if cell.state == "not-checked":
        return MARK_NOT_CHECKED
    return f"{cell.conflict}/{cell.missing}" + (MARK_UNRATIFIED if cell.state == "checked-not-ratified" else "")


def _heading(matrix: Matrix) -> str:
    return f"Conflicts/missing by country and Convention, as of {matrix.as_of or 'no date'}"


NOTHING_CHECKED = ("No Convention was checked: none that has a rule file was ratified as of the check date. "
                   "Name one with --convention, or use --all.")


# --- text -------------------------------------------------------------------------------------

def render_text(matrix: Matrix, width: int = TEXT_WIDTH) -> str:
    """Aligned columns, the slash of every cell in one place; wider tables go on in a second block.

    The width is fixed rather than read from the terminal, so that output is the same everywhere.
    """
    labels, files = _text_labels(matrix)
    label_width = max([len("Country"), len("Total"), *map(len, labels)])
    columns = [_text_column(code, [row.cells[i] for row in matrix.rows], matrix.column_total(i))
               for i, code in enumerate(matrix.conventions)]
    columns.append(_text_column("Total", [Cell("checked", r.conflict, r.missing) for r in matrix.rows],
                                matrix.total))
    out = [click.style(_heading(matrix), bold=True), ""]
    for block in _blocks(columns, label_width, width):
        out.append(click.style("  ".join(["Country".ljust(label_width), *(c[0] for c in block)]).rstrip(),
                               bold=True))
        for index, label in enumerate(labels):
            out.append("  ".join([label.ljust(label_width), *(c[1][index] for c in block)]).rstrip())
        out.append("  ".join(["Total".ljust(label_width), *(c[2] for c in block)]).rstrip())
        out.append("")
    if not matrix.conventions:
        out += [textwrap.fill(NOTHING_CHECKED, width=width), ""]
    if files:
        out += [*files, ""]
    mark_width = max(len(mark) for mark, _ in LEGEND)
    for mark, meaning in LEGEND:
        out.append(textwrap.fill(meaning, width=width, initial_indent=f"{mark.rjust(mark_width)}  ",
                                 subsequent_indent=" " * (mark_width + 2)))
    return "\n".join(out) + "\n"


def _text_labels(matrix: Matrix) -> tuple[list[str], list[str]]:
    """``EXA  Republic of Examplia``; rows of a country that appears more than once get a number
    pointing to their file below the table, since a path in the label would crowd the columns."""
    seen = Counter(row.code for row in matrix.rows)
    labels, files = [], []
    for row in matrix.rows:
        label = f"{row.code}  {row.name}"
        if seen[row.code] > 1:
            files.append(f"[{len(files) + 1}] {row.file}")
            label += f" [{len(files)}]"
        labels.append(label)
    return labels, files


def _text_column(header: str, cells: list[Cell], total: tuple[int, int]):
    """The header, the row cells and the total cell of one column, all padded to one width."""
    checked = [c for c in cells if c.checked] + [Cell("checked", *total)]
    left = max([1, *(len(str(c.conflict)) for c in checked)])
    right = max([1, *(len(cell_text(c).split("/")[1]) for c in checked)])

    def aligned(text: str) -> str:
        if "/" not in text:  # a one-character mark sits where the slash is
            return " " * left + text + " " * right
        before, after = text.split("/", 1)
        return before.rjust(left) + "/" + after.ljust(right)

    body = [aligned(cell_text(c)) for c in cells]
    total_text = aligned(f"{total[0]}/{total[1]}")
    column_width = max(len(header), left + 1 + right)
    return (header.rjust(column_width), [b.rjust(column_width) for b in body],
            total_text.rjust(column_width))


def _blocks(columns, label_width: int, width: int):
    """Greedy split into blocks that fit the width, each keeping at least one column."""
    blocks, current, used = [], [], label_width
    for column in columns:
        needed = 2 + len(column[0])
        if current and used + needed > width:
            blocks.append(current)
            current, used = [], label_width
        current.append(column)
        used += needed
    if current:
        blocks.append(current)
    return blocks


# --- csv --------------------------------------------------------------------------------------

def csv_header(matrix: Matrix) -> list[str]:
    """``code,name,file,as_of``, then ``C138 conflict,C138 missing,C138 status`` per Convention, then totals."""
    head = ["code", "name", "file", "as_of"]
    for code in matrix.conventions:
        head += [f"{code} conflict", f"{code} missing", f"{code} status"]
    return head + ["total conflict", "total missing"]


def render_csv(matrix: Matrix) -> str:
    """One row per country and a last row whose code is TOTAL; counts are empty where not checked.

    The status column carries the state (checked, checked-not-ratified, not-checked, not-ratified)
    so a script never has to guess what an empty count means.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(csv_header(matrix))
    for row in matrix.rows:
        line = [row.code, row.name, row.file, row.as_of]
        for cell in row.cells:
            line += [cell.conflict, cell.missing] if cell.checked else ["", ""]
            line.append(cell.state)
        writer.writerow(line + [row.conflict, row.missing])
    totals = ["TOTAL", "Total", "", matrix.as_of]
    for index in range(len(matrix.conventions)):
        totals += [*matrix.column_total(index), ""]
    writer.writerow(totals + list(matrix.total))
    return buffer.getvalue()


# --- markdown ---------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = str.maketrans({ch: "\\" + ch for ch in "\\|*_`[]<>#"})


def _md(text: str) -> str:
    return text.translate(_MARKDOWN_SPECIAL).replace("\n", " ")


def render_markdown(matrix: Matrix) -> str:
    head = ["Code", "Country", "File", *matrix.conventions, "Total"]
    out = [f"**{_md(_heading(matrix))}**", "",
           "| " + " | ".join(head) + " |",
           "| " + " | ".join(["---"] * 3 + [":---:"] * (len(head) - 3)) + " |"]
    for row in matrix.rows:
        cells = [_md(cell_text(c)) for c in row.cells]
        out.append("| " + " | ".join([_md(row.code), _md(row.name), _md(row.file),
                                      *cells, f"{row.conflict}/{row.missing}"]) + " |")
    totals = [f"**{c}/{m}**" for c, m in map(matrix.column_total, range(len(matrix.conventions)))]
    out.append("| " + " | ".join(["**Total**", "", "", *totals,
                                  "**{}/{}**".format(*matrix.total)]) + " |")
    out.append("")
    if not matrix.conventions:
        out += [NOTHING_CHECKED, ""]
    out += [f"- `{mark}` {_md(meaning)}" for mark, meaning in LEGEND]
    return "\n".join(out) + "\n"


# --- html -------------------------------------------------------------------------------------

# Conflicts weigh twice as much as missing provisions: a provision in force that contradicts the
# Convention is the graver point for the Committee. Fixed thresholds, not ones relative to the
# largest cell, so that a colour means the same in every table.
LEVELS = ((0, "#ffffff", "#1a1a1a"), (1, "#fde4cf", "#1a1a1a"), (3, "#f8b07a", "#1a1a1a"),
          (6, "#e8662a", "#ffffff"), (10, "#9c3208", "#ffffff"))


def weight(cell: Cell) -> int:
    return 2 * cell.conflict + cell.missing


def level(cell: Cell) -> int:
    return max(i for i, (floor, _, _) in enumerate(LEVELS) if weight(cell) >= floor)


def _style() -> str:
    rules = [
        "body{font-family:Georgia,'Times New Roman',serif;color:#1a1a1a;margin:2em;max-width:80em}",
        "h1{font-size:1.3em;margin:0 0 .3em}",
        "p.meta{color:#555;margin:0 0 1.2em}",
        "table{border-collapse:collapse;font-variant-numeric:tabular-nums}",
        "th,td{border:1px solid #bbb;padding:.3em .6em}",
        "thead th{background:#f1f1f1}",
        "td.c{text-align:center;min-width:3.2em}",
        "td.nr,td.nc{background:#f4f4f4;color:#888}",
        "td.name{white-space:nowrap}",
        "td.file{color:#555;font-family:monospace;font-size:.85em}",
        "td.u{font-style:italic}",
        "tr.total td,tr.total th{font-weight:bold;border-top:2px solid #666}",
        "ul.legend{list-style:none;padding:0}",
        "ul.legend li{margin:.2em 0}",
        "span.swatch{display:inline-block;width:2.6em;text-align:center;border:1px solid #bbb;"
        "margin-right:.6em}",
        "dl.key dt{font-weight:bold;float:left;width:4em}",
        "dl.key dd{margin:0 0 .2em 4em}",
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
        "@media print{body{margin:0}}",
    ]
    rules += [f"td.l{i}{{background:{bg};color:{fg}}}" for i, (_, bg, fg) in enumerate(LEVELS)]
    rules += [f"span.l{i}{{background:{bg};color:{fg}}}" for i, (_, bg, fg) in enumerate(LEVELS)]
    return "\n".join(rules)


def _html_cell(cell: Cell, code: str) -> str:
    e = html.escape
    if cell.state == "not-ratified":
        return f'<td class="c nr" title="{e(code)}: not ratified, not checked">{e(MARK_NOT_RATIFIED)}</td>'
    if cell.state == "not-checked":
        return f'<td class="c nc" title="{e(code)}: ratified, not checked">{e(MARK_NOT_CHECKED)}</td>'
    unratified = cell.state == "checked-not-ratified"
    title = f"{code}: {cell.conflict} conflict, {cell.missing} missing" + ("; not ratified" if unratified else "")
    classes = f"c l{level(cell)}" + (" u" if unratified else "")
    return f'<td class="{classes}" title="{e(title)}">{e(cell_text(cell))}</td>'


def render_html(matrix: Matrix) -> str:
    """One page with everything inline: no script, no font or stylesheet fetched from anywhere."""
    e = html.escape
    heading = _heading(matrix)
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(heading)}</title>", f"<style>\n{_style()}\n</style>", "</head>", "<body>",
           f"<h1>{e(heading)}</h1>",
           f'<p class="meta">normgap {e(matrix.normgap_version)}, rules {e(matrix.rules_version)}. '
           f"Each cell: conflicts/missing.</p>",
           "<table>", "<thead>", "<tr>", '<th scope="col">Code</th>', '<th scope="col">Country</th>',
           '<th scope="col">File</th>']
    for code in matrix.conventions:
        out.append(f'<th scope="col" title="{e(matrix.titles.get(code, code))}">{e(code)}</th>')
    out += ['<th scope="col">Total</th>', "</tr>", "</thead>", "<tbody>"]
    for row in matrix.rows:
        out.append("<tr>")
        out += [f'<th scope="row">{e(row.code)}</th>', f'<td class="name">{e(row.name)}</td>',
                f'<td class="file">{e(row.file)}</td>']
        out += [_html_cell(cell, code) for cell, code in zip(row.cells, matrix.conventions)]
        out += [f'<td class="c">{row.conflict}/{row.missing}</td>', "</tr>"]
    out += ['<tr class="total">', '<th scope="row" colspan="3">Total</th>']
    for index in range(len(matrix.conventions)):
        out.append('<td class="c">{}/{}</td>'.format(*matrix.column_total(index)))
    out += ['<td class="c">{}/{}</td>'.format(*matrix.total), "</tr>", "</tbody>", "</table>"]
    if not matrix.conventions:
        out.append(f"<p>{e(NOTHING_CHECKED)}</p>")
    out += _html_legend()
    if matrix.conventions:
        out.append('<h2>Conventions</h2>')
        out.append('<dl class="key">')
        for code in matrix.conventions:
            out += [f"<dt>{e(code)}</dt>", f"<dd>{e(matrix.titles.get(code, ''))}</dd>"]
        out.append("</dl>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _html_legend() -> list[str]:
    e = html.escape
    out = ["<h2>Legend</h2>", '<ul class="legend">']
    out += [f'<li><span class="swatch">{e(mark)}</span>{e(meaning)}</li>' for mark, meaning in LEGEND]
    spans = []
    for i, (floor, _, _) in enumerate(LEVELS):
        upper = LEVELS[i + 1][0] - 1 if i + 1 < len(LEVELS) else None
        label = str(floor) if upper == floor else f"{floor}–{upper}" if upper is not None else f"{floor}+"
        spans.append(f'<span class="swatch l{i}">{e(label)}</span>')
    out.append("<li>Colour by weight, 2 × conflicts + missing: " + " ".join(spans) + "</li>")
    out.append("</ul>")
    return out


RENDERERS = {"text": render_text, "csv": render_csv, "markdown": render_markdown, "html": render_html}
