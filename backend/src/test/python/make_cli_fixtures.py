#!/usr/bin/env python3
"""Graph files and networkx's expected values for the command-line analyser's tests.

Writes into backend/src/test/resources/cli/ three networks that the metrics tests do not use, each
as a graph file in one of the formats the analyser reads, with a JSON file of the values networkx
(an implementation independent of Maillage) gives for it:

- lesmis.graphml: Knuth's Les Miserables co-appearance network, weighted (77 nodes, 254 ties);
  expected values with unweighted paths and, under "weightedPaths", with distance = 1 / weight;
- watts-strogatz-nodes.csv / watts-strogatz-edges.csv and watts-strogatz.gexf: a seeded
  Watts-Strogatz small world (60 nodes, k = 6, p = 0.2) whose nodes carry a "group" attribute
  that mostly follows their place on the ring; expected values include the group metrics;
- dynamic.gexf: a small dynamic network whose nodes and ties have start/end years or spells over
  2019-2022; expected values for the whole graph (time ignored) and, under "years", for the
  network of each year (the nodes and ties active that year).

Run from the repository root:  python3 backend/src/test/python/make_cli_fixtures.py
Requires networkx 3.6 (with numpy and scipy).

Conventions (those of docs/metrics.md): node ids are strings; harmonic centrality is divided by
n - 1; eigenvector centrality is unweighted with unit Euclidean norm; PageRank is weighted,
alpha = 0.85; path metrics are unweighted unless under "weightedPaths".
"""
import csv
import json
import math
import os
import random
import re
import sys

import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "cli")
YEARS = range(2019, 2023)


def clean(x):
    """JSON-safe float: NaN and infinities become null."""
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def graph_level(g):
    n = g.number_of_nodes()
    return {
        "nodes": n,
        "edges": g.number_of_edges(),
        "density": nx.density(g) if n else 0.0,
        "totalWeight": float(g.size(weight="weight")),
        "components": nx.number_connected_components(g),
        "transitivity": nx.transitivity(g),
        "averageClustering": nx.average_clustering(g) if n else None,
    }


def node_level(g):
    n = g.number_of_nodes()
    betweenness = nx.betweenness_centrality(g, normalized=True)
    closeness = nx.closeness_centrality(g, wf_improved=True)
    harmonic = nx.harmonic_centrality(g)
    # networkx's power iterations with their default stopping rule (sum of changes < n * 1e-6),
    # which Maillage follows: both stop up to about 1e-5 away from the exact fixed points.
    eigenvector = nx.eigenvector_centrality(g, max_iter=1000)
    pagerank = nx.pagerank(g, alpha=0.85, weight="weight")
    clustering = nx.clustering(g)
    return {
        v: {
            "degree": g.degree(v),
            "strength": float(g.degree(v, weight="weight")),
            "betweenness": betweenness[v],
            "closeness": closeness[v],
            "harmonic": harmonic[v] / (n - 1),
            "eigenvector": clean(eigenvector[v]),
            "pagerank": pagerank[v],
            "clustering": clustering[v],
        }
        for v in g
    }


def weighted_paths(g):
    """Betweenness, closeness and harmonic centrality with distance = 1 / weight."""
    d = g.copy()
    for _, _, data in d.edges(data=True):
        data["distance"] = 1.0 / data["weight"]
    n = d.number_of_nodes()
    betweenness = nx.betweenness_centrality(d, normalized=True, weight="distance")
    closeness = nx.closeness_centrality(d, distance="distance", wf_improved=True)
    harmonic = nx.harmonic_centrality(d, distance="distance")
    return {
        v: {
            "betweenness": betweenness[v],
            "closeness": closeness[v],
            "harmonic": harmonic[v] / (n - 1),
        }
        for v in d
    }


def group_level(g, attribute):
    """Krackhardt-Stern E-I index and cross-group share by hand, Newman's assortativity."""
    external = sum(1 for u, v in g.edges() if g.nodes[u][attribute] != g.nodes[v][attribute])
    internal = g.number_of_edges() - external
    return {
        "eiIndex": (external - internal) / (external + internal),
        "crossGroupShare": external / (external + internal),
        "assortativity": nx.attribute_assortativity_coefficient(g, attribute),
    }


def write_gexf(g, name):
    """GEXF without the date of the day in its header, so that reruns give the same bytes."""
    path = os.path.join(OUT, name)
    nx.write_gexf(g, path)
    with open(path, encoding="utf-8") as f:
        text = re.sub(r'lastmodifieddate="[^"]*"', 'lastmodifieddate="2024-01-01"', f.read())
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_json(name, value):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        json.dump(value, out, indent=1, sort_keys=True, ensure_ascii=False)
        out.write("\n")


