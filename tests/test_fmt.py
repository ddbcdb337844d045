"""`normgap fmt`: the canonical layout, construct by construct; the command; and properties.

The properties are the contract: for generated valid summaries roughened with comments, odd
spacing, CRLF and a byte order mark, formatting is idempotent and never changes what the summary
says (its model, positions aside) nor drops or reorders a comment.
"""
from __future__ import annotations

import json
import os
import re
import stat
import types
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import normgap
from normgap.cli.app import cli
from normgap.formatting import FormattingError, format_text
from normgap.loader import default_rules
from normgap.vocabulary import TopicSpec, Vocabulary, date, money, text

import test_properties as props
from conftest import REPO, law

HEAD = 'country EXA "Republic of Examplia"\nact LC "Labour Code (Act No. 1 of 2000)"\n'


def fmt(body: str, **options) -> str:
    return format_text(body, **options)


def provision(line: str) -> str:
    """The formatted provision line of a summary made of HEAD and ``line``."""
    return fmt(HEAD + line + "\n").split("\n")[2]


def without_positions(summary) -> str:
    def strip(data):
        if isinstance(data, dict):
            return {k: strip(v) for k, v in data.items() if k != "span"}
        if isinstance(data, list):
            return [strip(v) for v in data]
        return data
    return json.dumps(strip(summary.model_dump(mode="json")), sort_keys=True)


# -- layout --------------------------------------------------------------------------------------

def test_canonical_text_is_left_as_it_is():
    text = law("""
        # Examplia
        country EXA "Republic of Examplia"

        ratified C138 on 2000-01-01 with minimum_age = 15 years
        act LC "Labour Code (Act No. 1 of 2000)" in force 2000-01-01
        LC s.10: minimum_age.general = 15 years  # expect: C138 2(1) conflict
    """)
    assert fmt(text) == text


def test_shipped_summaries_are_already_canonical():
    for path in sorted((REPO / "fixtures").glob("*.law")):
        text = path.read_text(encoding="utf-8")
        assert fmt(text, filename=str(path)) == text, path.name


def test_spacing_between_tokens_is_single():
    assert provision("LC   s.32(1)  :minimum_age.general=15   years;hazardous_work.list_adopted =yes") == \
        "LC s.32(1): minimum_age.general = 15 years; hazardous_work.list_adopted = yes"
    assert fmt('  country\tEXA   "Republic of Examplia"\n') == 'country EXA "Republic of Examplia"\n'


def test_pinpoint_inner_spaces_are_folded():
    assert provision("LC  Schedule 2,    item 4 : minimum_age.general = 15 years") == \
        "LC Schedule 2, item 4: minimum_age.general = 15 years"


def test_statement_order_is_kept():
    text = law("""
        country EXA "X"
        LC s.2: minimum_age.general = 15 years
        act LC "Labour Code"
        ratified C138 on 2000-01-01
        LC s.1: minimum_age.hazardous = 18 years
    """)
    assert fmt(text) == text


def test_blank_lines_are_collapsed_and_trimmed():
    text = "\n\n  \n" + HEAD.replace("\n", "\n\n\n \t \n", 1) + "\n\n\nLC s.1: minimum_age.general = 15 years\n\n\n"
    assert fmt(text) == law("""
        country EXA "Republic of Examplia"

        act LC "Labour Code (Act No. 1 of 2000)"

        LC s.1: minimum_age.general = 15 years
    """)


def test_line_endings_bom_trailing_spaces_and_final_newline():
    text = "\ufeff" + HEAD.replace("\n", "   \r\n") + "LC s.1: minimum_age.general = 15 years \t"
    assert fmt(text) == HEAD + "LC s.1: minimum_age.general = 15 years\n"


# -- comments ------------------------------------------------------------------------------------

def test_full_line_comments_stay_on_their_own_lines_unindented():
    text = "# head\n" + HEAD + "    # indented note   \n\t#tabbed\nLC s.1: minimum_age.general = 15 years\n# end\n"
    assert fmt(text) == "# head\n" + HEAD + "# indented note\n#tabbed\nLC s.1: minimum_age.general = 15 years\n# end\n"


