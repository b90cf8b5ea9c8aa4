#!/usr/bin/env python3
"""Turns the timing lines of the benchmark run into docs/benchmarks.md.

Usage: write_benchmarks_md.py TIMINGS OUTPUT COMMAND
TIMINGS holds "library<TAB>file<TAB>task<TAB>seconds" lines.
"""
import collections
import datetime
import os
import platform
import subprocess
import sys

timings_path, output, command = sys.argv[1:4]
times = collections.defaultdict(dict)
tasks = collections.defaultdict(list)
estimated = set()
for line in open(timings_path):
    library, name, task, seconds = line.rstrip("\n").split("\t")
    if task.endswith(" est"):
        task = task[: -len(" est")]
        estimated.add((library, name, task))
    times[(library, name)][task] = float(seconds)
    if task not in tasks[name]:
        tasks[name].append(task)


def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def cell(library, name, task):
    value = times.get((library, name), {}).get(task)
    if value is None:
        return "—"
    mark = " (est.)" if (library, name, task) in estimated else ""
    return f"{value:.3g}{mark}" if value < 1 else f"{value:.1f}{mark}"


def ratio(library, name, task):
    other = times.get((library, name), {}).get(task)
    mine = times[("maillage", name)].get(task)
    if other is None or not mine:
        return "—"
    return f"{other / mine:.1f}×"


def other_sections(path):
    """The top-level sections after this script's own (other benchmarks append them)."""
    if not os.path.exists(path):
        return ""
    lines = open(path, encoding="utf-8").read().splitlines(keepends=True)
    for i, line in enumerate(lines[1:], start=1):
        if line.startswith("# "):
            return "\n" + "".join(lines[i:])
    return ""


def library_versions():
    """The versions of networkx and igraph as the benchmark's interpreters import them."""
    found = []
    for interpreter, module in (("python3", "networkx"), ("/usr/bin/python3", "igraph")):
        run = subprocess.run([interpreter, "-c", f"import {module}; print({module}.__version__)"],
                             capture_output=True, text=True)
        found.append(f"{module} {run.stdout.strip()}" if run.returncode == 0
                     else f"{module} not installed")
    return ", ".join(found)


kept = other_sections(output)
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
with open(output, "w", encoding="utf-8") as out:
    out.write("# Metrics benchmarks\n\n")
    out.write("Wall-clock seconds, warm, median of several runs, on seeded Barabási–Albert graphs"
              " (m = 3, seed 2024, unit weights).\nRatios are the other library's time divided by"
              " Maillage's: above 1, Maillage is faster.\n\n")
    out.write(f"- Date: {datetime.date.today().isoformat()}\n")
    out.write(f"- Machine: {os.cpu_count()} cores, {cpu()}; shared with other jobs, so expect"
              " noise of tens of percent\n")
    out.write(f"- Java: {java[0] if java else 'unknown'}; Python {platform.python_version()};"
              f" {library_versions()}\n")
    out.write(f"- Command: `{command}`\n\n")
    for name in sorted(tasks, key=lambda n: int("".join(c for c in n if c.isdigit()) or 0)):
        out.write(f"## {name}\n\n")
        out.write("| task | Maillage | networkx | igraph | networkx / Maillage"
                  " | igraph / Maillage |\n")
        out.write("| --- | ---: | ---: | ---: | ---: | ---: |\n")
        for task in tasks[name]:
            out.write(f"| {task} | {cell('maillage', name, task)} |"
                      f" {cell('networkx', name, task)} | {cell('igraph', name, task)} |"
                      f" {ratio('networkx', name, task)} | {ratio('igraph', name, task)} |\n")
        out.write("\n")
    out.write(open(os.path.join(os.path.dirname(__file__), "benchmarks-notes.md")).read())
    out.write(kept)
