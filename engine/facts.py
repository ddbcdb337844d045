"""What the law says *as of* a date: the provisions, acts and declarations in force, as views.

This is the only module that reasons about dates.  It turns a validated ``Summary`` into a
``LawInForce``: provisions in force (one per provision history), the acts in force with the
categories they exclude, the declarations made on ratification, and the drafts.  Rule actions
read these views; the engine turns them into experta facts.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .model import Act, Summary, Value

# How a pinpoint abbreviation reads in a sentence ("s.32(1)" -> "section 32(1)").
_PINPOINT_WORDS = [
    (r"ss?\.\s*", "section "), (r"sec\.\s*", "section "), (r"arts?\.\s*", "article "),
    (r"r\.\s*", "rule "), (r"regs?\.\s*", "regulation "), (r"cl\.\s*", "clause "),
    (r"paras?\.\s*", "paragraph "), (r"sch\.\s*", "Schedule "), (r"ch\.\s*", "chapter "),
]


def pinpoint_words(pinpoint: str) -> str:
    """Spell out a pinpoint's abbreviation as the Committee writes it: ``s.32(1)`` → ``section 32(1)``."""
    for pattern, word in _PINPOINT_WORDS:
        match = re.match(pattern, pinpoint, flags=re.I)
        if match:
            rest = pinpoint[match.end():]
            if pattern.startswith("ss") and pinpoint.lower().startswith("ss"):
                word = "sections "
            return word + rest
    return pinpoint


def value_python(value: Value):
    """The hashable Python value rules compare: a number, bool, name, tuple of names, or text."""
    kind = value.kind
    if kind in ("quantity", "percent"):
        return value.number
    if kind == "money":
        return (value.amount, value.currency)
    if kind == "bool":
        return value.value
    if kind == "enum":
        return value.name
    if kind == "list":
        return tuple(item.name for item in value.items)
    if kind == "string":
        return value.text
    return value.date.isoformat()


def value_text(value: Value) -> str:
    """The value as a summary spells it (``14 years``, ``yes``, ``[race, sex]``)."""
    kind = value.kind
    if kind == "quantity":
        unit = value.unit[:-1] if value.number == 1 else value.unit
        return f"{_num(value.number)} {unit}"
    if kind == "percent":
        return f"{_num(value.number)} %"
    if kind == "money":
        return f"{_num(value.amount)} {value.currency}"
    if kind == "bool":
        return "yes" if value.value else "no"
    if kind == "enum":
        return value.name
    if kind == "list":
        return "[" + ", ".join(item.name for item in value.items) + "]"
    if kind == "string":
        return '"' + value.text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value.date.isoformat()


def _num(number: int | float) -> str:
    return str(number)


@dataclass(frozen=True)
class Provision:
    """One topic as one provision in force states it: what a rule action cites and quotes."""

    index: int
    topic: str
    value: object
    text: str
    act: str
    pinpoint: str
    title: str
    line: int
    draft: bool = False

    @property
    def cite(self) -> str:
        return f"{self.act} {self.pinpoint}"

    @property
    def number(self):
        return self.value if type(self.value) in (int, float) else None

    @property
    def place(self) -> str:
        """The pinpoint in words: ``section 32(1)``."""
        return pinpoint_words(self.pinpoint)

    @property
    def phrase(self) -> str:
        """``section 32(1) of the Labour Code (Act No. 12 of 2005)``."""
        return f"{self.place} of the {_title_in_sentence(self.title)}"


def _title_in_sentence(title: str) -> str:
    return title[4:] if title.lower().startswith("the ") else title


@dataclass(frozen=True)
class Declared:
    """A declaration made on ratification (or the default the rule file gives for it)."""

    convention: str
    key: str
    value: object
    text: str
    explicit: bool
    line: int | None = None


@dataclass(frozen=True)
class ActInForce:
    """An act in force, with the categories of workers its ``scope.excludes`` leaves out."""

    id: str
    title: str
    excludes: tuple[str, ...]
    exclusions: tuple[Provision, ...]  # the scope.excludes provisions that say so
    topics: frozenset[str]

    @property
    def name(self) -> str:
        return _title_in_sentence(self.title)


