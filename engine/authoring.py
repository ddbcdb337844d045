"""The rule-authoring API: what a rule file imports (through ``normgap.rules``) and nothing more.

A rule file builds one ``Convention``: its title and articles, the topics and declaration keys it
reads, and its rules.  A rule is a list of conditions (``provision``, ``no_provision``,
``declared``, ``act``, ``where``) and an action that writes the finding's three paragraphs.
Conditions are plain descriptions here; ``normgap.run`` compiles them into experta patterns only
for the Conventions being checked, so importing a rule file stays cheap.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from . import voice
from .facts import ActInForce, Declared, LawInForce, Provision
from .vocabulary import DeclarationSpec, TopicSpec, ValueType

STATUSES = ("conflict", "missing")
KINDS = ("observation", "direct_request")
ARTICLE = re.compile(r"^\d+[A-Za-z]?(\(\d+\))?(\([a-z]+\))?(\(\w+\))?$")
RULE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CONVENTION_CODE = re.compile(r"^(C|P)[1-9][0-9]*$|^MLC$")

ANY = object()  # "any value": no test on the value


class RuleFileError(Exception):
    """A rule file that cannot be used: said clearly, never skipped."""


# -- value tests (used as ``value=`` of a condition); each is total: a wrong type is just False --

@dataclass(frozen=True, eq=False)
class ValueTest:
    """A test on a provision's value that can also say what it tests (for `normgap explain`)."""

    test: Callable[[Any], bool]
    words: str
    better: str | None = None  # "higher" or "lower": which way a value moves toward conformity

    def __call__(self, value) -> bool:
        return self.test(value)

    def __str__(self) -> str:
        return self.words


def _is_number(v) -> bool:
    return type(v) in (int, float)


def below(limit) -> ValueTest:
    """A number strictly below ``limit``."""
    return ValueTest(lambda v: _is_number(v) and v < limit, f"below {limit}", "higher")


def above(limit) -> ValueTest:
    """A number strictly above ``limit``."""
    return ValueTest(lambda v: _is_number(v) and v > limit, f"above {limit}", "lower")


def between(low, high) -> ValueTest:
    """A number from ``low`` to ``high``, both included."""
    return ValueTest(lambda v: _is_number(v) and low <= v <= high, f"from {low} to {high}")


def from_up_to(low, high) -> ValueTest:
    """A number at least ``low`` and below ``high`` (16 or 17 is ``from_up_to(16, 18)``)."""
    return ValueTest(lambda v: _is_number(v) and low <= v < high, f"at least {low} and below {high}", "higher")


def one_of(*names) -> ValueTest:
    allowed = frozenset(names)
    return ValueTest(lambda v: isinstance(v, str) and v in allowed, "one of " + ", ".join(names))


def nonempty() -> ValueTest:
    return ValueTest(lambda v: isinstance(v, tuple) and len(v) > 0, "not empty")


def lacks_any(*names) -> ValueTest:
    """A list missing at least one of ``names``."""
    wanted = frozenset(names)
    return ValueTest(lambda v: isinstance(v, tuple) and not wanted <= set(v),
                     "lacking any of " + ", ".join(names))


def has_any(*names) -> ValueTest:
    wanted = frozenset(names)
    return ValueTest(lambda v: isinstance(v, tuple) and bool(wanted & set(v)),
                     "holding any of " + ", ".join(names))


def has_other_than(*names) -> ValueTest:
    """A list holding at least one item outside ``names``."""
    allowed = frozenset(names)
    return ValueTest(lambda v: isinstance(v, tuple) and any(item not in allowed for item in v),
                     "holding an item other than " + ", ".join(names))


def describe_value(value) -> str:
    """A condition's value test in words: ``below 16``, ``yes``, ``any value``."""
    if value is ANY:
        return "any value"
    if value is True or value is False:
        return "yes" if value else "no"
    return str(value) if isinstance(value, ValueTest) else repr(value)


