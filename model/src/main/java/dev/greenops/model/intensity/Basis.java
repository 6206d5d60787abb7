package dev.greenops.model.intensity;

/** Direct (combustion only) or life-cycle intensity. */
public enum Basis {
    DIRECT,
    LIFECYCLE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