@dataclass
class LawInForce:
    """Everything a check reads about one country on one date."""

    country_code: str
    country_name: str
    as_of: dt.date
    provisions: list[Provision]
    acts: dict[str, ActInForce]
    declarations: dict[str, dict[str, Declared]]
    ratified: dict[str, dt.date]  # Conventions ratified as of the date
    drafts: list[Provision] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_topic: dict[str, list[Provision]] = {}
        self._by_index: dict[int, Provision] = {}
        for provision in self.provisions:
            self._by_topic.setdefault(provision.topic, []).append(provision)
            self._by_index[provision.index] = provision

    def provision(self, index: int) -> Provision:
        """The provision with this index (what an engine fact refers to)."""
        return self._by_index[index]

    def with_topic(self, topic: str) -> list[Provision]:
        """Provisions in force that give ``topic``, in input order."""
        return list(self._by_topic.get(topic, ()))

    def drafts_with_topic(self, topic: str) -> list[Provision]:
        return [p for p in self.drafts if p.topic == topic]

    def declared(self, convention: str, key: str) -> Declared | None:
        return self.declarations.get(convention, {}).get(key)


def _in_force(start: dt.date | None, until: dt.date | None, as_of: dt.date) -> bool:
    """In force from ``start`` (inclusive) until ``until``, the date it stopped applying."""
    return (start is None or start <= as_of) and (until is None or as_of < until)


def _act_in_force(act: Act, as_of: dt.date) -> bool:
    return not act.draft and _in_force(act.in_force, act.until, as_of)


def law_in_force(summary: Summary, as_of: dt.date, defaults: dict[str, dict[str, object]]) -> LawInForce:
    """Select what applies on ``as_of``; ``defaults`` gives each Convention's undeclared keys."""
    acts = {act.id: act for act in summary.acts}
    candidates: dict[tuple[str, str], tuple] = {}
    drafts: list[Provision] = []
    order = 0
    for statement in summary.statements:
        act = acts[statement.act]
        for assertion in statement.assertions:
            order += 1
            view = Provision(index=order, topic=assertion.topic, value=value_python(assertion.value),
                             text=value_text(assertion.value), act=act.id,
                             pinpoint=statement.pinpoint, title=act.title, line=assertion.span.line,
                             draft=act.draft)
            if act.draft:
                drafts.append(view)
                continue
            if not (_act_in_force(act, as_of) and _in_force(statement.since, statement.until, as_of)):
                continue
            # A provision's history: the statement with the latest `since` replaces the others.
            key = (statement.citation, assertion.topic)
            rank = (statement.since or dt.date.min, order)
            if key not in candidates or candidates[key][0] <= rank:
                candidates[key] = (rank, view)
    provisions = sorted((view for _, view in candidates.values()), key=lambda p: p.index)

    acts_in_force: dict[str, ActInForce] = {}
    for act in summary.acts:
        if not _act_in_force(act, as_of):
            continue
        own = [p for p in provisions if p.act == act.id]
        exclusions = tuple(p for p in own if p.topic == "scope.excludes")
        excluded: list[str] = []
        for p in exclusions:
            excluded.extend(c for c in p.value if c not in excluded)
        acts_in_force[act.id] = ActInForce(id=act.id, title=act.title, excludes=tuple(excluded),
                                           exclusions=exclusions,
                                           topics=frozenset(p.topic for p in own))

    ratified: dict[str, dt.date] = {}
    declarations: dict[str, dict[str, Declared]] = {}
    for convention, keys in defaults.items():
        declarations[convention] = {
            key: Declared(convention, key, value, _plain_text(value), explicit=False)
            for key, value in keys.items() if value is not None}
    for ratification in summary.ratifications:
        if ratification.date > as_of:
            continue
        ratified[ratification.convention] = ratification.date
        keys = declarations.setdefault(ratification.convention, {})
        for declaration in ratification.declarations:
            keys[declaration.key] = Declared(
                ratification.convention, declaration.key, value_python(declaration.value),
                value_text(declaration.value), explicit=True, line=declaration.span.line)
    return LawInForce(summary.country.code, summary.country.name, as_of, provisions,
                      acts_in_force, declarations, ratified, drafts)


def _plain_text(value: object) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, tuple):
        return "[" + ", ".join(value) + "]"
    return str(value)


__all__ = ["Provision", "Declared", "ActInForce", "LawInForce", "law_in_force", "pinpoint_words",
           "value_text", "value_python"]