# -- conditions --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProvisionCondition:
    topic: str
    value: Any = ANY
    as_: str | None = None
    negated: bool = False


@dataclass(frozen=True)
class DeclarationCondition:
    key: str
    value: Any = ANY
    as_: str | None = None
    negated: bool = False


@dataclass(frozen=True)
class ActCondition:
    of: str | None = None
    excludes: Any = ANY
    as_: str | None = None


@dataclass(frozen=True)
class WhereCondition:
    test: Callable[..., bool]
    words: str = ""
    better: str | None = None


def provision(topic: str, value: Any = ANY, as_: str | None = None) -> ProvisionCondition:
    """A provision in force gives ``topic`` (with a value equal to, or passing, ``value``).

    The rule fires once per matching provision; ``as_`` names it for ``where`` and the action.
    """
    return ProvisionCondition(topic, value, as_)


def no_provision(topic: str, value: Any = ANY) -> ProvisionCondition:
    """No provision in force gives ``topic`` (with that value): ``no_provision(t, True)`` is "no t = yes"."""
    return ProvisionCondition(topic, value, None, negated=True)


def declared(key: str, value: Any = ANY, as_: str | None = None) -> DeclarationCondition:
    """The Convention's declaration ``key`` (or its default) has a value (equal to, or passing, ``value``)."""
    return DeclarationCondition(key, value, as_)


def not_declared(key: str, value: Any = ANY) -> DeclarationCondition:
    return DeclarationCondition(key, value, None, negated=True)


def act(of: str | None = None, excludes: Any = ANY, as_: str | None = None) -> ActCondition:
    """An act in force (the act of the provision named ``of``, if given) whose exclusions pass ``excludes``."""
    return ActCondition(of, excludes, as_)


def where(test: Callable[..., bool], words: str = "", better: str | None = None) -> WhereCondition:
    """A test over named conditions: its parameters are ``as_`` names and receive the views.

    ``words`` says the comparison for people (``normgap explain``), e.g. "stated is below specified".
    ``better`` ("higher" or "lower") says which way the first parameter's value moves toward
    conformity, so that ``normgap diff`` can tell an improvement from a step back.
    """
    if better not in (None, "higher", "lower"):
        raise RuleFileError(f"where(better=...) must be 'higher' or 'lower', not {better!r}")
    return WhereCondition(test, words, better)


Condition = ProvisionCondition | DeclarationCondition | ActCondition | WhereCondition


# -- rules and Conventions ---------------------------------------------------------------------

@dataclass(frozen=True)
class RuleDef:
    convention: str
    name: str
    article: str
    status: str
    kind: str
    when: tuple[Condition, ...]
    action: Callable[..., None]
    checks: str  # one line: what the rule checks (shown by `normgap explain`)
    source: str  # "file:line" of the rule's action

    @property
    def id(self) -> str:
        return f"{self.convention}.{self.name}"

    def topics_read(self) -> set[str]:
        """The topics this rule looks at (``act`` conditions read ``scope.excludes``)."""
        topics = {c.topic for c in self.when if isinstance(c, ProvisionCondition)}
        if any(isinstance(c, ActCondition) for c in self.when):
            topics.add("scope.excludes")
        return topics


