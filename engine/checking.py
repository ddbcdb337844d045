"""The library's verbs: ``parse``, ``parse_file`` and ``check``; the CLI only calls these.

Nothing here is global but the process-wide cache of built-in rule files and their compiled
engines, which are read-only once built and locked while running.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import voice
from .authoring import FindingDraft
from .diagnostics import Diagnostic, SummaryError, source_lines
from .facts import law_in_force
from .findings import (
    CitedProvision, Measure, ConventionChecked, CountryRef, Finding, FindingText, Report, Tally, convention_sort_key,
    fingerprint, finding_sort_key,
)
from .loader import RuleSet, default_rules
from .model import Summary
from .parsing import parse_statements
from .validate import build_summary
from .version import __version__


class UsageError(ValueError):
    """A request that cannot be met as asked (e.g. a Convention without a rule file)."""


def parse(text: str, filename: str = "<summary>", rules: RuleSet | None = None) -> Summary:
    """Parse and validate a summary; raise ``SummaryError`` with every problem found."""
    rules = rules or default_rules()
    if text.startswith("\ufeff"):
        text = text[1:]
    nodes, diagnostics = parse_statements(text, filename)
    summary = build_summary(nodes, rules.vocabulary, filename, diagnostics)
    if summary is None:
        raise SummaryError(diagnostics, text)
    return summary


def read_text(path: str | Path, display_name: str | None = None) -> str:
    """A summary file's text; bytes that are not UTF-8 are located errors, not a crash."""
    name = display_name or str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SummaryError([Diagnostic(1, 1, f"cannot read the file: {exc.strerror or exc}", name)]) from None
    return decode_text(data, name)