def test_trailing_comments_stay_on_their_statement_with_two_spaces():
    text = law("""
        country EXA "Republic of Examplia"#country
        act LC "Labour Code (Act No. 1 of 2000)"     #   odd  spacing kept inside
        LC s.1: minimum_age.general=15 years # expect: C138 2(1) conflict; C138 2(3) conflict
    """)
    assert fmt(text) == law("""
        country EXA "Republic of Examplia"  #country
        act LC "Labour Code (Act No. 1 of 2000)"  #   odd  spacing kept inside
        LC s.1: minimum_age.general = 15 years  # expect: C138 2(1) conflict; C138 2(3) conflict
    """)


def test_hash_inside_strings_and_quote_in_pinpoint_are_not_comments():
    text = ('country EXA "Republic # of Examplia"\nact LC "Code \\"#1\\""\n'
            'LC s."3: minimum_age.general = 15 years # real\n')
    assert fmt(text) == ('country EXA "Republic # of Examplia"\nact LC "Code \\"#1\\""\n'
                         'LC s."3: minimum_age.general = 15 years  # real\n')


def test_multi_line_list_without_comments_is_joined():
    assert provision("LC s.3: scope.excludes = [\n  domestic_workers ,\n\n  agriculture\n  ] since 2001-01-01") == \
        "LC s.3: scope.excludes = [domestic_workers, agriculture] since 2001-01-01"


def test_comments_inside_a_list_keep_it_one_item_a_line():
    text = HEAD + law("""
        LC s.3: scope.excludes = [ # which ones
          domestic_workers ,agriculture, # farms
            # a note on its own
          police
          # last
          ] ; minimum_age.general = 15 years   # the statement
    """)
    expected = HEAD + law("""
        LC s.3: scope.excludes = [  # which ones
            domestic_workers,
            agriculture,  # farms
            # a note on its own
            police
            # last
        ]; minimum_age.general = 15 years  # the statement
    """)
    assert fmt(text) == expected
    assert fmt(expected) == expected


def test_comment_in_an_empty_list_and_in_a_declaration_list():
    text = law("""
        country EXA "X"
        ratified C138 on 2000-01-01 with excluded_categories = [
           # none yet
        ], minimum_age = 15 years
        act LC "Labour Code"
        LC s.3: scope.excludes = [  # nobody
        ]
    """)
    expected = law("""
        country EXA "X"
        ratified C138 on 2000-01-01 with excluded_categories = [
            # none yet
        ], minimum_age = 15 years
        act LC "Labour Code"
        LC s.3: scope.excludes = [  # nobody
        ]
    """)
    assert fmt(text) == expected
    assert fmt(expected) == expected


# -- values and statements -----------------------------------------------------------------------

@pytest.mark.parametrize("written, canonical", [
    ("15 years", "15 years"), ("15  year", "15 years"), ("1 years", "1 year"), ("1 year", "1 year"),
    ("015 years", "15 years"), ("0 years", "0 years"), ("15.50 years", "15.5 years"),
    ("15.0 years", "15.0 years"), ("00.5 years", "0.5 years"),
])
def test_quantities(written, canonical):
    assert provision(f"LC s.1: minimum_age.general = {written}") == f"LC s.1: minimum_age.general = {canonical}"


@pytest.mark.parametrize("written, canonical", [
    ("66.67 %", "66.67 %"), ("66.67%", "66.67 %"), ("100%", "100 %"), ("050.250 %", "50.25 %"),
])
def test_percentages_keep_their_exact_value(written, canonical):
    line = provision(f"LC s.1: strike.ballot_majority = {written}")
    assert line == f"LC s.1: strike.ballot_majority = {canonical}"
    value = normgap.parse(HEAD + line + "\n").statements[0].assertions[0].value
    assert value.number == normgap.parse(HEAD + f"LC s.1: strike.ballot_majority = {written}\n") \
        .statements[0].assertions[0].value.number


