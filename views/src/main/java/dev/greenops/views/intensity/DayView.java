package dev.greenops.views.intensity;

import dev.greenops.model.intensity.DayProfile;
import dev.greenops.model.intensity.HourStats;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.intensity.Profiles;
import dev.greenops.views.common.Fmt;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Intensity screen shows for the chosen regions, day and threshold, computed in memory from the loaded
 * series: the day profiles and their windows, the typical day over the shared date range, and the sentences that say
 * what is missing. Pure (no property, no Node), so the view model only copies it into its properties.
 *
 * @param noData why nothing is drawn (every chosen region lacks the day), empty when something is
 * @param nearestDay the nearest day with data, offered when nothing is drawn; null otherwise
 * @param typicalRange the typical-day subtitle: what the band is, and which days, region by region
 * @param message notes for the bar above the chart (regions left out, annual averages, no window)
 */
record DayView(List<DayProfile> profiles, List<WindowRow> windows, Map<String, List<HourStats>> typicalDay,
        String typicalRange, String noData, LocalDate nearestDay, String windowsPlaceholder, String message) {

    static DayView of(List<String> selected, Map<String, IntensitySeries> loaded, LocalDate d, double threshold,
            LocalDate rangeFrom, LocalDate rangeTo) {
        List<DayProfile> ps = new ArrayList<>();
        List<WindowRow> rows = new ArrayList<>();
        Map<String, List<HourStats>> typical = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        LocalDate nearest = null;
        for (String region : selected) {
            IntensitySeries s = loaded.get(region);
            if (s == null || d == null) {
                continue;
            }
            DayProfile p = DayProfile.of(region, s, d, threshold);
            // the typical day is over the date range, not the chosen day: it stays when that day has no data
            Instant[] range = typicalRange(s, rangeFrom, rangeTo);
            List<HourStats> hours = Profiles.typicalDay(s, range[0], range[1], ZoneOffset.UTC);
            typical.put(p.label(), hours);
            int days = hours.stream().mapToInt(HourStats::count).max().orElse(0);
            ranges.add(p.label() + ": " + range[0].atZone(ZoneOffset.UTC).toLocalDate() + " to "
                    + range[1].minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate() + " UTC, " + Fmt.count(days)
                    + (days == 1 ? " day" : " days"));
            if (p.day().size() == 0 || p.day().missingCount() == p.day().size()) {
                Optional<LocalDate> near = DayProfile.nearestDayWithData(s, d);
                without.add("No intensity data for " + region + " on " + d + ": its series covers "
                        + s.start().atZone(ZoneOffset.UTC).toLocalDate() + " to "
                        + s.end().minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate()
                        + near.map(n -> "; the nearest day with data is " + n + ".").orElse("."));
                if (nearest == null && near.isPresent()) {
                    nearest = near.get();
                }
                continue;
            }
            if (s.estimated()) {
                notes.add(region + " shows an annual average (" + s.source() + "): a floor, not a ceiling.");
            }
            ps.add(p);
            p.windows().forEach(w -> rows.add(WindowRow.of(p.label(), w)));
        }
        // with nothing to draw the chart says why (no data), otherwise the bar above names the regions left out
        String noData = ps.isEmpty() ? String.join("\n", without) : "";
        LocalDate nearestDay = ps.isEmpty() ? nearest : null;
        if (!ps.isEmpty()) {
            notes.addAll(0, without);
        }
        String placeholder = ps.isEmpty() && !without.isEmpty()
                ? "No intensity data for " + String.join(", ", selected) + " on " + d + ", so no windows."
                : "No stretch at or below " + Fmt.gPerKwh(threshold) + (d == null ? "." : " on " + d + ".");
        String subtitle = ranges.isEmpty() ? "" : "Line: the median of each hour; band: the interquartile range"
                + " (25th to 75th percentile). " + String.join("; ", ranges)
                + (rangeFrom == null && rangeTo == null
                        ? " (the whole series: no date range is set)." : " (the shared date range, within the data).");
        if (!ps.isEmpty() && rows.isEmpty()) {
            notes.add("Never at or below " + Fmt.gPerKwh(threshold) + " on " + d + ": raise the threshold"
                    + " (type it, or drag the dashed line) to see dispatch windows.");
        }
        return new DayView(List.copyOf(ps), rows, typical, subtitle, noData, nearestDay, placeholder,
                String.join(" ", notes));
    }

    /** The shared date range clipped to the data, else the whole series. */
    static Instant[] typicalRange(IntensitySeries s, LocalDate rangeFrom, LocalDate rangeTo) {
        Instant from = rangeFrom == null ? s.start() : rangeFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = rangeTo == null ? s.end() : rangeTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (from.isBefore(s.start())) {
            from = s.start();
        }
        if (to.isAfter(s.end())) {
            to = s.end();
        }
        if (!to.isAfter(from)) {
            return new Instant[] {s.start(), s.end()};
        }
        return new Instant[] {from, to};
    }
}
