"""`normgap fmt`: rewrite summaries in the canonical layout, or say which ones it would change."""
from __future__ import annotations

import os
import stat
import sys
import tempfile

import click

from .app import EXIT_FINDINGS, EXIT_USAGE, Failure, cli, guarded, load_rule_set, rules_option

STDIN_NAME = "<stdin>"


@cli.command("fmt")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--check", "check_only", is_flag=True,
              help="Write nothing; name each file that would change and exit 1 if any would.")
@rules_option
@guarded
def fmt_command(files, check_only, rule_dirs):
    """Rewrite summaries in one canonical layout: spacing, value spelling, blank lines.

    Statements stay in their order and comments stay where they were; only the layout changes.
    A file with errors is left as it is and its errors are reported (exit 2). Files are replaced
    atomically, and files already in the canonical layout are not touched. FILE may be - to read
    a summary from standard input and write the formatted text to standard output.

    \b
    Examples:
      normgap fmt fixtures/*.law
      normgap fmt --check fixtures/*.law
      normgap fmt - < draft.law > draft.formatted.law
    """
    rule_set = load_rule_set(rule_dirs)
    if "-" in files and len(files) > 1:
        raise Failure("'-' (standard input) cannot be combined with other files")
    if files == ("-",):
        _format_stdin(check_only, rule_set)
        return
    changed = unchanged = 0
    broken: list[str] = []
    for name in dict.fromkeys(files):
        outcome = _format_file(name, check_only, rule_set)
        if outcome is None:
            broken.append(name)
        elif outcome:
            changed += 1
            click.echo(f"{'would reformat' if check_only else 'reformatted'} {name}")
        else:
            unchanged += 1
    click.echo(_tally(changed, unchanged, len(broken), check_only))
    ctx = click.get_current_context()
    if broken:
        ctx.exit(EXIT_USAGE)
    if check_only and changed:
        ctx.exit(EXIT_FINDINGS)


def _format_file(name: str, check_only: bool, rule_set) -> bool | None:
    """Whether the file changes (or would); None when it has errors or cannot be written."""
    from normgap.checking import read_text
    from normgap.diagnostics import SummaryError
    from normgap.formatting import format_text

    try:
        text = read_text(name)
        formatted = format_text(text, filename=name, rules=rule_set)
    except SummaryError as error:
        _report(error)
        return None
    if formatted == text:
        return False
    if not check_only:
        try:
            write_atomically(name, formatted)
        except OSError as error:
            click.echo(f"normgap: error: cannot write {name}: {error.strerror or error}", err=True)
            return None
    return True


def _format_stdin(check_only: bool, rule_set) -> None:
    """``-``: the formatted text goes to standard output (or, with --check, only the verdict)."""
    from normgap.checking import decode_text
    from normgap.diagnostics import SummaryError
    from normgap.formatting import format_text

    ctx = click.get_current_context()
    try:
        text = decode_text(sys.stdin.buffer.read(), STDIN_NAME)
        formatted = format_text(text, filename=STDIN_NAME, rules=rule_set)
    except SummaryError as error:
        _report(error)
        ctx.exit(EXIT_USAGE)
    if check_only:
        if formatted != text:
            click.echo(f"would reformat {STDIN_NAME}")
            ctx.exit(EXIT_FINDINGS)
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (an embedding program's); the text is already LF-only
        click.echo(formatted, nl=False)
        return
    sys.stdout.flush()
    buffer.write(formatted.encode("utf-8"))
    buffer.flush()


def _report(error) -> None:
    """A file's errors exactly as `normgap check` prints them, and that it was left alone."""
    click.echo(error.render(), err=True)
    n = len(error.diagnostics)
    click.echo(f"{n} error{'s' if n != 1 else ''}; the file was left unchanged.", err=True)


def _tally(changed: int, unchanged: int, broken: int, check_only: bool) -> str:
    def files(n: int) -> str:
        return f"{n} file{'s' if n != 1 else ''}"

    if check_only:
        parts = [f"{files(changed)} would be reformatted", f"{files(unchanged)} already formatted"]
    else:
        parts = [f"{files(changed)} reformatted", f"{files(unchanged)} left unchanged"]
    if broken:
        parts.append(f"{files(broken)} with errors left unchanged")
    return ", ".join(parts) + "."


def write_atomically(name: str, text: str) -> None:
    """Replace the file in one step (a temporary file in its folder, then a rename), keeping its mode.

    A symbolic link is followed, so the link stays a link and its target gets the new text.
    """
    target = os.path.realpath(name)
    mode = stat.S_IMODE(os.stat(target).st_mode)
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".normgap-fmt-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8"))
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