def test_counts_booleans_enums_and_lists():
    assert provision("LC s.1: union_registration.minimum_members = 1 members") == \
        "LC s.1: union_registration.minimum_members = 1 member"
    assert provision("LC s.1: union_registration.minimum_members=30 member") == \
        "LC s.1: union_registration.minimum_members = 30 members"
    assert provision("LC s.1: hazardous_work.list_adopted=no") == "LC s.1: hazardous_work.list_adopted = no"
    assert provision("LC s.1: strike.ballot_base=votes_cast") == "LC s.1: strike.ballot_base = votes_cast"
    assert provision("LC s.1: scope.excludes=[ ]") == "LC s.1: scope.excludes = []"
    assert provision("LC s.1: scope.excludes=[police,police ,agriculture]") == \
        "LC s.1: scope.excludes = [police, police, agriculture]"


def test_money_strings_and_dates_with_rules_given():
    known = default_rules().vocabulary
    vocabulary = Vocabulary(topics=dict(known.topics), declarations=known.declarations)
    for name, kind in (("wage.minimum", money()), ("wage.note", text()), ("wage.fixed_on", date())):
        vocabulary.add_topic(TopicSpec(name, kind, "a test topic", "shared"))
    rules = types.SimpleNamespace(vocabulary=vocabulary)
    note = '"a \\"quoted\\" \\\\ note # not a comment"'
    written = HEAD + f"LC s.1: wage.minimum=0500.00USD;wage.note={note};wage.fixed_on=2020-02-29\n"
    assert fmt(written, rules=rules).split("\n")[2] == \
        f"LC s.1: wage.minimum = 500.0 USD; wage.note = {note}; wage.fixed_on = 2020-02-29"


def test_ratifications_and_declarations():
    text = 'country EXA "X"\nratified   C0138 on 2000-01-01 with minimum_age=14 year,developing_country_option = yes\n' \
           "ratified C182   on 2001-03-15\n"
    assert fmt(text) == ('country EXA "X"\nratified C138 on 2000-01-01 with minimum_age = 14 years, '
                         "developing_country_option = yes\nratified C182 on 2001-03-15\n")


def test_acts_in_force_until_and_draft():
    text = law("""
        country EXA "X"
        act LC "Labour Code"   in  \t force 2006-01-01
        act TUA "Trade Unions Act"  in force 1994-07-01   until 2020-01-01
        act OLD "Old Act" until 1990-01-01
        act LCB "Labour Code Amendment Bill 2024"   draft
        act B2 "Bill" in force 2030-01-01 until 2031-01-01 draft
    """)
    assert fmt(text) == law("""
        country EXA "X"
        act LC "Labour Code" in force 2006-01-01
        act TUA "Trade Unions Act" in force 1994-07-01 until 2020-01-01
        act OLD "Old Act" until 1990-01-01
        act LCB "Labour Code Amendment Bill 2024" draft
        act B2 "Bill" in force 2030-01-01 until 2031-01-01 draft
    """)


def test_since_and_until_on_statements():
    assert provision("LC s.1: minimum_age.general = 15 years   since 2019-05-01  until   2024-01-01") == \
        "LC s.1: minimum_age.general = 15 years since 2019-05-01 until 2024-01-01"
    assert provision("LC s.1: minimum_age.general = 15 years until 2024-01-01") == \
        "LC s.1: minimum_age.general = 15 years until 2024-01-01"


def test_unicode_titles_and_names_are_kept():
    text = 'country EXA   "République d’Examplia — 例"\nact CT "Code du travail (Loi nº 12 de 2005) 🇫🇷"\n'
    assert fmt(text) == ('country EXA "République d’Examplia — 例"\n'
                         'act CT "Code du travail (Loi nº 12 de 2005) 🇫🇷"\n')


def test_errors_are_those_of_parse():
    text = HEAD + "LC s.1: minimum_age.genral = 14 years\nLC s.2 minimum_age.general = 3 hours\n"
    with pytest.raises(normgap.SummaryError) as formatted:
        fmt(text, filename="bad.law")
    with pytest.raises(normgap.SummaryError) as parsed:
        normgap.parse(text, filename="bad.law")
    assert formatted.value.render() == parsed.value.render()
    assert len(formatted.value.diagnostics) == 2


def test_a_layout_that_would_lose_content_is_refused(monkeypatch):
    from normgap import formatting

    monkeypatch.setattr(formatting, "quote", lambda text: '"' + text[:-1].replace('"', "") + '"')
    with pytest.raises(FormattingError, match="different summary"):
        fmt(HEAD)
    monkeypatch.undo()
    monkeypatch.setattr(formatting._Writer, "statement", lambda self, node: self._code(node))
    with pytest.raises(FormattingError, match="every comment"):
        fmt(HEAD.replace("\n", "  # a trailing comment\n", 1))


