package dev.greenops.model.intensity;

import java.util.Locale;
import java.util.Optional;

/** Direct (combustion only) or life-cycle intensity. */
public enum Basis {
    DIRECT,
    LIFECYCLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code direct} / {@code lifecycle} (also {@code life cycle}, {@code lca}), case-insensitive. */
    public static Optional<Basis> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "")) {
            case "direct", "operational" -> Optional.of(DIRECT);
            case "lifecycle", "lca" -> Optional.of(LIFECYCLE);
            default -> Optional.empty();
        };
    }
}
