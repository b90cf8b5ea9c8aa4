package coop.maillage.privacy;

/** Whether the current user may see the names of natural persons (editors and admins). */
@FunctionalInterface
public interface NameAccess {

    boolean canSeePersonNames();
}
