"""normgap: check national labour law, written as a structured summary, against ILO Conventions.

    import normgap
    summary = normgap.parse_file("fixtures/examplia.law")
    report = normgap.check(summary, as_of="2025-01-01")
    for finding in report.findings:
        print(finding.rule, finding.text.requested)

Names are imported on first use, so that importing normgap (and `normgap --version`) stays fast.
"""
from __future__ import annotations

import importlib

from .version import __version__

_EXPORTS = {
    "parse": "checking", "parse_file": "checking", "check": "checking", "UsageError": "checking",
    "load_rules": "loader", "RuleSet": "loader", "RuleFileError": "authoring",
    "SummaryError": "diagnostics", "Diagnostic": "diagnostics",
    "Summary": "model", "Report": "findings", "Finding": "findings",
    "diff": "diffing", "DiffReport": "diffing", "format_text": "formatting",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'normgap' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