def decode_text(data: bytes, name: str) -> str:
    """Bytes → text; bytes that are not UTF-8 are located errors (one per line), not a crash."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    diagnostics = []
    for number, line in enumerate(source_lines(text), 1):
        for column, ch in enumerate(line, 1):
            if "\udc80" <= ch <= "\udcff":
                byte = ord(ch) - 0xDC00
                diagnostics.append(Diagnostic(number, column, f"byte 0x{byte:02x} is not valid UTF-8; "
                                                              f"save the file as UTF-8", name))
                break
    clean = data.decode("utf-8", errors="replace")
    raise SummaryError(diagnostics, clean)


def parse_file(path: str | Path, rules: RuleSet | None = None) -> Summary:
    """Read and parse a ``.law`` file (the file name given is the one errors show)."""
    return parse(read_text(path), filename=str(path), rules=rules)


def select_conventions(summary: Summary, rules: RuleSet, conventions, as_of: dt.date,
                       include_unratified: bool) -> list[str]:
    """Which Conventions a check covers (FINDINGS.md "A report")."""
    if conventions:
        wanted = []
        for code in conventions:
            code = normalise_code(code)
            if code not in rules.conventions:
                raise UsageError(f"no rule file for {code}; available: {', '.join(rules.codes())}")
            if code not in wanted:
                wanted.append(code)
        return wanted
    if include_unratified:
        return rules.codes()
    return [c for c in rules.codes()
            if (r := summary.ratification(c)) is not None and r.date <= as_of]


def normalise_code(code: str) -> str:
    code = code.strip().upper()
    if code[:1] in ("C", "P") and code[1:].isdigit():
        return code[0] + str(int(code[1:]))
    return code


def check(summary: Summary, conventions=None, as_of: dt.date | str | None = None,
          include_unratified: bool = False, rules: RuleSet | None = None,
          previous: list[Report] | None = None) -> Report:
    """Check a summary against the rule files and return its report.

    ``previous``: earlier reports on the same country (``check --previous``); a finding they
    raised is worded as a repeat and carries ``first_raised`` and ``times_raised``.
    """
    rules = rules or default_rules()
    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    as_of = as_of or dt.date.today()
    codes = select_conventions(summary, rules, conventions, as_of, include_unratified)
    law = law_in_force(summary, as_of, rules.defaults())
    drafts = rules.engine_for(codes).run(law) if codes else []

    findings = _findings(drafts, summary.country.code, as_of.isoformat(),
                         [p for p in previous or () if p.country.code == summary.country.code])
    tally = Tally(conflict=sum(f.status == "conflict" for f in findings),
                  missing=sum(f.status == "missing" for f in findings))
    listed = sorted(set(codes) | set(law.ratified), key=convention_sort_key)
    checked = [ConventionChecked(code=c, title=rules.conventions[c].title if c in rules.conventions else "",
                                 ratified=law.ratified[c].isoformat() if c in law.ratified else None,
                                 checked=c in codes) for c in listed]
    return Report(file=summary.file, country=CountryRef(code=summary.country.code, name=summary.country.name),
                  as_of=as_of.isoformat(), normgap_version=__version__, rules_version=rules.version,
                  conventions=checked, findings=findings, summary=tally)


def finding_from_draft(draft: FindingDraft, country: str, times_raised: int = 0,
                       first_raised: str | None = None) -> Finding:
    rule = draft.rule
    cited = [CitedProvision(cite=p.cite, act=p.act, pinpoint=p.pinpoint, title=p.title, line=p.line)
             for p in sorted(draft.provisions, key=lambda p: p.index)]
    requested = voice.requested(draft.paragraphs["requested_action"], ratified=draft.ratified,
                                status=rule.status, instrument=draft.instrument,
                                times_raised=times_raised)
    bills = [p for p in draft.law.drafts if p.topic in rule.topics_read()]
    if bills and draft.ratified:
        unique = list(dict.fromkeys((p.place, p.title.removeprefix("The ")) for p in bills))
        requested += " " + voice.pending_drafts([u[0] for u in unique], [u[1] for u in unique])
    return Finding(rule=rule.id, convention=rule.convention, article=rule.article, status=rule.status,
                   kind=rule.kind, provisions=cited, facts=dict(sorted(draft.facts.items())),
                   text=FindingText(noted=draft.paragraphs["noted"], recalled=draft.paragraphs["recalled"],
                                    requested=requested),
                   ratified=draft.ratified,
                   fingerprint=fingerprint(rule.id, country, [c.cite for c in cited]),
                   measure=Measure(topic=draft.measured[0], value=draft.measured[1], better=draft.measured[2],
                                   counts=draft.measured[3])
                   if draft.measured else None,
                   first_raised=first_raised, times_raised=times_raised)


def _findings(drafts: list[FindingDraft], country: str, as_of: str,
              previous: list[Report] = ()) -> list[Finding]:
    """Drafts → findings: one per fingerprint (a rule firing twice on the same citations), sorted.

    A finding an earlier report raised is built again with its history, so that its request is
    worded as a repeat.
    """
    chosen: dict[str, tuple[Finding, FindingDraft]] = {}
    built = sorted(((finding_from_draft(d, country, first_raised=as_of), d) for d in drafts),
                   key=lambda pair: (pair[0].fingerprint, pair[0].text.noted, sorted(pair[0].facts.items())))
    for finding, draft in built:
        chosen.setdefault(finding.fingerprint, (finding, draft))
    findings = sorted((f for f, _ in chosen.values()), key=finding_sort_key)
    if not previous:
        return findings
    history = _history(findings, previous)
    return [finding_from_draft(chosen[f.fingerprint][1], country, *history[f.fingerprint])
            if f.fingerprint in history else f for f in findings]


def _history(findings: list[Finding], previous: list[Report]) -> dict[str, tuple[int, str]]:
    """For each finding raised before: (times raised in earlier reports, date first raised).

    A previous report's own counts are carried forward, so a chain of reports each given only its
    predecessor still counts every cycle; several reports given at once count once each.
    """
    from .matching import match_findings

    dates: dict[str, set[str]] = {}
    chained: dict[str, int] = {}
    first: dict[str, str] = {}
    for report in previous:
        for old, new in match_findings(report.findings, findings):
            if old is None or new is None:
                continue
            key = new.fingerprint
            dates.setdefault(key, set()).add(report.as_of)
            chained[key] = max(chained.get(key, 0), old.times_raised + 1)
            first[key] = min(first.get(key, report.as_of), old.first_raised or report.as_of, report.as_of)
    return {key: (max(chained[key], len(dates[key])), first[key]) for key in dates}
