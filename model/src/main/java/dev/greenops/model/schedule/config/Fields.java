package dev.greenops.model.schedule.config;

import dev.greenops.model.common.NearestName;
import dev.greenops.model.common.Problem;
import dev.greenops.model.schedule.config.LocatedYaml.Entry;
import dev.greenops.model.schedule.config.LocatedYaml.Kind;
import dev.greenops.model.schedule.config.LocatedYaml.ListNode;
import dev.greenops.model.schedule.config.LocatedYaml.MapNode;
import dev.greenops.model.schedule.config.LocatedYaml.Node;
import dev.greenops.model.schedule.config.LocatedYaml.ScalarNode;
import dev.greenops.model.intensity.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the keys of one YAML map, collecting every problem (unknown keys, wrong types, bad values) with its line and
 * column instead of stopping at the first.
 */
final class Fields {

    static final String DURATION = "a duration like 30m, 6h, 1h30m or PT6H";

    private final String file;
    private final MapNode map;
    private final String where;
    private final List<Problem> problems;
    /** Known keys an unknown key was taken for: not reported again as missing. */
    private final java.util.Set<String> misspelt = new java.util.HashSet<>();

    private Fields(String file, MapNode map, String where, List<String> allowed, List<Problem> problems) {
        this.file = file;
        this.map = map;
        this.where = where;
        this.problems = problems;
        for (Entry e : map.entries()) {
            if (!allowed.contains(e.key())) {
                Optional<String> nearest = NearestName.in(allowed, e.key());
                nearest.ifPresent(misspelt::add);
                String suggestion = nearest.map(s -> " (did you mean '" + s + "'?)").orElse("");
                problems.add(Problem.error(file, e.line(), e.column(),
                        "unknown key '" + e.key() + "'" + (where.isEmpty() ? "" : " in " + where) + suggestion,
                        "one of " + String.join(", ", allowed)));
            }
        }
    }

    /** The fields of {@code node}, or empty (with a problem) when it is not a map. */
    static Optional<Fields> of(String file, Node node, String where, List<String> allowed, List<Problem> problems) {
        if (node instanceof MapNode m) {
            return Optional.of(new Fields(file, m, where, allowed, problems));
        }
        problems.add(Problem.error(file, node.line(), node.column(),
                (where.isEmpty() ? "the file" : where) + " is " + node.describe(), "a map of keys (key: value)"));
        return Optional.empty();
    }

    MapNode map() {
        return map;
    }

    int problemCount() {
        return problems.size();
    }

    Optional<Entry> entry(String key) {
        return map.entries().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    boolean has(String key) {
        return entry(key).filter(e -> !(e.value() instanceof ScalarNode s && s.kind() == Kind.NULL)).isPresent();
    }

    void error(Node at, String message, String expected) {
        problems.add(Problem.error(file, at.line(), at.column(), message, expected));
    }

    void errorAtKey(String key, String message, String expected) {
        Entry e = entry(key).orElseThrow();
        problems.add(Problem.error(file, e.line(), e.column(), message, expected));
    }

    void missing(String key, String expected) {
        if (misspelt.contains(key)) {
            return; // the unknown-key problem already says "did you mean '" + key + "'?"
        }
        problems.add(Problem.error(file, map.line(), map.column(),
                "missing key '" + key + "'" + (where.isEmpty() ? "" : " in " + where), expected));
    }

    Optional<String> string(String key, boolean required, String expected) {
        if (!has(key)) {
            if (required) {
                missing(key, expected);
            }
            return Optional.empty();
        }
        Node v = entry(key).orElseThrow().value();
        if (v instanceof ScalarNode s && s.kind() != Kind.NULL) {
            return Optional.of(s.text());
        }
        error(v, key + " is " + v.describe(), expected);
        return Optional.empty();
    }

    OptionalDouble number(String key, boolean required, double min, boolean minInclusive, String expected) {
        return number(key, required, min, minInclusive, Double.POSITIVE_INFINITY, expected);
    }

    /** A number in range; {@code max} is inclusive (a bound against typos and wrong units, not a physical limit). */
    OptionalDouble number(String key, boolean required, double min, boolean minInclusive, double max, String expected) {
        if (!has(key)) {
            if (required) {
                missing(key, expected);
            }
            return OptionalDouble.empty();
        }
        Node v = entry(key).orElseThrow().value();
        double d = Double.NaN;
        if (v instanceof ScalarNode s && (s.isNumber() || s.kind() == Kind.STRING)) {
            try {
                d = Double.parseDouble(s.text().strip());
            } catch (NumberFormatException ignored) {
                d = Double.NaN;
            }
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            error(v, key + " is " + v.describe() + ", not a number", expected);
            return OptionalDouble.empty();
        }
        if (minInclusive ? d < min : d <= min) {
            error(v, key + " " + ((ScalarNode) v).text() + " is out of range", expected);
            return OptionalDouble.empty();
        }
        if (d > max) {
            error(v, key + " " + ((ScalarNode) v).text() + " is too large", expected);
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(d);
    }

    Optional<Integer> integer(String key, int min, String expected) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node v = entry(key).orElseThrow().value();
        if (v instanceof ScalarNode s && s.kind() == Kind.INTEGER) {
            try {
                int n = Integer.parseInt(s.text());
                if (n >= min) {
                    return Optional.of(n);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        error(v, key + " is " + v.describe(), expected);
        return Optional.empty();
    }

    Optional<Boolean> bool(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node v = entry(key).orElseThrow().value();
        if (v instanceof ScalarNode s && s.kind() == Kind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text()));
        }
        error(v, key + " is " + v.describe(), "true or false");
        return Optional.empty();
    }

    Optional<Duration> duration(String key, boolean required) {
        Optional<String> text = string(key, required, DURATION);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Durations.parse(text.get()));
        } catch (IllegalArgumentException e) {
            error(entry(key).orElseThrow().value(), key + " '" + text.get() + "' is not a duration", DURATION);
            return Optional.empty();
        }
    }

    /** A list of plain strings, each with its node (for per-item messages). */
    Optional<List<ScalarNode>> strings(String key, String expected) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node v = entry(key).orElseThrow().value();
        if (!(v instanceof ListNode list)) {
            error(v, key + " is " + v.describe(), expected);
            return Optional.empty();
        }
        List<ScalarNode> out = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof ScalarNode s && s.kind() == Kind.STRING) {
                out.add(s);
            } else {
                error(item, "an entry of " + key + " is " + item.describe(), expected);
            }
        }
        return Optional.of(out);
    }

    Optional<Fields> nested(String key, List<String> allowed) {
        if (!has(key)) {
            return Optional.empty();
        }
        return of(file, entry(key).orElseThrow().value(), key, allowed, problems);
    }
}
