package dev.greenops.model.ledger;

/** How much type information a source carries, which decides how its values are checked against the schema. */
public enum TypingMode {
    /** CSV: every value is text; a number is text that reads as a number. */
    TEXT,
    /**
     * BigQuery JSON exports: values carry JSON types, but BigQuery writes INT64 and NUMERIC as strings, so a string
     * that reads as a number is a number. Objects and arrays are still wrong.
     */
    LENIENT,
    /** UFMS:003 JSON and Parquet: JSON types as JSON Schema defines them (a string is never a number). */
    STRICT
}
