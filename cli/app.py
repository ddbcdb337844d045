"""The click group, its shared options and the error handling every command goes through."""
from __future__ import annotations

import datetime as dt
import functools
import sys
import traceback

import click

from normgap.version import __version__

EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 3


class Failure(Exception):
    """A handled failure: its message goes to stderr and the command exits with ``code``."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def guarded(command):
    """Turn library errors into messages and exit codes; no traceback unless --debug."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        from normgap.authoring import RuleFileError
        from normgap.checking import UsageError
        from normgap.diagnostics import SummaryError

        ctx = click.get_current_context()
        try:
            return command(*args, **kwargs)
        except SummaryError as error:
            click.echo(error.render(), err=True)
            n = len(error.diagnostics)
            click.echo(f"{n} error{'s' if n != 1 else ''}; nothing was checked.", err=True)
            ctx.exit(EXIT_USAGE)
        except (UsageError, RuleFileError, Failure) as error:
            label = "rule file error" if isinstance(error, RuleFileError) else "error"
            for line in str(error).splitlines():
                click.echo(f"normgap: {label}: {line}", err=True)
            ctx.exit(getattr(error, "code", EXIT_USAGE))
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except Exception as error:  # noqa: BLE001 - anything else is our bug, said in one line
            if ctx.find_root().params.get("debug"):
                traceback.print_exc()
            else:
                click.echo(f"normgap: internal error: {type(error).__name__}: {error}", err=True)
                click.echo("This is a bug in normgap or in a rule file; run again with --debug for "
                           "the details and report them.", err=True)
            ctx.exit(EXIT_INTERNAL)
    return run


def parse_date(_ctx, _param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def load_rule_set(rule_dirs: tuple[str, ...]):
    from normgap.loader import default_rules, load_rules

    return load_rules(list(rule_dirs)) if rule_dirs else default_rules()


output_option = click.option("--output", "-o", type=click.Path(dir_okay=False),
                             help="Write to this file instead of stdout.")

as_of_option = click.option("--as-of", callback=parse_date, metavar="DATE",
                            help="Check the law in force on this date (YYYY-MM-DD). Default: today.")


def convention_options(verb: str = "Check"):
    """--convention and --all, with the same meaning on every command that checks."""
    def apply(command):
        command = click.option("--all", "include_unratified", is_flag=True,
                               help=f"{verb} every Convention that has a rule file, ratified or not.")(command)
        return click.option("--convention", "conventions", multiple=True, metavar="CODE",
                            help=f"{verb} exactly this Convention, ratified or not (repeatable), "
                                 f"e.g. C138.")(command)
    return apply


rules_option = click.option(
    "--rules", "rule_dirs", multiple=True, type=click.Path(exists=True),
    help="Also load the rule files in this directory (repeatable).")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="normgap", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, help="Show the traceback of internal errors.")
def cli(debug: bool) -> None:
    """Check a country's labour law, written as a structured summary, against ILO Conventions.

    \b
    Example:
      normgap check fixtures/examplia.law
      normgap check fixtures/examplia.law --format json --as-of 2024-01-01
    """


def write_output(text: str, output: str | None) -> None:
    """Write to --output (atomically) or to standard output."""
    import os

    if output is None or output == "-":
        click.echo(text, nl=False, color=False if os.environ.get("NO_COLOR") else None)
        return
    import tempfile

    folder = os.path.dirname(os.path.abspath(output))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".normgap-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(click.unstyle(text))
        os.replace(temporary, output)
    except OSError as error:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise Failure(f"cannot write {output}: {error.strerror or error}") from None


from . import commands  # noqa: E402,F401  (registers the commands on `cli`)
from . import fmt_command  # noqa: E402,F401
from . import matrix_command  # noqa: E402,F401

if sys.version_info < (3, 11):  # pragma: no cover
    raise SystemExit("normgap needs Python 3.11 or later")
