package dev.greenops.model.schedule;

import dev.greenops.model.intensity.Basis;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.intensity.Signal;
import dev.greenops.model.reference.ReferenceData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only series: the bundled real Germany 2023 hourly series (Electricity Maps, direct, via
 * {@link ReferenceData#DE_2023_HOURLY}, read here with a few lines rather than the production importer, which another
 * area owns), and small hand-made series.
 */
final class TestSeries {

    static final String DE_SOURCE = "electricitymaps:DE:2023-hourly:direct";
    private static IntensitySeries de2023;

    private TestSeries() {}

    /** Germany 2023, hourly, direct g/kWh, 2023-01-01T00:00Z .. 2024-01-01T00:00Z, under {@code region}. */
    static synchronized IntensitySeries de2023(String region) {
        if (de2023 == null) {
            List<Double> values = new ArrayList<>();
            Instant first = null;
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(ReferenceData.DE_2023_HOURLY.open(), StandardCharsets.UTF_8))) {
                in.readLine(); // header
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] cells = line.split(",", -1);
                    if (first == null) {
                        first = Instant.parse(cells[0].replace(' ', 'T') + "Z");
                    }
                    values.add(Double.parseDouble(cells[4]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            de2023 = hourly("DE", first, values.stream().mapToDouble(Double::doubleValue).toArray(), DE_SOURCE);
        }
        return rename(de2023, region);
    }

    static IntensitySeries hourly(String region, Instant start, double[] values, String source) {
        return new IntensitySeries(region, start, Duration.ofHours(1), values, Signal.AVERAGE, Basis.DIRECT, source,
                false, null);
    }

    static IntensitySeries rename(IntensitySeries s, String region) {
        return new IntensitySeries(region, s.start(), s.step(), s.gPerKwh(), s.signal(), s.basis(), s.source(),
                s.estimated(), s.forecastIssuedAt());
    }

    /** {@code hours} hourly points from {@code start}: {@code values} first, then {@code rest}. */
    static IntensitySeries steps(String region, Instant start, int hours, double rest, double... values) {
        double[] v = new double[hours];
        for (int i = 0; i < hours; i++) {
            v[i] = i < values.length ? values[i] : rest;
        }
        return hourly(region, start, v, "test:" + region);
    }
}
