#!/usr/bin/env python3
"""Expected values for the metrics engine, computed with networkx (an independent implementation).

Writes one JSON fixture per network into backend/src/test/resources/metrics/: the graph (nodes,
weighted edges, optional group labels, optional two-mode membership) and the values networkx gives
for it. The Java tests read these files and compare Maillage's results with them.

Run from the repository root:  python3 backend/src/test/python/make_metric_fixtures.py
Requires networkx 3.6 (with numpy and scipy, which networkx uses for PageRank and structural holes).

Conventions shared with the Java side (see docs/metrics.md):
- node ids are strings; edges are [u, v, weight]; weight is a tie strength;
- a value networkx leaves undefined (NaN, or an exception such as the average clustering of an
  empty graph) is written as null;
- path metrics are unweighted; the "inverseWeight" block repeats them with distance = 1 / weight;
- group metrics use only the nodes that carry a group label (the subgraph they induce).
"""
import itertools
import json
import math
import os
import random
import sys

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "metrics")


def clean(x):
    """JSON-safe float: NaN and infinities become null."""
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def safe(f):
    try:
        return clean(f())
    except (ZeroDivisionError, nx.NetworkXException, ValueError):
        return None


def relabel(G):
    """String node ids, unit weight where none is given."""
    H = nx.relabel_nodes(G, {v: str(v) for v in G})
    for u, v, d in H.edges(data=True):
        d["weight"] = float(d.get("weight", 1.0))
    return H


def graph_level(G):
    n, m = G.number_of_nodes(), G.number_of_edges()
    total = sum(w for _, _, w in G.edges(data="weight"))
    comps = list(nx.connected_components(G))
    deg = dict(G.degree())
    btw = nx.betweenness_centrality(G, normalized=True) if n else {}
    g = {
        "nodes": n,
        "edges": m,
        "density": nx.density(G) if n else 0.0,
        "weightedDensity": total / (n * (n - 1) / 2) if n > 1 else 0.0,
        "meanDegree": 2 * m / n if n else None,
        "totalWeight": total,
        "components": len(comps),
        "largestComponentShare": max(len(c) for c in comps) / n if n else None,
        "averageClustering": safe(lambda: nx.average_clustering(G)),
        "transitivity": nx.transitivity(G),
        "bridges": sorted(sorted(e) for e in nx.bridges(G)),
        "articulationPoints": sorted(nx.articulation_points(G)),
        # Freeman (1979), computed here from networkx degrees and betweenness.
        "degreeCentralization": (
            sum(max(deg.values()) - d for d in deg.values()) / ((n - 1) * (n - 2)) if n > 2 else None
        ),
        "betweennessCentralization": (
            sum(max(btw.values()) - b for b in btw.values()) / (n - 1) if n > 1 else None
        ),
    }
    return g


def node_level(G):
    n = G.number_of_nodes()
    if n == 0:
        return {}
    btw = nx.betweenness_centrality(G, normalized=True)
    clo = nx.closeness_centrality(G, wf_improved=True)
    har = nx.harmonic_centrality(G)
    eig = nx.eigenvector_centrality(G, max_iter=1000)
    pr = nx.pagerank(G, alpha=0.85, weight="weight")
    cl = nx.clustering(G)
    con = nx.constraint(G, weight="weight")
    # nodes=list(G) takes networkx's per-node formula. Its whole-graph sparse shortcut (nodes=None)
    # divides m(j, q) by the largest tie of q instead of j in weighted graphs (numpy broadcasts
    # the row maxima along the wrong axis), which is not Burt's redundancy; see docs/metrics.md.
    es = nx.effective_size(G, nodes=list(G), weight="weight")
    out = {}
    for v in G:
        out[v] = {
            "degree": G.degree(v),
            "strength": G.degree(v, weight="weight"),
            "betweenness": btw[v],
            "closeness": clo[v],
            "harmonic": har[v] / (n - 1) if n > 1 else 0.0,
            "eigenvector": eig[v],
            "pagerank": pr[v],
            "clustering": cl[v],
            "constraint": clean(con[v]),
            "effectiveSize": clean(es[v]),
        }
    return out


