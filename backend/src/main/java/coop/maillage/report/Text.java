package coop.maillage.report;

import java.util.Locale;

/**
 * Every text of the report, in French and in English. {@code {0}}, {@code {1}}… stand for the
 * arguments of {@link #format}. Vocabularies of the data (sectors, 5D stages, statuses, event
 * types, verdicts…) are entries named {@code PREFIX_CODE}, read through {@link #label}; a code the
 * catalogue does not know (a user's own sector, say) is written as it is.
 */
enum Text {
    TITLE("Rapport d’impact {0}", "Impact report {0}"),
    COVER_KICKER("Réseau de coopération du territoire", "The territory’s cooperation network"),
    COVER_SUBTITLE(
            "Membres, projets, événements et coopérations : les chiffres, la carte et les"
                    + " hypothèses de l’année {0}, au 31 décembre {0}.",
            "Members, projects, events and cooperation: the figures, the map and the hypotheses"
                    + " of {0}, as on 31 December {0}."),
    COVER_REPRODUCIBLE(
            "Document produit par Maillage à partir des données enregistrées ; les mêmes données"
                    + " donnent le même document, octet pour octet.",
            "Produced by Maillage from the recorded data; the same data give the same document,"
                    + " byte for byte."),
    DEMONSTRATION(
            "Données de démonstration : une partie des enregistrements est illustrative (inventée"
                    + " pour reproduire les effectifs documentés). Les chiffres montrent ce que"
                    + " l’outil calcule ; ils ne sont pas des résultats sur le pôle. L’annexe dit"
                    + " lesquels reposent sur des faits documentés.",
            "Demonstration data: part of the records are illustrative (made up to reproduce the"
                    + " documented counts). The figures show what the tool computes; they are not"
                    + " findings about the pole. The appendix says which rest on documented"
                    + " facts."),
    OWN_DATA(
            "Les chiffres sont calculés à partir des enregistrements de la base ; la provenance de"
                    + " chacun est indiquée ci-dessous.",
            "The figures are computed from the records of the database; the provenance of each"
                    + " is given below."),
    CONTENTS("Sommaire", "Contents"),
    KEY_FIGURES("Chiffres clés {0}", "Key figures {0}"),
    MAP_TITLE("Carte de la coopération {0}", "Cooperation map {0}"),
    TRENDS_TITLE("Évolution du réseau", "How the network changed"),
    BLOCKS_TITLE("Liens au sein des secteurs et entre eux", "Ties within and between sectors"),
    HYPOTHESES_TITLE("Les hypothèses du pôle", "The pole’s hypotheses"),
    BRIDGES_TITLE("Les principaux acteurs passerelles", "The main bridging actors"),
    INDICATORS_TITLE("Les indicateurs demandés par le pôle", "The indicators the pole asked for"),
    APPENDIX_DEFINITIONS("Annexe : définitions", "Appendix: definitions"),
    APPENDIX_PROVENANCE(
            "Annexe : méthode et provenance des données", "Appendix: method and data provenance"),
    TILE_MEMBERS("sociétaires au 31 décembre {0}", "members on 31 December {0}"),
    TILE_CHANGE("{0} depuis fin {1}", "{0} since the end of {1}"),
    TILE_PROJECTS("projets en cours dans l’année", "projects under way in the year"),
    TILE_PROJECTS_STARTED("dont {0} démarrés", "{0} of them started"),
    TILE_JOBS("emplois enregistrés par ces projets", "jobs recorded by these projects"),
    TILE_JOBS_BASIS(
            "{0} projet(s) sur {1} enregistrent leurs emplois",
            "{0} project(s) of {1} record their jobs"),
    TILE_EVENTS("événements dans l’année", "events in the year"),
    TILE_PARTICIPANTS("{0} participants", "{0} participants"),
    MEMBERS_BY_COLLEGE("Sociétaires par collège", "Members by college"),
    COLLEGE("Collège", "College"),
    ON_31_DECEMBER("31/12/{0}", "31 Dec {0}"),
    CHANGE("Évolution", "Change"),
    TOTAL("Total", "Total"),
    PROJECTS_BY_STAGE(
            "Projets en cours en {0}, par étape de la méthode 5D et par statut",
            "Projects under way in {0}, by stage of the 5D method and status"),
    STAGE("Étape", "Stage"),
    EVENTS_OF_YEAR("Événements et participants en {0}", "Events and participants in {0}"),
    NO_EVENTS("Aucun événement enregistré en {0}.", "No event recorded in {0}."),
    EVENT_TYPE("Type", "Type"),
    EVENTS("Événements", "Events"),
    PARTICIPANTS("Participants", "Participants"),
    WITHOUT_COUNT("({0} sans décompte)", "({0} not counted)"),
    WORKSHOPS("Ateliers (compris dans les événements)", "Workshops (within the events)"),
    KEY_FIGURES_NOTE(
            "Les sociétaires sont comptés au 31 décembre, date de référence des documents du pôle"
                    + " ; les projets, événements et ateliers sur l’année civile {0}. Les emplois"
                    + " sont ceux que les projets enregistrent.",
            "Members are counted on 31 December, the reference date of the pole’s documents;"
                    + " projects, events and workshops over the calendar year {0}. Jobs are those"
                    + " the projects record."),
    MAP_CAPTION(
            "{0} acteurs reliés par {1} liens (densité {2}, degré moyen {3}) ; {4} acteurs sans"
                    + " lien cette année ne sont pas dessinés.",
            "{0} actors joined by {1} ties (density {2}, mean degree {3}); {4} actors without a"
                    + " tie this year are not drawn."),
    MAP_HOW(
            "Liens : collaborations directes et projets partagés actifs dans l’année. Taille :"
                    + " nombre de liens. Le pôle est cerclé de noir ; les cinq principaux acteurs"
                    + " passerelles sont numérotés. Placement par forces"
                    + " (Fruchterman–Reingold), calculé sur le serveur avec une graine fixe.",
            "Ties: direct collaborations and shared projects active in the year. Size: number of"
                    + " ties. The pole is ringed in black; the five main bridging actors are"
                    + " numbered. Force-directed placement"
                    + " (Fruchterman–Reingold), computed on the server with a fixed seed."),
    SECTOR_OTHER("Autre ou inconnu", "Other or unknown"),
    TRENDS_INTRO(
            "Les mesures du réseau de coopération, année par année, de {0} à {1}.",
            "The measures of the cooperation network, year by year, from {0} to {1}."),
    TRENDS_NOTE(
            "Bande bleue : ce que donnerait le hasard (valeur attendue ± 2 écarts-types sur des"
                    + " permutations des secteurs). Les années où le réseau a moins de deux"
                    + " acteurs sont laissées de côté.",
            "Blue band: what chance would give (expected value ± 2 standard deviations over"
                    + " permutations of the sectors). Years with fewer than two actors are left"
                    + " out."),
    CHART_DENSITY("Densité", "Density"),
    CHART_MEAN_DEGREE("Degré moyen", "Mean degree"),
    CHART_LARGEST_COMPONENT("Part de la plus grande composante", "Share of the largest component"),
    CHART_CLUSTERING("Clustering moyen", "Average clustering"),
    CHART_EI("Indice E-I entre secteurs", "E-I index between sectors"),
    CHART_POLE_BROKERAGE("Part du pôle dans l’intermédiation", "The pole’s share of brokerage"),
    BLOCKS_INTRO(
            "Densité des liens en {0} au sein de chaque secteur (diagonale) et entre chaque paire"
                    + " de secteurs : la part des paires possibles qui coopèrent.",
            "Density of ties in {0} within each sector (diagonal) and between each pair of"
                    + " sectors: the share of possible pairs that cooperate."),
    BLOCKS_NOTE(
            "Plus la case est foncée, plus le bloc est dense (par cinquièmes de la densité la plus"
                    + " forte). Sous chaque densité, le nombre de liens.",
            "The darker the cell, the denser the block (by fifths of the highest density). Under"
                    + " each density, the number of ties."),
    TIES_COUNT("{0} liens", "{0} ties"),
    BRIDGES_INTRO(
            "Les acteurs par qui passent le plus de chemins entre les autres en {0}"
                    + " (intermédiarité), avec leurs rôles d’intermédiaire entre secteurs.",
            "The actors most paths between others went through in {0} (betweenness), with their"
                    + " brokerage roles between sectors."),
    BRIDGES_NOTE(
            "Les personnes physiques apparaissent sous un pseudonyme stable, jamais sous leur nom."
                    + " Rôles d’intermédiaire entre secteurs (nombre de chemins à deux pas où"
                    + " l’acteur sert d’intermédiaire) : coordinateur, consultant, gardien ou"
                    + " représentant, liaison (définis en annexe).",
            "Natural persons appear under a stable pseudonym, never by name. Brokerage roles"
                    + " between sectors (number of two-step paths in which the actor is the"
                    + " broker): coordinator, consultant, gatekeeper or representative, liaison"
                    + " (defined in the appendix)."),
    ACTOR("Acteur", "Actor"),
    SECTOR("Secteur", "Sector"),
    TIES("Liens", "Ties"),
    BETWEENNESS("Intermédiarité", "Betweenness"),
    CONSTRAINT("Contrainte", "Constraint"),
    ROLE_COORDINATOR("Coord.", "Coord."),
    ROLE_CONSULTANT("Consult.", "Consult."),
    ROLE_GATEKEEPER("Gard./repr.", "Gatek./repr."),
    ROLE_LIAISON("Liaison", "Liaison"),
    MAP_KEY("Acteurs numérotés (rang d’intermédiarité) : ", "Numbered actors (betweenness rank): "),
    HYPOTHESES_INTRO(
            "Chaque hypothèse reçoit un verdict tiré des données de {0} à {1}, selon une règle"
                    + " fixée à l’avance.",
            "Each hypothesis gets a verdict from the data of {0} to {1}, by a rule set in"
                    + " advance."),
    HYPOTHESES_NOTE(
            "Tests bilatéraux au seuil de 5 % ; pentes de Theil–Sen, tendances de Mann–Kendall,"
                    + " corrélations de Spearman. Une corrélation n’est pas une cause.",
            "Two-sided tests at 5%; Theil–Sen slopes, Mann–Kendall trends, Spearman"
                    + " correlations. A correlation is not a cause."),
    INDICATORS_INTRO(
            "En 2014, l’équipe du pôle a listé les indicateurs qui montreraient son impact (mémoire"
                    + " de 2018). Chacun est calculé quand les données le permettent ; sinon le"
                    + " rapport dit « données insuffisantes » et pourquoi.",
            "In 2014 the pole’s team listed the indicators that would show its impact (2018"
                    + " thesis). Each is computed where the data allow; otherwise the report says"
                    + " “not enough data” and why."),
    INDICATORS_NOTE(
            "Un indicateur sans valeur n’est pas nul : il attend que les données soient"
                    + " enregistrées.",
            "An indicator without a value is not zero: it waits for the data to be recorded."),
    INDICATOR("Indicateur", "Indicator"),
    VALUE_IN("Valeur {0}", "Value {0}"),
    RULE("Règle de calcul", "How it is computed"),
    BASIS("Données", "Data"),
    NOT_ENOUGH_DATA("données insuffisantes", "not enough data"),
    PART_OF_WHOLE("{0} sur {1} ({2})", "{0} of {1} ({2})"),
    DEFINITIONS_INTRO(
            "Les mesures utilisées dans ce rapport, avec leur formule et leur référence.",
            "The measures this report uses, with their formula and reference."),
    FORMULA("Formule", "Formula"),
    REFERENCE("Référence", "Reference"),
    KEY_COUNTS("Les effectifs clés et leurs sources", "The key counts and their sources"),
    NOT_DOCUMENTED(
            "Calculé à partir des enregistrements ; aucune source ne documente ce chiffre.",
            "Computed from the records; no source documents this figure."),
    DOCUMENTED_BY("Documenté : {0}, « {1} ».", "Documented: {0}, “{1}”."),
    RECORDS_TITLE("Enregistrements comptés pour {0}", "Records counted for {0}"),
    RECORDS("Enregistrements", "Records"),
    DOCUMENTED("Documentés", "Documented"),
    ILLUSTRATIVE("Illustratifs", "Illustrative"),
    RECORDS_NOTE(
            "Documenté : la provenance cite une source et un passage. Illustratif : inventé pour"
                    + " reproduire un effectif documenté, ou sans source.",
            "Documented: the provenance quotes a source and a passage. Illustrative: made up to"
                    + " reproduce a documented count, or without a source."),
    FIGURES_TITLE("Chiffres donnés par les sources pour {0}", "Figures the sources give for {0}"),
    NO_FIGURES("Aucun chiffre documenté pour {0}.", "No documented figure for {0}."),
    YEAR("Année", "Year"),
    FIGURE("Chiffre", "Figure"),
    VALUE("Valeur", "Value"),
    SOURCE("Source", "Source"),
    USED("Reproduit", "Reproduced"),
    YES("oui", "yes"),
    NO("non", "no"),
    METHOD_TITLE("Méthode", "Method"),
    METHOD_SNAPSHOT(
            "Réseau de {0} : les acteurs présents dans l’année et les liens actifs dans l’année"
                    + " (couches : {1}) ; les projets partagés deviennent des liens entre leurs"
                    + " participants.",
            "Network of {0}: the actors present in the year and the ties active in it (layers:"
                    + " {1}); shared projects become ties between their participants."),
    METHOD_HYPOTHESES(
            "Hypothèses sur {0}–{1} ; modèles nuls : {2} permutations des groupes, graine {3} ;"
                    + " groupes : {4}.",
            "Hypotheses over {0}–{1}; null models: {2} permutations of the groups, seed {3};"
                    + " groups: {4}."),
    METHOD_LAYOUT(
            "Carte : Fruchterman–Reingold (JGraphT), {0} itérations, graine {1}.",
            "Map: Fruchterman–Reingold (JGraphT), {0} iterations, seed {1}."),
    METHOD_PRIVACY(
            "Les personnes physiques sont toujours désignées par un pseudonyme stable.",
            "Natural persons are always named by a stable pseudonym."),
    METHOD_REPRODUCIBLE(
            "Aucune date de production ni aléa non fixé : mêmes données, même année, mêmes options"
                    + " donnent le même document HTML et PDF, octet pour octet.",
            "No production date and no unseeded randomness: the same data, year and options give"
                    + " the same HTML and PDF document, byte for byte."),

