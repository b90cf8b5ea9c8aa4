"""Writes the test fixtures of coop.maillage.network and coop.maillage.io with networkx.

The expected values and the GraphML/GEXF files come from an implementation independent of the
code under test. Run from this directory with networkx 3.6:

    python3 make_network_fixtures.py

and commit the files it writes under ../resources/network and ../resources/io.
"""

import csv
import os

import networkx as nx
from networkx.algorithms import bipartite

HERE = os.path.dirname(os.path.abspath(__file__))
NETWORK = os.path.join(HERE, "..", "resources", "network")
IO = os.path.join(HERE, "..", "resources", "io")


def write_rows(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def davis_southern_women():
    """Davis, Gardner & Gardner (1941), Deep South: 18 women x 14 events, 89 attendances."""
    g = nx.davis_southern_women_graph()
    women, events = g.graph["top"], g.graph["bottom"]
    attendance = [(w, e) if w in women else (e, w) for w, e in g.edges()]
    write_rows(
        os.path.join(NETWORK, "davis-southern-women-attendance.csv"),
        ["woman", "event"],
        sorted(attendance),
    )
    projected = bipartite.weighted_projected_graph(g, women)
    pairs = sorted((min(u, v), max(u, v), d["weight"]) for u, v, d in projected.edges(data=True))
    write_rows(
        os.path.join(NETWORK, "davis-southern-women-projection.csv"),
        ["woman1", "woman2", "sharedEvents"],
        pairs,
    )
    # The same two-mode graph as GraphML, with the second mode marked by kind=event.
    two_mode = nx.Graph()
    for w in women:
        two_mode.add_node(w, kind="actor")
    for e in events:
        two_mode.add_node(e, kind="event")
    two_mode.add_edges_from(attendance)
    nx.write_graphml(two_mode, os.path.join(IO, "davis-southern-women.graphml"))


def classics():
    """Padgett's Florentine families and Zachary's karate club, as GraphML and GEXF."""
    florentine = nx.florentine_families_graph()
    nx.write_graphml(florentine, os.path.join(IO, "florentine-families.graphml"))
    nx.write_gexf(florentine, os.path.join(IO, "florentine-families.gexf"))
    karate = nx.karate_club_graph()
    nx.write_graphml(karate, os.path.join(IO, "karate-club.graphml"))
    nx.write_gexf(karate, os.path.join(IO, "karate-club.gexf"))
    write_rows(
        os.path.join(IO, "classics-expected.csv"),
        ["graph", "nodes", "edges", "totalWeight"],
        [
            (name, g.number_of_nodes(), g.number_of_edges(), g.size(weight="weight"))
            for name, g in [("florentine-families", florentine), ("karate-club", karate)]
        ],
    )


def dynamic_gexf():
    """A small dynamic graph with node intervals and edge spells, in networkx's GEXF dialect."""
    g = nx.Graph(mode="dynamic")
    g.add_node("a", sector="ESS", start=2018)
    g.add_node("b", sector="PUBLIC", start=2019, end=2022)
    g.add_node("c", sector="ESS")
    g.add_edge("a", "b", weight=2.0, spells=[(2019, 2019), (2021, 2022)])
    g.add_edge("b", "c", weight=1.0, start=2020)
    nx.write_gexf(g, os.path.join(IO, "dynamic-spells.gexf"))


if __name__ == "__main__":
    os.makedirs(NETWORK, exist_ok=True)
    os.makedirs(IO, exist_ok=True)
    davis_southern_women()
    classics()
    dynamic_gexf()
