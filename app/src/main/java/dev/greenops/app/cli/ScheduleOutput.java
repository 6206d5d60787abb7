package dev.greenops.app.cli;

import dev.greenops.model.common.Decimals;
import dev.greenops.model.common.SavingRounding;
import dev.greenops.model.schedule.PolicyComparison;
import dev.greenops.model.schedule.ReplayResult;
import dev.greenops.model.schedule.ReplaySummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code greenops schedule} prints: a short human summary, or JSON. */
final class ScheduleOutput {

    private ScheduleOutput() {}

    /** The summary object of one replay (the contract's keys first, then the extras). */
    static Map<String, Object> summary(ReplayResult r, ReplayResult oracle) {
        ReplaySummary s = r.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", s.policy().id());
        m.put("jobs", s.jobs());
        m.put("deferred", s.deferred());
        m.put("forced", s.forced());
        m.put("neverDeferredHard", s.neverDeferredHard());
        m.put("savedKg", n(s.savedKg(), Json.KG));
        m.put("baselineKg", n(s.baselineKg(), Json.KG));
        m.put("actualKg", n(s.actualKg(), Json.KG));
        m.put("avgDelayH", n(s.avgDelayH(), Json.HOURS));
        m.put("flexible", s.flexible());
        m.put("migrated", s.migrated());
        m.put("savingPct", saving(s.savingPct()));
        m.put("avgDeferralH", n(s.avgDeferralH(), Json.HOURS));
        if (oracle != null) {
            double o = oracle.summary().savedKg();
            m.put("oracleSavedKg", n(o, Json.KG));
            m.put("oracleSharePct", o > 0 ? saving(100 * s.savedKg() / o) : null);
        }
        m.put("skipped", s.skipped());
        m.put("from", r.request().from().toString());
        m.put("to", r.request().to().toString());
        m.put("thresholdGPerKwh", n(r.request().config().thresholdGPerKwh(), Json.G_PER_KWH));
        m.put("forecast", forecast(r));
        m.put("intensitySources", sources(r));
        m.put("warnings", r.warnings());
        return m;
    }

