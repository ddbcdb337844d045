"""The law as of a date: acts, amendments, drafts and ratifications in time."""
from __future__ import annotations

import datetime as dt

import normgap
from normgap.facts import law_in_force, pinpoint_words

from conftest import law

TIMELINE = law("""
    country EXA "Republic of Examplia"
    ratified C138 on 2010-06-01 with minimum_age = 15 years
    act OLD "Employment of Children Act 1960" in force 1960-01-01 until 2006-01-01
    act LC "Labour Code (Act No. 2 of 2006)" in force 2006-01-01
    act BILL "Labour Code (Amendment) Bill 2025" draft
    OLD s.2: minimum_age.general = 12 years
    LC s.30: minimum_age.general = 13 years until 2010-01-01
    LC s.30: minimum_age.general = 14 years since 2010-01-01
    LC s.30: minimum_age.general = 15 years since 2020-01-01
    BILL cl.9: minimum_age.general = 16 years
""")


def general_ages(on: str) -> list[tuple[str, object]]:
    summary = normgap.parse(TIMELINE)
    law_then = law_in_force(summary, dt.date.fromisoformat(on), {})
    return [(p.cite, p.value) for p in law_then.with_topic("minimum_age.general")]


def test_an_act_applies_from_in_force_until_the_day_it_stopped():
    assert general_ages("1959-12-31") == []
    assert general_ages("1960-01-01") == [("OLD s.2", 12)]
    assert general_ages("2005-12-31") == [("OLD s.2", 12)]
    assert ("OLD s.2", 12) not in general_ages("2006-01-01")


def test_amendments_replace_the_earlier_statement_from_their_since_date():
    assert general_ages("2006-01-01") == [("LC s.30", 13)]
    assert general_ages("2009-12-31") == [("LC s.30", 13)]
    assert general_ages("2010-01-01") == [("LC s.30", 14)]
    assert general_ages("2019-12-31") == [("LC s.30", 14)]
    assert general_ages("2020-01-01") == [("LC s.30", 15)]


def test_drafts_are_never_law_but_are_kept_aside():
    summary = normgap.parse(TIMELINE)
    law_now = law_in_force(summary, dt.date(2030, 1, 1), {})
    assert all(p.act != "BILL" for p in law_now.provisions)
    assert [p.cite for p in law_now.drafts_with_topic("minimum_age.general")] == ["BILL cl.9"]


def test_ratification_and_declarations_count_from_their_date():
    summary = normgap.parse(TIMELINE)
    before = law_in_force(summary, dt.date(2010, 5, 31), {"C138": {"developing_country_option": False}})
    after = law_in_force(summary, dt.date(2010, 6, 1), {"C138": {"developing_country_option": False}})
    assert "C138" not in before.ratified and before.declared("C138", "minimum_age") is None
    assert after.ratified["C138"] == dt.date(2010, 6, 1)
    assert after.declared("C138", "minimum_age").value == 15
    assert after.declared("C138", "developing_country_option").explicit is False


def test_check_as_of_a_date_sees_that_dates_law():
    summary = normgap.parse(TIMELINE)
    old = normgap.check(summary, as_of="2008-01-01", conventions=["C138"])
    new = normgap.check(summary, as_of="2021-01-01", conventions=["C138"])
    assert old.conventions[0].ratified is None
    assert all(f.ratified is False for f in old.findings)
    assert "C138.general-age-below-floor" in [f.rule for f in old.findings]
    assert "C138.general-age-below-floor" not in [f.rule for f in new.findings]
    assert new.conventions[0].ratified == "2010-06-01"


def test_scope_exclusions_attach_to_their_act():
    summary = normgap.parse(law("""
        country EXA "X"
        act LC "Labour Code"
        act DWA "Domestic Workers Act"
        LC s.2: scope.excludes = [domestic_workers]
        LC s.3: scope.excludes = [self_employed, domestic_workers]
        LC s.30: minimum_age.general = 15 years
        DWA s.4: minimum_age.general = 15 years
    """))
    acts = law_in_force(summary, dt.date(2025, 1, 1), {}).acts
    assert acts["LC"].excludes == ("domestic_workers", "self_employed")
    assert [p.cite for p in acts["LC"].exclusions] == ["LC s.2", "LC s.3"]
    assert acts["DWA"].excludes == () and "minimum_age.general" in acts["DWA"].topics


def test_pinpoints_in_words():
    assert pinpoint_words("s.32(1)") == "section 32(1)"
    assert pinpoint_words("ss.272-273") == "sections 272-273"
    assert pinpoint_words("art. 250") == "article 250"
    assert pinpoint_words("r.86") == "rule 86"
    assert pinpoint_words("cl.4") == "clause 4"
    assert pinpoint_words("Schedule 2, item 4") == "Schedule 2, item 4"
