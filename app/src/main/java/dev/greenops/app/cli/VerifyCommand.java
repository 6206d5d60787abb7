package dev.greenops.app.cli;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import dev.greenops.model.trail.DayResult;
import dev.greenops.model.trail.SignerPolicy;
import dev.greenops.model.trail.TrailReport;
import dev.greenops.model.trail.TrailVerifier;
import dev.greenops.model.trail.TrustRoot;
import dev.greenops.model.trail.TrustRoots;
import dev.greenops.model.trail.VerificationStore;
import dev.greenops.model.trail.report.TrailReportJson;
import dev.greenops.model.trail.report.TrailReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code greenops verify TRAIL_DIR}: one status per expected day of a signed ledger trail, offline. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Verify a trail of daily ledgers and their Sigstore bundles offline against a trusted root.",
            "The trail is TRAIL_DIR/ledger-YYYY-MM-DD.csv (or .json, .ndjson) beside ledger-YYYY-MM-DD.csv.sigstore.json."
                    + " Every expected day gets one status: VERIFIED, TAMPERED, BAD_SIGNATURE, UNTRUSTED,"
                    + " WRONG_IDENTITY, MISSING_LEDGER, MISSING_SIGNATURE, MISDATED or UNREADABLE.",
        },
        footer = {"", "Exit codes: 0 every expected day VERIFIED; 1 a day failed; 2 bad arguments or an unreadable"
                + " root; 3 internal error (a bug).", "",
            "Example (the bundled DEMO trail):",
            "  greenops verify sample-data/trail \\",
            "    --trusted-root sample-data/trust/DEMO-trusted_root.json \\",
            "    --identity ledger-signer@demo.greenops.example \\",
            "    --issuer https://oidc.demo.greenops.example"})
public final class VerifyCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private static final SignerOptions SIGNER = new SignerOptions("--identity", "--identity-regex", "--issuer",
            "say who must have signed: --identity SAN (or --identity-regex RE) and --issuer URL, or --key PUB.pem."
                    + " Without an identity any certificate from the root would pass. For the bundled DEMO trail:"
                    + " --identity ledger-signer@demo.greenops.example --issuer https://oidc.demo.greenops.example");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRAIL_DIR", description = "Folder of ledger-YYYY-MM-DD files and their bundles.")
    Path trailDir;

    @Option(names = "--trusted-root", required = true, paramLabel = "FILE", description = "Sigstore trusted_root.json to verify against.")
    Path trustedRoot;

    @Option(names = "--identity", paramLabel = "SAN", description = "Expected signer: the certificate SAN, exactly.")
    String identity;

    @Option(names = "--identity-regex", paramLabel = "RE", description = "Expected signer as a regular expression matching the whole SAN.")
    String identityRegex;

    @Option(names = "--issuer", paramLabel = "URL", description = "Expected OIDC issuer of the signing certificates.")
    String issuer;

    @Option(names = "--key", paramLabel = "PUB.pem", description = "The trail is signed with this public key (no certificates).")
    Path key;

    @Option(names = "--from", paramLabel = "DATE", description = "First expected day (default: the earliest day in the folder).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last expected day (default: the latest day in the folder); at"
            + " most today (UTC): a later day is refused, as no ledger can be signed for it yet.")
    LocalDate to;

    @Option(names = "--json", description = "Print one JSON document instead of the table.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE.md|FILE.pdf", description = "Also write the report as Markdown or PDF.")
    Path report;

    @Option(names = "--workspace", paramLabel = "FILE", description = "Also store the run in this workspace's verification table.")
    String workspace;

    @Override
    public Integer call() throws InvalidInputException, SQLException {
        SignerPolicy policy = SIGNER.policy(spec, key, identity, identityRegex, issuer);
        OutputFile.refuseExtension(report, "report", TrailReports.EXTENSIONS);
        OutputFile.refuseFolder(report, "a writable file ending in .md or .pdf");
        TrustRoot root = TrustRoots.load(trustedRoot);
        ProgressListener progress = CliProgress.forStderr();
        Clock clock = Clock.systemUTC();
        TrailReport result;
        try {
            result = new TrailVerifier(root, clock).verify(trailDir, policy, from, to, progress);
        } catch (IOException e) {
            throw InvalidInputException.of(trailDir.toString(), 0, 0, "cannot read the folder: " + e.getMessage(),
                    "a readable trail folder");
        } finally {
            CliProgress.clear(progress);
        }
        Instant now = clock.instant();
        if (report != null) {
            OutputFile.write(report, "a writable file ending in .md or .pdf", f -> TrailReports.write(result, f, now));
        }
        if (workspace != null) {
            try (Workspace ws = Workspace.open(workspace)) {
                VerificationStore.save(ws, result);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(TrailReportJson.write(result, now));
        } else {
            print(result, now, out);
        }
        out.flush();
        return result.allVerified() ? ExitCode.OK : ExitCode.PROBLEMS_FOUND;
    }

    private static void print(TrailReport r, Instant now, PrintWriter out) {
        var root = r.trustRoot();
        out.println("Trail:         " + r.trailDir() + " (" + r.from() + ".." + r.to() + ", " + r.expected() + " days)");
        out.println("Trusted root:  " + root.describe(now));
        out.println("               sha256 " + root.sha256() + ", " + root.source());
        out.println("Policy:        " + r.policy());
        out.println();
        out.printf("%-10s  %-17s  %9s  %-19s  %s%n", "DATE", "STATUS", "LOG INDEX", "INTEGRATED (UTC)", "SIGNER / REASON");
        for (DayResult d : r.days()) {
            out.printf("%-10s  %-17s  %9s  %-19s  %s%n", d.date(), d.status(),
                    d.logIndex() == null ? "-" : String.format("%,d", d.logIndex()),
                    d.integratedTime() == null ? "-" : TIME.format(d.integratedTime()),
                    d.status().isVerified() ? d.signer() : d.reason());
        }
        out.println();
        r.notes().forEach(n -> out.println("Note: " + n));
        out.println(r.summaryLine() + ". " + (r.allVerified() ? "Trail VERIFIED" : "Trail NOT VERIFIED")
                + (root.demo() ? " (against a DEMO root, which proves nothing about real signers)." : "."));
    }
}
