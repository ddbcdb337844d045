"""The commands: each one parses its options, calls the library, renders, and picks the exit code."""
from __future__ import annotations

import sys

import click

from .app import (
    EXIT_FINDINGS, Failure, as_of_option, cli, convention_options, guarded, load_rule_set, output_option,
    parse_date, rules_option, write_output,
)

FAIL_LEVELS = {"conflict": ("conflict",), "missing": ("conflict", "missing"), "never": ()}


def parse_all(files, rule_set):
    """Parse every file first, so that all files' errors are reported before anything is checked."""
    from normgap.checking import decode_text, parse, read_text
    from normgap.diagnostics import SummaryError

    summaries, failures = [], []
    for name in files:
        try:
            text = decode_text(sys.stdin.buffer.read(), "<stdin>") if name == "-" else read_text(name)
            summaries.append(parse(text, filename="<stdin>" if name == "-" else name, rules=rule_set))
        except SummaryError as error:
            failures.append(error)
    if failures:
        raise SummaryError.merge(failures)
    return summaries


FORMATS = ["text", "json", "markdown", "html", "sarif"]


_RENDER_MODULES = {"text": "text", "json": "json_report", "markdown": "markdown", "html": "html", "sarif": "sarif"}


def _renderer(fmt: str, name: str):
    """``render`` or ``render_diff`` of the format's module, imported only when it is used."""
    import importlib

    return getattr(importlib.import_module(f"normgap.render.{_RENDER_MODULES[fmt]}"), name)


def render_reports(reports, fmt: str, rule_set, explain: bool) -> str:
    """A list of check reports in the chosen format."""
    render = _renderer(fmt, "render")
    return render(reports) if fmt == "json" else render(reports, rule_set, explain=explain)


def render_diffs(diffs, fmt: str, rule_set) -> str:
    """Diff results in the chosen format."""
    render = _renderer(fmt, "render_diff")
    return render(diffs) if fmt == "json" else render(diffs, rule_set)


def _progress_bar(count: int):
    """A progress bar on stderr when it is a terminal and there are more than 20 files."""
    if count <= 20 or not sys.stderr.isatty():
        return None
    return click.progressbar(length=count, label="checking", file=sys.stderr, show_pos=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@output_option
@convention_options("Check")
@as_of_option
@click.option("--explain", is_flag=True, help="Show the facts and thresholds behind each finding.")
@click.option("--fail-on", type=click.Choice(["conflict", "missing", "never"]), default="missing",
              show_default=True, help="Exit 1 when a finding of this status or a more serious one is found.")
@click.option("--previous", "previous_paths", multiple=True, type=click.Path(dir_okay=False),
              metavar="REPORT.json",
              help="An earlier JSON report on the same countries (repeatable): points raised before "
                   "are worded as repeats, with first_raised and times_raised.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="N",
              help="Check files in N processes (default: the number of cores); output is identical.")
@rules_option
@guarded
def check(files, fmt, output, conventions, include_unratified, as_of, explain, fail_on, previous_paths,
          jobs, rule_dirs):
    """Check summaries of national law against the Conventions' rules.

    By default every Convention the country has ratified (as of the check date) is checked.
    FILE may be - to read a summary from standard input.

    \b
    Examples:
      normgap check fixtures/examplia.law
      normgap check fixtures/*.law --format json --output report.json
      normgap check fixtures/examplia.law --previous report.json --format html -o examplia.html
      normgap check draft.law --convention C138 --as-of 2026-01-01 --fail-on conflict
    """
    from normgap.batch import CheckOptions, check_files, default_jobs, load_reports

    rule_set = load_rule_set(rule_dirs)
    try:
        previous = tuple(load_reports(previous_paths))
    except ValueError as error:
        raise Failure(str(error)) from None
    options = CheckOptions(conventions=tuple(conventions) or None, as_of=as_of.isoformat() if as_of else None,
                           include_unratified=include_unratified, rule_dirs=tuple(rule_dirs), previous=previous)
    bar = _progress_bar(len(files))
    if bar is None:
        reports = check_files(list(files), options, rule_set, jobs or default_jobs())
    else:
        with bar:
            reports = check_files(list(files), options, rule_set, jobs or default_jobs(), progress=bar.update)
    write_output(render_reports(reports, fmt, rule_set, explain), output)
    failing = FAIL_LEVELS[fail_on]
    if any(f.status in failing for r in reports for f in r.findings):
        click.get_current_context().exit(EXIT_FINDINGS)


@cli.command("diff")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--from", "from_date", callback=parse_date, metavar="DATE",
              help="With one FILE: the earlier date to compare (YYYY-MM-DD).")
