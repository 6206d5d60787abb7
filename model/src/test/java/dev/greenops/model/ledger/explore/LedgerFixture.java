package dev.greenops.model.ledger.explore;

import dev.greenops.model.store.Workspace;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Inserts hand-made import batches and ledger rows into a test workspace (values chosen per test, nothing random). */
final class LedgerFixture {

    private final Workspace ws;
    private long batch;
    private long line = 1;

    LedgerFixture(Workspace ws) {
        this.ws = ws;
    }

    LedgerFixture batch(String fileName) throws SQLException {
        batch = ws.read(c -> {
            try (PreparedStatement p = c.prepareStatement("insert into import_batch (file_name, file_path, sha256,"
                    + " row_count, format, target, imported_at) values (?, ?, ?, 0, 'ufms-csv', 'ledger',"
                    + " timestamp '2026-11-01 09:30:00') returning batch_id")) {
                p.setString(1, fileName);
                p.setString(2, "/data/" + fileName);
                p.setString(3, "ab".repeat(32));
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        line = 2;
        return this;
    }

    long batchId() {
        return batch;
    }

    /** A row with the given attribution and figures; emissions recompute exactly unless {@code emissions} says otherwise. */
    Row row(String date, String team, String job) {
        return new Row(LocalDate.parse(date), team, job);
    }

    final class Row {
        LocalDate date;
        String team;
        String job;
        String resource = "node-1";
        String owner = "ana@example.com";
        String region = "europe-west3";
        String gpuType = "H100 SXM";
        String modelFamily = "recsys";
        String methodology = "measured-nvml@1";
        String source = "electricitymaps:hourly:direct";
        BigDecimal energy = new BigDecimal("10");
        BigDecimal intensity = new BigDecimal("400");
        BigDecimal emissions;
        BigDecimal market;
        BigDecimal gpuHours = new BigDecimal("8");
        BigDecimal cost;
        BigDecimal pue = new BigDecimal("1.1");

        Row(LocalDate date, String team, String job) {
            this.date = date;
            this.team = team;
            this.job = job;
        }

        Row resource(String r) { resource = r; return this; }
        Row owner(String o) { owner = o; return this; }
        Row region(String r) { region = r; return this; }
        Row methodology(String m) { methodology = m; return this; }
        Row source(String s) { source = s; return this; }
        Row energy(String e) { energy = new BigDecimal(e); return this; }
        Row intensity(String i) { intensity = new BigDecimal(i); return this; }
        Row emissions(String e) { emissions = new BigDecimal(e); return this; }
        Row market(String m) { market = new BigDecimal(m); return this; }
        Row gpuHours(String g) { gpuHours = new BigDecimal(g); return this; }
        Row cost(String c) { cost = new BigDecimal(c); return this; }
        Row pue(String p) { pue = new BigDecimal(p); return this; }

        LedgerFixture add() throws SQLException {
            BigDecimal kg = emissions != null ? emissions : energy.multiply(intensity).movePointLeft(3);
            long l = line++;
            ws.read(c -> {
                try (PreparedStatement p = c.prepareStatement("insert into ledger values (cast(? as date), ?, ?, ?, ?,"
                        + " ?, 'model-x', 'pytorch', 'gcp', ?, ?, 8, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, null, ?, ?)")) {
                    p.setString(1, date.toString());
                    p.setString(2, resource);
                    p.setString(3, job);
                    p.setString(4, team);
                    p.setString(5, owner);
                    p.setString(6, modelFamily);
                    p.setString(7, region);
                    p.setString(8, gpuType);
                    p.setBigDecimal(9, gpuHours);
                    p.setBigDecimal(10, energy);
                    p.setBigDecimal(11, pue);
                    p.setBigDecimal(12, intensity);
                    p.setBigDecimal(13, kg);
                    p.setBigDecimal(14, market);
                    p.setBigDecimal(15, cost);
                    p.setString(16, methodology);
                    p.setString(17, source);
                    p.setLong(18, batch);
                    p.setLong(19, l);
                    p.execute();
                    return null;
                }
            });
            return LedgerFixture.this;
        }
    }
}
