package coop.maillage.backup;

import coop.maillage.MaillageApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The names of the backup file format ({@code docs/backup.md}): gzip'd JSON lines, a header line,
 * the node lines, the relationship lines, an end line.
 */
final class BackupFormat {

    static final String FORMAT = "maillage-backup";
    static final int VERSION = 1;

    static final String HEADER_FORMAT = "format";
    static final String HEADER_VERSION = "version";
    static final String HEADER_MAILLAGE = "maillage";
    static final String NODES = "nodes";
    static final String RELATIONSHIPS = "relationships";
    static final String LABEL_COUNTS = "labels";
    static final String TYPE_COUNTS = "types";

    static final String NODE = "node";
    static final String LABELS = "labels";
    static final String PROPERTIES = "properties";
    static final String RELATIONSHIP = "relationship";
    static final String START = "start";
    static final String END_NODE = "end";
    static final String END = "complete";

    /** The label of the schema-migration records, which belong to the schema, not the data. */
    static final String MIGRATION_LABEL = "__Migration";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupFormat() {}

    /** The version of the running application, as its jar's manifest says. */
    static String maillageVersion() {
        String version = MaillageApplication.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** A label or relationship type quoted for Cypher, whatever characters it holds. */
    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
