"""The engine: compiled once, deterministic, thread-safe, and rule files loaded or refused clearly."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
import threading

import pytest

import normgap
from normgap.loader import default_rules, load_rules

from conftest import BASE_C138, REPO, SHARED, check_text, rule_ids

CONFLICTS = SHARED / "acceptance" / "c138_conflicts.law"


def test_experta_is_imported_only_in_the_compat_module():
    offenders = []
    for path in REPO.glob("**/*.py"):
        if ".venv" in path.parts or "tests" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.split(".")[0] == "experta" for n in names) and path.name != "_compat.py":
                offenders.append(str(path))
    assert offenders == []


def test_every_rule_becomes_one_experta_rule():
    """Two rules with one method name would silently drop one (ENGINE_NOTES §2)."""
    rules = default_rules()
    group = rules.engine_for(rules.codes())
    assert len(group.engines) == len(rules.conventions)  # one engine per Convention
    for compiled in group.engines:
        (code,) = compiled.conventions
        assert len(compiled.engine.get_rules()) == len(rules.conventions[code].rules)


def test_many_missing_rules_in_one_engine_fire_exactly_as_alone(tmp_path):
    """Seven copies of the C138 rules in one engine must each give C138's findings, no more.

    Guards against experta's agenda bug: among many activations with equal keys (the "no
    provision" rules), one the facts had removed could stay on the agenda and fire.
    """
    source = (REPO / "rules" / "c138.py").read_text(encoding="utf-8")
    codes = [f"C90{i}" for i in range(1, 7)]
    for code in codes:
        copy = source.replace('"C138"', f'"{code}"').replace("C138 = ", f"{code} = ") \
                     .replace("@C138.", f"@{code}.").replace("C138.declaration", f"{code}.declaration") \
                     .replace("C138.topic", f"{code}.topic")
        (tmp_path / f"{code.lower()}.py").write_text(copy)
    rules = load_rules([tmp_path])
    rules.split_engines = False  # C138 and its six copies (and any other rule file) in one experta engine
    text = (REPO / "fixtures" / "examplia.law").read_text(encoding="utf-8")
    declared = "ratified C138 on 1999-06-02 with minimum_age = 15 years"
    text = text.replace(declared, declared + "".join(
        f"\nratified {code} on 1999-06-02 with minimum_age = 15 years" for code in codes))
    summary = normgap.parse(text, rules=rules)
    report = normgap.check(summary, as_of="2025-06-01", rules=rules)
    alone = [f.rule.split(".")[1] for f in normgap.check(summary, conventions=["C138"], as_of="2025-06-01",
                                                          rules=rules).findings]
    for code in ["C138", *codes]:
        assert [f.rule.split(".")[1] for f in report.findings if f.convention == code] == alone


def test_engine_is_compiled_once_per_set_of_conventions():
    rules = default_rules()
    (alone,) = rules.engine_for(["C138"]).engines
    assert alone is rules.engine_for(["C138"]).engines[0]
    assert alone in rules.engine_for(rules.codes()).engines


def test_output_is_byte_identical_across_hash_seeds():
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, "-m", "normgap.cli", "check", str(CONFLICTS), "--format", "json",
                               "--as-of", "2025-01-01"], capture_output=True, env=env, check=False)
        assert proc.returncode == 1, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1


def test_two_threads_give_the_same_results_as_one_after_the_other():
    summary = normgap.parse_file(CONFLICTS)
    compliant = normgap.parse_file(SHARED / "acceptance" / "c138_compliant.law")
    expected = [normgap.check(s, as_of="2025-01-01").model_dump_json() for s in (summary, compliant) * 5]
    results: dict[int, str] = {}

    def work(i, s):
        results[i] = normgap.check(s, as_of="2025-01-01").model_dump_json()

    threads = [threading.Thread(target=work, args=(i, s)) for i, s in enumerate((summary, compliant) * 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[i] for i in range(10)] == expected


def test_findings_are_sorted_and_fingerprinted():
    report = normgap.check(normgap.parse_file(CONFLICTS), as_of="2025-01-01")
    articles = [f.article for f in report.findings]
    assert articles == ["2(1)", "2(1)", "2(3)", "2(3)", "3(2)", "3(3)", "6", "7(1)", "7(3)"]
    again = normgap.check(normgap.parse_file(CONFLICTS), as_of="2025-01-01")
    assert [f.fingerprint for f in report.findings] == [f.fingerprint for f in again.findings]
    assert len({f.fingerprint for f in report.findings}) == len(report.findings)


def test_fingerprint_ignores_line_numbers_but_not_citations():
    moved = normgap.check(normgap.parse("\n\n" + BASE_C138.replace("= 15 years\nLC s.11", "= 14 years\nLC s.11")),
                          as_of="2025-01-01")
    first = [f for f in moved.findings if f.rule == "C138.general-age-below-declared"][0]
    shifted = normgap.check(normgap.parse(BASE_C138.replace("= 15 years\nLC s.11", "= 14 years\nLC s.11")),
                            as_of="2025-01-01")
    second = [f for f in shifted.findings if f.rule == "C138.general-age-below-declared"][0]
    assert first.fingerprint == second.fingerprint
    assert first.provisions[0].line == second.provisions[0].line + 2


def test_report_shape_follows_the_spec():
    report = check_text(BASE_C138)
    data = report.model_dump(mode="json")
    assert list(data) == ["file", "country", "as_of", "normgap_version", "rules_version", "conventions",
                          "findings", "summary"]
    assert data["conventions"] == [{"code": "C138", "title": "Minimum Age Convention, 1973 (No. 138)",
                                    "ratified": "2000-01-01", "checked": True}]
    assert data["summary"] == {"conflict": 0, "missing": 0}
    assert "properties" in normgap.Report.model_json_schema()


def test_default_checks_only_ratified_conventions():
    text = BASE_C138.replace("ratified C138 on 2000-01-01 with minimum_age = 15 years\n", "")
    assert check_text(text).conventions == []
    unratified = check_text(text, include_unratified=True)
    assert [c.code for c in unratified.conventions] == default_rules().codes()
    assert all(c.ratified is None and c.checked for c in unratified.conventions)


def test_unratified_findings_say_what_ratification_would_require():
    text = BASE_C138.replace("ratified C138 on 2000-01-01 with minimum_age = 15 years\n", "") \
                    .replace("minimum_age.general = 15 years", "minimum_age.general = 14 years")
    report = check_text(text, conventions=["C138"])
    assert rule_ids(report) == ["C138.general-age-below-floor", "C138.general-age-below-school-leaving"]
    finding = report.findings[0]
    assert finding.ratified is False
    assert finding.text.requested.startswith("Were the Government to ratify the Convention, it would need to")
    assert "requests the Government" not in finding.text.requested


def test_unknown_convention_is_a_usage_error():
    with pytest.raises(normgap.UsageError, match="no rule file for C999; available: C29, P29, .*C138"):
        check_text(BASE_C138, conventions=["C999"])


def test_rules_from_a_directory(tmp_path):
    (tmp_path / "c999.py").write_text(textwrap.dedent('''
        from normgap.rules import Convention, boolean, no_provision
        C999 = Convention("C999", "Test Convention, 2099 (No. 999)", articles={"1": "Test"})
        C999.topic("test.in_place", boolean(), "a test topic")

        @C999.rule("not-in-place", article="1", status="missing", kind="direct_request",
                   when=[no_provision("test.in_place", True)])
        def not_in_place(f):
            f.noted("nothing is in place")
            f.recalled("something must be in place")
            f.requested("put something in place")
    '''))
    rules = load_rules([tmp_path])
    assert rules.codes() == [*default_rules().codes(), "C999"]
    summary = normgap.parse(BASE_C138 + "LC s.99: test.in_place = no\n", rules=rules)
    report = normgap.check(summary, conventions=["C999"], as_of="2025-01-01", rules=rules)
    assert rule_ids(report) == ["C999.not-in-place"]
    assert report.findings[0].text.noted == "The Committee notes that nothing is in place."


@pytest.mark.parametrize("source, complaint", [
    ("def broken(:\n", "syntax error"),
    ("from normgap.rules import Convention, years\nX = Convention('C998', 'T')\n"
     "X.topic('minimum_age.general', years(), 'again')\n"
     "from normgap.rules import boolean\nX.topic('minimum_age.hazardous', boolean(), 'clash')\n",
     "topic `minimum_age.hazardous` is declared by shared as years and by C998 as yes/no"),
    ("from normgap.rules import Convention, provision\nX = Convention('C998', 'T')\n"
     "@X.rule('no-article', status='conflict', kind='observation', when=[provision('minimum_age.general')])\n"
     "def r(f): pass\n", "needs an article"),
    ("from normgap.rules import Convention, provision\nX = Convention('C998', 'T')\n"
     "@X.rule('unknown-topic', article='1', status='conflict', kind='observation', when=[provision('no.such')])\n"
     "def r(f): pass\n", "reads topic `no.such`, which no rule file declares"),
    ("x = 1\n", "defines no Convention"),
    ("from normgap.rules import Convention, provision, where\nX = Convention('C998', 'T')\n"
     "@X.rule('typo', article='1', status='conflict', kind='observation',\n"
     "        when=[provision('minimum_age.general', as_='age'), where(lambda agee: True)])\n"
     "def r(f, age): pass\n", "its `where` test takes agee, which no condition names with as_="),
])
def test_broken_rule_files_are_reported_not_skipped(tmp_path, source, complaint):
    (tmp_path / "c998.py").write_text(source)
    with pytest.raises(normgap.RuleFileError) as info:
        load_rules([tmp_path])
    assert complaint in str(info.value)
    assert "c998.py" in str(info.value)
