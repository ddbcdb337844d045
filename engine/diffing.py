"""Progress between two versions of a country's law: what was resolved, improved, new, worsened.

Two reports are compared point by point (``normgap.matching``).  A point only in the old report
is ``resolved`` and the Committee "notes with satisfaction", citing the provision that now deals
with it where the new law has one; a point in both whose measured value (``Finding.measure``)
moved toward the requirement is ``improved`` ("notes with interest … however"), one that moved away
is ``worsened``; otherwise it is ``unchanged``; a point only in the new report is ``new``.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel

from . import voice
from .facts import Provision, law_in_force
from .findings import CountryRef, Finding, convention_sort_key, finding_sort_key
from .loader import RuleSet, default_rules
from .matching import match_findings
from .model import Summary
from .version import __version__

Change = Literal["resolved", "improved", "new", "unchanged", "worsened"]
CHANGES: tuple[Change, ...] = ("new", "worsened", "unchanged", "improved", "resolved")


class Side(BaseModel):
    """One of the two versions compared."""

    file: str
    as_of: str


class DiffEntry(BaseModel):
    change: Change
    rule: str
    convention: str
    article: str
    status: Literal["conflict", "missing"]
    kind: Literal["observation", "direct_request"]
    progress: str  # the Committee's sentence on what changed; empty for new and unchanged points
    old: Finding | None
    new: Finding | None


class DiffTally(BaseModel):
    resolved: int = 0
    improved: int = 0
    new: int = 0
    unchanged: int = 0
    worsened: int = 0


class DiffReport(BaseModel):
    country: CountryRef
    old: Side
    new: Side
    normgap_version: str
    entries: list[DiffEntry]
    summary: DiffTally

    @property
    def regressed(self) -> bool:
        """Something is new or worse: the exit status of ``normgap diff`` is 1."""
        return bool(self.summary.new or self.summary.worsened)


def diff(old_report, new_report, summary: Summary | None = None, rules: RuleSet | None = None) -> DiffReport:
    """Compare two reports on the same country.

    ``summary`` is the summary ``new_report`` was checked from: with it, a resolved point cites
    the provision that now deals with it.
    """
    rules = rules or default_rules()
    law = None
    if summary is not None:
        law = law_in_force(summary, dt.date.fromisoformat(new_report.as_of), rules.defaults())
    entries = []
    for old, new in match_findings(old_report.findings, new_report.findings):
        change, progress = _compare(old, new, law, rules)
        base = new or old
        entries.append(DiffEntry(change=change, rule=base.rule, convention=base.convention,
                                 article=base.article, status=base.status, kind=base.kind,
                                 progress=progress, old=old, new=new))
    entries.sort(key=lambda e: (*finding_sort_key(e.new or e.old)[:3], CHANGES.index(e.change),
                                finding_sort_key(e.new or e.old)[3:]))
    tally = DiffTally(**{c: sum(e.change == c for e in entries) for c in CHANGES})
    return DiffReport(country=new_report.country, old=Side(file=old_report.file, as_of=old_report.as_of),
                      new=Side(file=new_report.file, as_of=new_report.as_of), normgap_version=__version__,
                      entries=entries, summary=tally)


def _compare(old: Finding | None, new: Finding | None, law, rules: RuleSet) -> tuple[Change, str]:
    if new is None:
        return "resolved", _satisfaction(old, law, rules)
    if old is None:
        return "new", ""
    moved = _movement(old, new)
    if moved == 0:
        return "unchanged", ""
    topic = new.measure.topic
    cited = _phrase_of(new, topic, law)
    if new.measure.counts:  # a list point: how many items still fall short
        change = (f"{cited} now leaves {_number(new.measure.value)} {new.measure.counts}, where it "
                  f"previously left {_number(old.measure.value)}")
    else:
        was, now = _amount(old.measure.value, old, topic), _amount(new.measure.value, new, topic)
        change = f"{cited} now sets {_meaning(rules, topic)} at {now}, where it previously provided {was}"
    if moved > 0:
        return "improved", voice.sentence(
            f"The Committee notes with interest that {change}. However, the requirement of Article "
            f"{new.article} of the {_instrument(new)} is not yet fully met")
    return "worsened", voice.sentence(
        f"The Committee notes with concern that {change}, moving further away from the requirement of "
        f"Article {new.article} of the {_instrument(new)}")


def _movement(old: Finding, new: Finding) -> int:
    """+1 toward conformity, -1 away from it, 0 no measurable move."""
    a, b = old.measure, new.measure
    if (a is None or b is None or a.topic != b.topic or a.better != b.better or a.counts != b.counts
            or a.value == b.value):
        return 0
    up = b.value > a.value
    return 1 if up == (b.better == "higher") else -1


def _instrument(finding: Finding) -> str:
    return "Protocol" if finding.convention.startswith("P") else "Convention"


def _meaning(rules: RuleSet, topic: str) -> str:
    spec = rules.vocabulary.topics.get(topic)
    meaning = spec.meaning if spec else voice.words(topic.split(".")[-1])
    return meaning if meaning.startswith("the ") else f"the {meaning}"


def _number(value) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _amount(value, finding: Finding, topic: str) -> str:
    """``14 years``: the unit from the finding's own fact on the topic, else the bare number."""
    stated = finding.facts.get(topic, "")
    unit = stated.split(" ", 1)[1] if " " in stated else ""
    number = int(value) if float(value).is_integer() else value
    return f"{number} {unit}".strip() if unit and not unit[0].isdigit() else str(number)