@dataclass
class Convention:
    """One Convention (or Protocol) as a rule file describes it."""

    code: str
    title: str
    articles: dict[str, str] = field(default_factory=dict)
    topics: list[TopicSpec] = field(default_factory=list)
    declarations: list[DeclarationSpec] = field(default_factory=list)
    rules: list[RuleDef] = field(default_factory=list)
    source: str = ""

    def __post_init__(self) -> None:
        if not CONVENTION_CODE.match(self.code):
            raise RuleFileError(f"`{self.code}` is not a Convention code (C138, P29, MLC)")

    @property
    def instrument(self) -> str:
        """How findings name it: "Convention" or "Protocol"."""
        return "Protocol" if self.code.startswith("P") else "Convention"

    @property
    def number(self) -> int:
        return int(self.code[1:]) if self.code[1:].isdigit() else 0

    def topic(self, name: str, type_: ValueType, meaning: str) -> None:
        """Declare a topic this Convention's rules read (shared topics live in rules/shared.py)."""
        self.topics.append(TopicSpec(name, type_, meaning, self.code))

    def declaration(self, key: str, type_: ValueType, meaning: str, *, article: str | None = None,
                    default: Any = None) -> None:
        """Declare a ``ratified ... with KEY = VALUE`` key; ``default`` is what rules see if it is absent."""
        self.declarations.append(DeclarationSpec(self.code, key, type_, meaning, article, default))

    def rule(self, name: str, *, article: str | None = None, status: str | None = None,
             kind: str | None = None, when: list[Condition] | tuple = (), checks: str = ""):
        """Decorate the action that writes a finding when every condition in ``when`` holds."""
        problems = []
        if not name or not RULE_NAME.match(name):
            problems.append(f"rule name {name!r} must be kebab-case")
        if not article or not ARTICLE.match(article):
            problems.append(f"rule {name!r} needs an article such as '2(1)' (got {article!r})")
        if status not in STATUSES:
            problems.append(f"rule {name!r} needs status 'conflict' or 'missing' (got {status!r})")
        if kind not in KINDS:
            problems.append(f"rule {name!r} needs kind 'observation' or 'direct_request' (got {kind!r})")
        if not when:
            problems.append(f"rule {name!r} has no conditions")
        if any(r.name == name for r in self.rules):
            problems.append(f"rule {name!r} is defined twice in {self.code}")
        if problems:
            raise RuleFileError("; ".join(problems))

        def register(action: Callable[..., None]) -> Callable[..., None]:
            code = action.__code__
            self.rules.append(RuleDef(self.code, name, article, status, kind, tuple(when), action,
                                      checks or (action.__doc__ or "").strip().split("\n")[0],
                                      f"{code.co_filename}:{code.co_firstlineno}"))
            return action

        return register

    def article_title(self, article: str) -> str:
        """The heading of an article, falling back from 3(1)(a) to 3(1) to 3."""
        probe = article
        while probe:
            if probe in self.articles:
                return self.articles[probe]
            probe = probe[:probe.rfind("(")] if "(" in probe else ""
        return ""


# -- what a rule action writes -----------------------------------------------------------------

