package dev.greenops.model.intensity;

import java.util.Locale;
import java.util.Optional;

/** Which emissions signal a figure is: never mix the two in one number without saying so. */
public enum Signal {
    AVERAGE,
    MARGINAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code average} / {@code marginal} (also {@code aoer}, {@code moer}), case-insensitive. */
    public static Optional<Signal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "average", "avg", "aoer", "co2_aoer" -> Optional.of(AVERAGE);
            case "marginal", "moer", "co2_moer" -> Optional.of(MARGINAL);
            default -> Optional.empty();
        };
    }
}
