package dev.greenops.model.ledger.explore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One condition on ledger rows. Each renders to a SQL predicate whose identifiers come from {@link LedgerColumn} (never
 * from the user) and whose values are bound parameters; {@link #label()} is what a person reads on a filter chip.
 */
public sealed interface LedgerFilter {

    /** A predicate over the {@code ledger} table, with {@code ?} for each of {@link #params()}. */
    String sql();

    /** Values for the predicate's parameters: String, BigDecimal or LocalDate (bound as text and cast). */
    List<Object> params();

    String label();

    /** The text column contains {@code text}, ignoring case. */
    record TextContains(LedgerColumn column, String text) implements LedgerFilter {
        public TextContains {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String sql() {
            return "contains(lower(cast(" + column.sql() + " as varchar)), lower(?))";
        }

        @Override
        public List<Object> params() {
            return List.of(text);
        }

        @Override
        public String label() {
            return column.title() + " contains \u201c" + text + "\u201d";
        }
    }

    /** The column equals {@code value} exactly (text columns; dates as yyyy-mm-dd). */
    record Equals(LedgerColumn column, String value) implements LedgerFilter {
        public Equals {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String sql() {
            return "cast(" + column.sql() + " as varchar) = ?";
        }

        @Override
        public List<Object> params() {
            return List.of(value);
        }

        @Override
        public String label() {
            return column.title() + " = " + value;
        }
    }

    /** The column is one of {@code values} (the chart's folded "Other" keys). */
    record OneOf(LedgerColumn column, List<String> values) implements LedgerFilter {
        public OneOf {
            Objects.requireNonNull(column, "column");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("OneOf needs at least one value");
            }
        }

        @Override
        public String sql() {
            return "cast(" + column.sql() + " as varchar) in (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?"))
                    + ")";
        }

        @Override
        public List<Object> params() {
            return List.copyOf(values);
        }

        @Override
        public String label() {
            return values.size() == 1
                    ? column.title() + " = " + values.getFirst()
                    : column.title() + " one of " + values.size() + " values";
        }
    }

    /** A numeric column within [min, max]; either end may be open (null). */
    record NumberRange(LedgerColumn column, BigDecimal min, BigDecimal max) implements LedgerFilter {
        public NumberRange {
            Objects.requireNonNull(column, "column");
            if (!column.isNumber()) {
                throw new IllegalArgumentException(column.title() + " is not a numeric column");
            }
            if (min == null && max == null) {
                throw new IllegalArgumentException("a range needs a minimum, a maximum or both");
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw new IllegalArgumentException("the minimum " + min.toPlainString() + " is above the maximum "
                        + max.toPlainString());
            }
        }

        @Override
        public String sql() {
            if (min != null && max != null) {
                return column.sql() + " between ? and ?";
            }
            return column.sql() + (min != null ? " >= ?" : " <= ?");
        }

        @Override
        public List<Object> params() {
            if (min != null && max != null) {
                return List.of(min, max);
            }
            return List.of(min != null ? min : max);
        }

        @Override
        public String label() {
            String unit = column.unit().isEmpty() ? "" : " " + column.unit();
            if (min != null && max != null && min.compareTo(max) == 0) {
                return column.title() + " = " + min.toPlainString() + unit;
            }
            if (min != null && max != null) {
                return column.title() + " " + min.toPlainString() + "\u2013" + max.toPlainString() + unit;
            }
            return column.title() + (min != null ? " \u2265 " + min.toPlainString() : " \u2264 " + max.toPlainString())
                    + unit;
        }
    }

    /** Days from {@code from} to {@code to}, inclusive; either end may be open (null). */
    record DateRange(LocalDate from, LocalDate to) implements LedgerFilter {
        public DateRange {
            if (from == null && to == null) {
                throw new IllegalArgumentException("a date range needs a start, an end or both");
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("the range starts (" + from + ") after it ends (" + to + ")");
            }
        }

        @Override
        public String sql() {
            if (from != null && to != null) {
                return "date between cast(? as date) and cast(? as date)";
            }
            return from != null ? "date >= cast(? as date)" : "date <= cast(? as date)";
        }

        @Override
        public List<Object> params() {
            if (from != null && to != null) {
                return List.of(from, to);
            }
            return List.of(from != null ? from : to);
        }

        @Override
        public String label() {
            if (from != null && to != null) {
                return from.equals(to) ? "Date " + from : "Date " + from + " \u2013 " + to;
            }
            return from != null ? "Date from " + from : "Date to " + to;
        }
    }

    /** The rows that fail a data-quality check. */
    record FailsCheck(QualityCheck check) implements LedgerFilter {
        public FailsCheck {
            Objects.requireNonNull(check, "check");
        }

        @Override
        public String sql() {
            return check.predicate();
        }

        @Override
        public List<Object> params() {
            return List.of();
        }

        @Override
        public String label() {
            return "Fails: " + check.title();
        }
    }

    /** The rows of one import batch. */
    record Batch(long batchId) implements LedgerFilter {
        @Override
        public String sql() {
            return "batch_id = ?";
        }

        @Override
        public List<Object> params() {
            return List.of(BigDecimal.valueOf(batchId));
        }

        @Override
        public String label() {
            return "Import batch " + batchId;
        }
    }
}
