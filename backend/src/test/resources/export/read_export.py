#!/usr/bin/env python3
"""Reads a Maillage network export with networkx, independently of the Java code, and prints
what it holds as JSON, for the export tests to compare with the API and the database.

Usage: read_export.py FORMAT FILE, FORMAT being graphml, gexf, json or csv (a zip of nodes.csv
and edges.csv, read with Python's csv module into a networkx MultiGraph).

Output: {"directed", "multigraph", "graph", "nodeCount", "edgeCount", "weightSum",
"nodes": {id: attributes}, "edges": [[u, v, attributes], ...]} with u <= v and edges sorted.
Tuples (GEXF spells) become lists; everything else is as networkx read it (types included).
"""
import csv
import io
import json
import sys
import zipfile

import networkx as nx


def read_csv_zip(path):
    graph = nx.MultiGraph()
    with zipfile.ZipFile(path) as archive:
        with archive.open("nodes.csv") as raw:
            for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline="")):
                node = row.pop("id")
                graph.add_node(node, **{k: v for k, v in row.items() if v != ""})
        with archive.open("edges.csv") as raw:
            for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline="")):
                source, target = row.pop("source"), row.pop("target")
                data = {k: v for k, v in row.items() if v != ""}
                data["weight"] = float(data["weight"])
                graph.add_edge(source, target, **data)
    return graph


def read(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "json":
        with open(path, encoding="utf-8") as f:
            return nx.node_link_graph(json.load(f), edges="links")
    if fmt == "csv":
        return read_csv_zip(path)
    raise SystemExit("unknown format " + fmt)


def plain(value):
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def describe(graph):
    edges = []
    for u, v, data in graph.edges(data=True):
        a, b = sorted([str(u), str(v)])
        edges.append([a, b, plain(data)])
    edges.sort(key=lambda e: (e[0], e[1], json.dumps(e[2], sort_keys=True, default=str)))
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": plain(graph.graph),
        "nodeCount": graph.number_of_nodes(),
        "edgeCount": graph.number_of_edges(),
        "weightSum": sum(float(d.get("weight", 1)) for _, _, d in graph.edges(data=True)),
        "nodes": {str(n): plain(d) for n, d in graph.nodes(data=True)},
        "edges": edges,
    }


if __name__ == "__main__":
    print(json.dumps(describe(read(sys.argv[1], sys.argv[2])), default=str, sort_keys=True))
