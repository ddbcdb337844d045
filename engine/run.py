"""Compile the chosen Conventions' rules into one experta engine, run it, collect finding drafts.

Follows ENGINE_NOTES §3: one engine class per set of Conventions, built once and reused; a
low-cardinality ``grp`` literal (the topic's first segment) ahead of the topic literal so the
alpha network branches; total value predicates; only facts some rule can match.

The facts go in through a DefFacts, so ``reset(facts=…)`` declares them in the same batch as
experta's InitialFact.  The Rete network then nets out every activation a fact blocks (a "no
provision" rule whose topic is present) before anything reaches the agenda, so the agenda's
removal path, which can leave a removed activation behind among equal keys (ENGINE_NOTES §2), is
never used.  Rule actions only record findings and never change facts, so the agenda is complete
after the reset and is fired as it stands, instead of ``run()`` rescanning every rule's conflict
set after each firing.  experta's class-level caches and the shared Rule objects make an engine
unsafe to run from two threads at once, so each compiled engine has a lock.
"""
from __future__ import annotations

import contextvars
import inspect
import threading
from typing import Callable, Iterable

from ._compat import AS, NOT, TEST, DefFacts, Fact, KnowledgeEngine, P, Rule, W
from .authoring import (
    ANY, ActCondition, Convention, DeclarationCondition, FindingDraft, ProvisionCondition, RuleDef,
    RuleFileError, WhereCondition,
)
from .facts import LawInForce


class Stmt(Fact):
    """A provision in force: grp (topic's first segment), topic, value, act, idx."""


class Decl(Fact):
    """A declaration (or default) of a Convention: conv, key, value."""


class ActF(Fact):
    """An act in force: act, excludes (tuple of categories)."""


class RuleRuntimeError(RuntimeError):
    """A rule's action or test failed while running: a bug in that rule file."""


# The law being checked, for the duration of one run: `where` tests read their views from it.
_current_law: contextvars.ContextVar[LawInForce] = contextvars.ContextVar("normgap_law")
_compile_lock = threading.Lock()


def _view(law: LawInForce, convention: str, value):
    """Turn a bound experta fact into the view a rule author works with."""
    if isinstance(value, Stmt):
        return law.provision(value["idx"])
    if isinstance(value, Decl):
        return law.declared(convention, value["key"])
    if isinstance(value, ActF):
        return law.acts[value["act"]]
    return value


def _value_constraint(value):
    if value is ANY:
        return {}
    if callable(value):
        return {"value": P(value)}
    return {"value": value}


def _bound(pattern: Fact, condition):
    """The pattern negated (NOT), named (AS name << pattern) or plain, as the condition says."""
    if getattr(condition, "negated", False):
        return NOT(pattern)
    if condition.as_:
        return getattr(AS, condition.as_) << pattern
    return pattern


def _compile_conditions(rule: RuleDef) -> list:
    """The rule's conditions as experta conditional elements."""
    act_links = {c.of for c in rule.when if isinstance(c, ActCondition) and c.of}
    elements = []
    for condition in rule.when:
        if isinstance(condition, ProvisionCondition):
            fields = {"grp": condition.topic.split(".")[0], "topic": condition.topic,
                      **_value_constraint(condition.value)}
            if condition.as_ in act_links:
                fields["act"] = W(f"act_of_{condition.as_}")
            elements.append(_bound(Stmt(**fields), condition))
        elif isinstance(condition, DeclarationCondition):
            fields = {"conv": rule.convention, "key": condition.key, **_value_constraint(condition.value)}
            elements.append(_bound(Decl(**fields), condition))
        elif isinstance(condition, ActCondition):
            fields = {}
            if condition.of:
                fields["act"] = W(f"act_of_{condition.of}")
            if condition.excludes is not ANY:
                fields["excludes"] = P(condition.excludes) if callable(condition.excludes) else condition.excludes
            elements.append(_bound(ActF(**fields), condition))
        elif isinstance(condition, WhereCondition):
            elements.append(TEST(_view_test(rule, condition.test)))
        else:
            raise RuleFileError(f"{rule.id}: {condition!r} is not a condition")
    return elements


def _view_test(rule: RuleDef, test: Callable[..., bool]) -> Callable[..., bool]:
    """Wrap a `where` test so it receives views, keeping its signature for experta."""
    def wrapped(**bound):
        law = _current_law.get()
        try:
            return bool(test(**{k: _view(law, rule.convention, v) for k, v in bound.items()}))
        except Exception as exc:  # a test that breaks is a rule-file bug, not a user error
            raise RuleRuntimeError(f"{rule.id}: its `where` test failed: {exc!r}") from exc
    wrapped.__signature__ = inspect.signature(test)
    return wrapped


