package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import java.util.List;

/**
 * The file cannot be read as its format at all (truncated Parquet, malformed JSON, not text): no row could be checked.
 * {@code greenops check} exits 2 for these and 1 for files that were read but hold invalid rows.
 */
public final class UnreadableFileException extends InvalidInputException {

    public UnreadableFileException(List<Problem> problems) {
        super(problems);
    }

    public static UnreadableFileException of(String file, long line, long column, String message, String expected) {
        return new UnreadableFileException(List.of(Problem.error(file, line, column, message, expected)));
    }
}
