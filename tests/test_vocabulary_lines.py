"""Every rule line of VOCABULARY.md is implemented, with its article, status and kind.

The table below is read off ../shared/domain/VOCABULARY.md by hand: for each Convention, how many
rules sit at each (article, status, kind).  A line that reads "same for X and Y" is one rule per
topic; C98's threshold line and C182's 3(d) line are each two rules whose conditions never
overlap.  A rule lost, moved to another article or given another status fails here.
"""
from __future__ import annotations

from collections import Counter

from normgap.loader import default_rules

O, DR = "observation", "direct_request"
EXPECTED = {
    "C29": {("25", "missing", O): 1, ("25", "conflict", O): 1, ("25", "conflict", DR): 1,
            ("25", "missing", DR): 1, ("2(2)(c)", "conflict", O): 1, ("1(1)", "conflict", O): 3,
            ("2(2)(a)", "conflict", O): 1, ("1(1)", "conflict", DR): 1},
    "P29": {("1(2)", "missing", DR): 1, ("3", "missing", DR): 1, ("4(1)", "missing", DR): 1,
            ("4(2)", "missing", DR): 1, ("2(c)", "conflict", DR): 1},
    "C87": {("2", "conflict", O): 5, ("3", "conflict", O): 5, ("4", "conflict", O): 1, ("5", "conflict", O): 1},
    "C98": {("1", "missing", O): 1, ("1", "conflict", DR): 1, ("2", "missing", DR): 1, ("4", "conflict", O): 6},
    "C100": {("1(b)", "missing", O): 1, ("1(b)", "conflict", O): 1, ("1(a)", "conflict", DR): 1,
             ("1(a)", "missing", DR): 1, ("3", "missing", DR): 1, ("2", "conflict", DR): 1},
    "C105": {**{(a, "conflict", O): 1 for a in ("1(a)", "1(b)", "1(c)", "1(d)", "1(e)")},
             **{(a, "missing", DR): 1 for a in ("1(a)", "1(c)", "1(d)", "1(e)")}},
    "C111": {("1(1)(a)", "missing", O): 1, ("1(1)(a)", "conflict", O): 1, ("1(1)(a)", "conflict", DR): 3,
             ("1(1)(a)", "missing", DR): 1, ("1(3)", "conflict", DR): 1, ("2", "missing", DR): 1,
             ("3(c)", "conflict", O): 1},
    "C138": {("2(1)", "missing", O): 1, ("2(1)", "conflict", O): 2, ("2(3)", "conflict", O): 1,
             ("2(3)", "conflict", DR): 1, ("2(3)", "missing", DR): 1, ("3(1)", "missing", O): 1,
             ("3(1)", "conflict", O): 1, ("3(3)", "conflict", O): 1, ("3(2)", "missing", O): 1,
             ("7(1)", "conflict", O): 1, ("7(4)", "conflict", O): 1, ("7(3)", "missing", DR): 1,
             ("6", "conflict", DR): 1, ("9(1)", "missing", DR): 1, ("9(3)", "missing", DR): 1},
    "C155": {("4", "missing", DR): 1, ("16", "missing", DR): 1, ("13", "missing", DR): 1,
             ("11(c)", "missing", DR): 1, ("19", "missing", DR): 1, ("21", "conflict", DR): 1,
             ("1", "conflict", DR): 1},
    "C182": {("3(a)", "missing", O): 3, ("3(a)", "conflict", O): 3, ("3(b)", "missing", O): 2,
             ("3(b)", "conflict", O): 4, ("3(c)", "missing", O): 1, ("3(c)", "conflict", O): 1,
             ("7(1)", "conflict", O): 6, ("3(d)", "conflict", O): 2, ("4(1)", "missing", O): 1,
             ("5", "missing", DR): 1, ("6", "missing", DR): 1},
    "C187": {("3", "missing", DR): 1, ("4", "missing", DR): 1, ("5", "missing", DR): 1},
}


def test_every_fundamental_convention_has_a_rule_file():
    assert set(default_rules().codes()) >= set(EXPECTED)


def test_rule_lines_match_the_vocabulary():
    rules = default_rules()
    for code, expected in EXPECTED.items():
        actual = Counter((r.article, r.status, r.kind) for r in rules.conventions[code].rules)
        assert dict(actual) == expected, code


def test_shared_topics_are_declared_once_and_read_by_both():
    rules = default_rules()
    owners = {t.name: t.owner for t in rules.vocabulary.topics.values()}
    for topic, readers in {"minimum_age.hazardous": ("C138", "C182"),
                           "hazardous_work.list_adopted": ("C138", "C182"),
                           "disputes.compulsory_arbitration": ("C87", "C98"),
                           "prison_labour.compulsory": ("C105",),
                           "osh.national_policy": ("C155", "C187")}.items():
        assert owners[topic] == "shared"
        for code in readers:
            assert any(topic in r.topics_read() for r in rules.conventions[code].rules), (topic, code)


def test_cross_references_name_the_other_convention(tmp_path):
    """Where two Conventions raise the same point, each finding names the other one."""
    import normgap

    law = """country EXQ "Republic of Quen"
ratified C138 on 2000-01-01 with minimum_age = 15 years
ratified C182 on 2000-01-01
ratified C87 on 2000-01-01
ratified C98 on 2000-01-01
ratified C29 on 2000-01-01
ratified C155 on 2000-01-01
ratified C187 on 2000-01-01
act LC "Labour Code (Act No. 1 of 2000)"
act PA "Prisons Act (Act No. 2 of 2000)"
LC s.10: minimum_age.hazardous = 15 years
LC s.11: hazardous_work.list_adopted = no
LC s.20: disputes.compulsory_arbitration = yes
PA s.5: prison_labour.private_without_consent = yes
"""
    report = normgap.check(normgap.parse(law), as_of="2025-06-01")
    texts = {f.rule: " ".join(f.text.model_dump().values()) for f in report.findings}
    pairs = {"C138.hazardous-age-below-16": "(No. 182)", "C182.hazardous-age-below-16": "(No. 138)",
             "C138.hazardous-list-not-adopted": "(No. 182)", "C182.hazardous-list-not-adopted": "(No. 138)",
             "C87.compulsory-arbitration-imposed": "(No. 98)", "C98.compulsory-arbitration-imposed": "(No. 87)",
             "C29.prison-labour-for-private-parties-without-consent": "(No. 105)",
             "C155.national-policy-missing": "(No. 187)", "C187.national-policy-missing": "(No. 155)"}
    for rule, other in pairs.items():
        assert other in texts[rule], rule


def test_protocol_findings_say_the_protocol():
    import re

    import normgap
    from normgap.expectations import fixture_files

    fixtures = fixture_files([default_rules().conventions["P29"].source.rsplit("/", 1)[0] + "/fixtures/p29"])
    seen = 0
    for path in fixtures:
        report = normgap.check(normgap.parse_file(path), as_of="2025-06-01")
        for finding in (f for f in report.findings if f.convention == "P29"):
            seen += 1
            text = " ".join(finding.text.model_dump().values())
            assert "of the Protocol" in text and not re.search(r"\bthe Convention\b", text), finding.rule
    assert seen >= 5
