"""Property tests: what the grammar generates parses, valid summaries check, junk never crashes."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark

import normgap
from normgap.authoring import ANY, ProvisionCondition
from normgap.facts import law_in_force
from normgap.loader import default_rules
from normgap.model import Summary
from normgap.parsing import load_grammar, parse_statements

KEYWORDS = {"country", "ratified", "on", "with", "act", "in", "force", "until", "since", "draft", "yes", "no"}
ident = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(lambda s: s not in KEYWORDS)
padded = lambda word: st.just(f" {word} ")  # noqa: E731 - keeps generated tokens from gluing together

GRAMMAR_TERMINALS = {
    "COUNTRY": padded("country"), "RATIFIED": padded("ratified"), "ON": padded("on"),
    "WITH": padded("with"), "ACT": padded("act"), "IN_FORCE": padded("in force"),
    "UNTIL": padded("until"), "SINCE": padded("since"), "DRAFT": padded("draft"),
    "YES": padded("yes"), "NO": padded("no"),
    "NAME": ident.map(lambda s: f" {s} "),
    "TOPIC": st.lists(ident, min_size=2, max_size=3).map(lambda parts: " " + ".".join(parts) + " "),
    "ACT_ID": st.from_regex(r"[A-Z][A-Za-z0-9_]{0,5}", fullmatch=True).map(lambda s: f" {s} "),
    "PINPOINT": st.from_regex(r"(s|art|r)\.[0-9]{1,3}(\([0-9a-z]\))?", fullmatch=True).map(lambda s: f" {s}"),
    "CODE3": st.from_regex(r"[A-Z]{3}", fullmatch=True).map(lambda s: f" {s} "),
    "CONV": st.from_regex(r"(C|P)[0-9]{1,3}|MLC", fullmatch=True).map(lambda s: f" {s} "),
    "DATE": st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)).map(lambda d: f" {d.isoformat()} "),
    "NUMBER": st.from_regex(r"[0-9]{1,3}(\.[0-9]{1,2})?", fullmatch=True).map(lambda s: f" {s} "),
    "STRING": st.text(st.characters(blacklist_characters='"\\\r\n', blacklist_categories=("Cs",)),
                      max_size=12).map(lambda s: f' "{s}" '),
    "COMMENT": st.just(""), "WS": st.just(" "), "_NL": st.sampled_from(["\n", "\r\n", "\n\n  # note\n"]),
}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(from_lark(load_grammar(), start="start", explicit=GRAMMAR_TERMINALS))
def test_whatever_the_grammar_generates_parses(text):
    nodes, diagnostics = parse_statements(text)
    # The grammar allows `until` before `in force`/`since`; the language forbids it (a located error).
    assert all("until" in d.message and "before" in d.message for d in diagnostics), diagnostics


# -- valid summaries built from the vocabulary -----------------------------------------------------

def value_for(spec_type):
    kind = spec_type.kind
    if kind == "quantity":
        return st.tuples(st.integers(0, 99), st.sampled_from(spec_type.units)).map(
            lambda t: f"{t[0]} {t[1][:-1] if t[0] == 1 else t[1]}")
    if kind == "percent":
        return st.integers(0, 100).map(lambda n: f"{n} %")
    if kind == "bool":
        return st.sampled_from(["yes", "no"])
    if kind == "enum":
        return st.sampled_from(spec_type.choices)
    if kind == "list":
        return st.lists(st.sampled_from(spec_type.choices), max_size=4, unique=True).map(
            lambda items: "[" + ", ".join(items) + "]")
    if kind == "date":
        return st.dates(dt.date(1950, 1, 1), dt.date(2040, 1, 1)).map(dt.date.isoformat)
    return st.just('"text"')


@st.composite
def valid_summaries(draw):
    rules = default_rules()
    topics = sorted(rules.vocabulary.topics.values(), key=lambda t: t.name)
    acts = draw(st.lists(st.sampled_from(["LC", "PC", "EA", "TUA", "DWA", "OSHA"]), min_size=1, max_size=4, unique=True))
    lines = ['country EXA "Republic of Examplia"']
    for code in draw(st.lists(st.sampled_from(rules.codes()), max_size=3, unique=True)):
        declarations = []
        for key, spec in sorted(rules.vocabulary.declarations.get(code, {}).items()):
            if draw(st.booleans()):
                declarations.append(f"{key} = {draw(value_for(spec.type))}")
        with_part = (" with " + ", ".join(declarations)) if declarations else ""
        lines.append(f"ratified {code} on {draw(st.dates(dt.date(1950, 1, 1), dt.date(2030, 1, 1)))}{with_part}")
    for act_id in acts:
        start = draw(st.none() | st.dates(dt.date(1950, 1, 1), dt.date(2030, 1, 1)))
        lines.append(f'act {act_id} "{act_id} Act (No. 1 of 1999)"' + (f" in force {start}" if start else "")
                     + (" draft" if draw(st.integers(0, 9)) == 0 else ""))
    for n in range(draw(st.integers(0, 25))):
        chosen = draw(st.lists(st.sampled_from(topics), min_size=1, max_size=3, unique_by=lambda t: t.name))
        assertions = "; ".join(f"{t.name} = {draw(value_for(t.type))}" for t in chosen)
        since = draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)))
        lines.append(f"{draw(st.sampled_from(acts))} s.{n + 1}: {assertions}" + (f" since {since}" if since else ""))
    return "\n".join(lines) + "\n"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_summaries(), st.dates(dt.date(1990, 1, 1), dt.date(2035, 1, 1)))
def test_valid_summaries_parse_check_and_round_trip(text, as_of):
    summary = normgap.parse(text)
    assert Summary.model_validate_json(summary.model_dump_json()) == summary
    report = normgap.check(summary, as_of=as_of, include_unratified=True)
    again = normgap.check(normgap.parse(text), as_of=as_of, include_unratified=True)
    assert report.model_dump_json() == again.model_dump_json()
    for finding in report.findings:
        assert all(finding.text.model_dump().values())
        assert finding.article and finding.rule.startswith(finding.convention + ".")
    _no_provision_rules_fire_only_without_the_provision(summary, as_of, report)


def _no_provision_rules_fire_only_without_the_provision(summary, as_of, report):
    """A "no X" rule must never fire while a provision in force gives X (that value)."""
    rules = default_rules()
    law = law_in_force(summary, as_of, rules.defaults())
    by_id = {r.id: r for c in rules.conventions.values() for r in c.rules}
    for finding in report.findings:
        for condition in by_id[finding.rule].when:
            if not (isinstance(condition, ProvisionCondition) and condition.negated):
                continue
            for provision in law.with_topic(condition.topic):
                matches = (condition.value is ANY or
                           (condition.value(provision.value) if callable(condition.value)
                            else condition.value == provision.value))
                assert not matches, f"{finding.rule} fired although {provision.cite} gives {condition.topic}"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_text_raises_only_summary_error(text):
    try:
        normgap.parse(text)
    except normgap.SummaryError as error:
        assert error.diagnostics
        for d in error.diagnostics:
            assert d.line >= 1 and d.column >= 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    'country EXA "X"', "ratified C138 on 2000-01-01", 'act LC "Labour Code"', "LC s.1:", "minimum_age.general",
    "=", "15 years", "[", "]", ",", ";", "since 2020-01-01", "until", "#", "\n", " ", "yes", "\"", "2020-02-30",
]), max_size=30))
def test_near_miss_text_raises_only_summary_error(parts):
    try:
        normgap.parse("".join(parts))
    except normgap.SummaryError:
        pass
