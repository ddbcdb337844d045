"""Reports for people at a terminal: per Convention and article, the paragraphs wrapped.

Colour is added with click.style; the CLI strips it when standard output is not a terminal, so
piped output and files stay plain and byte-identical across runs.
"""
from __future__ import annotations

import textwrap
from itertools import groupby

import click

from ..findings import Report
from ..loader import RuleSet

WIDTH = 88
_STATUS_COLOUR = {"conflict": "red", "missing": "yellow"}


def _wrap(text: str, indent: str) -> str:
    """Fill to WIDTH, never parting a number from its per cent sign ("51 %")."""
    held = text.replace(" %", "\u00a0%")
    return textwrap.fill(held, width=WIDTH, initial_indent=indent, subsequent_indent=indent).replace("\u00a0%", " %")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def render(reports: list[Report], rules: RuleSet, explain: bool = False) -> str:
    blocks = [render_one(report, rules, explain) for report in reports]
    conflicts = sum(r.summary.conflict for r in reports)
    missing = sum(r.summary.missing for r in reports)
    files = "" if len(reports) == 1 else f" in {len(reports)} files"
    tail = (f"{_plural(conflicts, 'conflict')}, {missing} missing{files}" if conflicts or missing
            else f"no findings{files}")
    return "\n".join(blocks) + "\n" + click.style(f"Summary: {tail}.", bold=True) + "\n"


def render_one(report: Report, rules: RuleSet, explain: bool) -> str:
    out = [click.style(f"{report.country.name} ({report.country.code})", bold=True)
           + f" — {report.file} — as of {report.as_of}", ""]
    by_convention = {c: list(fs) for c, fs in groupby(report.findings, key=lambda f: f.convention)}
    not_checked = [c for c in report.conventions if not c.checked]
    for checked in (c for c in report.conventions if c.checked):
        status = f"ratified {checked.ratified}" if checked.ratified else "not ratified"
        out.append(click.style(f"{checked.code} {checked.title}", bold=True, underline=True)
                   + f" — {status}")
        findings = by_convention.get(checked.code, [])
        if not findings:
            out += ["  No findings.", ""]
            continue
        convention = rules.conventions.get(checked.code)
        for article, group in groupby(findings, key=lambda f: f.article):
            heading = f"Article {article}."
            title = convention.article_title(article) if convention else ""
            out += ["", "  " + click.style(heading + (f" {title}." if title else ""), bold=True)]
            for finding in group:
                cites = ", ".join(f"{p.cite} (line {p.line})" for p in finding.provisions)
                label = click.style(f"[{finding.status}]", fg=_STATUS_COLOUR[finding.status])
                kind = finding.kind.replace("_", " ")
                out += ["", f"    {label} {kind} · {finding.rule}" + (f" · {cites}" if cites else "")]
                for paragraph in (finding.text.noted, finding.text.recalled, finding.text.requested):
                    out += [_wrap(paragraph, "      "), ""]
                if explain:
                    out += _explain(finding, rules)
        out.append("")
    if not any(c.checked for c in report.conventions):
        out += ["No Convention was checked: none that has a rule file was ratified as of "
                f"{report.as_of}. Name one with --convention, or use --all.", ""]
    if not_checked:
        names = ", ".join(f"{c.code} (ratified {c.ratified}; "
                          f"{'not selected' if c.title else 'normgap has no rules for it yet'})"
                          for c in not_checked)
        out += [_wrap(f"Ratified but not checked: {names}.", ""), ""]
    count = f"{_plural(report.summary.conflict, 'conflict')}, {report.summary.missing} missing"
    out.append(f"{report.file}: {count}.")
    return "\n".join(line for i, line in enumerate(out) if line or (i and out[i - 1]))  # one blank at most


def _explain(finding, rules: RuleSet) -> list[str]:
    """Why the finding was raised, in words: the rule, its conditions, the values it compared."""
    from ..explaining import explanation

    return [_wrap(line, "      " + "  " * depth) for depth, line in explanation(finding, rules)] + [""]


_CHANGE_HEADINGS = {"resolved": "Resolved", "improved": "Improved", "worsened": "Worsened",
                    "new": "New", "unchanged": "Unchanged"}
_CHANGE_COLOUR = {"resolved": "green", "improved": "green", "worsened": "red", "new": "red",
                  "unchanged": None}
DIFF_ORDER = ("resolved", "improved", "worsened", "new", "unchanged")


def render_diff(diffs, rules: RuleSet) -> str:
    """Progress between two versions: good news first, then what needs action, then the rest."""
    blocks = [_render_one_diff(d, rules) for d in diffs]
    totals = {c: sum(getattr(d.summary, c) for d in diffs) for c in DIFF_ORDER}
    tail = ", ".join(f"{totals[c]} {c}" for c in DIFF_ORDER)
    return "\n".join(blocks) + "\n" + click.style(f"Summary: {tail}.", bold=True) + "\n"


def _render_one_diff(diff, rules: RuleSet) -> str:
    out = [click.style(f"{diff.country.name} ({diff.country.code})", bold=True)
           + f" — {diff.old.file} (as of {diff.old.as_of}) → {diff.new.file} (as of {diff.new.as_of})", ""]
    for change in DIFF_ORDER:
        entries = [e for e in diff.entries if e.change == change]
        if not entries:
            continue
        out += [click.style(f"{_CHANGE_HEADINGS[change]} ({len(entries)})", bold=True,
                            fg=_CHANGE_COLOUR[change]), ""]
        for entry in entries:
            finding = entry.new or entry.old
            convention = rules.conventions.get(entry.convention)
            title = convention.article_title(entry.article) if convention else ""
            cites = ", ".join(f"{p.cite} (line {p.line})" for p in finding.provisions)
            out.append(f"  {entry.convention} Article {entry.article}" + (f". {title}" if title else "")
                       + f" · {entry.rule}" + (f" · {cites}" if cites and entry.new else ""))
            if change == "unchanged":
                continue
            paragraphs = [entry.progress] if entry.progress else []
            if change in ("improved", "worsened"):
                paragraphs += [entry.new.text.recalled, entry.new.text.requested]
            elif change == "new":
                paragraphs += [entry.new.text.noted, entry.new.text.recalled, entry.new.text.requested]
            out.append("")
            for paragraph in paragraphs:
                out += [_wrap(paragraph, "    "), ""]
        out.append("")
    s = diff.summary
    out.append(f"{diff.new.file}: " + ", ".join(f"{getattr(s, c)} {c}" for c in DIFF_ORDER) + ".")
    return "\n".join(line for i, line in enumerate(out) if line or (i and out[i - 1]))
