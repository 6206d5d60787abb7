package dev.greenops.model.ledger.sample;

import dev.greenops.model.ledger.sample.SampleResource.Notebook;
import dev.greenops.model.ledger.sample.SampleResource.SchedulerJob;
import dev.greenops.model.ledger.sample.SampleResource.Serving;
import dev.greenops.model.ledger.sample.SampleResource.WeekdayTraining;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Computes the sample quarter's ledger rows from real inputs: GPU TDPs, the provider's PUE, the real hourly DE 2023
 * grid intensity shifted +156 weeks for europe-west3 (weighted by each resource's hourly energy that day), and GCP's
 * 2024 annual averages elsewhere. Usage is invented but seeded: the same program computes the same rows.
 */
final class SampleLedger {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

    /** +156 weeks: 2023-08-05 (a Saturday) becomes 2026-08-01 (a Saturday), so weekday patterns are kept. */
    static final int SHIFT_DAYS = 156 * 7;

    static final String HOURLY_REGION = "europe-west3";
    static final String HOURLY_SOURCE = "electricitymaps:DE:2023-hourly:direct shifted +156 weeks (SAMPLE)";
    static final int ANNUAL_YEAR = 2024;
    static final String ANNUAL_SOURCE = "gcp:annual-average:2024";
    static final String PROVIDER = "gcp";

    /** Cloud Carbon Footprint's example server: 1,795.7 kgCO2e embodied over a 4-year (35,040 h) life. */
    static final double SERVER_EMBODIED_KG = 1795.7;

    static final double SERVER_LIFE_HOURS = 35_040;
    static final int GPUS_PER_SERVER = 8;

    /** Illustrative on-demand prices per GPU-hour in USD (SAMPLE assumptions, not quotes). */
    static final Map<String, Double> USD_PER_GPU_HOUR = Map.of(
            SampleFleet.H100, 11.06, SampleFleet.A100, 5.07, SampleFleet.L4, 0.71, SampleFleet.T4, 0.35);

    private static final long SEED = 20_260_801L;

    /** A mistake planted on purpose so the data-quality checks have something real to find. */
    enum Flaw {
        STALE_FACTOR("emissions computed with the region's 2023 average instead of the 2024 factor in the row"),
        PUE_NOT_APPLIED("emissions computed from IT energy, before PUE"),
        MARKET_AS_LOCATION("the market-based figure written in the location-based column"),
        ANNUAL_NOT_HOURLY("emissions computed with the 2024 annual average instead of the hourly factor in the row");

        final String description;

        Flaw(String description) {
            this.description = description;
        }
    }

    /** Where the flaws are: three per month. */
    static final List<Planted> FLAWS = List.of(
            new Planted(LocalDate.of(2026, 8, 12), "uw2-g2-l4-03", Flaw.STALE_FACTOR),
            new Planted(LocalDate.of(2026, 8, 20), "ew1-g2-l4-02", Flaw.PUE_NOT_APPLIED),
            new Planted(LocalDate.of(2026, 8, 27), "uc1-a2-a100-03", Flaw.MARKET_AS_LOCATION),
            new Planted(LocalDate.of(2026, 9, 9), "ew3-g2-l4-01", Flaw.ANNUAL_NOT_HOURLY),
            new Planted(LocalDate.of(2026, 9, 16), "uw2-g2-l4-05", Flaw.STALE_FACTOR),
            new Planted(LocalDate.of(2026, 9, 23), "ew1-n1-t4-01", Flaw.PUE_NOT_APPLIED),
            new Planted(LocalDate.of(2026, 10, 7), "uc1-a2-a100-01", Flaw.MARKET_AS_LOCATION),
            new Planted(LocalDate.of(2026, 10, 14), "ew3-a2-a100-04", Flaw.ANNUAL_NOT_HOURLY),
            new Planted(LocalDate.of(2026, 10, 21), "ew1-g2-l4-04", Flaw.PUE_NOT_APPLIED));

    record Planted(LocalDate date, String resourceId, Flaw flaw) {}

    /** One ledger row, its figures already rounded to the digits the data supports. */
    record Row(
            LocalDate date,
            SampleResource resource,
            BigDecimal gpuHours,
            BigDecimal energyKwh,
            BigDecimal pue,
            BigDecimal intensity,
            BigDecimal emissions,
            BigDecimal marketBased,
            BigDecimal embodied,
            BigDecimal cost,
            String intensitySource,
            Flaw flaw) {}

    private final ReferenceTables reference;

    SampleLedger(ReferenceTables reference) {
        this.reference = reference;
    }

    /** Every row of the quarter, by date, then resource. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<SampleResource> fleet = SampleFleet.resources();
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            for (SampleResource r : fleet) {
                Row row = row(r, day);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        rows.sort(Comparator.comparing(Row::date)
                .thenComparing(r -> r.resource().resourceId())
                .thenComparing(r -> r.resource().jobId()));
        for (Planted p : FLAWS) {
            if (rows.stream().noneMatch(r -> r.date().equals(p.date()) && r.resource().resourceId().equals(p.resourceId())
                    && r.flaw() == p.flaw())) {
                throw new IllegalStateException("planted flaw has no row: " + p);
            }
        }
        return rows;
    }

    /** The row of {@code r} on {@code day}, or null when it did not run. */
    private Row row(SampleResource r, LocalDate day) {
        if (!r.load().activeOn(day)) {
            return null;
        }
        SplittableRandom rnd = new SplittableRandom(SEED ^ (r.resourceId().hashCode() * 0x9E3779B97F4A7C15L)
                ^ day.toEpochDay() * 0xC2B2AE3D27D4EB4FL);
        double pue = reference.pue(PROVIDER);
        double kwPerGpu = reference.tdpWatts(r.gpuType()) / 1000;
        double[] itKwh = new double[24];
        double allocatedHours;
        switch (r.load()) {
            case SchedulerJob j -> {
                double start = j.start(day).toSecondOfDay() / 3600.0;
                double hours = j.job().durationHours();
                if (start + hours > 24) {
                    throw new IllegalStateException(j.job().id() + " runs past midnight; the sample ledger books a run on"
                            + " the day it starts");
                }
                double kw = j.facilityKwh() / pue / hours;
                double most = r.count() * kwPerGpu * r.powerShare();
                if (kw > most * (1 + 1e-9)) {
                    throw new IllegalStateException(String.format(Locale.ROOT, "%s: %s kWh in %s h on %s needs %.2f kW of"
                                    + " IT power, more than %d x %s at %.0f%% of TDP (%.2f kW): fix energy_kwh in jobs.yaml",
                            j.job().id(), j.facilityKwh(), hours, r.resourceId(), kw, r.count(), r.gpuType(),
                            100 * r.powerShare(), most));
                }
                fill(itKwh, start, hours, kw);
                allocatedHours = hours;
            }
            case Serving s -> {
                for (int h = 0; h < 24; h++) {
                    double busy = Math.clamp(
                            0.45 + 0.3 * Math.cos(2 * Math.PI * (h - s.peakHourUtc()) / 24) + rnd.nextDouble(-0.08, 0.08),
                            0.05,
                            1.0);
                    itKwh[h] = r.count() * kwPerGpu * r.powerShare() * (0.35 + 0.65 * busy);
                }
                allocatedHours = 24;
            }
            case WeekdayTraining t -> {
                for (int h = 0; h < 24; h++) {
                    itKwh[h] = r.count() * kwPerGpu * r.powerShare() * Math.clamp(0.92 + rnd.nextDouble(-0.06, 0.06), 0, 1);
                }
                allocatedHours = 24;
            }
            case Notebook n -> {
                if (rnd.nextDouble() > 0.7) {
                    return null;
                }
                for (int h = 8; h < 19; h++) {
                    itKwh[h] = r.count() * kwPerGpu * r.powerShare() * rnd.nextDouble(0.1, 0.6);
                }
                allocatedHours = 11;
            }
        }
        double it = 0;
        for (double e : itKwh) {
            it += e;
        }
        BigDecimal energy = round(it * pue, 3);
        BigDecimal intensity;
        String source;
        if (r.region().equals(HOURLY_REGION)) {
            double weighted = 0;
            for (int h = 0; h < 24; h++) {
                weighted += itKwh[h] * reference.deDirect(day.minusDays(SHIFT_DAYS).atTime(h, 0));
            }
            intensity = round(weighted / it, 2);
            source = HOURLY_SOURCE;
        } else {
            intensity = round(reference.gcp(ANNUAL_YEAR, r.region()).gPerKwh(), 2);
            source = ANNUAL_SOURCE;
        }
        BigDecimal emissions = round(energy.doubleValue() * intensity.doubleValue() / 1000, 4);
        BigDecimal market = round(emissions.doubleValue() * (1 - reference.gcp(ANNUAL_YEAR, r.region()).cfe()), 4);
        BigDecimal gpuHours = round(allocatedHours * r.count(), 2);
        BigDecimal embodied =
                round(gpuHours.doubleValue() / GPUS_PER_SERVER * SERVER_EMBODIED_KG / SERVER_LIFE_HOURS, 4);
        BigDecimal cost = round(gpuHours.doubleValue() * USD_PER_GPU_HOUR.get(r.gpuType()), 2);
        Flaw flaw = FLAWS.stream()
                .filter(p -> p.date().equals(day) && p.resourceId().equals(r.resourceId()))
                .map(Planted::flaw)
                .findFirst()
                .orElse(null);
        if (flaw != null) {
            emissions = flawed(flaw, r, energy, intensity, pue);
        }
        return new Row(day, r, gpuHours, energy, round(pue, 2), intensity, emissions, market, embodied, cost, source,
                flaw);
    }

    private BigDecimal flawed(Flaw flaw, SampleResource r, BigDecimal energy, BigDecimal intensity, double pue) {
        double e = energy.doubleValue();
        return switch (flaw) {
            case STALE_FACTOR -> round(e * reference.gcp(2023, r.region()).gPerKwh() / 1000, 4);
            case PUE_NOT_APPLIED -> round(e / pue * intensity.doubleValue() / 1000, 4);
            case MARKET_AS_LOCATION -> round(e * intensity.doubleValue() / 1000 * (1 - reference.gcp(ANNUAL_YEAR,
                    r.region()).cfe()), 4);
            case ANNUAL_NOT_HOURLY -> {
                double annual = reference.gcp(ANNUAL_YEAR, r.region()).gPerKwh();
                if (Math.abs(annual - intensity.doubleValue()) / intensity.doubleValue() < 0.01) {
                    throw new IllegalStateException("the annual average is too close to the hourly factor on this day");
                }
                yield round(e * annual / 1000, 4);
            }
        };
    }

    /** Spreads {@code hours} of work at {@code kw} from {@code startHour} (fractional: 1.5 = 01:30) over the hour slots. */
    private static void fill(double[] slots, double startHour, double hours, double kw) {
        double end = Math.min(24, startHour + hours);
        for (int h = (int) Math.floor(startHour); h < end; h++) {
            double overlap = Math.min(h + 1, end) - Math.max(h, startHour);
            slots[h] += kw * overlap;
        }
    }

    static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