def _phrase_of(finding: Finding, topic: str, law) -> str:
    """The provision the finding cites on ``topic``, with its act's title."""
    if law is not None:
        cites = {c.cite for c in finding.provisions}
        for provision in law.with_topic(topic):
            if provision.cite in cites:
                return provision.phrase
    if finding.provisions:
        first = finding.provisions[0]
        return f"{_place(first.pinpoint)} of the {first.title.removeprefix('The ')}"
    return "the legislation"


def _place(pinpoint: str) -> str:
    from .facts import pinpoint_words
    return pinpoint_words(pinpoint)


def _satisfaction(old: Finding, law, rules: RuleSet) -> str:
    """'notes with satisfaction', citing what the new law now provides on the rule's topics."""
    instrument = _instrument(old)
    where = f"Article {old.article} of the {instrument}"
    now = _now_provides(old, law, rules)
    if now:
        return voice.sentence(f"The Committee notes with satisfaction that {now}, which resolves the "
                              f"matter it raised under {where}")
    if old.provisions:
        cites = voice.listing(f"{_place(p.pinpoint)} of the {p.title.removeprefix('The ')}" for p in old.provisions)
        return voice.sentence(f"The Committee notes with satisfaction that the matter it raised under {where} "
                              f"on the basis of {cites} no longer arises")
    return voice.sentence(f"The Committee notes with satisfaction that the matter it raised under {where} "
                          f"no longer arises")


def _now_provides(old: Finding, law, rules: RuleSet) -> str:
    if law is None:
        return ""
    convention = rules.conventions.get(old.convention)
    rule = next((r for r in convention.rules if r.id == old.rule), None) if convention else None
    if rule is None:
        return ""
    if "scope.excludes" in old.facts:  # the point was an exclusion: say what became of it
        return _exclusions_now(old, law, rules)
    topics = [t for t in sorted(rule.topics_read()) if t != "scope.excludes"] or sorted(rule.topics_read())
    preferred = [t for t in topics if t in old.facts] or topics
    clauses = [_clause(p, rules) for t in preferred for p in law.with_topic(t)]
    return voice.listing(clauses[:3]) if clauses else ""


def _exclusions_now(old: Finding, law, rules: RuleSet) -> str:
    """What the new law says at the citations that excluded workers, or that they are gone."""
    excluded = [c.strip() for c in old.facts["scope.excludes"].strip("[]").split(",") if c.strip()]
    now = {p.cite: p for p in law.with_topic("scope.excludes")}
    clauses = []
    for cited in old.provisions:
        provision = now.get(cited.cite)
        if provision is not None:
            clauses.append(_clause(provision, rules))
        else:
            whom = voice.listing(voice.category(c) for c in excluded) or "these workers"
            clauses.append(f"{_place(cited.pinpoint)} of the {cited.title.removeprefix('The ')} no longer "
                           f"excludes {whom}")
    return voice.listing(clauses)


def _clause(provision: Provision, rules: RuleSet) -> str:
    spec = rules.vocabulary.topics.get(provision.topic)
    meaning = spec.meaning if spec else voice.words(provision.topic)
    kind = spec.type.kind if spec else ""
    if provision.value is True:
        return f"{provision.phrase} now provides that {meaning}"
    if provision.value is False:
        return f"{provision.phrase} no longer provides that {meaning}"
    if kind in ("quantity", "percent", "money"):
        return f"{provision.phrase} now sets {_meaning(rules, provision.topic)} at {provision.text}"
    if provision.topic == "scope.excludes":
        cats = provision.value if isinstance(provision.value, tuple) else ()
        return (f"{provision.phrase} now excludes only {voice.listing(voice.category(c) for c in cats)}"
                if cats else f"{provision.phrase} no longer excludes any category of workers")
    if isinstance(provision.value, tuple):
        return f"{provision.phrase} now covers {voice.listing(voice.words(v) for v in provision.value)}"
    return f"{provision.phrase} now provides for {voice.words(provision.text)}"


def sort_key(report: DiffReport) -> tuple:
    return (report.country.code, report.new.file)


__all__ = ["DiffEntry", "DiffReport", "DiffTally", "Side", "diff", "CHANGES", "convention_sort_key"]