class FindingDraft:
    """Handed to a rule's action: cite provisions, record facts, write the three paragraphs."""

    def __init__(self, rule: RuleDef, convention: Convention, law: LawInForce,
                 catalogue: dict[str, Convention] | None = None):
        self.rule = rule
        self.convention = convention
        self.law = law
        self._catalogue = catalogue or {convention.code: convention}
        self.ratified = convention.code in law.ratified
        self.provisions: list[Provision] = []
        self.facts: dict[str, str] = {}
        self.paragraphs: dict[str, str] = {}
        self.dropped = False
        # (topic, value, "higher"|"lower", what a count counts or None): read by ``diff``
        self.measured: tuple[str, float, str, str | None] | None = None

    @property
    def instrument(self) -> str:
        """"Convention" or "Protocol", for sentences that name it."""
        return self.convention.instrument

    def cite(self, *provisions: Provision) -> None:
        for provision in provisions:
            if provision not in self.provisions:
                self.provisions.append(provision)

    def fact(self, name: str, value: Any) -> None:
        """Record a value the rule compared (shown with --explain and in the JSON)."""
        self.facts[name] = value if isinstance(value, str) else str(value)

    def noted(self, clause: str) -> None:
        """What the law provides: ``The Committee notes that {clause}.``"""
        self.paragraphs["noted"] = voice.noted(clause)

    def recalled(self, clause: str) -> None:
        """The requirement: ``The Committee recalls that, under Article {article} of the Convention, {clause}.``"""
        self.paragraphs["recalled"] = voice.recalled(self.rule.article, clause, self.instrument)

    def requested(self, action: str) -> None:
        """The ask, as an infinitive phrase: ``take the necessary measures to …``."""
        self.paragraphs["requested_action"] = action

    def measure(self, provision: Provision, better: str) -> None:
        """Say which value this finding turns on and which way is better (read by ``diff``).

        Rules whose value test is ``below``/``above``/``from_up_to``, or whose ``where`` has
        ``better=``, get this automatically.
        """
        if provision.number is not None and better in ("higher", "lower"):
            self.measured = (provision.topic, provision.number, better, None)

    def measure_items(self, topic: str, count: int, what: str) -> None:
        """For list points: how many items still fall short (fewer is better), and what they are.

        ``what`` completes "now leaves 2 …", e.g. "of the seven grounds unprotected", so that
        ``diff`` can say a list moved toward the requirement without being complete yet.
        """
        self.measured = (topic, count, "lower", what)

    def drop(self) -> None:
        """Raise no finding after all (the action found the situation conforms)."""
        self.dropped = True

    # helpers rule actions use often
    def in_force(self, topic: str) -> list[Provision]:
        """The provisions in force that give ``topic``, in input order."""
        return self.law.with_topic(topic)

    def cite_topic(self, topic: str) -> list[Provision]:
        """Cite every provision in force on ``topic`` and record its value as a fact.

        For "no X = yes" rules: an explicit ``X = no`` is the provision the finding rests on.
        """
        stated = self.in_force(topic)
        self.cite(*stated)
        self.fact(topic, ", ".join(p.text for p in stated) if stated else "not stated")
        return stated

    def note_lack(self, topic: str, *, said_no: str, unstated: str) -> list[Provision]:
        """The noted paragraph of a "no X = yes" rule, citing any explicit ``X = no``.

        ``said_no`` follows "according to <those provisions>,"; ``unstated`` follows "the
        legislation, as summarised,".
        """
        stated = self.cite_topic(topic)
        if stated:
            self.noted(f"according to {voice.listing(p.phrase for p in stated)}, {said_no}")
        else:
            self.noted(f"the legislation, as summarised, {unstated}")
        return stated

    def declared(self, key: str) -> Declared | None:
        return self.law.declared(self.convention.code, key)

    def uncovered(self, source: ActInForce, topic: str, value: Any = ANY, allowed=()) -> list[str]:
        """The categories ``source`` excludes (other than ``allowed``) that no other act reaches.

        Another act in force reaches a category when one of its provisions gives ``topic`` (with
        exactly ``value``, if given) and the act does not exclude that category.
        """
        others = {p.act for p in self.in_force(topic)
                  if p.act != source.id and (value is ANY or p.value == value)}
        return [c for c in source.excludes
                if c not in allowed and not any(c not in self.law.acts[a].excludes for a in others)]

    def topics_of(self, *codes: str) -> set[str]:
        """The subject-matter topics of other loaded Conventions: those they declare or read.

        ``scope.excludes`` is left out: it says whom an act covers, not what it regulates.  A
        Convention whose rule file is not loaded contributes nothing.
        """
        topics: set[str] = set()
        for code in codes:
            convention = self._catalogue.get(code)
            if convention is not None:
                topics |= {t.name for t in convention.topics}
                for rule in convention.rules:
                    topics |= rule.topics_read()
        topics.discard("scope.excludes")
        return topics

    def act(self, act_id: str) -> ActInForce | None:
        return self.law.acts.get(act_id)


__all__ = [
    "ANY", "ValueTest", "describe_value", "Convention", "RuleFileError", "FindingDraft", "RuleDef", "provision", "no_provision",
    "declared", "not_declared", "act", "where", "below", "above", "between", "from_up_to", "one_of",
    "nonempty",
    "lacks_any", "has_any", "has_other_than",
]
