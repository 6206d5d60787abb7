package dev.greenops.model.common;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean ...?" of problem messages: the known name nearest to a misspelt one. Case is ignored (a user who
 * typed {@code Energy_KWh} meant {@code energy_kwh}); a name more than three edits away is no suggestion at all, since
 * suggesting an unrelated name misleads more than it helps.
 */
public final class NearestName {

    /** The most edits (insert, delete, replace one character) a suggestion may be away from what was written. */
    public static final int MAX_EDITS = 3;

    private NearestName() {}

    /** The known name nearest to {@code name}, the first of equally near ones, if any is at most {@link #MAX_EDITS} away. */
    public static Optional<String> in(Collection<String> known, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String k : known) {
            int d = editDistance(wanted, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, two rows at a time. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
