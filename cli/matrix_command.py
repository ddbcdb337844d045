"""``normgap matrix``: many summaries, one table of conflict and missing counts per Convention."""
from __future__ import annotations

import datetime as dt

import click

from .app import as_of_option, cli, convention_options, guarded, load_rule_set, output_option, rules_option, write_output
from .commands import parse_all


def check_summaries(summaries, conventions, as_of, include_unratified, rule_set):
    """One report per summary, in order.

    Kept apart and small so that a batch check running the summaries in parallel can take its place.
    """
    import normgap

    return [normgap.check(summary, conventions=list(conventions) or None, as_of=as_of,
                          include_unratified=include_unratified, rules=rule_set)
            for summary in summaries]


@cli.command("matrix")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "markdown", "html"]), default="text",
              show_default=True, help="Output format.")
@output_option
@convention_options("Check")
@as_of_option
@rules_option
@guarded
def matrix_command(files, fmt, output, conventions, include_unratified, as_of, rule_dirs):
    """Tabulate conflicts and missing provisions: one row per summary, one column per Convention.

    Columns are the Conventions checked in any of the files. A cell reads conflicts/missing
    (0/0: checked, no findings); · marks a Convention the country has not ratified, n/c one it
    ratified that was not checked, and * counts on a Convention checked although not ratified.
    The csv form has, per Convention, the columns "C138 conflict", "C138 missing" and
    "C138 status", and a last row with code TOTAL. The exit code is 0 whatever the counts: this
    is a table, not a gate (use check --fail-on for that).

    \b
    Examples:
      normgap matrix fixtures/*.law --as-of 2025-06-01
      normgap matrix fixtures/*.law --format html --output matrix.html
      normgap matrix fixtures/*.law --all --format csv
    """
    from normgap.matrix import RENDERERS, build

    rule_set = load_rule_set(rule_dirs)
    summaries = parse_all(files, rule_set)
    # One date for every row, even when the run crosses midnight.
    reports = check_summaries(summaries, conventions, as_of or dt.date.today(), include_unratified, rule_set)
    write_output(RENDERERS[fmt](build(reports)), output)
