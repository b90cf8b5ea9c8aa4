package coop.maillage.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A record valid from a date to a date; a missing {@code to} means still open. */
public interface Dated extends CrossChecked {

    LocalDate from();

    LocalDate to();

    /** The interval is not reversed; a reversed one is reported on {@code to}. */
    @Override
    default List<FieldProblem> crossFieldProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (from() != null && to() != null && to().isBefore(from())) {
            problems.add(
                    new FieldProblem(
                            "to",
                            "'to' ("
                                    + to()
                                    + ") is before 'from' ("
                                    + from()
                                    + "): swap the dates or correct one of them"));
        }
        return problems;
    }
}