def inverse_weight_paths(G):
    n = G.number_of_nodes()
    if n == 0:
        return {}
    D = G.copy()
    for _, _, d in D.edges(data=True):
        d["dist"] = 1.0 / d["weight"]
    btw = nx.betweenness_centrality(D, normalized=True, weight="dist")
    clo = nx.closeness_centrality(D, distance="dist", wf_improved=True)
    har = nx.harmonic_centrality(D, distance="dist")
    return {
        v: {
            "betweenness": btw[v],
            "closeness": clo[v],
            "harmonic": har[v] / (n - 1) if n > 1 else 0.0,
        }
        for v in G
    }


def brokerage(H, label):
    """Gould & Fernandez roles on undirected open two-paths A-B-C, written out independently."""
    roles = {}
    for b in H:
        r = {"coordinator": 0, "consultant": 0, "gatekeeperRepresentative": 0, "liaison": 0}
        for a, c in itertools.combinations(sorted(H[b]), 2):
            if H.has_edge(a, c):
                continue
            ga, gb, gc = label[a], label[b], label[c]
            if ga == gb == gc:
                r["coordinator"] += 1
            elif ga == gc:
                r["consultant"] += 1
            elif gb == ga or gb == gc:
                r["gatekeeperRepresentative"] += 1
            else:
                r["liaison"] += 1
        roles[b] = r
    return roles


def group_level(G, groups):
    H = G.subgraph([v for v in G if v in groups]).copy()
    nx.set_node_attributes(H, groups, "group")
    internal = [(u, v, w) for u, v, w in H.edges(data="weight") if groups[u] == groups[v]]
    external = [(u, v, w) for u, v, w in H.edges(data="weight") if groups[u] != groups[v]]
    i, e = len(internal), len(external)
    wi, we = sum(w for *_, w in internal), sum(w for *_, w in external)
    labels = sorted(set(groups[v] for v in H))
    members = {g: [v for v in H if groups[v] == g] for g in labels}
    density = []
    for g in labels:
        row = []
        for h in labels:
            ties = sum(1 for u, v in H.edges() if {groups[u], groups[v]} == {g, h}
                       and (g != h or groups[u] == g))
            nk, nl = len(members[g]), len(members[h])
            pairs = nk * (nk - 1) / 2 if g == h else nk * nl
            row.append(ties / pairs if pairs else None)
        density.append(row)
    return {
        "labelledNodes": H.number_of_nodes(),
        "eiIndex": (e - i) / (e + i) if e + i else None,
        "weightedEiIndex": (we - wi) / (we + wi) if e + i else None,
        "crossGroupShare": e / (e + i) if e + i else None,
        "assortativity": safe(lambda: nx.attribute_assortativity_coefficient(H, "group"))
        if H.number_of_edges() else None,
        "blockDensity": {"groups": labels, "density": density},
        "brokerage": brokerage(H, groups),
    }


def write(name, G, source, groups=None, partition=None, membership=None):
    G = relabel(G)
    groups = {str(k): v for k, v in (groups or {}).items()}
    expected = {"graph": graph_level(G), "nodes": node_level(G),
                "inverseWeight": inverse_weight_paths(G)}
    if partition is None and G.number_of_edges():
        partition = [sorted(c) for c in nx.community.greedy_modularity_communities(G, weight="weight")]
    if partition is not None:
        partition = [sorted(str(v) for v in c) for c in partition]
        expected["partition"] = partition
        expected["modularity"] = nx.community.modularity(G, partition, weight="weight")
        expected["louvainModularity"] = nx.community.modularity(
            G, nx.community.louvain_communities(G, weight="weight", seed=42), weight="weight")
    if groups:
        expected["groups"] = group_level(G, groups)
    data = {
        "name": name,
        "source": source,
        "nodes": list(G.nodes()),
        "edges": [[u, v, w] for u, v, w in G.edges(data="weight")],
        "groups": groups or None,
        "membership": membership,
        "expected": expected,
    }
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=False)
        f.write("\n")


