package coop.maillage.store;

import java.util.List;

/**
 * A record whose fields are also checked together (a date interval in order, a flag that agrees
 * with a kind). Each problem names the field to correct, so that a caller sees the message next to
 * that field rather than under the name of a rule.
 */
@CrossFieldValid
public interface CrossChecked {

    /** The problems of the fields taken together; empty when they agree. */
    List<FieldProblem> crossFieldProblems();

    /**
     * One problem: the field to correct and what is wrong with it and how to fix it.
     *
     * @param field the field
     * @param message what is wrong and the fix, without the field's name
     */
    record FieldProblem(String field, String message) {}
}
