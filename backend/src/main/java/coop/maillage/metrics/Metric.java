package coop.maillage.metrics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one registry of metric definitions: id (the camelCase JSON key of the results), level, label
 * in French and English, formula, normalisation (including what an undefined case returns),
 * reference and complexity. The computing classes link here; the definitions page and the REST API
 * serve these texts as they are. n nodes, m ties, W total tie weight, d degree.
 */
public enum Metric {
    NODES("nodes", MetricLevel.GRAPH, "Nœuds", "Nodes", "n", "None.", "—", "O(1)"),
    EDGES("edges", MetricLevel.GRAPH, "Liens", "Ties", "m", "None.", "—", "O(1)"),
    DENSITY(
            "density",
            MetricLevel.GRAPH,
            "Densité",
            "Density",
            "2m / (n(n−1))",
            "Share of possible ties present; 0 when n < 2 (as networkx density).",
            Ref.WF,
            "O(1)"),
    WEIGHTED_DENSITY(
            "weightedDensity",
            MetricLevel.GRAPH,
            "Densité pondérée",
            "Weighted density",
            "W / (n(n−1)/2)",
            "Mean tie strength over all pairs; 0 when n < 2.",
            Ref.WF,
            "O(m)"),
    MEAN_DEGREE(
            "meanDegree",
            MetricLevel.GRAPH,
            "Degré moyen",
            "Mean degree",
            "2m / n",
            "None; null when n = 0.",
            Ref.WF,
            "O(1)"),
    TOTAL_WEIGHT(
            "totalWeight",
            MetricLevel.GRAPH,
            "Poids total",
            "Total weight",
            "W = Σ w(e)",
            "None (sum of tie strengths).",
            "—",
            "O(m)"),
    COMPONENTS(
            "components",
            MetricLevel.GRAPH,
            "Composantes connexes",
            "Connected components",
            "number of connected components",
            "None; 0 for the empty graph.",
            Ref.HT,
            "O(n + m)"),
    LARGEST_COMPONENT_SHARE(
            "largestComponentShare",
            MetricLevel.GRAPH,
            "Part de la plus grande composante",
            "Share of the largest component",
            "|largest component| / n",
            "In [0, 1]; null when n = 0.",
            Ref.HT,
            "O(n + m)"),
    AVERAGE_CLUSTERING(
            "averageClustering",
            MetricLevel.GRAPH,
            "Clustering moyen",
            "Average clustering",
            "(1/n) Σ_v C(v)",
            "Nodes of degree < 2 count 0 (networkx average_clustering); null when n = 0.",
            Ref.WS,
            "O(Σ d²)"),
    TRANSITIVITY(
            "transitivity",
            MetricLevel.GRAPH,
            "Transitivité",
            "Transitivity",
            "3 × triangles / connected triples",
            "In [0, 1]; 0 without connected triple.",
            "M. E. J. Newman, S. H. Strogatz, D. J. Watts (2001), Random graphs with arbitrary"
                    + " degree distributions, Physical Review E 64:026118",
            "O(Σ d²)"),
    BRIDGES(
            "bridges",
            MetricLevel.GRAPH,
            "Ponts",
            "Bridges",
            "ties whose removal adds a component",
            "List of ties and their count.",
            Ref.HT,
            "O(n + m)"),
    ARTICULATION_POINTS(
            "articulationPoints",
            MetricLevel.GRAPH,
            "Points d'articulation",
            "Articulation points",
            "nodes whose removal adds a component",
            "List of nodes and their count.",
            Ref.HT,
            "O(n + m)"),
    DEGREE_CENTRALIZATION(
            "degreeCentralization",
            MetricLevel.GRAPH,
            "Centralisation de degré",
            "Degree centralisation",
            "Σ_i (d_max − d_i) / ((n−1)(n−2))",
            "1 for a star, 0 for a regular graph; null when n < 3.",
            Ref.FREEMAN,
            "O(n)"),
    BETWEENNESS_CENTRALIZATION(
            "betweennessCentralization",
            MetricLevel.GRAPH,
            "Centralisation d'intermédiarité",
            "Betweenness centralisation",
            "Σ_i (b_max − b_i) / (n−1), b normalised betweenness",
            "1 for a star, 0 when all nodes are equal; null when n < 2.",
            Ref.FREEMAN,
            "that of betweenness"),
    MODULARITY(
            "modularity",
            MetricLevel.GRAPH,
            "Modularité",
            "Modularity",
            "Q = Σ_c [W_c/W − (S_c/2W)²], W_c weight inside c, S_c strength of c",
            "Of the Louvain communities (seeded), resolution 1, weighted (networkx modularity);"
                    + " null without ties or when detection is off.",
            "M. E. J. Newman (2006), Modularity and community structure in networks, PNAS"
                    + " 103(23):8577–8582; V. D. Blondel et al. (2008), Fast unfolding of"
                    + " communities in large networks, J. Stat. Mech. P10008",
            "O(m) per Louvain pass"),
    COMMUNITIES(
            "communities",
            MetricLevel.GRAPH,
            "Communautés",
            "Communities",
            "Louvain: move each node to the neighbouring community that most increases Q, then"
                    + " merge communities into nodes; repeat while Q gains more than 1e-7",
            "Lists of node ids; a node's `community` is the index of its list. Seeded: the same"
                    + " seed gives the same partition (not networkx's random stream); null when"
                    + " detection is off.",
            "V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre (2008), Fast unfolding"
                    + " of communities in large networks, J. Stat. Mech. P10008",
            "O(m) per pass"),
    DEGREE(
            "degree",
            MetricLevel.NODE,
            "Degré",
            "Degree",
            "d(v) = |N(v)|",
            "Raw count of ties.",
            Ref.FREEMAN,
            "O(1)"),
    STRENGTH(
            "strength",
            MetricLevel.NODE,
            "Force",
            "Strength",
            "s(v) = Σ_u w(v, u)",
            "Raw sum of tie strengths.",
            "A. Barrat, M. Barthélemy, R. Pastor-Satorras, A. Vespignani (2004), The"
                    + " architecture of complex weighted networks, PNAS 101(11):3747–3752",
            "O(d)"),
    BETWEENNESS(
            "betweenness",
            MetricLevel.NODE,
            "Intermédiarité",
            "Betweenness",
            "Σ_{s≠v≠t} σ_st(v) / σ_st",
            "Divided by (n−1)(n−2)/2 (networkx normalized=True); 0 when n ≤ 2; sampled mode"
                    + " rescales k sources as networkx 3.6.",
            "L. C. Freeman (1977), A set of measures of centrality based on betweenness,"
                    + " Sociometry 40(1):35–41; U. Brandes (2001), J. Math. Sociol."
                    + " 25(2):163–177",
            "O(nm); O(km) sampled"),
    CLOSENESS(
            "closeness",
            MetricLevel.NODE,
            "Proximité",
            "Closeness",
            "((r−1)/(n−1)) · ((r−1) / Σ_u d(v, u)), r nodes reached",
            "Wasserman–Faust correction for disconnected graphs (networkx wf_improved=True);"
                    + " 0 for an isolated node.",
            Ref.WF,
            "O(nm)"),
    HARMONIC(
            "harmonic",
            MetricLevel.NODE,
            "Centralité harmonique",
            "Harmonic centrality",
            "Σ_{u≠v} 1/d(v, u) / (n−1)",
            "Unreachable nodes add 0; 0 when n = 1.",
            "M. Marchiori, V. Latora (2000), Harmony in the small-world, Physica A"
                    + " 285:539–546; P. Boldi, S. Vigna (2014), Axioms for centrality,"
                    + " Internet Mathematics 10(3–4):222–262",
            "O(nm)"),
    EIGENVECTOR(
            "eigenvector",
            MetricLevel.NODE,
            "Centralité de vecteur propre",
            "Eigenvector centrality",
            "A x = λ x, λ the largest eigenvalue",
            "Unit Euclidean norm, unweighted (networkx eigenvector_centrality); null if the"
                    + " power iteration does not converge.",
            "P. Bonacich (1972), Factoring and weighting approaches to status scores and clique"
                    + " identification, J. Math. Sociol. 2(1):113–120",
            "O(m) per iteration"),
    PAGERANK(
            "pagerank",
            MetricLevel.NODE,
            "PageRank",
            "PageRank",
            "x = α x P + (α Σ_dangling x + 1 − α) / n, α = 0.85, P strength-normalised",
            "Scores sum to 1; weighted (networkx pagerank defaults).",
            "S. Brin, L. Page (1998), The anatomy of a large-scale hypertextual web search"
                    + " engine, Computer Networks 30(1–7):107–117",
            "O(m) per iteration"),
    CLUSTERING(
            "clustering",
            MetricLevel.NODE,
            "Clustering local",
            "Local clustering",
            "C(v) = 2T(v) / (d(v)(d(v)−1))",
            "Unweighted; 0 when d(v) < 2.",
            Ref.WS,
            "O(Σ d²)"),
    CONSTRAINT(
            "constraint",
            MetricLevel.NODE,
            "Contrainte",
            "Constraint",
            "c(i) = Σ_j (p_ij + Σ_q p_iq p_qj)², p_ij = w_ij / s_i",
            "Weighted as networkx constraint(weight='weight'); null for an isolated node.",
            Ref.BURT,
            "O(Σ d²)"),
    EFFECTIVE_SIZE(
            "effectiveSize",
            MetricLevel.NODE,
            "Taille effective",
            "Effective size",
            "e(i) = Σ_j (1 − Σ_q p_iq m_jq), m_jq = w_jq / max_k w_jk",
            "Weighted as networkx effective_size(weight='weight'); unweighted it is n − 2t/n;"
                    + " null for an isolated node.",
            Ref.BURT
                    + "; S. P. Borgatti (1997), Structural holes: unpacking Burt's redundancy"
                    + " measures, Connections 20(1):35–38",
            "O(Σ d²)"),
    BROKERAGE(
            "brokerage",
            MetricLevel.NODE,
            "Courtage",
            "Brokerage roles",
            "open two-paths A–B–C through B, by groups of A, B, C",
            "Counts: coordinator (A=B=C), consultant (A=C≠B), gatekeeper/representative (B"
                    + " matches exactly one of A, C), liaison (all differ); undirected adaptation;"
                    + " labelled nodes only.",
            "R. V. Gould, R. M. Fernandez (1989), Structures of mediation: a formal approach to"
                    + " brokerage in transaction networks, Sociological Methodology 19:89–126",
            "O(Σ d²)"),
    EI_INDEX(
            "eiIndex",
            MetricLevel.GROUP,
            "Indice E-I",
            "E-I index",
            "(E − I) / (E + I)",
            "In [−1, 1] on tie counts; null without ties; permutation null model.",
            Ref.KS,
            "O(m)"),
    WEIGHTED_EI_INDEX(
            "weightedEiIndex",
            MetricLevel.GROUP,
            "Indice E-I pondéré",
            "Weighted E-I index",
            "(W_E − W_I) / (W_E + W_I)",
            "E-I index on tie strengths; null without ties; permutation null model.",
            Ref.KS,
            "O(m)"),
    ASSORTATIVITY(
            "assortativity",
            MetricLevel.GROUP,
            "Assortativité",
            "Assortativity",
            "r = (Σ_i e_ii − Σ_i a_i²) / (1 − Σ_i a_i²)",
            "In [−1, 1], unweighted (networkx attribute_assortativity_coefficient); null when"
                    + " Σ a_i² = 1; permutation null model.",
            "M. E. J. Newman (2003), Mixing patterns in networks, Physical Review E 67:026126",
            "O(m)"),
    CROSS_GROUP_SHARE(
            "crossGroupShare",
            MetricLevel.GROUP,
            "Part des liens inter-groupes",
            "Share of cross-group ties",
            "E / (E + I)",
            "In [0, 1]; null without ties; permutation null model.",
            Ref.KS,
            "O(m)"),
    BLOCK_DENSITY(
            "blockDensity",
            MetricLevel.GROUP,
            "Densités par blocs",
            "Block densities",
            "ties_kk / (n_k(n_k−1)/2) within, ties_kl / (n_k n_l) between",
            "As UCINET density tables; null where a block has no possible pair.",
            "S. P. Borgatti, M. G. Everett, L. C. Freeman (2002), UCINET for Windows, Analytic"
                    + " Technologies; "
                    + Ref.WF,
            "O(m + g²)");

