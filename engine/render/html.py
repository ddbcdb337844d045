"""Reports and diffs as one self-contained HTML page, laid out like a country's page of comments.

The page is sent to ministries and archived with a reporting cycle, so it must open the same way
years later, offline, and print cleanly: the CSS is inline, there is no script, and a
Content-Security-Policy forbids loading anything at all, so a stray reference would show as an
error rather than as a silent request.  Every piece of text is escaped, wherever it came from.
"""
from __future__ import annotations

import re
from html import escape
from itertools import groupby

from ..diffing import DiffEntry, DiffReport
from ..findings import Finding, Report
from ..loader import RuleSet
from ..version import __version__
from .markdown import CHANGE_HEADINGS, CHANGE_ORDER, article_heading

CSS = """
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1b1b1b; font: 16px/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1, h2, h3, h4 { color: #1d2b57; line-height: 1.25; }
h1 { font-size: 1.8rem; border-bottom: 3px solid #1d2b57; padding-bottom: .3rem; margin-top: 2.5rem; }
h2 { font-size: 1.35rem; border-bottom: 1px solid #c8cedc; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 1.8rem 0 .6rem; }
h4 { font-size: 1rem; margin: 1.4rem 0 .5rem; }
.code { font-weight: normal; color: #5a6480; }
.meta, .ratification { color: #555; }
.sans, table, .badges, .cited, nav { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 1.5rem; font-size: .9rem; }
caption { text-align: left; font-weight: bold; padding-bottom: .4rem; }
th, td { border: 1px solid #c8cedc; padding: .35rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f7; }
tfoot td { font-weight: bold; background: #f7f8fb; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
nav { font-size: .92rem; }
nav ol { padding-left: 1.4rem; margin: .3rem 0; }
a { color: #1d4fa0; }
.finding { margin: .9rem 0 1.6rem; padding-left: 1rem; border-left: 4px solid #c8cedc; }
.finding.conflict { border-left-color: #b3261e; }
.finding.missing { border-left-color: #b7791f; }
.finding.resolved { border-left-color: #1b6e3a; }
.badges { font-size: .8rem; margin-bottom: .4rem; }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: 3px; padding: 0 .4rem;
         text-transform: uppercase; letter-spacing: .04em; }
.badge.conflict, .badge.worsened { color: #b3261e; }
.badge.missing, .badge.new { color: #8a5a00; }
.badge.kind, .badge.unchanged { color: #4a5470; }
.badge.resolved { color: #1b6e3a; }
.badge.improved { color: #1f5f86; }
.badge a { color: inherit; }
table.changes { width: auto; min-width: 18rem; }
.rule, code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85em; }
.cited { font-size: .85rem; color: #444; }
.progress { border-left: 3px solid #1b6e3a; padding-left: .7rem; }
.worsened .progress { border-left-color: #b3261e; }
.previous { color: #555; margin: 0 0 0 .2rem; padding-left: .8rem; border-left: 2px dotted #bbb; }
.explain { font-size: .9rem; background: #f7f8fb; padding: .4rem .8rem; }
@page { margin: 2cm; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  section.report + section.report { break-before: page; }
  nav.toc { break-after: page; }
  h1, h2, h3, h4 { break-after: avoid; }
  .finding, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _page(title: str, body: list[str]) -> str:
    head = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="normgap {escape(__version__)}">',
            f"<title>{escape(title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>", "<main>"]
    return "\n".join([*head, *body, "</main>", "</body>", "</html>"]) + "\n"


def _anchor(*parts: str) -> str:
    return "-".join(re.sub(r"[^0-9A-Za-z]+", "-", p).strip("-") for p in parts)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _ratification(date: str | None) -> str:
    return f"Ratification: {escape(date)}" if date else "Not ratified"


def _badges(finding: Finding, change: str = "") -> str:
    parts = [f'<span class="badge {change}">{escape(change)}</span>'] if change else []
    parts += [f'<span class="badge {finding.status}">{escape(finding.status)}</span>',
              f'<span class="badge kind">{escape(finding.kind.replace("_", " "))}</span>',
              f'<span class="rule">{escape(finding.rule)}</span>']
    if finding.times_raised and finding.first_raised:
        parts.append(escape(f"raised before ({_plural(finding.times_raised, 'time')}, "
                            f"first as of {finding.first_raised})"))
    return f'<p class="badges">{" ".join(parts)}</p>'


def _finding(finding: Finding, explain: bool) -> list[str]:
    out = [f"<p>{escape(p)}</p>" for p in (finding.text.noted, finding.text.recalled, finding.text.requested)]
    if finding.provisions:
        cited = "; ".join(f"{escape(p.cite)}, {escape(p.title)}, line {p.line}" for p in finding.provisions)
        out.append(f'<p class="cited">Provisions cited: {cited}.</p>')
    if explain:
        items = [f"<li><code>{escape(k)}</code> = <code>{escape(v)}</code></li>" for k, v in finding.facts.items()]
        items += [f"<li>read {escape(p.cite)} of the {escape(p.title)}, line {p.line}</li>" for p in finding.provisions]
        out += ['<div class="explain">', f'<p>Rule <code>{escape(finding.rule)}</code> compared:</p>',
                "<ul>", *items, "</ul>", "</div>"]
    return out


# -- check ---------------------------------------------------------------------------------------

def render(reports: list[Report], rules: RuleSet, explain: bool = False) -> str:
    body = []
    if len(reports) > 1:
        links = [f'<li><a href="#r{i}">{escape(r.country.name)} ({escape(r.country.code)})</a> '
                 f"<span class=\"meta\">{escape(r.file)}</span></li>" for i, r in enumerate(reports, 1)]
        conflicts = sum(r.summary.conflict for r in reports)
        missing = sum(r.summary.missing for r in reports)
        body += ['<nav class="countries" aria-label="Countries">',
                 f"<p>{len(reports)} summaries: "
                 f"{_plural(conflicts, 'conflict')}, {missing} missing.</p>", "<ol>", *links, "</ol>", "</nav>"]
    for index, report in enumerate(reports, 1):
        body += _report(report, rules, explain, f"r{index}")
    if len(reports) == 1:
        title = f"{reports[0].country.name}: comments as of {reports[0].as_of}"
    else:
        title = f"Comments on {len(reports)} summaries"
    return _page(f"{title} (normgap)", body)


def _report(report: Report, rules: RuleSet, explain: bool, rid: str) -> list[str]:
    findings = {c: list(fs) for c, fs in groupby(report.findings, key=lambda f: f.convention)}
    checked = [c for c in report.conventions if c.checked]
    out = [f'<section class="report" id="{rid}">',
           f'<h1>{escape(report.country.name)} <span class="code">({escape(report.country.code)})</span></h1>',
           f'<p class="meta">Summary <code>{escape(report.file)}</code>, law in force as of '
           f"{escape(report.as_of)}. Checked by normgap {escape(report.normgap_version)} "
           f"with rules {escape(report.rules_version)}.</p>"]

    rows = []
    for c in report.conventions:
        name = f'<span class="code">{escape(c.code)}</span> {escape(c.title)}'
        if c.checked:
            name = f'<a href="#{_anchor(rid, c.code)}">{name}</a>'
            group = findings.get(c.code, [])
            rows.append(f"<tr><td>{name}</td><td>{escape(c.ratified or 'not ratified')}</td>"
                        f'<td class="n">{sum(f.status == "conflict" for f in group)}</td>'
                        f'<td class="n">{sum(f.status == "missing" for f in group)}</td></tr>')
        else:
            why = "not selected" if c.title else "normgap has no rules for it yet"
            rows.append(f"<tr><td>{name}</td><td>{escape(c.ratified or '')}</td>"
                        f'<td colspan="2">not checked ({why})</td></tr>')
    out += ['<table class="summary">', "<caption>Summary</caption>",
            '<thead><tr><th scope="col">Convention</th><th scope="col">Ratified</th>'
            '<th scope="col" class="n">Conflicts</th><th scope="col" class="n">Missing</th></tr></thead>',
            "<tbody>", *rows, "</tbody>",
            f'<tfoot><tr><td colspan="2">Total</td><td class="n">{report.summary.conflict}</td>'
            f'<td class="n">{report.summary.missing}</td></tr></tfoot>', "</table>"]

    if not checked:
        out += [f"<p>No Convention was checked: none that has a rule file was ratified as of "
                f"{escape(report.as_of)}.</p>", "</section>"]
        return out

    toc, sections = [], []
    for c in checked:
        convention = rules.conventions.get(c.code)
        cid = _anchor(rid, c.code)
        group = findings.get(c.code, [])
        articles = [(a, list(fs)) for a, fs in groupby(group, key=lambda f: f.article)]
        entries = [f'<li><a href="#{_anchor(cid, a)}">{escape(article_heading(a, convention))}</a></li>'
                   for a, _ in articles]
        toc.append(f'<li><a href="#{cid}">{escape(c.code)} {escape(c.title)}</a>'
                   + (f"<ol>{''.join(entries)}</ol>" if entries else "") + "</li>")
        sections += [f'<section class="convention" id="{cid}">',
                     f'<h2><span class="code">{escape(c.code)}</span> {escape(c.title)}</h2>',
                     f'<p class="ratification">{_ratification(c.ratified)}{"" if group else ". No findings."}</p>']
        for article, in_article in articles:
            sections += [f'<section class="article" id="{_anchor(cid, article)}">',
                         f"<h3>{escape(article_heading(article, convention))}</h3>"]
            for finding in in_article:
                sections += [f'<article class="finding {finding.status}">', _badges(finding),
                             *_finding(finding, explain), "</article>"]
            sections.append("</section>")
        sections.append("</section>")
    out += ['<nav class="toc" aria-label="Contents">', "<h2>Contents</h2>", "<ol>", *toc, "</ol>", "</nav>",
            *sections, "</section>"]
    return out


# -- diff ----------------------------------------------------------------------------------------

def render_diff(diffs: list[DiffReport], rules: RuleSet) -> str:
    body = []
    for index, report in enumerate(diffs, 1):
        body += _diff(report, rules, f"d{index}")
    if len(diffs) == 1:
        d = diffs[0]
        title = f"{d.country.name}: progress from {d.old.as_of} to {d.new.as_of}"
    else:
        title = f"Progress in {len(diffs)} countries"
    return _page(f"{title} (normgap)", body)


def _diff(report: DiffReport, rules: RuleSet, rid: str) -> list[str]:
    groups = {change: [e for e in report.entries if e.change == change] for change in CHANGE_ORDER}
    out = [f'<section class="report" id="{rid}">',
           f'<h1>{escape(report.country.name)} <span class="code">({escape(report.country.code)})</span></h1>',
           f'<p class="meta">Progress from <code>{escape(report.old.file)}</code> (law as of '
           f"{escape(report.old.as_of)}) to <code>{escape(report.new.file)}</code> (law as of "
           f"{escape(report.new.as_of)}).</p>"]
    rows = []
    for change in CHANGE_ORDER:
        name = CHANGE_HEADINGS[change]
        label = f'<a href="#{_anchor(rid, change)}">{name}</a>' if groups[change] else name
        rows.append(f'<tr><td><span class="badge {change}">{label}</span></td>'
                    f'<td class="n">{len(groups[change])}</td></tr>')
    out += ['<table class="summary changes">', "<caption>Summary</caption>",
            '<thead><tr><th scope="col">Change</th><th scope="col" class="n">Points</th></tr></thead>',
            "<tbody>", *rows, "</tbody>", "</table>"]
    if not report.entries:
        out.append("<p>No findings in either version.</p>")
    for change in CHANGE_ORDER:
        if not groups[change]:
            continue
        out += [f'<section class="change {change}" id="{_anchor(rid, change)}">',
                f"<h2>{CHANGE_HEADINGS[change]}</h2>"]
        for code, in_convention in groupby(groups[change], key=lambda e: e.convention):
            convention = rules.conventions.get(code)
            title = convention.title if convention else ""
            out.append(f'<h3><span class="code">{escape(code)}</span> {escape(title)}</h3>')
            for article, in_article in groupby(in_convention, key=lambda e: e.article):
                out.append(f"<h4>{escape(article_heading(article, convention))}</h4>")
                for entry in in_article:
                    out += _entry(entry, report)
        out.append("</section>")
    out.append("</section>")
    return out


def _entry(entry: DiffEntry, report: DiffReport) -> list[str]:
    finding = entry.new or entry.old
    out = [f'<article class="finding {finding.status} {entry.change}">', _badges(finding, entry.change)]
    if entry.progress:
        out.append(f'<p class="progress">{escape(entry.progress)}</p>')
    if entry.change == "resolved":
        where = f"<code>{escape(report.old.file)}</code> (law as of {escape(report.old.as_of)})"
        out += ['<div class="previous">', f"<p>As raised on {where}:</p>", *_finding(finding, False), "</div>"]
    else:
        out += _finding(finding, False)
    return out + ["</article>"]
