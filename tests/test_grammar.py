"""The grammar and the parser: every form of LANGUAGE.md reads into the right model."""
from __future__ import annotations

import datetime as dt

import pytest

import normgap
from normgap.parsing import load_grammar, parse_statements
from normgap.model import Act, Country, Ratification, Statement

from conftest import SHARED, law


def test_grammar_loads_in_strict_mode():
    """strict=True turns LALR's silent shift/reduce resolutions and lexer collisions into errors."""
    assert load_grammar(strict=True) is not None


def test_language_example_parses():
    text = (SHARED / "spec" / "LANGUAGE.md").read_text(encoding="utf-8")
    example = text.split("```")[1].split("\n", 1)[1]
    nodes, diagnostics = parse_statements(example)
    assert diagnostics == []
    kinds = [type(n).__name__ for n in nodes]
    assert kinds.count("Country") == 1 and kinds.count("Ratification") == 3
    assert kinds.count("Act") == 4 and kinds.count("Statement") == 6


def test_every_value_form():
    nodes, diagnostics = parse_statements(law("""
        LC s.1: a.q = 14 years; a.one = 1 year; a.h = 48 hours; a.c = 50 members
        LC s.2: a.p = 66.67 %; a.p2 = 100%; a.m = 500 USD; a.b = yes; a.n = no
        LC s.3: a.e = equal_work; a.l = [race, sex]; a.empty = []; a.s = "as \\"determined\\" ✓"
        LC s.4: a.d = 2020-01-01
    """))
    assert diagnostics == []
    values = {a.topic: a.value for n in nodes for a in n.assertions}
    assert (values["a.q"].number, values["a.q"].unit) == (14, "years")
    assert values["a.one"].unit == "years"  # singular spelling, canonical plural unit
    assert values["a.c"].unit == "members"
    assert values["a.p"].number == 66.67 and values["a.p2"].number == 100
    assert (values["a.m"].amount, values["a.m"].currency) == (500, "USD")
    assert values["a.b"].value is True and values["a.n"].value is False
    assert values["a.e"].name == "equal_work"
    assert [i.name for i in values["a.l"].items] == ["race", "sex"]
    assert values["a.empty"].items == ()
    assert values["a.s"].text == 'as "determined" ✓'
    assert values["a.d"].date == dt.date(2020, 1, 1)


def test_keywords_are_whole_words():
    nodes, diagnostics = parse_statements(law("""
        LC s.1: a.b = none; a.c = no_sex_discrimination; a.d = yesterday; a.e = until_2020
    """))
    assert diagnostics == []
    assert [a.value.kind for a in nodes[0].assertions] == ["enum"] * 4


def test_act_options_and_statement_bounds():
    nodes, diagnostics = parse_statements(law("""
        act TUA "Trade Unions Act (Act No. 7 of 1994)" in force 1994-07-01 until 2020-01-01
        act LCB "Labour Code Amendment Bill 2024" draft
        TUA s.2: x.y = yes since 2000-01-01 until 2010-01-01
    """))
    assert diagnostics == []
    act, bill, statement = nodes
    assert (act.in_force, act.until, act.draft) == (dt.date(1994, 7, 1), dt.date(2020, 1, 1), False)
    assert bill.draft is True
    assert (statement.since, statement.until) == (dt.date(2000, 1, 1), dt.date(2010, 1, 1))


def test_convention_codes_drop_leading_zeros():
    nodes, _ = parse_statements("ratified C029 on 1960-01-01\nratified P029 on 2016-01-01\nratified MLC on 2013-08-20\n")
    assert [n.convention for n in nodes] == ["C29", "P29", "MLC"]


def test_pinpoint_is_trimmed_and_folded():
    nodes, _ = parse_statements('LC   Schedule 2,   item 4  : a.b = yes\n')
    assert nodes[0].pinpoint == "Schedule 2, item 4"
    assert nodes[0].citation == "LC Schedule 2, item 4"


def test_list_may_span_lines_with_comments():
    nodes, diagnostics = parse_statements(law("""
        LC s.3: scope.excludes = [
            domestic_workers,   # household staff
            self_employed
        ]
        LC s.4: a.b = yes
    """))
    assert diagnostics == []
    assert [i.name for i in nodes[0].assertions[0].value.items] == ["domestic_workers", "self_employed"]
    assert nodes[1].span.line == 5


def test_positions_of_statements_and_values():
    nodes, _ = parse_statements('# comment\n\ncountry EXA "X"\nLC s.32(1): minimum_age.general = 14 years\n')
    country, statement = nodes
    assert (country.span.line, country.span.column) == (3, 1)
    assertion = statement.assertions[0]
    assert (statement.span.line, statement.span.column) == (4, 1)
    assert (assertion.span.line, assertion.span.column) == (4, 13)
    assert (assertion.value.span.line, assertion.value.span.column) == (4, 35)
    assert (assertion.value.span.end_line, assertion.value.span.end_column) == (4, 43)


def test_crlf_and_bom_are_accepted():
    text = '\ufeffcountry EXA "X"\r\nratified C138 on 2000-01-01\r\nact LC "Labour Code"\r\n' \
           'LC s.1: minimum_age.general = 15 years  # comment\r\n'
    summary = normgap.parse(text)
    assert summary.country.code == "EXA"
    assert summary.statements[0].assertions[0].value.number == 15


def test_comment_lines_between_and_after_statements():
    summary = normgap.parse('# a\ncountry EXA "X"   # trailing\n# b\n\n   # c\nact LC "L"\n# end')
    assert summary.acts[0].id == "LC"


def test_strings_escape_and_unicode():
    summary = normgap.parse('country EXA "République d\'Exemple \\"Ω\\" \\\\"\n')
    assert summary.country.name == 'République d\'Exemple "Ω" \\'


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_summary_needs_a_country(text):
    with pytest.raises(normgap.SummaryError) as info:
        normgap.parse(text)
    assert "expected a `country` statement" in info.value.diagnostics[0].message


def test_parse_gives_typed_model():
    summary = normgap.parse_file(SHARED / "acceptance" / "c138_compliant.law")
    assert isinstance(summary.country, Country)
    assert all(isinstance(a, Act) for a in summary.acts)
    assert all(isinstance(r, Ratification) for r in summary.ratifications)
    assert all(isinstance(s, Statement) for s in summary.statements)
    assert summary.ratification("C138").declarations[0].key == "minimum_age"
