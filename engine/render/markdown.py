"""Reports and diffs as GitHub-flavoured Markdown, laid out like a country's page of comments.

The Markdown is meant to be pasted into an issue, a wiki or a pull request, so the table of
contents links to the anchors GitHub derives from heading text (``_Slugs`` reproduces its rule,
duplicates included).  Everything taken from a summary is escaped: an act's title may well
contain ``*``, ``_`` or ``|``.
"""
from __future__ import annotations

import re
from itertools import groupby

from ..diffing import DiffEntry, DiffReport
from ..findings import Finding, Report
from ..loader import RuleSet

# The order a reader wants: good news first, then what got worse, then what is new.
CHANGE_ORDER = ("resolved", "improved", "worsened", "new", "unchanged")
CHANGE_HEADINGS = {"resolved": "Resolved", "improved": "Improved", "worsened": "Worsened",
                   "new": "New", "unchanged": "Unchanged"}

_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~])")
_BLOCK_START = re.compile(r"^(\d+)([.)])|^([#>+-])")


def escape(text: str) -> str:
    """Backslash-escape what Markdown would otherwise read as markup inside a line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def paragraph(text: str) -> str:
    """A line of its own: also escape what would open a list, a heading or a quote."""
    return _BLOCK_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}",
                            escape(text))


def code(text: str) -> str:
    """A code span that survives backticks inside ``text``."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


class _Slugs:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, -1 -2 … on repeats."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, heading: str) -> str:
        base = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        count = self.seen.get(base, 0)
        self.seen[base] = count + 1
        return base if count == 0 else f"{base}-{count}"


def article_heading(article: str, convention) -> str:
    title = convention.article_title(article) if convention else ""
    return f"Article {article}." + (f" {title.rstrip('.')}." if title else "")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _badges(finding: Finding) -> str:
    parts = [f"**{finding.status.capitalize()}**", finding.kind.replace("_", " "), code(finding.rule)]
    if finding.times_raised and finding.first_raised:
        parts.append(f"raised before ({_plural(finding.times_raised, 'time')}, first as of {finding.first_raised})")
    if finding.provisions:
        parts.append(", ".join(f"{escape(p.cite)} (line {p.line})" for p in finding.provisions))
    return " · ".join(parts)


def _paragraphs(finding: Finding) -> list[str]:
    out = []
    for text in (finding.text.noted, finding.text.recalled, finding.text.requested):
        out += [paragraph(text), ""]
    return out


def _explain(finding: Finding) -> list[str]:
    lines = [f"Rule {code(finding.rule)} compared:", ""]
    lines += [f"- {code(name)} = {code(value)}" for name, value in finding.facts.items()]
    lines += [f"- read {escape(p.cite)} of the {escape(p.title)}, line {p.line}" for p in finding.provisions]
    return lines + [""]


# -- check ---------------------------------------------------------------------------------------

def render(reports: list[Report], rules: RuleSet, explain: bool = False) -> str:
    slugs = _Slugs()
    blocks = [_render_one(report, rules, explain, slugs) for report in reports]
    if len(reports) > 1:
        conflicts = sum(r.summary.conflict for r in reports)
        missing = sum(r.summary.missing for r in reports)
        blocks.append(f"**Summary:** {_plural(conflicts, 'conflict')}, {missing} missing "
                      f"in {len(reports)} files.\n")
    return "\n".join(blocks)


