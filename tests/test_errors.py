"""Bad input: every error located, worded for a person, all of them reported, none a crash."""
from __future__ import annotations

import pytest

import normgap
from normgap.checking import read_text

from conftest import SHARED

HEAD = 'country EXA "X"\nratified C138 on 2000-01-01\nact LC "Labour Code 2001"\n'


def errors(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(normgap.SummaryError) as info:
        normgap.parse(text, filename="bad.law")
    return [(d.line, d.column, d.message) for d in info.value.diagnostics]


def only_error(text: str) -> tuple[int, int, str]:
    found = errors(text)
    assert len(found) == 1, found
    return found[0]


# Each friendly message is tied to an example of the mistake it describes.
@pytest.mark.parametrize("line, column, wording", [
    ("LC s.2: minimum_age.general 14 years", (4, 29), "expected '=' after the topic, got '14'"),
    ("LC s.2 minimum_age.general = 14 years", (4, 38), "expected ':' after the citation"),
    ("LC s.2: minimum_age.general = 14", (4, 33), "expected a unit after the number"),
    ("LC s.2: minimum_age.general = 14 yrs", (4, 34), "expected a unit after the number"),
    ("LC s.2: minimum_age.general =", (4, 30), "expected a value"),
    ("LC s.2: Minimum_age.general = 14 years", (4, 9), "expected a topic such as minimum_age.general"),
    ("LC s.2: scope.excludes = [domestic_workers", (4, 43), "expected a lowercase name, ',' or ']'"),
    ('contry EXA "X"', (4, 15), "(or did you mean the statement `country`?)"),
    ("= 5", (4, 1), "expected a statement"),
    ('act LC2 "Title" in force 2020-01-01 until 2019-01-01', (4, 37), "'until' 2019-01-01 is before 'in force'"),
    ("LC s.2: minimum_age.general = 14 years since 2020-01-01 until 2019-12-31", (4, 57), "is before 'since'"),
    ("LC s.2: minimum_age.general = 14 years since 2021-02-29", (4, 46), "2021-02-29 is not a real date"),
])
def test_syntax_errors_are_located_and_worded(line, column, wording):
    found_line, found_column, message = only_error(HEAD + line + "\n")
    assert (found_line, found_column) == column, message
    assert wording in message


@pytest.mark.parametrize("line, wording", [
    ("LC s.4: minimum_age.generl = 15 years", "unknown topic `minimum_age.generl`; did you mean `minimum_age.general`?"),
    ("LC s.5: minimum_age.hazardous = 18 hours", "`minimum_age.hazardous` takes years, got hours"),
    ("LC s.5: minimum_age.hazardous = yes", "`minimum_age.hazardous` takes years, got yes or no"),
    ("LC s.6: hazardous_work.list_adopted = maybe", "`hazardous_work.list_adopted` takes yes or no, got `maybe`"),
    ("LC s.7: scope.excludes = [domestic_workers, sailors]", "`sailors` is not an allowed item of `scope.excludes`"),
    ("LX s.8: minimum_age.general = 15 years", "act `LX` is not declared; did you mean `LC`?"),
    ('act LC "Again"', "act `LC` is declared twice (first on line 3)"),
    ('country EXB "Other"', "a second `country` statement"),
    ("ratified C138 on 2001-01-01", "C138 is ratified twice"),
])
def test_validation_errors_are_located_and_worded(line, wording):
    found_line, _, message = only_error(HEAD + line + "\n")
    assert found_line == 4
    assert wording in message


def test_declaration_keys_are_checked():
    found = errors('country EXA "X"\nratified C138 on 2000-01-01 with minimum_ag = 15 years, limited_scope = 3 years\n')
    assert [(line, message.split(";")[0]) for line, _, message in found] == [
        (2, "unknown declaration key `minimum_ag` for C138"),
        (2, "`limited_scope` takes yes or no, got a quantity"),
    ]
    assert "did you mean `minimum_age`?" in found[0][2]


def test_declarations_for_a_convention_without_rules():
    (_, _, message), = errors('country EXA "X"\nratified C999 on 2000-01-01 with x = yes\n')
    assert "no rule file for C999" in message


def test_country_must_come_first():
    (line, _, message), = errors('act LC "L"\ncountry EXA "X"\n')
    assert line == 2 and "must come before any other statement" in message


def test_all_errors_of_the_shared_file_are_reported():
    path = SHARED / "acceptance" / "errors" / "many_errors.law"
    with pytest.raises(normgap.SummaryError) as info:
        normgap.parse_file(path)
    assert sorted({d.line for d in info.value.diagnostics}) == [7, 8, 9, 10, 11, 12, 13]


def test_good_statements_around_a_broken_line_are_still_validated():
    found = errors(HEAD + "LC s.1: minimum_age.general 14 years\nLC s.2: minimum_age.generl = 15 years\n"
                          "LC s.3: scope.excludes = [\n  sailors\n]\nLC s.4: minimum_age.general = 15 hours\n")
    assert [line for line, _, _ in found] == [4, 5, 7, 9]


def test_unclosed_bracket_does_not_swallow_the_file():
    found = errors(HEAD + "LC s.1: scope.excludes = [domestic_workers\nLC s.2: minimum_age.generl = 15 years\n")
    assert [line for line, _, _ in found] == [4, 5]


def test_errors_are_capped_at_fifty_per_file():
    text = HEAD + "".join(f"LC s.{i}: minimum_age.generl = 15 years\n" for i in range(80))
    assert len(errors(text)) == 50


def test_rendered_error_has_the_line_and_a_caret():
    with pytest.raises(normgap.SummaryError) as info:
        normgap.parse(HEAD + "LC s.2: minimum_age.general 14 years\n", filename="bad.law")
    assert info.value.render().splitlines() == [
        "bad.law:4:29: error: expected '=' after the topic, got '14'",
        "    LC s.2: minimum_age.general 14 years",
        "                                ^",
    ]


def test_bytes_that_are_not_utf8_are_located(tmp_path):
    path = tmp_path / "latin1.law"
    path.write_bytes('country EXA "X"\nact LC "Code du travail"\n# r\xe9sum\xe9\n'.encode("latin-1"))
    with pytest.raises(normgap.SummaryError) as info:
        read_text(path)
    (diagnostic,) = info.value.diagnostics
    assert (diagnostic.line, diagnostic.column) == (3, 4)
    assert "0xe9 is not valid UTF-8" in diagnostic.message


def test_unreadable_file_is_an_error_not_a_crash(tmp_path):
    with pytest.raises(normgap.SummaryError) as info:
        normgap.parse_file(tmp_path / "absent.law")
    assert "cannot read the file" in info.value.diagnostics[0].message
