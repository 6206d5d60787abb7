package dev.greenops.model.ledger.explore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Overview screen shows: a period's totals against the period before, its months, emissions by team and
 * month, and the latest trail verification and scheduler replay when there are any (never invented when not).
 *
 * @param period the period shown (the shared date range, or the last three months with data)
 * @param previous the period of the same length just before it
 * @param current totals of {@code period}
 * @param currentAttributed rows of {@code period} fully attributed (owner + methodology)
 * @param previousTotals totals of {@code previous} (zero rows when it has no data)
 * @param ledgerRows rows in the whole ledger, whatever the period (zero: nothing imported yet)
 */
public record Overview(
        long ledgerRows,
        Period period,
        Period previous,
        Totals current,
        long currentAttributed,
        Totals previousTotals,
        long previousAttributed,
        List<Month> months,
        List<TeamMonth> byTeam,
        Optional<Verification> verification,
        Optional<Replay> replay) {

    public Overview {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previousTotals, "previousTotals");
        months = List.copyOf(months);
        byTeam = List.copyOf(byTeam);
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(replay, "replay");
    }

    /** Days from {@code from} to {@code to}, inclusive. */
    public record Period(LocalDate from, LocalDate to) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("period starts after it ends: " + from + " > " + to);
            }
        }

        public LedgerFilter filter() {
            return new LedgerFilter.DateRange(from, to);
        }

        /** True when the period is whole calendar months. */
        public boolean wholeMonths() {
            return from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
        }
    }

    /** A calendar month (clipped to the period) and its totals. */
    public record Month(LocalDate start, Totals totals, long attributed) {}

    /** Location-based emissions of one team in one month. */
    public record TeamMonth(LocalDate month, String team, BigDecimal emissionsKgCo2e) {}

    /**
     * The latest signature-trail verification run (from the {@code verification} table).
     *
     * @param expectedDays days the run expected
     * @param verifiedDays days with status VERIFIED
     * @param failures other statuses and their counts
     * @param trustedRoot the root the run verified against, as the run named it (a DEMO root says DEMO)
     */
    public record Verification(
            String runId,
            String trailDir,
            String trustedRoot,
            LocalDateTime verifiedAtUtc,
            LocalDate firstDay,
            LocalDate lastDay,
            long expectedDays,
            long verifiedDays,
            Map<String, Long> failures) {
        public Verification {
            failures = Map.copyOf(failures);
        }

        /** True when the run trusted a root made for demos (the sample trail's): never evidence about real signers. */
        public boolean demoRoot() {
            return trustedRoot != null && trustedRoot.contains("DEMO");
        }
    }

    /**
     * The latest scheduler replay in {@code job_metrics} and its saving against immediate dispatch.
     *
     * @param deferred runs dispatched later than submitted, forced and migrated ones included: the scheduler's own
     *     definition ({@code JobRecord.delayed()}, {@link dev.greenops.model.schedule.JobMetricsStore#DEFERRED_CONDITION})
     * @param savingPct saved / baseline in percent, or null when the baseline is zero
     */
    public record Replay(
            String replayId,
            String policies,
            long jobRuns,
            long deferred,
            double baselineKgCo2,
            double actualKgCo2,
            double savedKgCo2,
            Double savingPct) {}

    public boolean isEmpty() {
        return current.rows() == 0;
    }
}
