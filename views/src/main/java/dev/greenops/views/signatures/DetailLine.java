package dev.greenops.views.signatures;

/**
 * One line of the selected day's detail: a label, its value, and for checks whether it passed (null when the line
 * is a plain fact, not a check).
 */
public record DetailLine(String label, String value, Boolean passed) {

    public static DetailLine fact(String label, String value) {
        return new DetailLine(label, value == null || value.isBlank() ? "–" : value, null);
    }

    /** ✓ or ✗ with the words, so the mark is never the only signal. */
    public String mark() {
        return passed == null ? "" : passed ? "\u2713" : "\u2717";
    }
}
