#!/usr/bin/env python3
"""The time and memory bars of issue 13, measured on the `kg` command as a user runs it.

    .venv/bin/python bench/hardening.py [--out bench/RESULTS-hardening.md] [--skip-bench]

Each measurement is one `kg` process, timed from start to exit, its peak memory the largest
resident size of it or any of its children (``RUSAGE_CHILDREN`` of a fresh wrapper, as
``/usr/bin/time -v`` reports it). Inputs are made in a temporary folder: a FIFO named
``x.jsonl`` beside the seed, a gzip file of two million bad lines, a 1 MB article of seed
copies, and (unless ``--skip-bench``) the first 2,000 articles of ``../shared/bench/news.jsonl``.
"""
from __future__ import annotations

import argparse
import gzip
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).with_name("kg"))
SEED = ROOT / "seeds" / "000_f796f84a09fbece7.txt"
BENCH = Path(os.environ.get("DIPKG_SHARED", ROOT.parent / "shared")) / "bench" / "news.jsonl"
_WRAPPER = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
            "stderr=subprocess.DEVNULL).returncode; print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def measure(*args) -> tuple[int, float, float]:
    """Exit status, wall seconds and peak MiB of ``kg ARGS``."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", _WRAPPER, KG, *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    code, peak_kib = map(int, done.stdout.split())
    return code, time.monotonic() - started, peak_kib / 1024


def inputs(folder: Path, *, bench: bool) -> dict[str, list]:
    """The commands to measure, by name, with the inputs they read made under ``folder``."""
    fifo = folder / "fifo"
    fifo.mkdir()
    shutil.copy(SEED, fifo)
    os.mkfifo(fifo / "x.jsonl")
    with gzip.open(folder / "bad.jsonl.gz", "wb") as handle:
        handle.write(b"y\n" * 2_000_000)
    body = SEED.read_text(encoding="utf-8").split(" ", 2)[2]
    (folder / "long.txt").write_text("date 2022-05-17 " + "\n\n".join([body] * (1_000_000 // len(body) + 1)))
    commands = {
        "a FIFO named x.jsonl beside the seed: `kg build` (bar: < 60 s)": ["build", fifo, "--out", folder / "o1"],
        "2,000,000 bad lines in a 4 KB .jsonl.gz: `kg build` (bar: < 120 s, < 1 GB)":
            ["build", folder / "bad.jsonl.gz", "--out", folder / "o2"],
        "a 1 MB article: `kg extract -o` (bar: < 1.5 GB)": ["extract", folder / "long.txt", "-o", folder / "o3.jsonl"],
    }
    if bench and BENCH.exists():
        with BENCH.open(encoding="utf-8") as source:
            (folder / "bench.jsonl").write_text("".join(next(source) for _ in range(2000)), encoding="utf-8")
        commands["the first 2,000 bench articles: `kg build` (with validation)"] = [
            "build", folder / "bench.jsonl", "--out", folder / "o4"]
        commands["the seed added to that build: `kg build` (validates the one article)"] = [
            "build", SEED, "--out", folder / "o4"]
    return commands


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="Write the Markdown table here (default: stdout).")
    parser.add_argument("--skip-bench", action="store_true", help="Leave out the 2,000-article build.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rows = [(name, *measure(*command)) for name, command in inputs(Path(folder), bench=not args.skip_bench).items()]
    lines = ["# Hardening (issue 13): time and memory", "",
             f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}; "
             f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}. "
             "Reproduce: `DIPKG_SHARED=../shared .venv/bin/python bench/hardening.py --out bench/RESULTS-hardening.md`.",
             "", "| what | exit | wall s | peak MiB |", "|---|---:|---:|---:|"]
    lines += [f"| {name} | {code} | {seconds:.1f} | {peak:,.0f} |" for name, code, seconds, peak in rows]
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