# -- the command ---------------------------------------------------------------------------------

UGLY = "\ufeff" + HEAD.replace(" ", "   ").replace("\n", "\r\n") + "LC s.1: minimum_age.general=15 years\r\n\r\n\r\n"
BAD = HEAD + "LC s.1: minimum_age.genral = 14 years\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def test_help_has_examples():
    assert "Example" in run("fmt", "--help").stdout
    assert "fmt" in run("--help").stdout


def test_check_names_the_files_that_would_change_and_writes_nothing(tmp_path):
    ugly = write(tmp_path / "ugly.law", UGLY)
    tidy = write(tmp_path / "tidy.law", fmt(UGLY))
    result = run("fmt", "--check", str(ugly), str(tidy))
    assert result.exit_code == 1
    assert result.stdout == (f"would reformat {ugly}\n"
                             "1 file would be reformatted, 1 file already formatted.\n")
    assert ugly.read_bytes() == UGLY.encode("utf-8")
    result = run("fmt", "--check", str(tidy))
    assert result.exit_code == 0
    assert "would reformat" not in result.stdout


def test_rewrite_is_atomic_keeps_the_mode_and_leaves_formatted_files_alone(tmp_path):
    ugly = write(tmp_path / "ugly.law", UGLY)
    tidy = write(tmp_path / "tidy.law", fmt(UGLY))
    os.chmod(ugly, 0o640)
    os.utime(tidy, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    result = run("fmt", str(ugly), str(tidy))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"reformatted {ugly}\n1 file reformatted, 1 file left unchanged.\n"
    assert ugly.read_bytes() == fmt(UGLY).encode("utf-8")
    assert stat.S_IMODE(os.stat(ugly).st_mode) == 0o640
    assert os.stat(tidy).st_mtime_ns == 1_000_000_000_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tidy.law", "ugly.law"]  # no temporary left
    assert run("fmt", "--check", str(ugly)).exit_code == 0


def test_a_file_with_errors_is_untouched_and_reported_as_check_reports_it(tmp_path):
    bad = write(tmp_path / "bad.law", BAD)
    ugly = write(tmp_path / "ugly.law", UGLY)
    result = run("fmt", str(bad), str(ugly))
    assert result.exit_code == 2
    assert bad.read_text(encoding="utf-8") == BAD
    assert ugly.read_bytes() == fmt(UGLY).encode("utf-8")  # the good file is still formatted
    checked = run("check", str(bad))
    diagnostics = checked.stderr.rsplit("\n", 2)[0]  # without check's closing line
    assert result.stderr.startswith(diagnostics + "\n")
    assert f"{bad}:3:9: error: unknown topic `minimum_age.genral`" in result.stderr
    assert "1 error; the file was left unchanged." in result.stderr
    assert result.stdout.endswith("1 file reformatted, 0 files left unchanged, 1 file with errors left unchanged.\n")
    assert run("fmt", "--check", str(bad)).exit_code == 2


def test_a_formatter_bug_is_an_internal_error_and_writes_nothing(tmp_path, monkeypatch):
    from normgap import formatting

    monkeypatch.setattr(formatting, "quote", lambda text: '"' + text[:-1].replace('"', "") + '"')
    ugly = write(tmp_path / "ugly.law", UGLY)
    result = run("fmt", str(ugly))
    assert result.exit_code == 3
    assert "normgap: internal error: FormattingError" in result.stderr
    assert ugly.read_bytes() == UGLY.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["ugly.law"]


def test_missing_file_and_mixing_stdin_are_usage_errors(tmp_path):
    result = run("fmt", str(tmp_path / "nowhere.law"))
    assert result.exit_code == 2 and "cannot read the file" in result.stderr
    result = run("fmt", "-", str(write(tmp_path / "a.law", HEAD)))
    assert result.exit_code == 2
    assert result.stderr.startswith("normgap: error: '-' (standard input)")


def test_stdin_is_formatted_to_stdout():
    result = run("fmt", "-", input=UGLY.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout_bytes == fmt(UGLY).encode("utf-8")
    result = run("fmt", "--check", "-", input=UGLY.encode("utf-8"))
    assert (result.exit_code, result.stdout) == (1, "would reformat <stdin>\n")
    result = run("fmt", "--check", "-", input=fmt(UGLY).encode("utf-8"))
    assert (result.exit_code, result.stdout) == (0, "")
    result = run("fmt", "-", input=BAD.encode("utf-8"))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("<stdin>:3:9: error: unknown topic")


# -- properties ----------------------------------------------------------------------------------

_STRING = re.compile(r'("(?:[^"\\]|\\.)*")')
_QUANTITY = re.compile(r"(?<![\w.-])([0-9]+) (year|month|week|day|hour|minute|member|worker|person)s?(?![\w])")
_LIST = re.compile(r"\[([^\]]*)\]")
_COMMENT_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=8)


@st.composite
def roughened(draw):
    """(a generated valid summary, the same summary roughened, the comments put into it)."""
    smooth = draw(props.valid_summaries())
    comments: list[str] = []

    def comment() -> str:
        text = f"#{draw(st.sampled_from(['', ' ', '  ']))}n{len(comments)}:{draw(_COMMENT_TEXT)}"
        comments.append(text.rstrip())
        return text

    def space() -> str:
        return draw(st.sampled_from([" ", "  ", "\t", " \t "]))

    def code(part: str) -> str:
        part = _QUANTITY.sub(lambda m: "0" * draw(st.integers(0, 2)) + m[1] + space() + m[2]
                             + draw(st.sampled_from(["", "s"])), part)
        part = re.sub(r" ", lambda m: space(), part)
        part = re.sub(r"[ \t]*([=;,:%])[ \t]*",
                      lambda m: draw(st.sampled_from(["", " "])) + m[1] + draw(st.sampled_from(["", " ", "\t"])), part)
        return _LIST.sub(lambda m: spread(m[1]) if draw(st.booleans()) else m[0], part)

    def spread(inside: str) -> str:
        items = [i.strip() for i in inside.split(",") if i.strip()]
        head = "[" + (space() + comment() if draw(st.booleans()) else "") + "\n"
        rows = [space() + item + ("," if k < len(items) - 1 else "")
                + (space() + comment() if draw(st.booleans()) else "") for k, item in enumerate(items)]
        tail = ("\n" + space() + comment() if draw(st.booleans()) else "") + "\n" + space() + "]"
        return head + "\n".join(rows) + tail

    lines: list[str] = []
    for line in smooth.split("\n")[:-1]:
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.sampled_from(["", "  ", "\t"])) + comment())
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.sampled_from(["", " ", "\t \t"])))
        parts = _STRING.split(line)
        parts = [code(p) if k % 2 == 0 else p for k, p in enumerate(parts)]
        lines.append(draw(st.sampled_from(["", " ", "\t"])) + "".join(parts)
                     + (space() + comment() if draw(st.booleans()) else ""))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    rough = ending.join(lines) + ending * draw(st.integers(0, 3))
    if draw(st.booleans()):
        rough = "\ufeff" + rough
    return smooth, rough, comments


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(roughened())
def test_formatting_is_idempotent_and_keeps_the_model_and_every_comment(case):
    smooth, rough, comments = case
    formatted = format_text(rough)
    assert format_text(formatted) == formatted
    meaning = without_positions(normgap.parse(smooth))
    assert without_positions(normgap.parse(rough)) == meaning
    assert without_positions(normgap.parse(formatted)) == meaning
    at = 0
    for comment in comments:
        found = formatted.find(comment, at)
        assert found >= 0, (comment, formatted)
        at = found + len(comment)
    assert "\r" not in formatted and "\ufeff" not in formatted
    assert formatted.endswith("\n") and not formatted.endswith("\n\n") and not formatted.startswith("\n")
    assert "\n\n\n" not in formatted
    assert not any(line != line.rstrip(" \t") for line in formatted.split("\n"))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(props.valid_summaries())
def test_generated_summaries_are_formatted_without_change_once_canonical(text):
    once = format_text(text)
    assert format_text(once) == once
    assert without_positions(normgap.parse(once)) == without_positions(normgap.parse(text))
