"""`# checks:` / `# expect:` annotations (LANGUAGE.md): read them and compare with a check.

The semantics are those of the shared acceptance runner, run in-process: each expectation must be
met by a distinct finding (Convention, article prefix, status, and the line's citation when it is
on a provision line); for the Conventions named in `# checks:`, every finding must be expected.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .checking import check, normalise_code, parse, read_text
from .diagnostics import SummaryError, source_lines
from .loader import RuleSet

_EXPECT = re.compile(r"#\s*expect:(?P<body>.*)$")
_ONE = re.compile(r"^\s*(?P<conv>[CP]\d+|MLC)\s+(?P<art>[0-9A-Za-z()]+)\s+(?P<status>conflict|missing)\s*$")
_EXPECT_ERROR = re.compile(r"^\s*#\s*expect-error:\s*(?P<line>\d+)\s*$")
_CHECKS = re.compile(r"^\s*#\s*checks:\s*(?P<convs>.+)$")
_AS_OF = re.compile(r"^\s*#\s*as-of:\s*(?P<date>\d{4}-\d{2}-\d{2})\s*$")
_CITE = re.compile(r"^\s*(?P<act>[A-Za-z][A-Za-z0-9_]*)\s+(?P<pin>[^:#]+?)\s*:")


@dataclass(frozen=True)
class Expectation:
    line: int
    convention: str
    article: str
    status: str
    cite: str | None


@dataclass
class Annotations:
    checks: list[str] = field(default_factory=list)
    expects: list[Expectation] = field(default_factory=list)
    error_lines: list[int] = field(default_factory=list)
    as_of: str | None = None
    problems: list[str] = field(default_factory=list)


def _norm_article(article: str) -> str:
    return re.sub(r"\s+|^(art(icle)?\.?)", "", article.strip(), flags=re.I).lower()


def article_matches(expected: str, actual: str) -> bool:
    """An expected ``3`` matches ``3(1)``; an expected ``3(1)`` matches ``3(1)(a)`` but not ``3(2)``."""
    e, a = _norm_article(expected), _norm_article(actual)
    return a == e or a.startswith(e + "(")


def read_annotations(path: Path, text: str) -> Annotations:
    notes = Annotations()
    for number, line in enumerate(source_lines(text), 1):
        if m := _CHECKS.match(line):
            notes.checks += [normalise_code(c) for c in m.group("convs").split()]
        elif m := _AS_OF.match(line):
            notes.as_of = m.group("date")
        elif m := _EXPECT_ERROR.match(line):
            notes.error_lines.append(int(m.group("line")))
        elif m := _EXPECT.search(line):
            code = line[:m.start()]
            cite_match = _CITE.match(code) if code.strip() else None
            cite = " ".join(f"{cite_match['act']} {cite_match['pin']}".split()) if cite_match else None
            for part in m.group("body").split(";"):
                one = _ONE.match(part)
                if one is None:
                    notes.problems.append(f"{path}:{number}: malformed expectation {part.strip()!r}")
                    continue
                notes.expects.append(Expectation(number, normalise_code(one["conv"]), one["art"],
                                                 one["status"], cite))
    return notes


def run_file(path: Path, rules: RuleSet) -> list[str]:
    """Every mismatch between the file's annotations and a check of it, as ``file:line: …``."""
    text = read_text(path)
    notes = read_annotations(path, text)
    if notes.problems:
        return notes.problems
    try:
        summary = parse(text, filename=str(path), rules=rules)
    except SummaryError as error:
        if not notes.error_lines:
            return [f"{path}: unexpected error: {d.line}:{d.column}: {d.message}" for d in error.diagnostics]
        located = {d.line for d in error.diagnostics}
        return [f"{path}:{line}: expected an error located at this line" for line in notes.error_lines
                if line not in located]
    if notes.error_lines:
        return [f"{path}:{line}: expected an error at this line, but the file is valid"
                for line in notes.error_lines]
    if not notes.checks:
        return [f"{path}: no '# checks:' line"]
    report = check(summary, conventions=notes.checks, as_of=notes.as_of, rules=rules)
    findings = [f for f in report.findings if f.convention in notes.checks]
    used = [False] * len(findings)
    problems = []
    for expected in notes.expects:
        for i, finding in enumerate(findings):
            if used[i] or finding.convention != expected.convention or finding.status != expected.status:
                continue
            if not article_matches(expected.article, finding.article):
                continue
            if expected.cite is not None and expected.cite not in [p.cite for p in finding.provisions]:
                continue
            used[i] = True
            break
        else:
            where = f" citing {expected.cite}" if expected.cite else ""
            problems.append(f"{path}:{expected.line}: expected {expected.convention} {expected.article} "
                            f"{expected.status}{where}: no such finding")
    for i, finding in enumerate(findings):
        if not used[i]:
            cites = ", ".join(p.cite for p in finding.provisions) or "no provision"
            line = finding.provisions[0].line if finding.provisions else 1
            problems.append(f"{path}:{line}: unexpected finding {finding.rule} ({finding.convention} "
                            f"{finding.article} {finding.status}, {cites})")
    return problems


def fixture_files(paths: list[str | Path]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        files += sorted(path.rglob("*.law")) if path.is_dir() else [path]
    return files
