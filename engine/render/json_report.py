"""The JSON form of reports: ``{"normgap_version": …, "reports": [REPORT, …]}`` (FINDINGS.md)."""
from __future__ import annotations

import json

from ..findings import Report
from ..version import __version__


def render(reports: list[Report]) -> str:
    document = {"normgap_version": __version__,
                "reports": [report.model_dump(mode="json") for report in reports]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_diff(diffs) -> str:
    """``{"normgap_version": …, "diffs": [DIFF, …]}``, one per pair of summaries compared."""
    document = {"normgap_version": __version__, "diffs": [d.model_dump(mode="json") for d in diffs]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
