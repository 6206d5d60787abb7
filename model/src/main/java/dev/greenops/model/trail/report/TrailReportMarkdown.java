package dev.greenops.model.trail.report;

import dev.greenops.model.trail.DayResult;
import dev.greenops.model.trail.TrailReport;
import dev.greenops.model.trail.TrustRootInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The verification report as Markdown: verdict, root, policy, one table row per day, then what failed and why. */
public final class TrailReportMarkdown {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private TrailReportMarkdown() {}

    public static String render(TrailReport report, Instant now) {
        TrustRootInfo root = report.trustRoot();
        StringBuilder md = new StringBuilder();
        md.append("# Signature trail verification report\n\n");
        if (root.demo()) {
            md.append("> **DEMO**: verified against a trusted root made by `greenops sample`, whose keys come from a"
                    + " published seed: these signatures prove nothing about real signers.\n\n");
        }
        md.append("**Verdict: ").append(report.allVerified() ? "every expected day is VERIFIED" : "NOT VERIFIED")
                .append("** (").append(report.summaryLine()).append(").\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Trail", "`" + report.trailDir() + "`");
        row(md, "Days expected", report.from() + " to " + report.to() + " (" + report.expected() + ")");
        row(md, "Identity policy", report.policy());
        row(md, "Trusted root", root.displayLabel());
        row(md, "Root source", "`" + root.source() + "`");
        row(md, "Root SHA-256", "`" + root.sha256() + "`");
        row(md, "Root as of", root.asOfDate() + " (" + root.asOfBasis() + "), " + root.ageDays(now) + " days before this report");
        if (root.newestKeyStart() != null) {
            row(md, "Newest key in root", UTC.format(root.newestKeyStart()));
        }
        row(md, "Verified at", UTC.format(report.verifiedAt()) + ", offline");
        row(md, "Run id", "`" + report.runId() + "`");
        md.append('\n');

        md.append("## Days\n\n");
        md.append("| Date | Status | Signer | Issuer | Log index | Integrated time (UTC) |\n");
        md.append("|---|---|---|---|---:|---|\n");
        for (DayResult d : report.days()) {
            md.append("| ").append(d.date())
                    .append(" | ").append(d.status().isVerified() ? "VERIFIED" : "**" + d.status() + "**")
                    .append(" | ").append(cell(d.signer()))
                    .append(" | ").append(cell(d.issuer()))
                    .append(" | ").append(d.logIndex() == null ? "–" : String.format("%,d", d.logIndex()))
                    .append(" | ").append(d.integratedTime() == null ? "–" : UTC.format(d.integratedTime()).replace(" UTC", ""))
                    .append(" |\n");
        }
        md.append('\n');

        long failures = report.days().stream().filter(d -> !d.status().isVerified()).count();
        md.append("## Failures\n\n");
        if (failures == 0) {
            md.append("None.\n\n");
        } else {
            for (DayResult d : report.days()) {
                if (!d.status().isVerified()) {
                    md.append("- **").append(d.date()).append(" ").append(d.status()).append("**: ")
                            .append(escape(d.reason())).append('\n');
                }
            }
            md.append('\n');
        }
        if (!report.notes().isEmpty()) {
            md.append("## Notes\n\n");
            report.notes().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
            md.append('\n');
        }
        md.append("## How each day was checked\n\n");
        md.append("Offline, against the trusted root above (no network). A day is VERIFIED only if its bundle's certificate"
                + " chains to a CA of the root and carries a valid SCT, the transparency log entry has a valid signed entry"
                + " timestamp, inclusion proof and signed checkpoint from a log key valid at that time, the signing time"
                + " lies inside the certificate's validity and on that day (UTC), the signature verifies and matches the"
                + " log entry, the signer matches the identity policy, the ledger's SHA-256 equals the signed digest, and"
                + " sigstore-java 2.0.0's KeylessVerifier agrees.\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(escape(value)).append(" |\n");
    }

    private static String cell(String s) {
        return s == null ? "–" : escape(s);
    }

    /** Keeps table cells in one piece: pipes escaped, newlines flattened. */
    static String escape(String s) {
        return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
