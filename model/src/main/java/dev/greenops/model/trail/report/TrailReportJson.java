package dev.greenops.model.trail.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenops.model.trail.DayResult;
import dev.greenops.model.trail.TrailReport;
import dev.greenops.model.trail.TrustRootInfo;
import java.time.Instant;

/**
 * The {@code greenops verify --json} document, in the shape CLI.md fixes: {@code trustedRoot}, {@code days} (date,
 * status, reason, signer, issuer, logIndex, integratedTime) and {@code summary} (expected, verified, failed).
 */
public final class TrailReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TrailReportJson() {}

    public static String write(TrailReport report, Instant now) {
        ObjectNode doc = JSON.createObjectNode();
        TrustRootInfo root = report.trustRoot();
        ObjectNode tr = doc.putObject("trustedRoot");
        tr.put("name", root.label());
        tr.put("source", root.source());
        tr.put("sha256", root.sha256());
        tr.put("demo", root.demo());
        tr.put("asOf", root.asOf().toString());
        tr.put("asOfBasis", root.asOfBasis());
        tr.put("ageDays", root.ageDays(now));
        ArrayNode days = doc.putArray("days");
        for (DayResult d : report.days()) {
            ObjectNode day = days.addObject();
            day.put("date", d.date().toString());
            day.put("status", d.status().name());
            day.put("reason", d.reason());
            day.put("signer", d.signer());
            day.put("issuer", d.issuer());
            if (d.logIndex() == null) {
                day.putNull("logIndex");
            } else {
                day.put("logIndex", d.logIndex());
            }
            day.put("integratedTime", d.integratedTime() == null ? null : d.integratedTime().toString());
        }
        ObjectNode summary = doc.putObject("summary");
        summary.put("expected", report.expected());
        summary.put("verified", report.verified());
        summary.put("failed", report.failed());
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