    /** References shared by several metrics. */
    private static final class Ref {
        static final String WF =
                "S. Wasserman, K. Faust (1994), Social Network Analysis:"
                        + " Methods and Applications, Cambridge University Press";
        static final String HT =
                "J. Hopcroft, R. Tarjan (1973), Efficient algorithms for graph"
                        + " manipulation, Communications of the ACM 16(6):372–378";
        static final String WS =
                "D. J. Watts, S. H. Strogatz (1998), Collective dynamics of"
                        + " 'small-world' networks, Nature 393:440–442";
        static final String FREEMAN =
                "L. C. Freeman (1979), Centrality in social networks:"
                        + " conceptual clarification, Social Networks 1(3):215–239";
        static final String BURT =
                "R. S. Burt (1992), Structural Holes: The Social Structure of"
                        + " Competition, Harvard University Press";
        static final String KS =
                "D. Krackhardt, R. N. Stern (1988), Informal networks and organizational crises: an"
                        + " experimental simulation, Social Psychology Quarterly 51(2):123–140";
    }

    private final String id;
    private final MetricLevel level;
    private final String labelFr;
    private final String labelEn;
    private final String formula;
    private final String normalisation;
    private final String reference;
    private final String complexity;

    Metric(
            String id,
            MetricLevel level,
            String labelFr,
            String labelEn,
            String formula,
            String normalisation,
            String reference,
            String complexity) {
        this.id = id;
        this.level = level;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.formula = formula;
        this.normalisation = normalisation;
        this.reference = reference;
        this.complexity = complexity;
    }

    public String id() {
        return id;
    }

    public MetricLevel level() {
        return level;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }

    public String formula() {
        return formula;
    }

    public String normalisation() {
        return normalisation;
    }

    public String reference() {
        return reference;
    }

    public String complexity() {
        return complexity;
    }

    /** The metric with this camelCase id, if any. */
    public static Optional<Metric> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
