package coop.maillage.report;

import coop.maillage.metrics.BrokerageRoles;

/** The main bridging actors of the year: betweenness, constraint and brokerage roles. */
final class BridgeSection {

    private BridgeSection() {}

    static void write(Xhtml x, ImpactReport report, Language language) {
        ReportHtml.section(x, "bridges", Text.BRIDGES_TITLE, report, language);
        x.element("p", Text.BRIDGES_INTRO.format(language, report.year()));
        if (report.bridges().isEmpty()) {
            x.element("p", Text.NOT_ENOUGH_DATA.in(language), "class", "missing");
            x.close();
            return;
        }
        x.open("table", "class", "data bridges");
        ReportHtml.headerRow(
                x,
                "#",
                Text.ACTOR.in(language),
                Text.SECTOR.in(language),
                Text.TIES.in(language),
                Text.BETWEENNESS.in(language),
                Text.CONSTRAINT.in(language),
                Text.ROLE_COORDINATOR.in(language),
                Text.ROLE_CONSULTANT.in(language),
                Text.ROLE_GATEKEEPER.in(language),
                Text.ROLE_LIAISON.in(language));
        x.open("tbody");
        int rank = 1;
        for (BridgingActor actor : report.bridges()) {
            x.open("tr");
            x.element("td", Integer.toString(rank++), "class", "num");
            x.element("th", actor.label(), "scope", "row");
            x.element(
                    "td",
                    actor.sector() == null ? "—" : Text.label("SECTOR_", actor.sector(), language));
            x.element("td", Format.integer(actor.degree(), language), "class", "num");
            x.element("td", Format.decimal(actor.betweenness(), 3, language), "class", "num");
            x.element("td", Format.decimal(actor.constraint(), 2, language), "class", "num");
            BrokerageRoles roles = actor.brokerage();
            for (long count :
                    roles == null
                            ? new long[] {0, 0, 0, 0}
                            : new long[] {
                                roles.coordinator(),
                                roles.consultant(),
                                roles.gatekeeperRepresentative(),
                                roles.liaison()
                            }) {
                x.element("td", Format.integer(count, language), "class", "num");
            }
            x.close();
        }
        x.close().close();
        x.element("p", Text.BRIDGES_NOTE.in(language), "class", "small");
        x.close();
    }
}
