package coop.maillage.web;

/** The id in an update's body must be the id in its path: ids are stable. */
final class PathIds {

    private PathIds() {}

    static void check(String pathId, String bodyId) {
        if (!pathId.equals(bodyId)) {
            throw new BadParameterException(
                    "id",
                    "the body's id '"
                            + bodyId
                            + "' differs from the path's id '"
                            + pathId
                            + "'; ids cannot change — create a new record instead");
        }
    }
}
