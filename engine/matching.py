"""Which finding of one report is the same point as a finding of another.

Used by ``diff`` (two versions of the law) and by ``check --previous`` (earlier reports).  A
finding is first matched by fingerprint (rule + country + citations); what is left is matched by
rule id (the rule id carries the Convention), in report order, so that a point survives the
renumbering of a section ("s.32" becoming "s.30").
"""
from __future__ import annotations

from .findings import Finding


def match_findings(old: list[Finding], new: list[Finding]) -> list[tuple[Finding | None, Finding | None]]:
    """Pairs (old, new); a ``None`` side means the point is only in the other list.

    The pairs come in ``new``'s order, then the unmatched old findings in ``old``'s order.
    """
    old_left = list(old)
    by_fingerprint = {f.fingerprint: f for f in old}
    partner: dict[int, Finding] = {}
    for position, finding in enumerate(new):
        twin = by_fingerprint.get(finding.fingerprint)
        if twin is not None and twin in old_left:
            partner[position] = twin
            old_left.remove(twin)
    for position, finding in enumerate(new):
        if position in partner:
            continue
        twin = next((f for f in old_left if f.rule == finding.rule), None)
        if twin is not None:
            partner[position] = twin
            old_left.remove(twin)
    pairs: list[tuple[Finding | None, Finding | None]] = [(partner.get(i), f) for i, f in enumerate(new)]
    pairs += [(f, None) for f in old_left]
    return pairs
