package dev.greenops.views.shell;

/** The areas of the product, in navigation order; Ctrl+1..7 follow this order. */
public enum Area {
    OVERVIEW("Overview"),
    LEDGER("Ledger"),
    INTENSITY("Intensity"),
    SCHEDULER("Scheduler"),
    TRADEOFFS("Trade-offs"),
    SIGNATURES("Signatures"),
    DISCLOSURES("Disclosures");

    private final String title;

    Area(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
