package dev.greenops.views.intensity;

import dev.greenops.model.intensity.DayProfile;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.views.common.Tables;
import java.time.Instant;
import java.util.List;

/** The CSV exports of the Intensity screen: every value with its provenance (signal, basis, source, estimated). */
final class IntensityCsv {

    private IntensityCsv() {}

    /** One row per region and time step of the day profiles, with whether the step is at or below the threshold. */
    static String profiles(List<DayProfile> profiles) {
        StringBuilder out = new StringBuilder(
                "region,series_region,start,g_per_kwh,signal,basis,source,estimated,at_or_below_threshold\n");
        for (DayProfile p : profiles) {
            IntensitySeries d = p.day();
            for (int i = 0; i < d.size(); i++) {
                Instant t = d.timeAt(i);
                boolean clean = p.windows().stream().anyMatch(w -> w.contains(t));
                out.append(p.requestedRegion()).append(',').append(d.region()).append(',').append(t).append(',')
                        .append(d.isMissing(i) ? "" : Double.toString(d.valueAt(i))).append(',').append(d.signal().id())
                        .append(',').append(d.basis().id()).append(',').append(Tables.csvField(d.source())).append(',')
                        .append(d.isEstimated(i)).append(',').append(clean).append('\n');
            }
        }
        return out.toString();
    }

    /** One row per point of a series. */
    static String series(IntensitySeries s) {
        StringBuilder out = new StringBuilder("region,start,g_per_kwh,signal,basis,source,estimated\n");
        for (int i = 0; i < s.size(); i++) {
            out.append(s.region()).append(',').append(s.timeAt(i)).append(',')
                    .append(s.isMissing(i) ? "" : Double.toString(s.valueAt(i))).append(',').append(s.signal().id())
                    .append(',').append(s.basis().id()).append(',').append(Tables.csvField(s.source())).append(',')
                    .append(s.isEstimated(i)).append('\n');
        }
        return out.toString();
    }
}