    SECTOR_ESS("Économie sociale et solidaire", "Social and solidarity economy"),
    SECTOR_ENTREPRISE("Entreprises", "Companies"),
    SECTOR_PUBLIC("Public", "Public sector"),
    SECTOR_RECHERCHE("Recherche et formation", "Research and training"),
    SECTOR_CITOYEN("Citoyens", "Citizens"),
    SECTOR_FINANCEUR("Financeurs", "Funders"),
    STAGE_D1("D1 problème", "D1 problem"),
    STAGE_D2("D2 solutions", "D2 solutions"),
    STAGE_D3("D3 conception", "D3 design"),
    STAGE_D4("D4 faisabilité", "D4 feasibility"),
    STAGE_D5("D5 duplication", "D5 duplication"),
    STAGE_NONE("Sans étape", "No stage"),
    STATUS_IDEA("Idée", "Idea"),
    STATUS_EMERGING("En émergence", "Emerging"),
    STATUS_ACTIVE("Actif", "Active"),
    STATUS_STOPPED("Arrêté", "Stopped"),
    STATUS_NONE("Sans statut", "No status"),
    EVENT_STARTUP_DE_TERRITOIRE(
            "Soirées Start-Up de Territoire", "Start-Up de Territoire evenings"),
    EVENT_DEFI_TERRITORIAL("Défis territoriaux", "Territorial challenges"),
    EVENT_DEFI_CREATIF("Défis créatifs", "Creative challenges"),
    EVENT_DEFI_PROTOTYPAGE("Défis de prototypage", "Prototyping challenges"),
    EVENT_ASSEMBLEE_GENERALE("Assemblées générales", "General assemblies"),
    EVENT_REUNION_COLLEGE("Réunions de collège", "College meetings"),
    EVENT_OTHER("Autres événements", "Other events"),
    EVENT_NONE("Sans type", "No type"),
    VERDICT_SUPPORTED("Confirmée", "Supported"),
    VERDICT_NOT_SUPPORTED("Non confirmée", "Not supported"),
    VERDICT_INCONCLUSIVE("Non concluante", "Inconclusive"),
    HYP_H1("H1 — La coopération se densifie", "H1 — Cooperation densifies"),
    HYP_H2("H2 — Les silos s’ouvrent", "H2 — Silos open"),
    HYP_H3(
            "H3 — Le pôle est un entrepreneur relationnel, pas un passage obligé",
            "H3 — The pole is a relational entrepreneur, not a permanent hub"),
    HYP_H4(
            "H4 — La coopération survit à l’émergence des projets",
            "H4 — Cooperation outlasts the emergence of projects"),
    HYP_PROJECTS(
            "Projets — La diversité des collectifs va avec la réussite",
            "Projects — Diverse collectives go with success"),
    HYP_TEST_H1(
            "Règle : confirmée si la densité et le degré moyen augmentent tous deux avec une"
                    + " tendance significative (Mann–Kendall, p < 0,05).",
            "Rule: supported when density and mean degree both rise with a significant trend"
                    + " (Mann–Kendall, p < 0.05)."),
    HYP_TEST_H2(
            "Règle : confirmée si l’indice E-I augmente significativement et que l’assortativité"
                    + " n’augmente pas.",
            "Rule: supported when the E-I index rises significantly and assortativity does not"
                    + " rise."),
    HYP_TEST_H3(
            "Règle : confirmée si la part du pôle dans l’intermédiation baisse significativement"
                    + " sans que l’écart de cohésion avec et sans le pôle se creuse.",
            "Rule: supported when the pole’s share of brokerage falls significantly while the"
                    + " cohesion gap with and without the pole does not widen."),
    HYP_TEST_H4(
            "Règle : confirmée si, 1, 2 et 3 ans après (au moins 10 paires suivies), au moins"
                    + " 50 % des liens noués pendant l’émergence d’un projet existent encore.",
            "Rule: supported when, 1, 2 and 3 years on (at least 10 pairs followed), at least 50%"
                    + " of the ties formed during a project’s emergence still exist."),
    HYP_TEST_PROJECTS(
            "Règle : confirmée si la diversité des collectifs (indice de Blau) est corrélée"
                    + " positivement au score ou à la survie des projets (Spearman, p < 0,05), sans"
                    + " corrélation négative significative.",
            "Rule: supported when the diversity of collectives (Blau index) correlates positively"
                    + " with the projects’ score or survival (Spearman, p < 0.05), with no"
                    + " significant negative correlation."),
    FIG_DENSITY_SLOPE_PER_YEAR("Densité : pente par an", "Density: slope per year"),
    FIG_DENSITY_MANN_KENDALL_P("Densité : p de la tendance", "Density: p of the trend"),
    FIG_MEAN_DEGREE_SLOPE_PER_YEAR("Degré moyen : pente par an", "Mean degree: slope per year"),
    FIG_MEAN_DEGREE_MANN_KENDALL_P("Degré moyen : p de la tendance", "Mean degree: p of the trend"),
    FIG_EI_INDEX_SLOPE_PER_YEAR("Indice E-I : pente par an", "E-I index: slope per year"),
    FIG_EI_INDEX_MANN_KENDALL_P("Indice E-I : p de la tendance", "E-I index: p of the trend"),
    FIG_ASSORTATIVITY_SLOPE_PER_YEAR(
            "Assortativité : pente par an", "Assortativity: slope per year"),
    FIG_ASSORTATIVITY_MANN_KENDALL_P(
            "Assortativité : p de la tendance", "Assortativity: p of the trend"),
    FIG_POLE_BROKERAGE_SHARE_SLOPE_PER_YEAR(
            "Part du pôle dans l’intermédiation : pente par an",
            "Pole’s share of brokerage: slope per year"),
    FIG_POLE_BROKERAGE_SHARE_MANN_KENDALL_P(
            "Part du pôle dans l’intermédiation : p de la tendance",
            "Pole’s share of brokerage: p of the trend"),
    FIG_FACILITATED_SHARE_OF_NEW_CROSS_GROUP_PAIRS(
            "Nouveaux liens entre secteurs nés dans un projet animé par le pôle",
            "New cross-sector ties born in a project the pole facilitated"),
    FIG_FACILITATED_SHARE_OF_PROJECTS(
            "Projets animés par le pôle", "Projects the pole facilitated"),
    FIG_PAIRS_FORMED_IN_EMERGENCE(
            "Paires nouées pendant l’émergence", "Pairs formed during emergence"),
    FIG_SURVIVAL_SHARE_LAG1("Encore liées 1 an après", "Still tied 1 year on"),
    FIG_SURVIVAL_SHARE_LAG2("Encore liées 2 ans après", "Still tied 2 years on"),
    FIG_SURVIVAL_SHARE_LAG3("Encore liées 3 ans après", "Still tied 3 years on"),
    FIG_PROJECTS("Projets étudiés", "Projects studied"),
    FIG_BLAU_VS_SCORE_RHO("Diversité et score : ρ de Spearman", "Diversity and score: Spearman ρ"),
    FIG_BLAU_VS_SCORE_P("Diversité et score : p", "Diversity and score: p"),
    FIG_BLAU_VS_SURVIVAL_RHO(
            "Diversité et survie : ρ de Spearman", "Diversity and survival: Spearman ρ"),

