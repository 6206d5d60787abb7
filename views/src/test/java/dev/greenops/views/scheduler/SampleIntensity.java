package dev.greenops.views.scheduler;

import dev.greenops.model.intensity.Basis;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.intensity.Signal;
import dev.greenops.model.reference.ReferenceData;
import dev.greenops.model.schedule.SeriesLookup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Test-only: the bundled real Germany 2023 hourly series (Electricity Maps, direct, {@link ReferenceData}) shifted by
 * +156 weeks as the sample quarter has it, read with a few lines here (the production importer belongs to another
 * area), and a lookup that serves it for europe-west3.
 */
final class SampleIntensity {

    static final String SOURCE = "electricitymaps:DE:2023-hourly:direct shifted +156 weeks (SAMPLE)";
    private static IntensitySeries series;

    private SampleIntensity() {}

    static synchronized IntensitySeries europeWest3() {
        if (series == null) {
            double[] v = new double[8760];
            int i = 0;
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(ReferenceData.DE_2023_HOURLY.open(), StandardCharsets.UTF_8))) {
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    v[i++] = Double.parseDouble(line.split(",", -1)[4]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Instant start = Instant.parse("2023-01-01T00:00:00Z").plus(Duration.ofDays(7 * 156));
            series = new IntensitySeries("europe-west3", start, Duration.ofHours(1), v, Signal.AVERAGE, Basis.DIRECT,
                    SOURCE, false, null);
        }
        return series;
    }

    static SeriesLookup lookup() {
        return (region, from, to) -> region.equals("europe-west3") ? Optional.of(europeWest3()) : Optional.empty();
    }
}
