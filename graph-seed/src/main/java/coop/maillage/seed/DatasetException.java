package coop.maillage.seed;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset that cannot be loaded, with every problem found. Nothing was written. */
public class DatasetException extends RuntimeException {

    private final List<DatasetProblem> problems;

    public DatasetException(List<DatasetProblem> problems) {
        super(
                problems.size()
                        + " problem(s) in the dataset, nothing was loaded:\n"
                        + problems.stream()
                                .limit(50)
                                .map(DatasetProblem::toString)
                                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DatasetProblem> problems() {
        return problems;
    }
}
