"""Reports and diffs as SARIF 2.1.0, for code-scanning tools that track findings across commits.

Each finding becomes a result located at the summary line of the provision it first cites, so a
reviewer sees it next to the law it is about; the fingerprint lets the tool recognise the same
finding in the next version of the summary.  A diff marks each result with ``baselineState``,
which is how SARIF itself says new, unchanged, updated or gone.
"""
from __future__ import annotations

import json
import re
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from ..diffing import DiffReport
from ..findings import Finding, Report, convention_sort_key
from ..loader import RuleSet
from ..version import __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"conflict": "error", "missing": "warning"}
BASELINE = {"new": "new", "unchanged": "unchanged", "improved": "updated", "worsened": "updated",
            "resolved": "absent"}


def _uri(file: str) -> str:
    """The report's file as a URI reference: kept relative as given, absolute paths as file: URIs."""
    windows = PureWindowsPath(file)
    if windows.drive:
        return windows.as_uri() if windows.is_absolute() else quote(windows.as_posix())
    posix = PurePosixPath(file.replace("\\", "/"))
    return posix.as_uri() if posix.is_absolute() else quote(posix.as_posix())


def _natural(text: str) -> tuple:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text))


class _Rules:
    """driver.rules: the rules that produced results, in Convention and article order, by index."""

    def __init__(self, rules: RuleSet, findings: list[Finding]) -> None:
        self.rules = rules
        first: dict[str, Finding] = {}
        for finding in findings:
            first.setdefault(finding.rule, finding)
        order = sorted(first.values(), key=lambda f: (convention_sort_key(f.convention), _natural(f.article), f.rule))
        self.descriptors = [self._descriptor(f) for f in order]
        self.index = {d["id"]: i for i, d in enumerate(self.descriptors)}

    def _descriptor(self, finding: Finding) -> dict:
        convention = self.rules.conventions.get(finding.convention)
        rule = next((r for r in convention.rules if r.id == finding.rule), None) if convention else None
        article, status, kind = (rule.article, rule.status, rule.kind) if rule else (
            finding.article, finding.status, finding.kind)
        checks = (rule.checks if rule else "") or f"rule {finding.rule} holds"
        where = f"Article {article} of {finding.convention}"
        if convention:
            title = convention.article_title(article).rstrip(".")
            where = f"Article {article} of the {convention.title}" + (f" ({title})" if title else "")
        name = finding.rule.split(".", 1)[-1]
        return {"id": finding.rule, "name": name,
                "shortDescription": {"text": checks},
                "fullDescription": {"text": f"Under {where}, normgap checks that {checks}."},
                "defaultConfiguration": {"level": LEVELS[status]},
                "properties": {"convention": finding.convention, "article": article, "status": status,
                               "kind": kind}}


def _message(finding: Finding, explain: bool, progress: str = "") -> str:
    paragraphs = [progress] if progress else []
    paragraphs += [finding.text.noted, finding.text.recalled, finding.text.requested]
    if explain:
        facts = "; ".join(f"{name} = {value}" for name, value in finding.facts.items())
        paragraphs.append(f"Rule {finding.rule} compared: {facts or 'no values'}.")
    return "\n\n".join(paragraphs)


def _location(file: str, line: int, text: str | None = None, ident: int | None = None) -> dict:
    location: dict = {}
    if ident is not None:
        location["id"] = ident
    location["physicalLocation"] = {"artifactLocation": {"uri": _uri(file)}, "region": {"startLine": line}}
    if text:
        location["message"] = {"text": text}
    return location


def _result(finding: Finding, index: int, file: str, country: str, as_of: str, message: str) -> dict:
    first = finding.provisions[0] if finding.provisions else None
    result: dict = {"ruleId": finding.rule, "ruleIndex": index, "level": LEVELS[finding.status],
                    "message": {"text": message}, "locations": [_location(file, first.line if first else 1)]}
    related = [_location(file, p.line, f"{p.cite}, {p.title}", i)
               for i, p in enumerate(finding.provisions[1:], 1)]
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {"normgapFingerprint/v1": finding.fingerprint}
    result["properties"] = {"convention": finding.convention, "article": finding.article,
                            "status": finding.status, "kind": finding.kind, "country": country,
                            "as_of": as_of}
    return result


def _document(descriptors: list[dict], results: list[dict]) -> str:
    run = {"tool": {"driver": {"name": "normgap", "version": __version__, "semanticVersion": __version__,
                               "rules": descriptors}},
           "results": results}
    document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render(reports: list[Report], rules: RuleSet, explain: bool = False) -> str:
    pairs = [(report, finding) for report in reports for finding in report.findings]
    catalogue = _Rules(rules, [finding for _, finding in pairs])
    results = [_result(finding, catalogue.index[finding.rule], report.file, report.country.code,
                       report.as_of, _message(finding, explain)) for report, finding in pairs]
    return _document(catalogue.descriptors, results)


def render_diff(diffs: list[DiffReport], rules: RuleSet) -> str:
    picked = []
    for report in diffs:
        for entry in report.entries:
            gone = entry.change == "resolved"
            picked.append((report, entry, entry.old if gone else entry.new, report.old if gone else report.new))
    catalogue = _Rules(rules, [finding for _, _, finding, _ in picked])
    results = []
    for report, entry, finding, side in picked:
        result = _result(finding, catalogue.index[finding.rule], side.file, report.country.code, side.as_of,
                         _message(finding, False, entry.progress))
        result["baselineState"] = BASELINE[entry.change]
        result["properties"]["change"] = entry.change
        results.append(result)
    return _document(catalogue.descriptors, results)
