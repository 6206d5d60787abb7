package dev.greenops.model.ledger.explore;

/** The attribution columns a pivot can group by (UFMS:003 attributions 1-9). */
public enum Dimension {
    TEAM(LedgerColumn.TEAM),
    OWNER(LedgerColumn.OWNER),
    MODEL_FAMILY(LedgerColumn.MODEL_FAMILY),
    MODEL(LedgerColumn.MODEL),
    FRAMEWORK(LedgerColumn.FRAMEWORK),
    PROVIDER(LedgerColumn.PROVIDER),
    REGION(LedgerColumn.REGION),
    GPU_TYPE(LedgerColumn.GPU_TYPE),
    JOB(LedgerColumn.JOB_ID);

    private final LedgerColumn column;

    Dimension(LedgerColumn column) {
        this.column = column;
    }

    public LedgerColumn column() {
        return column;
    }

    public String title() {
        return column.title();
    }
}