def _infer_measure(rule: RuleDef, draft: FindingDraft, views: dict) -> None:
    """The value a finding turns on, from a directed value test or a ``where(better=...)``."""
    for condition in rule.when:
        if isinstance(condition, ProvisionCondition) and condition.as_ in views:
            better = getattr(condition.value, "better", None)
            if better:
                draft.measure(views[condition.as_], better)
                return
        if isinstance(condition, WhereCondition) and condition.better:
            first = next(iter(inspect.signature(condition.test).parameters), None)
            view = views.get(first)
            if view is not None and hasattr(view, "number"):
                draft.measure(view, condition.better)
                return


def _yield_facts(engine, facts):
    """The DefFacts of every compiled engine: the facts passed to ``reset(facts=…)``."""
    yield from facts


class CompiledRules:
    """One experta engine holding the rules of a set of Conventions; reused for every check."""

    def __init__(self, conventions: Iterable[Convention], catalogue: dict[str, Convention] | None = None):
        self.conventions = {c.code: c for c in conventions}
        self.catalogue = catalogue or self.conventions  # every loaded Convention, for topics_of()
        self.topics: set[str] = set()
        self.reads_acts = any(isinstance(c, ActCondition) for conv in self.conventions.values()
                              for rule in conv.rules for c in rule.when)
        attributes = {}
        with _compile_lock:
            for convention in self.conventions.values():
                for rule in convention.rules:
                    self.topics |= rule.topics_read()
                    method = f"{rule.convention}__{rule.name.replace('-', '_')}"
                    attributes[method] = Rule(*_compile_conditions(rule))(self._action(rule))
            attributes["_normgap_facts"] = DefFacts()(_yield_facts)
            self.engine = type("NormgapEngine", (KnowledgeEngine,), attributes)()
        self._lock = threading.Lock()
        self._drafts: list[FindingDraft] = []
        self._law: LawInForce | None = None

    def _action(self, rule: RuleDef):
        compiled = self

        def fire(engine, **bound):
            compiled._fire(rule, bound)
        fire.__name__ = rule.id
        return fire

    def _fire(self, rule: RuleDef, bound: dict) -> None:
        law = self._law
        convention = self.conventions[rule.convention]
        draft = FindingDraft(rule, convention, law, self.catalogue)
        names = {c.as_ for c in rule.when if getattr(c, "as_", None)}
        views = {k: _view(law, rule.convention, v) for k, v in bound.items() if k in names}
        try:
            rule.action(draft, **views)
        except Exception as exc:
            raise RuleRuntimeError(f"{rule.id} ({rule.source}): its action failed: {exc!r}") from exc
        if draft.measured is None:
            _infer_measure(rule, draft, views)
        if not draft.dropped:
            missing = {"noted", "recalled", "requested_action"} - draft.paragraphs.keys()
            if missing:
                raise RuleRuntimeError(f"{rule.id} ({rule.source}) wrote no {', '.join(sorted(missing))} paragraph")
            self._drafts.append(draft)

    def _facts(self, law: LawInForce) -> list[Fact]:
        facts: list[Fact] = []
        for p in law.provisions:
            if p.topic in self.topics:
                facts.append(Stmt(grp=p.topic.split(".")[0], topic=p.topic, value=p.value, act=p.act,
                                  idx=p.index))
        for code in self.conventions:
            for key, declared in law.declarations.get(code, {}).items():
                facts.append(Decl(conv=code, key=key, value=declared.value))
        if self.reads_acts:
            for act in law.acts.values():
                facts.append(ActF(act=act.id, excludes=act.excludes))
        return facts

    def run(self, law: LawInForce) -> list[FindingDraft]:
        """Fire every rule that matches ``law``; return the drafts in no particular order."""
        with self._lock:
            token = _current_law.set(law)
            self._law, self._drafts = law, []
            try:
                engine = self.engine
                engine.reset(facts=self._facts(law))
                while (activation := engine.agenda.get_next()) is not None:
                    activation.rule(engine, **{k: v for k, v in activation.context.items()
                                               if not k.startswith("__")})
                return self._drafts
            finally:
                _current_law.reset(token)
                self._law, self._drafts = None, []


class RuleGroup:
    """The engines of several Conventions, one each, run one after the other on the same law.

    Each engine is fed only the facts its own rules can match, so a check costs roughly the sum
    over the Conventions checked of (their facts x their rules), not (all facts x all rules), and
    an engine compiled for C138 serves every set of Conventions that includes C138.
    """

    def __init__(self, engines: list[CompiledRules]):
        self.engines = engines

    def run(self, law: LawInForce) -> list[FindingDraft]:
        drafts: list[FindingDraft] = []
        for engine in self.engines:
            drafts.extend(engine.run(law))
        return drafts
