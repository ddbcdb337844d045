"""Sweep benchmark: parse and check a corpus of generated summaries, and compare with targets.

    python benchmarks/sweep.py [--n 190] [--seed 7] [--jobs 1] [--json] [--profile]

N fictional country summaries (150-300 lines each) are generated in memory from a seeded
``random.Random``.  The generator reads the vocabulary of whatever rule files exist
(``normgap.load_rules([])``), so every topic and declaration key, now and after new Conventions
are added, appears with a value of its type; it ratifies only Conventions that have a rule file.
Generation is not timed.  One run then measures, with ``time.perf_counter``:

* startup  - first-call costs, paid once per process: loading the rule files, the first
  ``parse`` (Lark grammar load) and the first ``check`` of each set of ratified Conventions
  (experta engine compile).  They are kept out of the per-file figures.
* parse    - ``normgap.parse`` alone, per file (median, p90, total).
* check    - ``parse`` + ``check(as_of=2025-06-01)`` per file: what a user pays per summary.
  check/parse (total over total) shows what the rule engine adds to reading the file.
* sweep    - wall time of startup + the parse pass + the check pass.
* peak RSS of this process, and ``normgap --version`` as a subprocess (CLI start-up latency).
* ``--jobs N`` (N > 1): the check pass again over N forked worker processes.

Targets: check/parse <= 3, sweep <= 10 s for N=190 (scaled linearly with N), peak RSS <= 300 MB,
``normgap --version`` <= 0.3 s.  PASS/MISS is printed; the exit code is 0 either way: this is a
measurement, not a test.  ``--profile`` adds cProfile's top 10 functions (cumulative) for check.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import multiprocessing
import pstats
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
        ("OSHA", "Occupational Safety and Health Act"), ("TUA", "Trade Unions Act"),
        ("CRA", "Children's Rights Act"), ("SSA", "Social Security Act"), ("EmpA", "Employment Act"),
        ("IRA", "Industrial Relations Act"), ("MSA", "Merchant Shipping Act"), ("PrA", "Prisons Act"),
        ("AWA", "Agricultural Workers Act"), ("DWR", "Domestic Workers Regulations"),
        ("PSA", "Public Service Act"), ("ApA", "Apprenticeship Act"), ("CPA", "Child Protection Act"),
        ("LIA", "Labour Inspection Act")]
RANGES = {"years": (10, 20), "months": (1, 24), "weeks": (1, 52), "days": (1, 30), "hours": (1, 60),
          "minutes": (5, 120)}  # count units (members, workers, persons): 1-500
STRINGS = ["as determined by the Minister", 'see the \\"Hazardous Work Order\\" of 2011',
           "durée fixée par décret", "subject to collective agreement", "not less than one day per week"]
COMMENTS = ["# Part III: employment of children and young persons", "# as amended in 2019",
            "# source: official gazette", "# TODO: confirm the pinpoint against the consolidated text"]
SYLLABLES = ["ex", "am", "pli", "bor", "ta", "vel", "ri", "on", "sa", "lu", "mé", "dor", "kan"]
TARGETS = {"check/parse": 3.0, "sweep_s": 10.0, "peak_rss_mb": 300.0, "version_s": 0.3}


def day(rng: random.Random, first: int = 1960, last: int = 2024) -> dt.date:
    return dt.date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))


def value(rng: random.Random, vtype, declared: bool = False) -> str:
    """A realistic value of ``vtype`` (a ValueType) as the summary language spells it."""
    kind = vtype.kind
    if kind == "quantity":
        unit = rng.choice(vtype.units)
        low, high = (14, 16) if declared and unit == "years" else RANGES.get(unit, (1, 500))
        n = rng.randint(low, high)
        return f"{n} {unit[:-1] if n == 1 else unit}"
    if kind == "percent":
        return f"{rng.choice([rng.randint(0, 100), round(rng.uniform(0, 100), 2)])}{rng.choice(['%', ' %'])}"
    if kind == "money":
        return f"{rng.randint(50, 5000)} {rng.choice(['USD', 'EUR', 'XOF', 'KES'])}"
    if kind == "bool":
        return rng.choice(["yes", "no"])
    if kind == "enum":
        return rng.choice(vtype.choices)
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
    return rng.choice([f"s.{n}", f"s.{n}({rng.randint(1, 6)})", f"art. {n}", f"art. {n}(2)(a)", f"reg. {n}",
                       f"Schedule {rng.randint(1, 4)}, item {rng.randint(1, 30)}", f"cl. {rng.randint(1, 40)}"])


def summary(rng: random.Random, i: int, rules, used: Counter) -> tuple[str, tuple[str, ...]]:
    """One summary's text, and the Conventions it ratified on or before AS_OF (what check covers)."""
    vocab = rules.vocabulary
    code = f"EX{chr(65 + i)}" if i < 26 else "".join(rng.choices(string.ascii_uppercase, k=3))
    name = rng.choice(["Republic of ", "Kingdom of ", "République de ", "Federal Republic of "]) \
        + "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).capitalize() + "ia"
    head = [f"# {name}: structured summary of national labour provisions (generated)",
            f'country {code} "{name}"', ""]
    checked = []
    for conv in rules.codes():
        if rng.random() < 0.9:
            on = day(rng, 1975, 2026)
            checked += [conv] if on.isoformat() <= AS_OF else []
            keys = [(k, s) for k, s in vocab.declarations.get(conv, {}).items() if rng.random() < 0.6]
            used.update(f"{conv} {k}" for k, _ in keys)
            with_ = ", ".join(f"{k} = {value(rng, s.type, declared=True)}" for k, s in keys)
            head.append(f"ratified {conv} on {on}" + (f" with {with_}" if with_ else ""))
    head.append("")
    acts = rng.sample(ACTS, rng.randint(5, 15))
    for abbr, title in acts:
        enacted, r = rng.randint(1950, 2022), rng.random()
        if r < 0.1:
            head.append(f'act {abbr} "{title} (Amendment) Bill {rng.randint(2023, 2025)}" draft')
            continue
        start = day(rng, enacted, enacted + 2)
        until = f" until {day(rng, enacted + 3, 2030)}" if r < 0.25 else ""
        head.append(f'act {abbr} "{title} (Act No. {rng.randint(1, 60)} of {enacted})"'
                    + (f" in force {start}{until}" if r < 0.8 else ""))
    # Each topic (85 % of them; at most 60 while files must stay under 300 lines) is stated by 1-3
    # provisions, a general act and sectoral ones, some amended later: [pinpoint, assertions, tail].
    topics = [t for t in vocab.topics.values() if rng.random() < 0.85]
    by_act: dict[str, list] = {abbr: [] for abbr, _ in acts}
    for spec in rng.sample(topics, min(len(topics), 60)):
        used[spec.name] += 1
        for abbr, _ in rng.sample(acts, rng.choice([1, 1, 2, 2, 3])):
            stated, stmts = f"{spec.name} = {value(rng, spec.type)}", by_act[abbr]
            if stmts and not stmts[-1][2] and rng.random() < 0.3:  # one provision, several topics
                stmts[-1][1].append(stated)
                continue
            pin = pinpoint(rng)
            stmts.append([pin, [stated], f" until {day(rng, 2015, 2030)}" if rng.random() < 0.05 else ""])
            for since in sorted(day(rng, 2005, 2024) for _ in range(rng.choice([0, 0, 0, 1, 2]))):
                until = f" until {day(rng, since.year + 1, 2030)}" if rng.random() < 0.2 else ""
                stmts.append([pin, [f"{spec.name} = {value(rng, spec.type)}"], f" since {since}{until}"])
    body = []
    for abbr, title in acts:
        body += [f"# {title}"] + [f"{abbr} {pin}: " + "; ".join(assertions) + tail
                                  + ("  # as amended" if rng.random() < 0.1 else "")
                                  for pin, assertions, tail in by_act[abbr]] + [""]
    # Notes and blank lines up to 150-300 lines: while rule files declare few topics, most of a file.
    lines, target = sum(s.count("\n") + 1 for s in head + body), rng.randint(150, 300)
    while lines < target:
        body.insert(rng.randint(0, len(body)), rng.choice(COMMENTS + [""]))
        lines += 1
    text = "\n".join(head + body) + "\n"
    assert 150 <= text.count("\n") <= 300, f"summary {i} has {text.count(chr(10))} lines"
    return text, tuple(checked)