    IND_JOBS_CREATED("Emplois créés dans l’année", "Jobs created in the year"),
    IND_REVENUE_PER_JOB("Chiffre d’affaires par emploi", "Revenue per job"),
    IND_REVENUE_PER_PROJECT("Chiffre d’affaires généré par projet", "Revenue per project"),
    IND_QUALIFIED_OPPORTUNITIES(
            "Projets issus d’opportunités d’entreprendre qualifiées",
            "Projects from qualified business opportunities"),
    IND_IDEAS_TAKEN_UP(
            "Idées reprises par un porteur de projet", "Ideas taken up by a project lead"),
    IND_LEADS_AMONG_PARTNERS(
            "Porteurs de projet parmi les partenaires", "Project leads among partners"),
    IND_PARTNERS_PER_TEAM_MEMBER("Partenaires par membre de l’équipe", "Partners per team member"),
    IND_RULE_JOBS_CREATED(
            "Somme des emplois créés qu’enregistrent les projets démarrés en {0} ; données"
                    + " insuffisantes si aucun d’eux n’enregistre ses emplois.",
            "Sum of the jobs created that the projects started in {0} record; not enough data"
                    + " when none of them records its jobs."),
    IND_RULE_REVENUE_PER_JOB(
            "Chiffre d’affaires des projets divisé par leurs emplois : les données n’enregistrent"
                    + " pas de chiffre d’affaires.",
            "The projects’ revenue divided by their jobs: the data record no revenue."),
    IND_RULE_REVENUE_PER_PROJECT(
            "Chiffre d’affaires des projets divisé par leur nombre : les données n’enregistrent"
                    + " pas de chiffre d’affaires.",
            "The projects’ revenue divided by their number: the data record no revenue."),
    IND_RULE_QUALIFIED_OPPORTUNITIES(
            "Parmi les projets démarrés jusqu’au 31 décembre {0}, ceux qui sont issus d’un"
                    + " événement ou d’un atelier du pôle (défis de la méthode 5D, soirées"
                    + " Start-Up de Territoire), où il qualifie les opportunités d’entreprendre.",
            "Of the projects started by 31 December {0}, those that emerged from one of the"
                    + " pole’s events or workshops (5D challenges, Start-Up de Territoire"
                    + " evenings), where it qualifies business opportunities."),
    IND_RULE_IDEAS_TAKEN_UP(
            "Parmi les idées nées d’un événement ou d’un atelier du pôle jusqu’en {0}, celles"
                    + " qu’un porteur de projet (autre que le pôle) a reprises au 31 décembre {0}.",
            "Of the ideas born at one of the pole’s events or workshops by {0}, those a project"
                    + " lead (other than the pole) had taken up by 31 December {0}."),
    IND_RULE_LEADS_AMONG_PARTNERS(
            "Partenaires du pôle en {0} : les acteurs (hors salariés du pôle) qui participent à"
                    + " un projet avec lui cette année-là ; parmi eux, ceux qui portent un projet"
                    + " en cours en {0}.",
            "The pole’s partners in {0}: the actors (its staff left out) taking part in a project"
                    + " with it that year; of them, those leading a project under way in {0}."),
    IND_RULE_PARTNERS_PER_TEAM_MEMBER(
            "Partenaires du pôle en {0} divisés par ses salarié·es en poste au 31 décembre {0}.",
            "The pole’s partners in {0} divided by its staff in post on 31 December {0}."),
    MISSING_NO_REVENUE_RECORDED(
            "aucun chiffre d’affaires n’est enregistré", "no revenue is recorded"),
    MISSING_NO_JOBS_RECORDED(
            "aucun projet démarré dans l’année n’enregistre ses emplois",
            "no project started in the year records its jobs"),
    MISSING_NO_PROJECT("aucun projet démarré à cette date", "no project started by then"),
    MISSING_NO_EMERGENCE_RECORDED(
            "aucun projet n’est rattaché à un événement ou à un atelier",
            "no project is linked to an event or a workshop"),
    MISSING_NO_PARTNER(
            "le pôle n’a partagé aucun projet avec des partenaires cette année",
            "the pole shared no project with partners this year"),
    MISSING_NO_TEAM(
            "aucun salarié du pôle n’est enregistré au 31 décembre",
            "no staff of the pole is recorded on 31 December"),
    BASIS_PROJECTS_STARTED_IN_YEAR("projets démarrés en {0}", "projects started in {0}"),
    BASIS_PROJECTS_STARTED_IN_YEAR_WITH_JOBS("dont avec leurs emplois", "of which with their jobs"),
    BASIS_PROJECTS_TO_DATE("projets démarrés jusqu’en {0}", "projects started by {0}"),
    BASIS_PROJECTS_TO_DATE_WITH_JOBS("dont avec leurs emplois", "of which with their jobs"),
    BASIS_JOBS_TO_DATE("emplois enregistrés jusqu’en {0}", "jobs recorded by {0}"),
    BASIS_PROJECTS_FROM_EVENTS(
            "dont issus d’un événement ou d’un atelier", "of which from an event or a workshop"),
    BASIS_IDEAS("idées nées d’un événement ou d’un atelier", "ideas born at an event or workshop"),
    BASIS_IDEAS_WITH_LEAD("dont reprises par un porteur", "of which taken up by a lead"),
    BASIS_PARTNERS("partenaires du pôle en {0}", "the pole’s partners in {0}"),
    BASIS_PARTNERS_LEADING("dont porteurs d’un projet", "of which leading a project"),
    BASIS_TEAM_MEMBERS(
            "salarié·es du pôle au 31 décembre {0}", "staff of the pole on 31 December {0}"),
    KIND_MEMBERSHIPS("Adhésions au 31 décembre {0}", "Memberships on 31 December {0}"),
    KIND_ACTORS("Acteurs présents en {0}", "Actors present in {0}"),
    KIND_PROJECTS("Projets en cours en {0}", "Projects under way in {0}"),
    KIND_PARTICIPATIONS("Participations à des projets en {0}", "Participations in projects in {0}"),
    KIND_EVENTS("Événements de {0}", "Events of {0}"),
    KIND_WORKSHOPS("Ateliers de {0}", "Workshops of {0}"),
    COUNTED_MEMBERS("Sociétaires au 31 décembre {0}", "Members on 31 December {0}"),
    COUNTED_STAFF("Salarié·es du pôle au 31 décembre {0}", "Staff of the pole on 31 December {0}"),
    DEF_DENSITY(
            "La part des liens possibles entre acteurs qui existent : 1 si chacun coopère avec"
                    + " tous les autres.",
            "The share of possible ties between actors that exist: 1 if everyone cooperates with"
                    + " everyone else."),
    DEF_MEAN_DEGREE(
            "Le nombre moyen de partenaires d’un acteur.",
            "The mean number of partners of an actor."),
    DEF_LARGEST_COMPONENT_SHARE(
            "La part des acteurs reliés, directement ou par des intermédiaires, au plus grand"
                    + " ensemble connecté.",
            "The share of actors joined, directly or through others, to the largest connected"
                    + " group."),
    DEF_AVERAGE_CLUSTERING(
            "En moyenne, la part des paires de partenaires d’un acteur qui coopèrent aussi entre"
                    + " eux.",
            "On average, the share of pairs of an actor’s partners who also cooperate with each"
                    + " other."),
    DEF_EI_INDEX(
            "Les liens entre secteurs (E) moins les liens au sein d’un secteur (I), sur leur"
                    + " somme : de −1 (entre soi) à +1 (tout entre secteurs) ; comparé au hasard"
                    + " en permutant les secteurs.",
            "Ties between sectors (E) minus ties within a sector (I), over their sum: from −1"
                    + " (all within) to +1 (all between sectors); compared with chance by"
                    + " permuting the sectors."),
    DEF_ASSORTATIVITY(
            "La tendance à coopérer avec son propre secteur : 0 comme le hasard, positive quand"
                    + " on reste entre soi, négative quand on va vers les autres.",
            "The tendency to cooperate within one’s own sector: 0 as chance, positive when actors"
                    + " keep to their own, negative when they reach out."),
    DEF_BLOCK_DENSITY(
            "La densité des liens au sein de chaque secteur et entre chaque paire de secteurs.",
            "The density of ties within each sector and between each pair of sectors."),
    DEF_BETWEENNESS(
            "La part des plus courts chemins entre deux autres acteurs qui passent par l’acteur :"
                    + " son rôle de passerelle.",
            "The share of shortest paths between two other actors that go through the actor: its"
                    + " role as a bridge."),
    DEF_CONSTRAINT(
            "La contrainte de Burt : faible quand les partenaires d’un acteur ne sont pas liés"
                    + " entre eux, c’est-à-dire quand il comble des trous structuraux (≥ 0).",
            "Burt’s constraint: low when an actor’s partners are not tied to each other, that is"
                    + " when it spans structural holes (≥ 0)."),
    DEF_BROKERAGE(
            "Les rôles d’intermédiaire de Gould et Fernandez sur les chemins à deux pas A–B–C :"
                    + " coordinateur (tous du même secteur), consultant (A et C d’un même secteur,"
                    + " B d’un autre), gardien ou représentant (B partage le secteur d’un seul des"
                    + " deux), liaison (trois secteurs).",
            "Gould and Fernandez’s brokerage roles on two-step paths A–B–C: coordinator (all in"
                    + " one sector), consultant (A and C in one sector, B in another), gatekeeper"
                    + " or representative (B shares the sector of only one of them), liaison"
                    + " (three sectors)."),
    ;

