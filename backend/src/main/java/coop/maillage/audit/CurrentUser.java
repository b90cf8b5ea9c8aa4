package coop.maillage.audit;

/** Who is making the current change, for the audit trail. */
@FunctionalInterface
public interface CurrentUser {

    /** The user name, or {@code system} for changes made by the application itself. */
    String name();
}
