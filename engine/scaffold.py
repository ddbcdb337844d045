"""``normgap new-rule``: the skeleton of a rule file and its two fixtures, ready for ``--rules DIR``.

The skeleton is a working rule file, not a template with holes: it loads, its one example rule
fires on one fixture and stays silent on the other, so ``normgap test --rules DIR`` passes from
the first minute and the author changes one working thing at a time.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .checking import UsageError, normalise_code
from .authoring import CONVENTION_CODE

RULE_FILE = '''\
"""{code} {title}: rules written with the normgap authoring API.

Say here, in two or three sentences of your own, what the {instrument} requires that these rules
check.  See docs/writing-rules.md for the layout and a worked example.
"""
from normgap.rules import Convention, boolean, no_provision

{code} = Convention(
    "{code}", "{title}",
    articles={{
        # Every substantive article, with a short heading; `normgap rules` reports the ones
        # no rule checks yet.
        "1": "Scope",
        "2": "Main obligation",
    }},
)

# One line per topic the rules read: its name, its type and what a statement of it asserts.
{code}.topic("{topic}", boolean(), "the law lays down the duty of Article 2")


@{code}.rule("duty-missing", article="2", status="missing", kind="direct_request",
           when=[no_provision("{topic}", True)],
           checks="the law lays down the duty of Article 2")
def duty_missing(f):
    # Fires when no provision in force says `{topic} = yes`; an explicit `= no` is cited.
    f.note_lack("{topic}",
                said_no="the duty of Article 2 is not laid down",
                unstated="does not appear to lay down the duty of Article 2")
    f.recalled("each ratifying State lays down this duty in its legislation")
    f.requested("indicate the provisions that give effect to Article 2 or, failing that, to adopt them")
'''

FIRES = '''\
# {code} 2 missing: no provision lays down the duty, so the example rule fires.
# checks: {code}
# as-of: 2025-06-01
country EXS "Republic of Skeletonia"

ratified {code} on 2010-01-01

act LC "Labour Code (Act No. 1 of 2005)" in force 2005-01-01

# expect: {code} 2 missing
'''

SILENT = '''\
# {code} 2: the duty is laid down (= yes), so the example rule stays silent.
# checks: {code}
# as-of: 2025-06-01
country EXS "Republic of Skeletonia"

ratified {code} on 2010-01-01

act LC "Labour Code (Act No. 1 of 2005)" in force 2005-01-01

LC s.2: {topic} = yes
'''


@dataclass(frozen=True)
class Skeleton:
    """The files ``new-rule`` writes, relative to the target directory, with their text."""

    code: str
    files: dict[Path, str]


def skeleton(code: str, title: str | None = None) -> Skeleton:
    normal = normalise_code(code)
    if not CONVENTION_CODE.match(normal):
        raise UsageError(f"`{code}` is not a Convention code (e.g. C189, P29, MLC)")
    instrument = "Protocol" if normal.startswith("P") else "Convention"
    title = title or f"{instrument} (title to be written)"
    values = {"code": normal, "title": title.replace('"', "'"), "instrument": instrument,
              "topic": f"{normal.lower()}_example.duty"}
    stem = normal.lower()
    return Skeleton(normal, {
        Path(f"{stem}.py"): RULE_FILE.format(**values),
        Path("fixtures", stem, "duty-missing.fires.law"): FIRES.format(**values),
        Path("fixtures", stem, "duty-missing.silent.law"): SILENT.format(**values),
    })


def write_skeleton(target: Path, made: Skeleton) -> list[Path]:
    """Write the files under ``target``; refuse (and write nothing) if any of them exists."""
    existing = [target / rel for rel in made.files if (target / rel).exists()]
    if existing:
        raise UsageError("would overwrite " + ", ".join(str(p) for p in existing) + "; nothing written")
    written = []
    for rel, text in made.files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