def string_ids(g):
    h = nx.relabel_nodes(g, {v: str(v) for v in g})
    for _, _, data in h.edges(data=True):
        data["weight"] = float(data.get("weight", 1.0))
    return h


def les_miserables():
    g = string_ids(nx.les_miserables_graph())
    nx.write_graphml(g, os.path.join(OUT, "lesmis.graphml"))
    write_json(
        "lesmis-expected.json",
        {"graph": graph_level(g), "nodes": node_level(g), "weightedPaths": weighted_paths(g)},
    )


def watts_strogatz():
    g = string_ids(nx.connected_watts_strogatz_graph(60, 6, 0.2, seed=20240517))
    rng = random.Random(7)
    groups = ["ESS", "PUBLIC", "ENTREPRISE"]
    for v in g:
        # mostly the ring's third the node sits in, so that ties tend to stay within groups
        home = groups[int(v) * 3 // 60]
        g.nodes[v]["group"] = home if rng.random() < 0.8 else rng.choice(groups)
    with open(os.path.join(OUT, "watts-strogatz-nodes.csv"), "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "group"])
        writer.writerows((v, g.nodes[v]["group"]) for v in sorted(g, key=int))
    with open(os.path.join(OUT, "watts-strogatz-edges.csv"), "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["source", "target", "weight"])
        writer.writerows(sorted((u, v, 1) for u, v in g.edges()))
    write_gexf(g, "watts-strogatz.gexf")
    write_json(
        "watts-strogatz-expected.json",
        {"graph": graph_level(g), "nodes": node_level(g), "groups": group_level(g, "group")},
    )


def dynamic_graph():
    """Nodes with start/end years, ties with start/end or spells; None is an open end."""
    g = nx.Graph(mode="dynamic")
    nodes = {
        "a": (2019, None),
        "b": (2019, 2021),
        "c": (2020, None),
        "d": (None, None),
        "e": (2021, 2022),
        "f": (2022, None),
        "g": (2019, 2020),
        "h": (None, None),
    }
    for v, (start, end) in nodes.items():
        times = {k: t for k, t in (("start", start), ("end", end)) if t is not None}
        g.add_node(v, sector="ESS" if v in "aceg" else "PUBLIC", **times)
    spells = {
        ("a", "b"): (2.0, [(2019, 2019), (2021, 2021)]),
        ("a", "c"): (1.0, [(2020, None)]),
        ("b", "c"): (3.0, [(2020, 2021)]),
        ("c", "d"): (1.0, [(2021, 2021)]),
        ("d", "e"): (1.0, [(2021, 2022)]),
        ("a", "d"): (1.0, [(None, None)]),
        ("e", "f"): (2.0, [(2022, None)]),
        ("a", "g"): (1.0, [(2019, 2020)]),
        ("g", "h"): (1.0, [(2019, 2019)]),
        ("b", "h"): (1.0, [(2019, None)]),
        ("a", "e"): (1.0, [(2019, 2022)]),
        ("c", "g"): (1.0, [(2020, 2022)]),
    }
    for (u, v), (weight, periods) in spells.items():
        if len(periods) > 1:
            g.add_edge(u, v, weight=weight, spells=periods)
        else:
            start, end = periods[0]
            times = {k: t for k, t in (("start", start), ("end", end)) if t is not None}
            g.add_edge(u, v, weight=weight, **times)
    write_gexf(g, "dynamic.gexf")

    def active(start, end, year):
        return (start is None or start <= year) and (end is None or year <= end)

    years = {}
    for year in YEARS:
        snapshot = nx.Graph()
        snapshot.add_nodes_from(v for v, (s, e) in nodes.items() if active(s, e, year))
        for (u, v), (weight, periods) in spells.items():
            if u in snapshot and v in snapshot and any(active(s, e, year) for s, e in periods):
                snapshot.add_edge(u, v, weight=weight)
        years[str(year)] = graph_level(snapshot)
    whole = nx.Graph()
    whole.add_nodes_from(nodes)
    whole.add_weighted_edges_from((u, v, w) for (u, v), (w, _) in spells.items())
    write_json(
        "dynamic-expected.json",
        {"graph": graph_level(whole), "nodes": node_level(whole), "years": years},
    )


if __name__ == "__main__":
    # networkx iterates over sets of string nodes in places, so the last bits of some sums depend
    # on Python's string hashing: fix it so that the fixtures are reproducible byte for byte.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    os.makedirs(OUT, exist_ok=True)
    les_miserables()
    watts_strogatz()
    dynamic_graph()
