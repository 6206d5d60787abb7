package dev.greenops.model.trail;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.sample.SamplePart;
import dev.greenops.model.trail.demo.DemoSigstore;
import dev.greenops.model.trail.demo.DemoTrail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The signed sample trail: the last 30 days of the sample quarter's ledger, one file per day, each signed on its day
 * by our DEMO Sigstore instance; the DEMO trusted root; and a tampered copy (one day edited after signing, one day
 * missing) for demonstrations. Runs after the ledgers part, whose October ledger it splits.
 */
public final class TrailSamplePart implements SamplePart {

    public static final String MONTHLY_LEDGER = "ledgers/ufms-003-2026-10.csv";
    public static final String TRAIL_DIR = "trail";
    public static final String TAMPERED_DIR = "trail-tampered-DEMO";
    public static final String DEMO_ROOT = "trust/DEMO-trusted_root.json";
    public static final LocalDate FROM = LocalDate.parse("2026-10-02");
    public static final LocalDate TO = LocalDate.parse("2026-10-31");
    /** In the tampered copy: this day's ledger is edited after signing ... */
    public static final LocalDate EDITED_DAY = LocalDate.parse("2026-10-17");
    /** ... and this day's ledger and bundle are gone. */
    public static final LocalDate MISSING_DAY = LocalDate.parse("2026-10-24");

    @Override
    public String name() {
        return "trail";
    }

    @Override
    public void write(Path outDir, ProgressListener progress) throws IOException {
        Path monthly = outDir.resolve(MONTHLY_LEDGER);
        if (!Files.isRegularFile(monthly)) {
            throw new IOException(monthly + ": not found; the signed trail is cut from the ledgers part's October ledger,"
                    + " so the ledgers part must run first");
        }
        List<DemoTrail.DailyLedger> days = DemoTrail.splitByDay(Files.readString(monthly, StandardCharsets.UTF_8),
                MONTHLY_LEDGER, FROM, TO);
        Path trail = outDir.resolve(TRAIL_DIR);
        Path tampered = outDir.resolve(TAMPERED_DIR);
        deleteTrailFiles(trail);
        deleteTrailFiles(tampered);
        DemoSigstore sigstore = new DemoSigstore();
        DemoTrail.writeSigned(sigstore, days, DemoSigstore.SIGNER, DemoSigstore.ISSUER, trail, progress);
        Files.writeString(trail.resolve("DEMO-SIGNED.md"), trailNote(), StandardCharsets.UTF_8);
        Files.createDirectories(outDir.resolve(DEMO_ROOT).getParent());
        Files.writeString(outDir.resolve(DEMO_ROOT), sigstore.trustedRootJson(), StandardCharsets.UTF_8);
        DemoTrail.writeTamperedCopy(trail, tampered, EDITED_DAY, MISSING_DAY);
        Files.writeString(tampered.resolve("DEMO-TAMPERED.md"), tamperedNote(), StandardCharsets.UTF_8);
    }

    /** Removes earlier ledger and bundle files, so a regenerated trail never keeps a stale day. */
    private static void deleteTrailFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString().replace(TrailVerifier.BUNDLE_SUFFIX, "");
                if (TrailVerifier.LEDGER_NAME.matcher(name).matches()) {
                    Files.delete(f);
                }
            }
        }
    }

    /** The command that verifies the sample trail, as the README shows it. */
    public static String verifyCommand(String trailDir) {
        return "greenops verify sample-data/" + trailDir + " --trusted-root sample-data/" + DEMO_ROOT + " --identity "
                + DemoSigstore.SIGNER + " --issuer " + DemoSigstore.ISSUER;
    }

    private static String trailNote() {
        return """
                # DEMO-signed sample trail

                Every `*.sigstore.json` bundle in this folder was made by the workbench's own **DEMO** Sigstore instance
                (`greenops sample`), not by the Sigstore public-good service. The keys come from a fixed, published seed,
                so these signatures prove nothing: they exist to show what verification looks like. They verify only
                against `../%s`, whose CA subject says DEMO, and fail against the real Sigstore root.

                The ledgers are the SAMPLE quarter's October rows, one file per day, each signed on its own day by
                `%s` (OIDC issuer `%s`).

                    %s
                """.formatted(DEMO_ROOT, DemoSigstore.SIGNER, DemoSigstore.ISSUER, verifyCommand(TRAIL_DIR));
    }

    private static String tamperedNote() {
        return """
                # DEMO trail, tampered on purpose

                A copy of `../%s` with two things done to it after signing, to show how verification reports them:

                - `ledger-%s.csv`: one emissions figure was halved after the day was signed (expect TAMPERED);
                - `ledger-%s.csv` and its bundle were deleted (expect MISSING_LEDGER).

                    %s
                """.formatted(TRAIL_DIR, EDITED_DAY, MISSING_DAY, verifyCommand(TAMPERED_DIR));
    }

    @Override
    public java.util.List<String> attributionRows() {
        return java.util.List.of("| " + TRAIL_DIR + "/ledger-*.csv, " + TAMPERED_DIR + "/ledger-*.csv | cut from "
                + MONTHLY_LEDGER + ", one file per day " + FROM + ".." + TO + " | as the ledgers/*.csv rows above (ODbL"
                + " 1.0 Electricity Maps data, Apache-2.0, MIT, CC BY 4.0) | SAMPLE: the sample ledger's rows of each day,"
                + " so derived from the same sources; the .sigstore.json bundles beside them and trust/ are DEMO"
                + " material made by the workbench, not third-party data |");
    }

    @Override
    public String readmeSection() {
        return """
                ## Signed trail (DEMO signatures)

                - `%s/`: the 30 daily ledgers %s..%s (the October rows of `%s`, one file per day) and beside each its
                  Sigstore bundle `ledger-YYYY-MM-DD.csv.sigstore.json`, signed on its day by `%s` (issuer `%s`).
                - `%s`: the trusted root of the workbench's own **DEMO** Sigstore instance (CA, CT log, transparency
                  log, keys from a fixed published seed). DEMO signatures verify only against this root and prove nothing.
                - `%s/`: the same trail with `ledger-%s.csv` edited after signing and %s removed, for demonstrations.

                Verify: `%s` (30 of 30 VERIFIED, exit 0); the tampered copy names %s TAMPERED and %s MISSING_LEDGER (exit 1).
                """.formatted(TRAIL_DIR, FROM, TO, MONTHLY_LEDGER, DemoSigstore.SIGNER, DemoSigstore.ISSUER, DEMO_ROOT,
                TAMPERED_DIR, EDITED_DAY, MISSING_DAY, verifyCommand(TRAIL_DIR), EDITED_DAY, MISSING_DAY);
    }
}
