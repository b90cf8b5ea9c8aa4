package coop.maillage.seed.generator;

/**
 * The six member colleges of the synthetic pole, after those of Clus'Ter Jura's SCIC statutes:
 * founders, partner companies, partner local governments, territory/research/ESS, citizens and
 * employees.
 */
enum College {
    FOUNDERS("founders", "Fondateurs", "Founding members of the pole"),
    COMPANIES("companies", "Entreprises partenaires", "Partner companies"),
    LOCAL_GOVERNMENTS(
            "local-governments", "Collectivités partenaires", "Partner local governments"),
    TERRITORY(
            "territory-research-ess",
            "Territoire, recherche et ESS",
            "Territorial bodies, research and the social and solidarity economy"),
    CITIZENS("citizens", "Citoyens", "Inhabitants of the territory"),
    EMPLOYEES("employees", "Salariés", "Employees of the pole");

    private final String id;
    private final String frenchName;
    private final String description;

    College(String id, String frenchName, String description) {
        this.id = id;
        this.frenchName = frenchName;
        this.description = description;
    }

    String id() {
        return id;
    }

    String frenchName() {
        return frenchName;
    }

    String description() {
        return description;
    }
}