    private final String fr;
    private final String en;

    Text(String fr, String en) {
        this.fr = fr;
        this.en = en;
    }

    /** The text in {@code language}. */
    String in(Language language) {
        return language.french() ? fr : en;
    }

    /** The text in {@code language} with {@code {i}} replaced by the i-th argument. */
    String format(Language language, Object... arguments) {
        String text = in(language);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /**
     * The label of a code of a vocabulary ({@code SECTOR_}, {@code STAGE_}…): the entry named
     * prefix + code (a camelCase code in capitals with underscores), else the code itself.
     */
    static String label(String prefix, String code, Language language, Object... arguments) {
        if (code == null || code.isBlank() || YearFigures.NONE.equals(code)) {
            return lookup(prefix + "NONE", "—", language, arguments);
        }
        return lookup(prefix + constant(code), code, language, arguments);
    }

    /** ": " in English, " : " with a no-break space in French. */
    static String colon(Language language) {
        return language.french() ? "\u00a0: " : ": ";
    }

    private static String lookup(String name, String fallback, Language language, Object[] args) {
        try {
            return valueOf(name).format(language, args);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** "survivalShareLag1" → "SURVIVAL_SHARE_LAG1"; "D1" and "ESS" stay as they are. */
    static String constant(String code) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(code.charAt(i - 1))) {
                name.append('_');
            }
            name.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }
}