@click.option("--to", "to_date", callback=parse_date, metavar="DATE",
              help="With one FILE: the later date to compare (YYYY-MM-DD).")
@click.option("--as-of", callback=parse_date, metavar="DATE",
              help="With OLD and NEW: check both as of this date. Default: today.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@output_option
@convention_options("Compare")
@rules_option
@guarded
def diff_command(files, from_date, to_date, as_of, fmt, output, conventions, include_unratified, rule_dirs):
    """Compare two versions of a country's law: what was resolved, improved, is new or worse.

    Give OLD and NEW summaries, or one FILE with --from and --to dates. Each point is resolved
    (the Committee "notes with satisfaction"), improved ("notes with interest"), new, unchanged or
    worsened. Exits 1 only when something is new or worsened.

    \b
    Examples:
      normgap diff examplia-2019.law examplia-2025.law
      normgap diff fixtures/examplia.law --from 2005-06-01 --to 2025-06-01 --format html -o progress.html
    """
    import normgap

    if len(files) == 1:
        if not (from_date and to_date):
            raise Failure("with one FILE, give both --from DATE and --to DATE (or give OLD and NEW files)")
        if as_of:
            raise Failure("--as-of applies to OLD and NEW files; with one FILE use --from and --to")
        if from_date >= to_date:
            raise Failure(f"--from {from_date} must be earlier than --to {to_date}")
        pairs = [(files[0], from_date, files[0], to_date)]
    elif len(files) == 2:
        if from_date or to_date:
            raise Failure("--from and --to compare one FILE at two dates; with OLD and NEW use --as-of")
        pairs = [(files[0], as_of, files[1], as_of)]
    else:
        raise Failure(f"diff takes OLD and NEW, or one FILE with --from and --to (got {len(files)} files)")

    rule_set = load_rule_set(rule_dirs)
    summaries = dict(zip(dict.fromkeys(files), parse_all(list(dict.fromkeys(files)), rule_set)))
    diffs = []
    for old_name, old_date, new_name, new_date in pairs:
        old, new = summaries[old_name], summaries[new_name]
        if old.country.code != new.country.code:
            raise Failure(f"{old_name} and {new_name} describe different countries "
                          f"({old.country.code} and {new.country.code})")
        options = dict(conventions=list(conventions) or None, include_unratified=include_unratified,
                       rules=rule_set)
        old_report = normgap.check(old, as_of=old_date, **options)
        new_report = normgap.check(new, as_of=new_date, **options)
        diffs.append(normgap.diff(old_report, new_report, summary=new, rules=rule_set))
    write_output(render_diffs(diffs, fmt, rule_set), output)
    if any(d.regressed for d in diffs):
        click.get_current_context().exit(EXIT_FINDINGS)


@cli.command("parse")
@click.argument("file", type=click.Path(dir_okay=False))
@rules_option
@guarded
def parse_command(file, rule_dirs):
    """Validate a summary and print the typed model the engine will see, as JSON.

    \b
    Example:
      normgap parse fixtures/examplia.law
    """
    rule_set = load_rule_set(rule_dirs)
    (summary,) = parse_all([file], rule_set)
    click.echo(summary.model_dump_json(indent=2))


@cli.command("rules")
@click.argument("convention", required=False)
@rules_option
@guarded
def rules_command(convention, rule_dirs):
    """List the rule files: Conventions, articles covered and rule ids.

    \b
    Example:
      normgap rules
      normgap rules C138
    """
    from normgap.coverage import coverage

    rule_set = load_rule_set(rule_dirs)
    codes = _chosen_conventions(rule_set, convention)
    for code in codes:
        conv = rule_set.conventions[code]
        cover = coverage(conv)
        click.echo(click.style(f"{code} {conv.title}", bold=True) + f"  ({_count(len(conv.rules), 'rule')}, {conv.source})")
        for article in cover.ruled:
            title = conv.article_title(article)
            click.echo(f"  Article {article}" + (f". {title}" if title else ""))
            for rule in cover.rules_at(article):
                click.echo(f"    {rule.id:<52} {rule.status:<8} {rule.kind}")
        click.echo(f"  Coverage: {cover.describe()}")
        if cover.uncovered:
            click.echo(f"  Articles without rules: {', '.join(cover.uncovered)}")
        click.echo("")
    if len(codes) > 1:
        click.echo(click.style("Coverage over articles", bold=True))
        for code in codes:
            cover = coverage(rule_set.conventions[code])
            click.echo(f"  {code:<6} {_count(len(rule_set.conventions[code].rules), 'rule'):>9}  {cover.describe()}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _chosen_conventions(rule_set, convention: str | None) -> list[str]:
    """The one Convention named (a usage error if it has no rule file), or all of them."""
    if not convention:
        return rule_set.codes()
    from normgap.checking import normalise_code

    code = normalise_code(convention)
    if code not in rule_set.conventions:
        raise Failure(f"no rule file for {code}; available: {', '.join(rule_set.codes())}")
    return [code]


@cli.command("vocab")
@click.argument("convention", required=False)
@rules_option
@guarded
def vocab_command(convention, rule_dirs):
    """List topics and declaration keys with their types, units and allowed values.

    \b
    Example:
      normgap vocab C138
    """
    rule_set = load_rule_set(rule_dirs)
    vocabulary = rule_set.vocabulary
    codes = _chosen_conventions(rule_set, convention)
    wanted = codes[0] if convention else None
    if wanted:
        read = set().union(*(r.topics_read() for r in rule_set.conventions[wanted].rules))
        topics = [t for t in vocabulary.topics.values() if t.owner == wanted or t.name in read]
    else:
        topics = list(vocabulary.topics.values())
    click.echo(click.style("Topics", bold=True))
    for spec in sorted(topics, key=lambda t: t.name):
        click.echo(f"  {spec.name:<42} {spec.type.describe()}")
        click.echo(f"  {'':<42} {spec.meaning} [{spec.owner}]")
    click.echo(click.style("Declaration keys (ratified CONV on DATE with KEY = VALUE)", bold=True))
    for code in codes:
        for key, spec in sorted(vocabulary.declarations.get(code, {}).items()):
            article = f", Art. {spec.article}" if spec.article else ""
            click.echo(f"  {code} {key:<38} {spec.type.describe()}")
            click.echo(f"  {'':<42} {spec.meaning}{article}")


@cli.command("explain")
@click.argument("rule_id", metavar="RULE")
@rules_option
@guarded
def explain_command(rule_id, rule_dirs):
    """Say what a rule checks, its article, thresholds, and an example that fires it.

    \b
    Example:
      normgap explain C138.general-age-below-declared
    """
    from normgap.explaining import explain

    rule_set = load_rule_set(rule_dirs)
    click.echo(explain(rule_set, rule_id))


@cli.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@rules_option
@guarded
def test_command(paths, rule_dirs):
    """Run the `# checks:` / `# expect:` annotations of fixture files and report each mismatch.

    Without PATH, runs the fixtures that ship with the rule files (built-in and --rules).

    \b
    Examples:
      normgap test
      normgap test my_rules/fixtures --rules my_rules
    """
    from pathlib import Path

    from normgap.expectations import fixture_files, run_file

    rule_set = load_rule_set(rule_dirs)
    if not paths:
        folders = {Path(c.source).parent / "fixtures" for c in rule_set.conventions.values()}
        paths = tuple(str(f) for f in sorted(folders) if f.is_dir())
    files = fixture_files(list(paths))
    if not files:
        raise Failure("no .law fixture files found")
    failed = 0
    for file in files:
        problems = run_file(file, rule_set)
        if problems:
            failed += 1
            for problem in problems:
                click.echo(problem)
    click.echo(f"fixtures: {len(files) - failed} passed, {failed} failed")
    if failed:
        click.get_current_context().exit(EXIT_FINDINGS)


@cli.command("new-rule")
@click.argument("convention", metavar="CONV")
@click.option("--into", "target", required=True, type=click.Path(file_okay=False),
              help="Directory to write the rule file and its fixtures into (created if missing).")
@click.option("--title", help='The instrument\'s full title, e.g. "Domestic Workers Convention, 2011 (No. 189)".')
@guarded
def new_rule_command(convention, target, title):
    """Write a skeleton rule file for CONV, with one example rule and fixtures that fire and stay silent.

    The result loads with --rules DIR and its fixtures pass at once; edit from there
    (docs/writing-rules.md walks through it).

    \b
    Example:
      normgap new-rule C189 --into my_rules --title "Domestic Workers Convention, 2011 (No. 189)"
      normgap test --rules my_rules my_rules/fixtures
    """
    from pathlib import Path

    from normgap.loader import default_rules
    from normgap.scaffold import skeleton, write_skeleton

    made = skeleton(convention, title)
    built_in = default_rules().conventions.get(made.code)
    if built_in is not None:
        raise Failure(f"{made.code} already has a rule file ({built_in.source}); a second one for the "
                      f"same Convention would not load. Pick another code, or edit that file.")
    for path in write_skeleton(Path(target), made):
        click.echo(f"wrote {path}")
    click.echo(f"next: normgap test --rules {target} {Path(target) / 'fixtures'}")
