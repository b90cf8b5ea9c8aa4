#!/usr/bin/env python3
"""Times networkx (and python-igraph, when importable) on the benchmark edge lists, on the same
metric groups as coop.maillage.metrics.MetricsBenchmark, and prints "file<TAB>task<TAB>seconds"
lines prefixed by the library name.

Usage: metrics_benchmark.py networkx|igraph FILE...

Each task runs once; when that took under 5 s it runs twice more and the median is kept.
networkx's exact betweenness and closeness on graphs above 5,000 nodes would take the better part
of an hour, so they are estimated from 200 sources scaled by n/200 and marked "est".
"""
import statistics
import sys
import time

BIG = 5000
SAMPLES = 200


def measure(task):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        task()
        times.append(time.perf_counter() - start)
        if times[0] >= 5:
            break
    return statistics.median(times)


def networkx_tasks(path):
    import networkx as nx

    G = nx.read_edgelist(path, nodetype=int)
    n = G.number_of_nodes()
    tasks = {}
    if n <= BIG:
        tasks["betweenness+closeness+harmonic exact"] = lambda: (
            nx.betweenness_centrality(G), nx.closeness_centrality(G), nx.harmonic_centrality(G))
    else:
        nodes = list(G)[:SAMPLES]

        def estimate():
            nx.betweenness_centrality(G, k=SAMPLES, seed=1)
            for u in nodes:
                nx.closeness_centrality(G, u=u)
            nx.harmonic_centrality(G, sources=nodes)

        tasks["betweenness+closeness+harmonic exact est"] = (estimate, n / SAMPLES)
    tasks["betweenness sampled k=200"] = lambda: nx.betweenness_centrality(G, k=SAMPLES, seed=1)
    tasks["clustering+transitivity"] = lambda: (
        nx.clustering(G), nx.average_clustering(G), nx.transitivity(G))
    tasks["constraint+effectiveSize"] = lambda: (
        nx.constraint(G, weight="weight"), nx.effective_size(G, weight="weight"))
    tasks["eigenvector"] = lambda: nx.eigenvector_centrality(G, max_iter=1000)
    tasks["pagerank"] = lambda: nx.pagerank(G)
    tasks["components+bridges+articulation"] = lambda: (
        list(nx.connected_components(G)), list(nx.bridges(G)), list(nx.articulation_points(G)))
    tasks["louvain+modularity"] = lambda: nx.community.modularity(
        G, nx.community.louvain_communities(G, seed=1))
    return tasks


def igraph_tasks(path):
    import igraph as ig

    g = ig.Graph.Read_Edgelist(path, directed=False)
    return {
        "betweenness+closeness+harmonic exact": lambda: (
            g.betweenness(), g.closeness(), g.harmonic_centrality()),
        "clustering+transitivity": lambda: (
            g.transitivity_local_undirected(mode="zero"), g.transitivity_undirected()),
        "constraint+effectiveSize": lambda: g.constraint(),
        "eigenvector": lambda: g.eigenvector_centrality(scale=False),
        "pagerank": lambda: g.pagerank(),
        "components+bridges+articulation": lambda: (
            g.connected_components(), g.bridges(), g.articulation_points()),
        "louvain+modularity": lambda: g.community_multilevel().modularity,
    }


def main():
    library, files = sys.argv[1], sys.argv[2:]
    for path in files:
        tasks = networkx_tasks(path) if library == "networkx" else igraph_tasks(path)
        name = path.rsplit("/", 1)[-1]
        for task, job in tasks.items():
            scale = 1
            if isinstance(job, tuple):
                job, scale = job
            print(f"{library}\t{name}\t{task}\t{measure(job) * scale:.4f}", flush=True)


if __name__ == "__main__":
    main()
