package dev.greenops.model.intensity.catalog;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.common.ScratchDir;
import dev.greenops.model.reference.GpuSpecs;
import dev.greenops.model.reference.ReferenceData;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the bundled reference catalogues into a workspace, with DuckDB reading the files: the GCP yearly region
 * averages (2019-2024) and codecarbon's cloud impact table into {@code region_annual}; the latest average per region,
 * its grid zone (from {@link ZoneMap}) and its provider's default PUE into {@code region}; the Green Algorithms PUE
 * defaults into {@code pue_default}; the GPU tables into {@code gpu}. Annual averages are floors used where no hourly
 * series exists, and are labelled so. Reloading is safe: a zone or PUE someone edited in {@code region} is kept.
 */
public final class RegionCatalogue {

    /** Counts of what a load wrote. */
    public record Loaded(long regions, long annualRows, long pueDefaults, long gpus) {}

    private RegionCatalogue() {}

    public static Loaded load(Workspace workspace, ProgressListener progress) throws IOException, SQLException {
        try (ScratchDir scratch = ScratchDir.create("greenops-catalogue")) {
            Path dir = copyBundled(scratch, progress);
            return workspace.inTransaction(c -> loadFrom(c, dir, progress));
        }
    }

    /**
     * As {@link #load(Workspace, ProgressListener)}, through {@code c} inside the caller's transaction: how a
     * workspace is seeded when it is created or migrated ({@code store/Seeds}).
     */
    public static Loaded loadInto(Connection c, ProgressListener progress) throws IOException, SQLException {
        try (ScratchDir scratch = ScratchDir.create("greenops-catalogue")) {
            return loadFrom(c, copyBundled(scratch, progress), progress);
        }
    }