def _render_one(report: Report, rules: RuleSet, explain: bool, slugs: _Slugs) -> str:
    country = f"{report.country.name} ({report.country.code})"
    out = [f"# {escape(country)}", "", f"Summary {code(report.file)}, law in force as of {report.as_of}. "
           f"Checked by normgap {escape(report.normgap_version)} with rules {escape(report.rules_version)}.", ""]
    slugs(country)
    findings = {c: list(fs) for c, fs in groupby(report.findings, key=lambda f: f.convention)}
    checked = [c for c in report.conventions if c.checked]

    out += ["| Convention | Ratified | Conflicts | Missing |", "| --- | --- | ---: | ---: |"]
    for c in report.conventions:
        name = escape(f"{c.code} {c.title}".strip())
        if c.checked:
            group = findings.get(c.code, [])
            out.append(f"| {name} | {c.ratified or 'not ratified'} | "
                       f"{sum(f.status == 'conflict' for f in group)} | {sum(f.status == 'missing' for f in group)} |")
        else:
            why = "not selected" if c.title else "normgap has no rules for it yet"
            out.append(f"| {name} | {c.ratified} | not checked ({why}) | |")
    out += [f"| **Total** | | **{report.summary.conflict}** | **{report.summary.missing}** |", ""]

    if not checked:
        out += [f"No Convention was checked: none that has a rule file was ratified as of {report.as_of}.", ""]
        return "\n".join(out)

    slugs("Contents")  # the contents heading comes first in the document, so it takes its anchor first
    sections, toc = [], []
    for c in checked:
        convention = rules.conventions.get(c.code)
        heading = f"{c.code} {c.title}"
        toc.append(f"- [{escape(heading)}](#{slugs(heading)})")
        sections += [f"## {escape(heading)}", "",
                     f"Ratified {c.ratified}." if c.ratified else "Not ratified.", ""]
        group = findings.get(c.code, [])
        if not group:
            sections += ["No findings.", ""]
        for article, in_article in groupby(group, key=lambda f: f.article):
            title = article_heading(article, convention)
            toc.append(f"  - [{escape(title)}](#{slugs(title)})")
            sections += [f"### {escape(title)}", ""]
            for finding in in_article:
                sections += [_badges(finding), "", *_paragraphs(finding)]
                if explain:
                    sections += _explain(finding)
    out += ["## Contents", "", *toc, "", *sections]
    return "\n".join(out)


# -- diff ----------------------------------------------------------------------------------------

def render_diff(diffs: list[DiffReport], rules: RuleSet) -> str:
    slugs = _Slugs()
    return "\n".join(_render_diff_one(d, rules, slugs) for d in diffs)


def _render_diff_one(report: DiffReport, rules: RuleSet, slugs: _Slugs) -> str:
    country = f"{report.country.name} ({report.country.code})"
    slugs(country)
    out = [f"# {escape(country)}", "",
           f"Progress from {code(report.old.file)} (law as of {report.old.as_of}) to "
           f"{code(report.new.file)} (law as of {report.new.as_of}).", "",
           "| Change | Points |", "| --- | ---: |"]
    groups = {change: [e for e in report.entries if e.change == change] for change in CHANGE_ORDER}
    sections = []
    for change in CHANGE_ORDER:
        entries = groups[change]
        name = CHANGE_HEADINGS[change]
        if not entries:
            out.append(f"| {name} | 0 |")
            continue
        out.append(f"| [{name}](#{slugs(name)}) | {len(entries)} |")
        sections += [f"## {name}", ""]
        for code_, in_convention in groupby(entries, key=lambda e: e.convention):
            convention = rules.conventions.get(code_)
            heading = f"{code_} {convention.title}" if convention else code_
            slugs(heading)
            sections += [f"### {escape(heading)}", ""]
            for article, in_article in groupby(in_convention, key=lambda e: e.article):
                title = article_heading(article, convention)
                slugs(title)
                sections += [f"#### {escape(title)}", ""]
                for entry in in_article:
                    sections += _entry(entry, report)
    out += ["", *sections]
    if not report.entries:
        out += ["No findings in either version.", ""]
    return "\n".join(out)


def _entry(entry: DiffEntry, report: DiffReport) -> list[str]:
    finding = entry.new or entry.old
    out = [_badges(finding), ""]
    if entry.progress:
        out += [paragraph(entry.progress), ""]
    if entry.change == "resolved":
        out += [f"As raised on {code(report.old.file)} (law as of {report.old.as_of}):", ""]
        out += [f"> {line}" if line else ">" for line in _paragraphs(finding)[:-1]] + [""]
    else:
        out += _paragraphs(finding)
    return out
