"""`normgap explain RULE`: a rule's purpose, article, conditions in words and a firing example."""
from __future__ import annotations

from pathlib import Path

from .authoring import (
    ANY, ActCondition, DeclarationCondition, ProvisionCondition, RuleDef, WhereCondition, describe_value,
)
from .checking import UsageError, normalise_code
from .loader import RuleSet


def find_rule(rule_set: RuleSet, rule_id: str) -> RuleDef:
    code, _, name = rule_id.partition(".")
    convention = rule_set.conventions.get(normalise_code(code)) if code else None
    if convention is not None:
        for rule in convention.rules:
            if rule.name == name:
                return rule
    known = [r.id for c in rule_set.conventions.values() for r in c.rules]
    import difflib
    close = difflib.get_close_matches(rule_id, known, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `normgap rules` lists them"
    raise UsageError(f"no rule `{rule_id}`{hint}")


def condition_words(condition) -> str:
    if isinstance(condition, ProvisionCondition):
        value = "" if describe_value(condition.value) == "any value" else f" = {describe_value(condition.value)}"
        if condition.negated:
            return f"no provision in force gives `{condition.topic}{value}`"
        named = f" (called {condition.as_})" if condition.as_ else ""
        return f"a provision in force gives `{condition.topic}`{value or ' (any value)'}{named}"
    if isinstance(condition, DeclarationCondition):
        value = describe_value(condition.value)
        if condition.negated:
            return f"the declaration `{condition.key}` is not {value}"
        named = f" (called {condition.as_})" if condition.as_ else ""
        if condition.value is ANY:
            return f"the declaration `{condition.key}` (or its default) has a value{named}"
        return f"the declaration `{condition.key}` (or its default) is {value}{named}"
    if isinstance(condition, ActCondition):
        target = f"the act of {condition.of}" if condition.of else "an act in force"
        return f"{target} excludes categories of workers ({describe_value(condition.excludes)})"
    if isinstance(condition, WhereCondition):
        return f"and {condition.words}" if condition.words else "and a comparison between them holds (see the rule file)"
    return repr(condition)


def explanation(finding, rule_set: RuleSet) -> list[tuple[int, str]]:
    """The lines of ``check --explain`` under a finding, each with its indentation depth.

    Said in words: which rule fired and what it checks, the conditions that held, each value it
    compared (the provisions with their place in the summary, the declarations made on
    ratification or their defaults).
    """
    try:
        rule = find_rule(rule_set, finding.rule)
    except UsageError:  # a report from other rule files: say what the report itself carries
        rule = None
    lines: list[tuple[int, str]] = []
    if rule is not None:
        lines.append((0, f"Why: rule {rule.id} checks that {rule.checks}." if rule.checks
                      else f"Why: rule {rule.id}."))
        lines.append((0, "It fired because:"))
        lines += [(1, f"- {condition_words(c)}") for c in rule.when]
    else:
        lines.append((0, f"Why: rule {finding.rule}."))
    if finding.facts:
        lines.append((0, "Values compared:"))
        for name, value in finding.facts.items():
            if name.startswith("declared "):
                lines.append((1, f"- declaration `{name[len('declared '):]}` made on ratification "
                                 f"(or its default): {value}"))
            else:
                lines.append((1, f"- `{name}`: {value}"))
    for provision in finding.provisions:
        lines.append((0, f"Read {provision.cite} ({provision.title}), line {provision.line}."))
    return lines


def example_for(rule_set: RuleSet, rule: RuleDef) -> Path | None:
    """The rule's own firing fixture, if its rule file ships one."""
    source = Path(rule_set.conventions[rule.convention].source)
    candidate = source.parent / "fixtures" / rule.convention.lower() / f"{rule.name}.fires.law"
    return candidate if candidate.is_file() else None


def explain(rule_set: RuleSet, rule_id: str) -> str:
    rule = find_rule(rule_set, rule_id)
    convention = rule_set.conventions[rule.convention]
    title = convention.article_title(rule.article)
    lines = [
        f"{rule.id}",
        f"  {convention.code} {convention.title}, Article {rule.article}" + (f" ({title})" if title else ""),
        f"  status: {rule.status}   kind: {rule.kind.replace('_', ' ')}",
        f"  checks: {rule.checks}",
        "  fires when:",
        *[f"    - {condition_words(c)}" for c in rule.when],
        f"  defined at: {rule.source}",
    ]
    example = example_for(rule_set, rule)
    if example is not None:
        lines += ["", f"Example that fires it ({example.name}):", ""]
        lines += ["    " + line for line in example.read_text(encoding="utf-8").splitlines()]
    return "\n".join(lines)