    private static Path copyBundled(ScratchDir scratch, ProgressListener progress) throws IOException {
        Path dir = scratch.path();
        progress.progress(0, 4, "reading the reference catalogues");
        for (ReferenceData d : ReferenceData.values()) {
            if (d != ReferenceData.DE_2023_HOURLY) { // an hourly series, not a catalogue
                d.copyTo(dir.resolve(d.path()));
            }
        }
        try (InputStream in = ZoneMap.open()) {
            Files.copy(in, dir.resolve("zone-map.csv"), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    private static Loaded loadFrom(Connection c, Path dir, ProgressListener progress) throws SQLException {
        ProgressListener.checkCancelled();
        progress.progress(1, 4, "loading PUE defaults");
        exec(c, "delete from pue_default");
        exec(c, "insert into pue_default select lower(trim(c0)), try_cast(c1 as double), trim(c2) from "
                + positional(dir.resolve(ReferenceData.PUE_GREEN_ALGORITHMS.path()), 2, 3)
                + " where try_cast(c1 as double) is not null");
        progress.progress(2, 4, "loading region averages");
        exec(c, "delete from region_annual where source like 'gcp:%' or source like 'codecarbon:%'");
        for (int year = 2019; year <= 2024; year++) {
            Path f = dir.resolve("regions/gcp-region-carbon-info-" + year + ".csv");
            exec(c, "insert into region_annual select trim(column0), 'gcp', " + year + ", try_cast(column3 as double), "
                    + (year <= 2020 ? "'lifecycle'" : "null") + ", try_cast(column2 as double), 'gcp:annual-average:" + year
                    + "' from read_csv(" + lit(f) + ", header = false, skip = 1, all_varchar = true)"
                    + " where try_cast(column3 as double) is not null");
        }
        // codecarbon's impact.csv spells me-central1 "me-cenrtal1" (kept as published in the bundle): the
        // row is filed under the region it means, so it joins GCP's own figures for me-central1
        exec(c, "insert into region_annual select replace(trim(region), 'me-cenrtal1', 'me-central1'),"
                + " trim(provider), null, try_cast(impact as double), null, null,"
                + " 'codecarbon:impact.csv' from read_csv(" + lit(dir.resolve(ReferenceData.CLOUD_IMPACT_CODECARBON.path()))
                + ", header = true, all_varchar = true) where try_cast(impact as double) is not null");
        progress.progress(3, 4, "loading regions and GPUs");
        exec(c, "create temp table catalogue_regions as with latest as (select region, provider,"
                + " arg_max(g_per_kwh, year) as g, max(year) as year, arg_max(cfe_share, year) as cfe"
                + " from region_annual where source like 'gcp:%' group by region, provider),"
                + " cc as (select region, provider, any_value(g_per_kwh) as g from region_annual"
                + " where source = 'codecarbon:impact.csv' group by region, provider),"
                + " zm as (select * from read_csv(" + lit(dir.resolve("zone-map.csv")) + ", header = true, all_varchar = true)),"
                + " locs as (select trim(column0) as region, any_value(trim(column1)) as location from read_csv("
                + lit(dir.resolve(ReferenceData.GCP_REGIONS_2024.path())) + ", header = false, skip = 1, all_varchar = true) group by 1),"
                + " keys as (select region, provider from latest union select region, provider from cc"
                + " union select region, provider from zm)"
                + " select k.region, k.provider, zm.zone, coalesce(zm.location, locs.location) as location,"
                + " coalesce(l.g, cc.g) as g, case when l.g is not null then l.year end as year, l.cfe,"
                + " p.pue, case when l.g is not null then 'gcp:annual-average:' || l.year"
                + " when cc.g is not null then 'codecarbon:impact.csv' else 'zone-map' end as source"
                + " from keys k left join latest l using (region, provider) left join cc using (region, provider)"
                + " left join zm using (region, provider) left join locs using (region)"
                + " left join pue_default p on p.provider = k.provider");
        exec(c, "insert into region (region, provider, zone, location, annual_g_per_kwh, annual_year, cfe_share, pue, source)"
                + " select region, provider, zone, location, g, year, cfe, pue, source from catalogue_regions where true"
                + " on conflict (region) do update set provider = excluded.provider,"
                + " zone = coalesce(region.zone, excluded.zone), location = coalesce(region.location, excluded.location),"
                + " annual_g_per_kwh = excluded.annual_g_per_kwh, annual_year = excluded.annual_year,"
                + " cfe_share = excluded.cfe_share, pue = coalesce(region.pue, excluded.pue), source = excluded.source");
        exec(c, "drop table catalogue_regions");
        // gpus.csv is read by header name through GpuSpecs: its A10G row is one field short (kept as
        // published), so by position its memory and source would land in the wrong columns. 48 rows, bundled.
        insertGpus(c);
        exec(c, "insert into gpu (gpu_type, tdp_w, memory_gb, source)"
                + " select trim(c0), try_cast(c1 as double), try_cast(c7 as double), trim(c8) from "
                + positional(dir.resolve(ReferenceData.GPU_TDP_GREEN_ALGORITHMS.path()), 2, 9)
                + " where try_cast(c1 as double) is not null on conflict do nothing");
        progress.progress(4, 4, "reference catalogues loaded");
        return new Loaded(count(c, "region"), count(c, "region_annual"), count(c, "pue_default"), count(c, "gpu"));
    }

    private static void insertGpus(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into gpu (gpu_type, tdp_w, tflops_fp32, tflops_fp16,"
                + " memory_gb, source) values (?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            for (GpuSpecs.Spec g : GpuSpecs.bundled()) {
                if (g.tdpWatts() == null || !(g.type().equals("gpu") || g.type().equals("tpu"))) {
                    continue;
                }
                p.setString(1, g.name());
                p.setObject(2, g.tdpWatts());
                p.setObject(3, g.tflops32());
                p.setObject(4, g.tflops16());
                p.setObject(5, g.memoryGb());
                p.setString(6, g.source());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A CSV read by column position (c0, c1, ...), short rows padded with nulls, after {@code skip} header lines. */
    private static String positional(Path file, int skip, int columns) {
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            cols.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
        }
        return "read_csv(" + lit(file) + ", header = false, skip = " + skip + ", auto_detect = false, delim = ',',"
                + " quote = '\"', columns = {" + cols + "}, null_padding = true, strict_mode = false)";
    }

    private static String lit(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