def parse_and_check(text: str, filename: str) -> int:
    return len(normgap.check(normgap.parse(text, filename=filename), as_of=AS_OF).findings)


_TEXTS: list[str] = []  # inherited by the forked workers of --jobs


def _worker(i: int) -> int:
    return parse_and_check(_TEXTS[i], f"gen/{i:03d}.law")


def stats(times: list[float]) -> dict:
    p90 = statistics.quantiles(times, n=10)[-1] if len(times) > 1 else times[0]
    return {"median_ms": statistics.median(times) * 1e3, "p90_ms": p90 * 1e3, "total_s": sum(times)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=190)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--profile", action="store_true", help="cProfile check on a subset (top 10)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    rules = normgap.load_rules([])
    t_rules = time.perf_counter() - t0
    rng, used = random.Random(args.seed), Counter()
    corpus = [summary(rng, i, rules, used) for i in range(args.n)]
    texts, names = [t for t, _ in corpus], [f"gen/{i:03d}.law" for i in range(args.n)]
    wanted = set(rules.vocabulary.topics) | {f"{c} {k}" for c, ks in rules.vocabulary.declarations.items() for k in ks}

    def timed(fn, *a, **kw):
        start = time.perf_counter()
        fn(*a, **kw)
        return time.perf_counter() - start

    try:  # every generated summary must parse: a SummaryError here is a generator (or parser) bug
        t_grammar = timed(normgap.parse, texts[0], names[0])
        firsts = {conv: i for i, (_, conv) in reversed(list(enumerate(corpus)))}  # one file per set
        t_engine = sum(timed(parse_and_check, texts[i], names[i]) for i in firsts.values())
        parse_times = [timed(normgap.parse, text, name) for text, name in zip(texts, names)]
    except normgap.SummaryError as error:
        bad = next(n for n, t in zip(names, texts) if n in error.sources)
        sys.exit(f"sweep.py: a generated summary does not parse:\n{error.render()}\n--- {bad} ---\n"
                 + texts[names.index(bad)])
    check_times, findings = [], 0
    for text, name in zip(texts, names):
        start = time.perf_counter()
        findings += parse_and_check(text, name)
        check_times.append(time.perf_counter() - start)
    startup = t_rules + t_grammar + t_engine
    parse, check = stats(parse_times), stats(check_times)
    sweep = startup + parse["total_s"] + check["total_s"]
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    exe = Path(sys.executable).with_name("normgap")
    version = statistics.median(timed(subprocess.run, [str(exe), "--version"], capture_output=True, check=True)
                                for _ in range(5))
    figures = {"n": args.n, "seed": args.seed, "lines": sum(t.count("\n") for t in texts),
               "coverage": f"{len(wanted & set(used))}/{len(wanted)}", "missing_vocab": sorted(wanted - set(used)),
               "startup_s": {"rules": t_rules, "grammar_first_parse": t_grammar, "engine_first_check": t_engine},
               "parse": parse, "check": check, "check/parse": check["total_s"] / parse["total_s"],
               "sweep_s": sweep, "findings": findings, "peak_rss_mb": rss_mb, "version_s": version}
    if args.jobs > 1:
        _TEXTS[:] = texts
        start = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            parallel = sum(pool.map(_worker, range(args.n), chunksize=max(1, args.n // (4 * args.jobs))))
        figures["jobs"] = {"jobs": args.jobs, "check_total_s": time.perf_counter() - start,
                           "findings": parallel}
    limits = dict(TARGETS, sweep_s=TARGETS["sweep_s"] * args.n / 190)
    figures["targets"] = {k: {"limit": v, "pass": figures[k] <= v} for k, v in limits.items()}
    if args.profile:
        profiler, subset = cProfile.Profile(), range(min(args.n, 40))
        profiler.runcall(lambda: [parse_and_check(texts[i], names[i]) for i in subset])
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(10)
        figures["profile"] = buf.getvalue()

    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
        return
    s = figures["startup_s"]
    print(f"normgap sweep: {args.n} summaries, {figures['lines']} lines, seed {args.seed}, as of {AS_OF}; "
          f"vocabulary covered {figures['coverage']} {' '.join(figures['missing_vocab'])}")
    print(f"startup           {startup:8.3f} s  (rules {s['rules']:.3f}, grammar+first parse "
          f"{s['grammar_first_parse']:.3f}, engine compile+first check {s['engine_first_check']:.3f})")
    print(f"{'':17} {'median ms':>10} {'p90 ms':>10} {'total s':>10}")
    for label, row in (("parse", parse), ("parse+check", check)):
        print(f"{label:17} {row['median_ms']:10.2f} {row['p90_ms']:10.2f} {row['total_s']:10.3f}")
    if "jobs" in figures:
        print(f"check, {args.jobs} jobs    {figures['jobs']['check_total_s']:32.3f}  "
              f"(x{check['total_s'] / figures['jobs']['check_total_s']:.2f} vs serial)")
    print(f"findings          {findings}")
    for key, label, unit in (("check/parse", "check/parse", ""), ("sweep_s", "sweep", " s"),
                             ("peak_rss_mb", "peak RSS", " MB"), ("version_s", "--version", " s")):
        target = figures["targets"][key]
        print(f"{label:17} {figures[key]:8.3f}{unit:3}  target <= {target['limit']:g}{unit:3}  "
              f"{'PASS' if target['pass'] else 'MISS'}")
    if args.profile:
        print(figures["profile"])


if __name__ == "__main__":
    main()
