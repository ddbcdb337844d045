"""Checking many summaries: in this process, or spread over worker processes with the same result.

Each worker parses and checks whole files and sends back either a Report or the file's
SummaryError; results are collected in input order, so the output of ``--jobs 4`` is byte for
byte that of ``--jobs 1``.  Workers are forked where that is safe (they inherit the loaded rule
files and the compiled grammar); otherwise they are spawned and load the same rule directories.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .checking import UsageError, check, decode_text, parse, read_text
from .diagnostics import SummaryError
from .findings import Report
from .loader import RuleSet, default_rules, load_rules


@dataclass(frozen=True)
class CheckOptions:
    """What every file is checked with (picklable, so it can travel to workers)."""

    conventions: tuple[str, ...] | None = None
    as_of: str | None = None
    include_unratified: bool = False
    rule_dirs: tuple[str, ...] = ()
    previous: tuple[Report, ...] = field(default_factory=tuple)


_worker_rules: RuleSet | None = None


def _rules_for(options: CheckOptions) -> RuleSet:
    global _worker_rules
    if _worker_rules is None:
        _worker_rules = load_rules(list(options.rule_dirs)) if options.rule_dirs else default_rules()
    return _worker_rules


def check_text(name: str, text: str, options: CheckOptions, rules: RuleSet) -> Report:
    summary = parse(text, filename=name, rules=rules)
    return check(summary, conventions=list(options.conventions) if options.conventions else None,
                 as_of=options.as_of, include_unratified=options.include_unratified, rules=rules,
                 previous=list(options.previous))


def _check_here(name: str, options: CheckOptions, rules: RuleSet) -> Report | SummaryError:
    """One file's report or its SummaryError; anything else propagates."""
    try:
        if name == "-":
            return check_text("<stdin>", decode_text(sys.stdin.buffer.read(), "<stdin>"), options, rules)
        return check_text(name, read_text(name), options, rules)
    except SummaryError as error:
        return error


def _check_file(job: tuple[str, CheckOptions]) -> Report | SummaryError | Exception:
    """One file's report, or its errors; any other failure is sent back as a plain exception.

    Nothing a worker raises may fail to unpickle in the parent (that would hang the pool), so
    failures other than a SummaryError come back as UsageError or RuntimeError with the message.
    """
    name, options = job
    try:
        return _check_here(name, options, _rules_for(options))
    except UsageError as error:
        return UsageError(str(error))
    except Exception as error:  # noqa: BLE001 - re-raised in the parent as an internal error
        return RuntimeError(f"{type(error).__name__}: {error}")


def _start_method() -> str:
    """Fork when this process runs a single thread (workers then inherit the loaded rules and the
    grammar at no cost); otherwise spawn, since forking while another thread holds a lock can
    leave a worker stuck on it forever."""
    import threading

    if sys.platform != "win32" and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def check_files(names: list[str], options: CheckOptions, rules: RuleSet, jobs: int = 1,
                progress: Callable[[int], None] | None = None) -> list[Report]:
    """Parse and check every file; raise one SummaryError listing every bad file's errors.

    ``-`` reads standard input (in this process).  ``progress(n)`` is called as files finish.
    """
    global _worker_rules
    _worker_rules = rules
    results: list[Report | SummaryError] = []
    stdin_first = [n for n in names if n == "-"]
    if jobs > 1 and len(names) - len(stdin_first) > 1 and not stdin_first:
        context = multiprocessing.get_context(_start_method())
        with context.Pool(min(jobs, len(names))) as pool:
            for result in pool.imap(_check_file, [(n, options) for n in names], chunksize=1):
                results.append(result)
                if progress:
                    progress(1)
    else:
        for name in names:
            results.append(_check_here(name, options, rules))
            if progress:
                progress(1)
    crashes = [r for r in results if isinstance(r, Exception) and not isinstance(r, SummaryError)]
    if crashes:
        raise crashes[0]
    failures = [r for r in results if isinstance(r, SummaryError)]
    if failures:
        raise SummaryError.merge(failures)
    return [r for r in results if isinstance(r, Report)]


def load_reports(paths: Iterable[str]) -> list[Report]:
    """Reports from files written by ``check --format json`` (for ``--previous``).

    Raises ValueError with a message naming the file when one is not such a report.
    """
    import json

    from pydantic import ValidationError

    reports: list[Report] = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as stream:
                document = json.load(stream)
            items = document["reports"] if isinstance(document, dict) and "reports" in document else None
            if not isinstance(items, list):
                raise ValueError("it has no \"reports\" list")
            reports += [Report.model_validate(item) for item in items]
        except OSError as error:
            raise ValueError(f"{path}: cannot read it: {error.strerror or error}") from None
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{error.lineno}:{error.colno}: not JSON: {error.msg}") from None
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ValueError(f"{path}: not a normgap JSON report ({where}: {first['msg']})") from None
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}: not a normgap JSON report ({error})") from None
    return reports