    /**
     * The summary of {@code result}; with a comparison, {@code policies} and {@code comparison} are added beside its
     * keys (a script reading {@code .savedKg} works with or without --compare: the contract is extended, never wrapped).
     */
    static String json(PolicyComparison comparison, ReplayResult result, ReplayResult oracle) throws Exception {
        Map<String, Object> out = summary(result, oracle);
        if (comparison == null) {
            return Json.MAPPER.writeValueAsString(out);
        }
        List<Map<String, Object>> policies = new ArrayList<>();
        comparison.results().values().forEach(r -> policies.add(summary(r, oracle)));
        out.put("policies", policies);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PolicyComparison.Row row : comparison.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", row.group());
            m.put("policy", row.policy().id());
            m.put("runs", row.runs());
            m.put("deferred", row.deferred());
            m.put("forced", row.forced());
            m.put("avgDelayH", n(row.avgDelayH(), Json.HOURS));
            m.put("baselineKg", n(row.baselineKg(), Json.KG));
            m.put("actualKg", n(row.actualKg(), Json.KG));
            m.put("savedKg", n(row.savedKg(), Json.KG));
            m.put("savingPct", saving(row.savingPct()));
            m.put("oracleSharePct", saving(row.oracleSharePct()));
            rows.add(m);
        }
        out.put("comparison", rows);
        return Json.MAPPER.writeValueAsString(out);
    }

    static String human(ReplayResult r, ReplayResult oracle, PolicyComparison comparison) {
        ReplaySummary s = r.summary();
        StringBuilder out = new StringBuilder();
        out.append("Replay of policy ").append(s.policy().id()).append(", submissions ").append(r.request().from())
                .append(" to ").append(r.request().to()).append(" (exclusive)\n");
        out.append("threshold       ").append(num(r.request().config().thresholdGPerKwh(), 0))
                .append(" g/kWh (jobs with a carbon_window keep their own); forecast ").append(forecast(r))
                .append('\n');
        out.append("intensity       ").append(String.join("; ", sources(r))).append('\n');
        out.append("job runs        ").append(num(s.jobs(), 0)).append(" (").append(num(s.flexible(), 0))
                .append(" flexible, ").append(num(s.neverDeferredHard(), 0)).append(" hard, never deferred)")
                .append(s.skipped() > 0 ? "; " + s.skipped() + " not replayed (see warnings)" : "").append('\n');
        out.append("deferred        ").append(num(s.deferred(), 0)).append(" (")
                .append(Double.isNaN(s.deferralRatePct()) ? "–" : num(s.deferralRatePct(), 1) + "% of flexible")
                .append("), ").append(num(s.forced(), 0)).append(" forced at window expiry, ")
                .append(num(s.migrated(), 0)).append(" migrated\n");
        out.append("baseline        ").append(num(s.baselineKg(), 3)).append(" kgCO2e (every run at submission)\n");
        out.append("actual          ").append(num(s.actualKg(), 3)).append(" kgCO2e\n");
        out.append("saved           ").append(num(s.savedKg(), 3)).append(" kgCO2e (")
                .append(s.savingPct() == null ? "–" : savingNum(s.savingPct()) + "%").append(" of the baseline")
                .append(s.savedKg() < 0 ? ": dirtier than running at once" : "").append(')');
        if (oracle != null && oracle.summary().savedKg() > 0) {
            out.append("; ").append(savingNum(100 * s.savedKg() / oracle.summary().savedKg()))
                    .append("% of what perfect hindsight saves (").append(num(oracle.summary().savedKg(), 3))
                    .append(" kg)");
        }
        out.append('\n');
        out.append("mean delay      ").append(num(s.avgDelayH(), 2)).append(" h over all runs, ")
                .append(num(s.avgDeferralH(), 2)).append(" h over the deferred\n");
        if (comparison != null) {
            out.append('\n').append(String.format(Locale.ROOT, "%-18s %-19s %6s %8s %7s %12s %10s %9s%n", "job group",
                    "policy", "runs", "deferred", "forced", "saved kg", "vs immed.", "of oracle"));
            for (PolicyComparison.Row row : comparison.rows()) {
                out.append(String.format(Locale.ROOT, "%-18s %-19s %6s %8s %7s %12s %10s %9s%n", row.group(),
                        row.policy().id(), num(row.runs(), 0), num(row.deferred(), 0), num(row.forced(), 0),
                        num(row.savedKg(), 3), row.savingPct() == null ? "–" : savingNum(row.savingPct()) + "%",
                        row.oracleSharePct() == null ? "–" : savingNum(row.oracleSharePct()) + "%"));
            }
        }
        return out.toString();
    }

    /**
     * The forecast the policies saw; when no run was replayed none was made, so the configured source is named and
     * that said (rather than a blank).
     */
    static String forecast(ReplayResult r) {
        return r.forecastDescription().isBlank()
                ? r.request().config().forecast().source().id() + " (configured; no run was replayed, so none was made)"
                : r.forecastDescription();
    }

    /** A figure at the JSON precision of its unit (Json), or null when there is none. */
    private static java.math.BigDecimal n(Double v, int decimals) {
        return v == null ? null : Json.number(v, decimals);
    }

    /**
     * A saving percentage for JSON: one decimal, more for a negative that would round to zero (-0.04, never 0), as
     * the model and the screens round it ({@link SavingRounding}).
     */
    private static BigDecimal saving(Double pct) {
        if (pct == null || pct.isNaN() || pct.isInfinite()) {
            return null;
        }
        return Decimals.plain(SavingRounding.round(BigDecimal.valueOf(pct), Json.PERCENT));
    }

    /** A saving percentage for people, rounded as {@link #saving(Double)}. */
    private static String savingNum(double pct) {
        return num(pct, SavingRounding.decimals(pct, Json.PERCENT));
    }

    private static List<String> sources(ReplayResult r) {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        r.request().series().values().forEach(x -> s.add(x.region() + ": " + x.source()));
        return List.copyOf(s);
    }

    private static String num(double v, int decimals) {
        String s = String.format(Locale.US, "%,." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
}