def weighted(G, rng, draw):
    for _, _, d in G.edges(data=True):
        d["weight"] = float(draw(rng))
    return G


def labels(G, rng, names, unlabelled=0):
    nodes = list(G)
    skip = set(rng.sample(nodes, unlabelled))
    return {v: rng.choice(names) for v in nodes if v not in skip}


def main():
    # networkx iterates over sets of string nodes in places, so the last bits of some sums depend
    # on Python's string hashing: fix it so that the fixtures are reproducible byte for byte.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    os.makedirs(OUT, exist_ok=True)
    # Edge cases.
    write("empty", nx.Graph(), "edge case: no node")
    write("single", nx.empty_graph(1), "edge case: one node", groups={0: "a"})
    write("k2", nx.complete_graph(2), "edge case: K2", groups={0: "a", 1: "b"})
    write("path5", nx.path_graph(5), "edge case: path on 5 nodes",
          groups={0: "a", 1: "a", 2: "b", 3: "b", 4: "c"})
    write("star5", nx.star_graph(4), "edge case: star, centre 0 and 4 leaves",
          groups={0: "hub", 1: "a", 2: "a", 3: "b", 4: "c"})
    two = nx.disjoint_union(nx.complete_graph(3), nx.complete_graph(3))
    two.add_node(6)
    write("disconnected", two, "edge case: two triangles and an isolated node",
          groups={0: "a", 1: "a", 2: "b", 3: "b", 4: "b", 5: "a", 6: "a"})
    # Classics.
    karate = nx.karate_club_graph()
    clubs = {v: karate.nodes[v]["club"] for v in karate}
    write("karate", karate, "Zachary (1977), J. Anthropol. Res. 33(4); networkx karate_club_graph"
          " with its interaction-count weights; groups = club after the split", groups=clubs,
          partition=[[v for v in karate if clubs[v] == c] for c in sorted(set(clubs.values()))])
    write("florentine", nx.florentine_families_graph(),
          "Padgett & Ansell (1993), Am. J. Sociol. 98(6); marriage ties, 15 families (Pucci,"
          " isolated, left out as in networkx)")
    write("kite", nx.krackhardt_kite_graph(), "Krackhardt (1990), Adm. Sci. Q. 35(2); nodes 0-9 ="
          " Andre, Beverly, Carol, Diane, Ed, Fernando, Garth, Heather, Ike, Jane")
    davis = nx.davis_southern_women_graph()
    women = davis.graph["top"]
    membership = {w: sorted(davis[w]) for w in women}
    projection = nx.bipartite.weighted_projected_graph(davis, women)
    write("davis", projection, "Davis, Gardner & Gardner (1941), Deep South; women projected,"
          " weight = shared events; groups = women 1-9 and 10-18 as DGG's two cliques",
          groups={w: ("A" if k < 9 else "B") for k, w in enumerate(women)},
          membership=membership)
    # Random graphs, seeded.
    g = weighted(nx.gnp_random_graph(60, 0.08, seed=42), random.Random(1),
                 lambda r: r.randint(1, 5))
    write("gnp60", g, "G(n=60, p=0.08, seed=42), integer weights 1-5", groups=labels(
        g, random.Random(2), ["ESS", "ENTREPRISE", "PUBLIC", "RECHERCHE"], unlabelled=5))
    g = weighted(nx.barabasi_albert_graph(60, 2, seed=7), random.Random(3),
                 lambda r: round(r.uniform(0.5, 3.0), 3))
    write("ba60", g, "Barabasi-Albert(n=60, m=2, seed=7), weights uniform 0.5-3.0",
          groups=labels(g, random.Random(4), ["x", "y", "z"]))
    g = weighted(nx.gnp_random_graph(60, 0.025, seed=5), random.Random(6),
                 lambda r: r.randint(1, 3))
    write("sparse60", g, "G(n=60, p=0.025, seed=5): disconnected, isolated nodes, weights 1-3",
          groups=labels(g, random.Random(7), ["p", "q"], unlabelled=3))


if __name__ == "__main__":
    main()
