package dev.greenops.model.common;

import java.util.List;

/**
 * The input could not be used: a file, a setting or an argument is wrong. Carries every problem found (at least one),
 * each naming file, line and column. Whatever the call was writing has been rolled back.
 */
public class InvalidInputException extends Exception {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.getFirst().format());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public static InvalidInputException of(String file, long line, long column, String message, String expected) {
        return new InvalidInputException(Problem.error(file, line, column, message, expected));
    }

    public List<Problem> problems() {
        return problems;
    }
}
