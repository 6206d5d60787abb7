package dev.greenops.views.signatures;

import dev.greenops.model.trail.BundleFacts;
import dev.greenops.model.trail.Check;
import dev.greenops.model.trail.DayResult;
import dev.greenops.model.trail.SignedTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Turns a day's result into the lines of the detail pane: certificate, log entry, checks, digests. */
final class DayDetails {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private DayDetails() {}

    static List<DetailLine> of(DayResult day) {
        List<DetailLine> lines = new ArrayList<>();
        if (day == null) {
            return lines;
        }
        lines.add(DetailLine.fact("Date", day.date().toString()));
        lines.add(new DetailLine("Status", day.status().name(), day.status().isVerified()));
        lines.add(DetailLine.fact("Reason", day.reason()));
        lines.add(DetailLine.fact("Ledger file", day.ledgerFile()));
        lines.add(DetailLine.fact("Bundle file", day.bundleFile()));
        BundleFacts f = day.facts();
        if (f == null) {
            lines.add(DetailLine.fact("Artifact digest (SHA-256)", day.ledgerSha256()));
            return lines;
        }
        lines.add(DetailLine.fact("Signer (SAN)", f.signer()));
        lines.add(DetailLine.fact("OIDC issuer", f.issuer()));
        lines.add(DetailLine.fact("Certificate subject", f.certificateSubject() == null ? null
                : f.certificateSubject().isEmpty() ? "(empty: the identity is in the SAN)" : f.certificateSubject()));
        lines.add(DetailLine.fact("Certificate issuer", f.certificateIssuer()));
        lines.add(DetailLine.fact("Certificate valid", f.certificateNotBefore() == null ? null
                : time(f.certificateNotBefore()) + " to " + time(f.certificateNotAfter())));
        lines.add(DetailLine.fact("Log index", f.logIndex() == null ? null : String.format("%,d", f.logIndex())));
        lines.add(DetailLine.fact("Log entry", f.entryKind()));
        lines.add(DetailLine.fact("Integrated time", f.integratedTime() == null ? null : time(f.integratedTime())));
        for (SignedTime t : f.signedTimes()) {
            lines.add(DetailLine.fact(t.source() == SignedTime.Source.TRANSPARENCY_LOG ? "Signed at (log)" : "Signed at (TSA)",
                    time(t.time())));
        }
        lines.add(check(f, Check.INCLUSION_PROOF, "Inclusion proof"));
        lines.add(check(f, Check.CHECKPOINT, "Signed checkpoint"));
        lines.add(check(f, Check.SIGNED_ENTRY_TIMESTAMP, "Signed entry timestamp"));
        lines.add(check(f, Check.SCT, "SCT"));
        lines.add(check(f, Check.CERTIFICATE_CHAIN, "Certificate chain"));
        lines.add(check(f, Check.SIGNING_TIME, "Signing time"));
        lines.add(check(f, Check.SIGNATURE, "Signature"));
        lines.add(check(f, Check.LOG_ENTRY_MATCH, "Log entry matches"));
        lines.add(check(f, Check.IDENTITY, "Identity policy"));
        lines.add(check(f, Check.ARTIFACT_DIGEST, "Ledger unchanged"));
        lines.add(check(f, Check.SIGSTORE_JAVA, "sigstore-java agrees"));
        lines.add(DetailLine.fact("Artifact digest (SHA-256)", day.ledgerSha256()));
        lines.add(DetailLine.fact("Signed digest (SHA-256)", String.join(", ", f.signedDigests())));
        lines.add(DetailLine.fact("Bundle digest (SHA-256)", f.bundleSha256()));
        lines.add(DetailLine.fact("Bundle format", f.mediaType()));
        return lines;
    }

    private static DetailLine check(BundleFacts f, Check c, String label) {
        return switch (f.check(c)) {
            case PASSED -> new DetailLine(label, "passed", true);
            case FAILED -> new DetailLine(label, "failed", false);
            case NOT_RUN -> DetailLine.fact(label, "not reached");
        };
    }

    static String time(Instant t) {
        return UTC.format(t);
    }
}
