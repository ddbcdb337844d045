"""Sweep benchmark: parse and check a corpus of generated summaries, and compare with targets.

    python benchmarks/sweep.py [--n 190] [--seed 7] [--jobs 1] [--json]

Corpus: N fictional summaries of 150-300 lines, generated in memory (seeded, not timed) from the
vocabulary of the rule files that exist (``normgap.load_rules([])``): every topic and declaration
key, those of Conventions added later included, gets values of its type; a topic is stated by 1-3
provisions (general and sectoral acts), some amended later; notes and blank lines fill the rest.
Measured in one run, with ``time.perf_counter``:
- startup: first-call costs paid once per process (rule files; the Lark grammar on the first parse;
  the experta engines, one per Convention, compiled by a first check against all of them), kept apart;
- parse (``normgap.parse``) and check (parse + ``check(as_of=2025-06-01)``, what a user pays per
  summary): median, p90 and total per file; check/parse is what the rule engine adds to reading;
- sweep = startup + parse pass + check pass; peak RSS; ``normgap --version`` run as a subprocess;
- with ``--jobs N``, the check pass again over N forked worker processes.
Targets: check/parse <= 3; sweep <= 10 s for N=190 (for another N: startup + both passes scaled
to 190 files); peak RSS <= 300 MB; ``--version`` <= 0.3 s.  PASS/MISS is printed and the exit code
is 0 either way: this is a measurement, not a test.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import random
import resource
import statistics
import string
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import normgap

AS_OF = "2025-06-01"
ACTS = [("LC", "Labour Code"), ("PC", "Penal Code"), ("EA", "Education Act"), ("Const", "Constitution"),
        ("OSHA", "Occupational Safety and Health Act"), ("TUA", "Trade Unions Act"), ("CA", "Children Act"),
        ("SSA", "Social Security Act"), ("EmpA", "Employment Act"), ("IRA", "Industrial Relations Act"),
        ("MSA", "Merchant Shipping Act"), ("PrA", "Prisons Act"), ("AWA", "Agricultural Workers Act"),
        ("DWR", "Domestic Workers Regulations"), ("PSA", "Public Service Act"), ("ApA", "Apprenticeship Act"),
        ("LIA", "Labour Inspection Act"), ("CPA", "Child Protection Act")]
RANGES = {"years": (10, 20), "months": (1, 24), "weeks": (1, 52), "days": (1, 30), "hours": (1, 60),
          "minutes": (5, 120)}  # count units (members, workers, persons): 1-500
STRINGS = ["as determined by the Minister", 'see the \\"Hazardous Work Order\\" of 2011',
           "durée fixée par décret", "subject to collective agreement", "not less than one day per week"]
NOTES = ["employment of children and young persons", "amended by the Finance Act 2019", "official gazette",
         "TODO: confirm against the consolidated text", "fines of up to one year's minimum wage", ""]
SYLLABLES = ["ex", "am", "pli", "bor", "ta", "vel", "ri", "on", "sa", "lu", "mé", "dor", "kan"]
TARGETS = {"check/parse": 3.0, "sweep_190_s": 10.0, "peak_rss_mb": 300.0, "version_s": 0.3}


def day(rng: random.Random, first: int = 1960, last: int = 2024) -> dt.date:
    return dt.date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))


def value(rng: random.Random, vtype, declared: bool = False) -> str:
    """A realistic value of ``vtype`` (a ValueType), spelled as in a summary."""
    kind = vtype.kind
    if kind == "quantity":
        unit = rng.choice(vtype.units)
        n = rng.randint(*((14, 16) if declared and unit == "years" else RANGES.get(unit, (1, 500))))
        return f"{n} {unit[:-1] if n == 1 else unit}"
    if kind == "percent":
        return f"{rng.choice([rng.randint(0, 100), round(rng.uniform(0, 100), 2)])}{rng.choice(['%', ' %'])}"
    if kind == "money":
        return f"{rng.randint(50, 5000)} {rng.choice(['USD', 'EUR', 'XOF', 'KES'])}"
    if kind in ("bool", "enum"):
        return rng.choice(("yes", "no") if kind == "bool" else vtype.choices)
    if kind == "list":
        items = rng.sample(vtype.choices, rng.randint(0, min(4, len(vtype.choices))))
        if len(items) > 2 and rng.random() < 0.3:  # a list may span lines, comments included
            return "[\n    " + ",\n    ".join(items) + "  # as listed in the act\n]"
        return "[" + ", ".join(items) + "]"
    if kind == "string":
        return f'"{rng.choice(STRINGS)}"'
    if kind == "date":
        return day(rng).isoformat()
    raise SystemExit(f"sweep.py: no generator for values of kind {kind!r}; add one to value()")


def pinpoint(rng: random.Random) -> str:
    n = rng.randint(1, 250)
    return rng.choice([f"s.{n}", f"s.{n}({n % 6 + 1})", f"art. {n}", f"art. {n}(2)(a)", f"reg. {n}",
                       f"Schedule {n % 4 + 1}, item {n % 30 + 1}", f"cl. {n % 40 + 1}"])


def summary(rng: random.Random, i: int, rules, used: Counter) -> tuple[str, tuple[str, ...]]:
    """One summary's text, and the Conventions it ratified by AS_OF (those ``check`` covers)."""
    vocab = rules.vocabulary
    code = f"EX{chr(65 + i)}" if i < 26 else "".join(rng.choices(string.ascii_uppercase, k=3))
    name = rng.choice(["Republic of ", "Kingdom of ", "République de ", "Federal Republic of "]) \
        + "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).capitalize() + "ia"
    head = [f"# {name}: structured summary of national labour provisions", f'country {code} "{name}"', ""]
    checked = []
    for conv in rules.codes():
        if rng.random() < 0.9:
            on = day(rng, 1975, 2026)
            checked += [conv] if on.isoformat() <= AS_OF else []
            keys = [(k, s) for k, s in vocab.declarations.get(conv, {}).items() if rng.random() < 0.6]
            used.update(f"{conv} {k}" for k, _ in keys)
            with_ = ", ".join(f"{k} = {value(rng, s.type, declared=True)}" for k, s in keys)
            head.append(f"ratified {conv} on {on}" + (f" with {with_}" if with_ else ""))
    acts = rng.sample(ACTS, rng.randint(5, 15))
    head.append("")
    for abbr, title in acts:
        enacted, r = rng.randint(1950, 2022), rng.random()
        if r < 0.1:
            head.append(f'act {abbr} "{title} (Amendment) Bill {rng.randint(2023, 2025)}" draft')
            continue
        until = f" until {day(rng, enacted + 3, 2030)}" if r < 0.25 else ""
        head.append(f'act {abbr} "{title} (Act No. {rng.randint(1, 60)} of {enacted})"'
                    + (f" in force {day(rng, enacted, enacted + 2)}{until}" if r < 0.8 else ""))
    # Statements by act, each [pinpoint, assertions, since/until]; stop adding topics near 300 lines.
    by_act: dict[str, list] = {abbr: [] for abbr, _ in acts}
    budget = 240 - sum(line.count("\n") + 1 for line in head) - 2 * len(acts)
    for spec in rng.sample(list(vocab.topics.values()), len(vocab.topics)):
        if budget <= 0 or rng.random() > 0.85:  # 15 % of topics are left out: `missing` findings
            continue
        used[spec.name] += 1
        for abbr, _ in rng.sample(acts, rng.choice([1, 1, 2, 2, 3])):
            stated, stmts = f"{spec.name} = {value(rng, spec.type)}", by_act[abbr]
            budget -= stated.count("\n") + 1
            if stmts and not stmts[-1][2] and rng.random() < 0.3:  # one provision, several topics
                stmts[-1][1].append(stated)
                continue
            pin = pinpoint(rng)
            stmts.append([pin, [stated], f" until {day(rng, 2015, 2030)}" if rng.random() < 0.05 else ""])
            for since in sorted(day(rng, 2005, 2024) for _ in range(rng.choice([0, 0, 0, 1, 2]))):
                until = f" until {day(rng, since.year + 1, 2030)}" if rng.random() < 0.2 else ""
                stmts.append([pin, [f"{spec.name} = {value(rng, spec.type)}"], f" since {since}{until}"])
                budget -= stmts[-1][1][0].count("\n") + 1
    body = []
    for abbr, title in acts:
        body += [f"# {title}", *(f"{abbr} {pin}: " + "; ".join(assertions) + tail
                                 + ("  # as amended" if rng.random() < 0.1 else "")
                                 for pin, assertions, tail in by_act[abbr]), ""]
    lines, target = sum(s.count("\n") + 1 for s in head + body), rng.randint(150, 300)
    for _ in range(target - lines):  # notes and blank lines make up the rest
        note = rng.choice(NOTES)  # a blank line, or a note on some pinpoint
        body.insert(rng.randint(0, len(body)), note and f"# {pinpoint(rng)}: {note}")
    text = "\n".join(head + body) + "\n"
    assert 150 <= text.count("\n") <= 300, f"summary {i} has {text.count(chr(10))} lines"
    return text, tuple(checked)


