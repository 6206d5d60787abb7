package dev.greenops.model.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the UFMS:003 JSON Schema says about one property, in the subset of JSON Schema 2020-12 that {@link RuleSql}
 * translates to SQL. Built only by {@link UfmsSchema} from the bundled schema file, never by hand, so the SQL checks
 * cannot drift from the schema.
 *
 * @param position 0-based position in the schema (the UFMS:003 column order of DATA-MODEL.md)
 * @param title the short phrase used after "expected" in messages, e.g. {@code a decimal}
 * @param example the schema's first example, for messages
 */
public record PropertyRule(
        String name,
        int position,
        ValueType type,
        boolean required,
        boolean nullable,
        Optional<BigDecimal> minimum,
        Optional<BigDecimal> exclusiveMinimum,
        Optional<BigDecimal> maximum,
        Optional<BigDecimal> exclusiveMaximum,
        OptionalInt minLength,
        List<String> patterns,
        Optional<Format> format,
        List<Alternative> anyOf,
        String title,
        Optional<String> example) {

    /** The JSON types the subset knows. */
    public enum ValueType {
        STRING,
        NUMBER,
        INTEGER
    }

    /** The {@code format} values the subset asserts (as SQL checks, see {@link RuleSql}). */
    public enum Format {
        DATE("date"),
        DATE_TIME("date-time"),
        EMAIL("email");

        private final String keyword;

        Format(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }

        static Optional<Format> of(String keyword) {
            for (Format f : values()) {
                if (f.keyword.equals(keyword)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** One branch of an {@code anyOf}: a constant, or a pattern and/or a format. */
    public record Alternative(Optional<String> constant, List<String> patterns, Optional<Format> format) {
        public Alternative {
            patterns = List.copyOf(patterns);
        }
    }

    public PropertyRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        patterns = List.copyOf(patterns);
        anyOf = List.copyOf(anyOf);
        if (required && nullable) {
            throw new IllegalArgumentException(name + ": a required property cannot also allow null");
        }
    }

    public boolean isNumeric() {
        return type != ValueType.STRING;
    }

    /** The lower bound as text, e.g. {@code >= 0}, or empty. */
    String lowerBound() {
        if (minimum.isPresent()) {
            return ">= " + grouped(minimum.get());
        }
        return exclusiveMinimum.map(m -> "> " + grouped(m)).orElse("");
    }

    /** The upper bound as text, e.g. {@code < 10000}, or empty. */
    String upperBound() {
        if (maximum.isPresent()) {
            return "<= " + grouped(maximum.get());
        }
        return exclusiveMaximum.map(m -> "< " + grouped(m)).orElse("");
    }

    /** A bound as people read it: 1,000,000,000,000 rather than 1000000000000 or 1E+12. */
    private static String grouped(java.math.BigDecimal bound) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return f.format(bound);
    }

    /** What a valid value looks like, for the "(expected ...)" part of a message. */
    public String expected() {
        StringBuilder out = new StringBuilder(title);
        if (isNumeric()) {
            if (!lowerBound().isEmpty()) {
                out.append(' ').append(lowerBound());
            }
        } else if (format.isPresent() || !anyOf.isEmpty() || patterns.stream().anyMatch(p -> !p.equals("\\S"))) {
            example.ifPresent(e -> out.append(", such as ").append(e));
        }
        return out.toString();
    }

    /** {@link #expected()} with the upper bound too, for values that are too large. */
    public String expectedWithUpperBound() {
        String upper = upperBound();
        return upper.isEmpty() ? expected() : expected() + " and " + upper;
    }
}
