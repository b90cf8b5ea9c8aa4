#!/usr/bin/env python3
"""Writes the benchmark graphs: Barabasi-Albert, m = 3, seeded, as "u v" edge lists.

Usage: make_ba_graphs.py OUTDIR N...
"""
import os
import sys

import networkx as nx

SEED = 2024
M = 3

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for n in map(int, sys.argv[2:]):
    G = nx.barabasi_albert_graph(n, M, seed=SEED)
    with open(os.path.join(out, f"ba-{n}.edges"), "w") as f:
        for u, v in G.edges():
            f.write(f"{u} {v}\n")
