package dev.greenops.model.intensity.io;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One series in a staged file: its key (region, signal, basis, source, forecast issue time), step and extent. */
record SeriesInfo(String region, String signal, String basis, String source, LocalDateTime issuedAt, Duration step,
        Instant first, Instant last, long points, boolean bareTimes) {

    String where() {
        return "region = ? and signal = ? and basis = ? and coalesce(source, '') = ? and forecast_issued_at is not distinct from ?";
    }

    void bind(PreparedStatement p, int from) throws SQLException {
        p.setString(from, region);
        p.setString(from + 1, signal);
        p.setString(from + 2, basis);
        p.setString(from + 3, source == null ? "" : source);
        if (issuedAt == null) {
            p.setNull(from + 4, java.sql.Types.TIMESTAMP);
        } else {
            p.setObject(from + 4, issuedAt);
        }
    }

    String label() {
        return region + " (" + signal + ", " + basis + ")";
    }

    /** The source with {granularity} and {years} filled in from the data. */
    String finalSource() {
        String s = source == null ? "unknown" : source;
        int y1 = first.atZone(ZoneOffset.UTC).getYear();
        int y2 = last.atZone(ZoneOffset.UTC).getYear();
        return s.replace("{granularity}", granularity(step)).replace("{years}", y1 == y2 ? "" + y1 : y1 + "-" + y2);
    }

    static String granularity(Duration step) {
        if (step.equals(Duration.ofHours(1))) {
            return "hourly";
        }
        return step.toMinutes() + "-minute";
    }
}
