package dev.greenops.model.intensity;

/** Which emissions signal a figure is: never mix the two in one number without saying so. */
public enum Signal {
    AVERAGE,
    MARGINAL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
