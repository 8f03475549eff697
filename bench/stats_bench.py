"""How fast and how long is `kg stats` on a build, against a bare `kg query` COUNT process?

    .venv/bin/python bench/stats_bench.py --out /tmp/bench2k/out [--repeat 3] [--results bench/RESULTS-stats.md]

Each `kg stats` call of the list below is timed as a whole process, alternately with the
bare query (so that the machine's load hits both alike), ``--repeat`` times; the table
gives medians and the ratio. The same calls are timed once more on a copy of the build
without ``projection.json``, where `kg stats` reads the events from the store by SPARQL
and computes every table: the two ways the issue asked to compare.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KG = [str(Path(sys.executable).with_name("kg"))]
COUNT = ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]


def calls(actor: str, a: str, b: str) -> dict[str, list[str]]:
    return {
        "kg stats": ["stats"],
        "kg stats --actors all": ["stats", "--actors", "all"],
        "kg stats --weight reports": ["stats", "--weight", "reports"],
        f"kg stats --actor '{actor}' --timeline": ["stats", "--actor", actor, "--timeline"],
        f"kg stats --dyads '{a}' '{b}' --by-month": ["stats", "--dyads", a, b, "--by-month"],
        "kg stats --json": ["stats", "--json"],
    }


def timed(args: list[str], out: Path) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(KG + args + ["--out", str(out)], capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()}")
    return wall, done.stdout


def measure(out: Path, repeat: int, commands: dict[str, list[str]]) -> list[dict]:
    rows = []
    for name, args in commands.items():
        stats, bare, lines = [], [], 0
        for _ in range(repeat):
            wall, text = timed(args, out)
            stats.append(wall)
            lines = len(text.splitlines())
            bare.append(timed(COUNT, out)[0])
        rows.append({"call": name, "stats": statistics.median(stats), "query": statistics.median(bare),
                     "lines": lines})
    return rows


def without_projection(out: Path) -> Path:
    copy = Path(tempfile.mkdtemp(prefix="stats-bench-")) / "out"
    shutil.copytree(out / "store", copy / "store")
    return copy


def table(rows: list[dict]) -> str:
    lines = ["| call | `kg stats` wall s (median) | bare `kg query` COUNT wall s (median) | ratio | lines |",
             "|---|---:|---:|---:|---:|"]
    lines += [f"| `{r['call']}` | {r['stats']:.2f} | {r['query']:.2f} | {r['stats'] / r['query']:.2f}x | "
              f"{r['lines']} |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="a kg build folder")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--actor", default="Ronald Reagan")
    parser.add_argument("--dyad", nargs=2, default=["United States", "Japan"])
    parser.add_argument("--results", type=Path, help="append the tables to this Markdown file")
    options = parser.parse_args()
    commands = calls(options.actor, *options.dyad)
    load = os.getloadavg()
    fast = measure(options.out, options.repeat, commands)
    slow_out = without_projection(options.out)
    try:
        slow = measure(slow_out, options.repeat, commands)
    finally:
        shutil.rmtree(slow_out.parent)
    report = (f"Build: `{options.out}`; load average before {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}; "
              f"{options.repeat} rounds, alternating.\n\n"
              f"With the projection written at build time (`projection.json`, the default):\n\n{table(fast)}\n\n"
              f"Without it (events read from the store by SPARQL, every table computed):\n\n{table(slow)}\n")
    print(report)
    if options.results:
        with open(options.results, "a", encoding="utf-8") as handle:
            handle.write("\n" + report)


if __name__ == "__main__":
    main()