def parse_and_check(text: str, filename: str) -> int:
    return len(normgap.check(normgap.parse(text, filename=filename), as_of=AS_OF).findings)


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def stats(times: list[float]) -> dict:
    p90 = statistics.quantiles(times, n=10)[-1] if len(times) > 1 else times[0]
    return {"median_ms": statistics.median(times) * 1e3, "p90_ms": p90 * 1e3, "total_s": sum(times)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=190)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    start = time.perf_counter()
    rules = normgap.load_rules([])
    t_rules = time.perf_counter() - start
    rng, used = random.Random(args.seed), Counter()
    corpus = [summary(rng, i, rules, used) for i in range(args.n)]
    texts, names = [t for t, _ in corpus], [f"gen/{i:03d}.law" for i in range(args.n)]
    declarations = rules.vocabulary.declarations
    vocab = set(rules.vocabulary.topics) | {f"{c} {k}" for c, keys in declarations.items() for k in keys}

    try:  # every generated summary must parse: a SummaryError here is a generator (or parser) bug
        t_grammar = timed(normgap.parse, texts[0], names[0])[0]
        # one engine per Convention, each compiled on first use: check once with every Convention
        t_engine = timed(lambda: normgap.check(normgap.parse(texts[0], filename=names[0]), as_of=AS_OF,
                                               conventions=rules.codes()))[0]
        parse_times = [timed(normgap.parse, text, name)[0] for text, name in zip(texts, names)]
    except normgap.SummaryError as error:
        bad = next(name for name in names if name in error.sources)
        sys.exit(f"sweep.py: a generated summary does not parse:\n{error.render()}\n--- {bad}:\n"
                 + texts[names.index(bad)])
    check_times, counts = zip(*(timed(parse_and_check, text, name) for text, name in zip(texts, names)))
    findings = sum(counts)
    parse, check = stats(parse_times), stats(check_times)
    startup = t_rules + t_grammar + t_engine
    exe = [str(Path(sys.executable).with_name("normgap")), "--version"]
    fig = {"n": args.n, "seed": args.seed, "lines": sum(t.count("\n") for t in texts),
           "vocabulary_covered": f"{len(vocab & set(used))}/{len(vocab)}",
           "not_covered": sorted(vocab - set(used)),
           "startup_s": {"total": startup, "rules": t_rules, "grammar_first_parse": t_grammar,
                         "engine_first_checks": t_engine},
           "parse": parse, "check": check, "check/parse": check["total_s"] / parse["total_s"],
           "sweep_s": startup + parse["total_s"] + check["total_s"], "findings": findings,
           "sweep_190_s": startup + (parse["total_s"] + check["total_s"]) * 190 / args.n,
           "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
           "version_s": statistics.median(timed(subprocess.run, exe, capture_output=True, check=True)[0]
                                          for _ in range(5))}
    if args.jobs > 1:
        start = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            found = sum(pool.starmap(parse_and_check, zip(texts, names), max(1, args.n // (4 * args.jobs))))
        fig["jobs"] = {"jobs": args.jobs, "check_total_s": time.perf_counter() - start, "findings": found}
    fig["targets"] = {key: {"limit": limit, "pass": fig[key] <= limit} for key, limit in TARGETS.items()}

    if args.json:
        return print(json.dumps(fig, indent=2, ensure_ascii=False))
    s = fig["startup_s"]
    print(f"normgap sweep: {args.n} summaries ({fig['lines']} lines), seed {args.seed}, as of {AS_OF}; "
          f"vocabulary covered {fig['vocabulary_covered']} {' '.join(fig['not_covered'])}")
    print(f"startup       {startup:8.3f} s   (rules {s['rules']:.3f}, grammar + first parse "
          f"{s['grammar_first_parse']:.3f}, engine compile + first checks {s['engine_first_checks']:.3f})")
    print(f"{'per file':13} {'median ms':>10} {'p90 ms':>10} {'total s':>10}")
    for label, row in (("parse", parse), ("parse+check", check)):
        print(f"{label:13} {row['median_ms']:10.2f} {row['p90_ms']:10.2f} {row['total_s']:10.3f}")
    if "jobs" in fig:
        total = fig["jobs"]["check_total_s"]
        print(f"{f'check {args.jobs} jobs':13} {total:32.3f}  (x{check['total_s'] / total:.2f} vs serial)")
    print(f"sweep         {fig['sweep_s']:8.3f} s   ({findings} findings)")
    for key, unit in (("check/parse", ""), ("sweep_190_s", "s"), ("peak_rss_mb", "MB"), ("version_s", "s")):
        t = fig["targets"][key]
        print(f"{key:13} {fig[key]:8.3f} {unit:2}  target <= {t['limit']:g} {unit:2}  "
              f"{'PASS' if t['pass'] else 'MISS'}")


if __name__ == "__main__":
    main()
