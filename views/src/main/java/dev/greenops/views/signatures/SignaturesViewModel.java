package dev.greenops.views.signatures;

import dev.greenops.views.common.Errors;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.store.AppPaths;
import dev.greenops.model.store.Workspace;
import dev.greenops.model.trail.DayResult;
import dev.greenops.model.trail.SignerPolicy;
import dev.greenops.model.trail.TrailReport;
import dev.greenops.model.trail.TrailSamplePart;
import dev.greenops.model.trail.TrailVerifier;
import dev.greenops.model.trail.TrustRoot;
import dev.greenops.model.trail.TrustRootInfo;
import dev.greenops.model.trail.TrustRootRefresh;
import dev.greenops.model.trail.TrustRoots;
import dev.greenops.model.trail.VerificationStore;
import dev.greenops.model.trail.demo.DemoSigstore;
import dev.greenops.model.trail.report.TrailReports;
import dev.greenops.views.common.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Signatures screen's state: which trail and root, the identity policy, the last verification and the selected
 * day. Calls the trail services through the {@link dev.greenops.views.common.TaskRunner}; never touches a Node.
 */
public final class SignaturesViewModel {

    private final AppContext context;
    private final Clock clock;

    private final ObjectProperty<Path> trailDir = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> rootFile = new SimpleObjectProperty<>();
    private final StringProperty san = new SimpleStringProperty("");
    private final BooleanProperty sanIsRegex = new SimpleBooleanProperty(false);
    private final StringProperty issuer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty failuresOnly = new SimpleBooleanProperty(false);

    private final ReadOnlyObjectWrapper<TrustRootInfo> rootInfo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper rootProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TrailReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DayResult> days = FXCollections.observableArrayList();
    private final ObservableList<DayResult> visibleDays = FXCollections.observableArrayList();
    private final ObjectProperty<DayResult> selected = new SimpleObjectProperty<>();
    private final ObservableList<DetailLine> detail = FXCollections.observableArrayList();
    // read-only views made once: a listener added to a view made per call would vanish with that view
    private final ObservableList<DayResult> daysView = FXCollections.unmodifiableObservableList(days);
    private final ObservableList<DayResult> visibleView = FXCollections.unmodifiableObservableList(visibleDays);
    private final ObservableList<DetailLine> detailView = FXCollections.unmodifiableObservableList(detail);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(NOT_VERIFIED_YET);

    private TrustRoot root;
    /**
     * Bumped whenever something a verdict depends on changes (trail, root, identity policy, expected days): a result
     * is shown and exported only while it was made from the inputs on screen.
     */
    private long inputsVersion;
    /** The inputs version the shown report was made from. */
    private long reportVersion = -1;
    /** Bumped by each {@link #verify()}: only the newest verification may fill the screen. */
    private long runs;

    static final String NOT_VERIFIED_YET = "Not verified yet: choose a trail and a trusted root, then Verify (F5).";

    public SignaturesViewModel(AppContext context) {
        this(context, Clock.systemUTC());
    }

    SignaturesViewModel(AppContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
        rootFile.addListener((obs, old, now) -> loadRoot());
        // an auditor must never read a verdict about other inputs than the ones on screen: any change clears it
        trailDir.addListener((obs, old, now) -> inputsChanged("trail folder"));
        rootInfo.addListener((obs, old, now) -> inputsChanged("trusted root"));
        san.addListener((obs, old, now) -> inputsChanged("expected signer (SAN)"));
        sanIsRegex.addListener((obs, old, now) -> inputsChanged("SAN matching (exact or regex)"));
        issuer.addListener((obs, old, now) -> inputsChanged("OIDC issuer"));
        from.addListener((obs, old, now) -> inputsChanged("first expected day"));
        to.addListener((obs, old, now) -> inputsChanged("last expected day"));
        selected.addListener((obs, old, now) -> detail.setAll(DayDetails.of(now)));
        failuresOnly.addListener((obs, old, now) -> filter());
        // a cancelled task calls neither callback: notice that the runner stopped while we were still waiting
        context.tasks().runningProperty().addListener((obs, was, now) -> {
            if (!now && running.get()) {
                // the runner also stops just before it hands over a result: show() then overwrites these texts
                running.set(false);
                if (reportIsCurrent()) {
                    message.set("Verification cancelled; the table still shows the previous result for these inputs.");
                } else {
                    pending.set("Not verified: the verification was cancelled.");
                    message.set("Verification cancelled.");
                }
            }
        });
    }

    /** Points the screen at the bundled sample trail, the DEMO root and the DEMO signer, if the sample is there. */
    public boolean useSampleDefaults() {
        Optional<Path> sample = AppPaths.sampleDataDir();
        if (sample.isEmpty()) {
            return false;
        }
        return useSample(sample.get(), TrailSamplePart.TRAIL_DIR);
    }

    /** Uses {@code trail} (a folder name in the sample folder) with the DEMO root and signer. */
    public boolean useSample(Path sampleDir, String trail) {
        Path dir = sampleDir.resolve(trail);
        Path demoRoot = sampleDir.resolve(TrailSamplePart.DEMO_ROOT);
        if (!Files.isDirectory(dir) || !Files.isRegularFile(demoRoot)) {
            return false;
        }
        trailDir.set(dir);
        rootFile.set(demoRoot);
        san.set(DemoSigstore.SIGNER);
        sanIsRegex.set(false);
        issuer.set(DemoSigstore.ISSUER);
        return true;
    }

    /** Uses the trail folder {@code dir} and verifies it at once (a complete new input: no need to press Verify). */
    public void chooseTrail(Path dir) {
        trailDir.set(dir);
        verify();
    }

    /** Uses the trusted root in {@code file} and verifies the trail against it at once. */
    public void chooseRoot(Path file) {
        rootFile.set(file);
        verify();
    }

    /** Forgets the shown verdict when an input it was made from changes; says which, and what to do. */
    private void inputsChanged(String what) {
        inputsVersion++;
        boolean had = report.get() != null;
        if (had) {
            report.set(null);
            days.clear();
            visibleDays.clear();
            selected.set(null);
        }
        if (had || running.get()) {
            String why = "Not verified: the " + what + " changed" + (running.get() ? " during the verification" : "")
                    + ", so the previous result was cleared. Verify (F5) checks the trail as it is set now.";
            pending.set(why);
            message.set(why);
        }
    }

    /** True while the shown report was made from exactly the inputs on screen. */
    public boolean reportIsCurrent() {
        return report.get() != null && reportVersion == inputsVersion;
    }

    private void loadRoot() {
        Path file = rootFile.get();
        root = null;
        rootInfo.set(null);
        if (file == null) {
            rootProblem.set("Choose a trusted root (trusted_root.json).");
            return;
        }
        try {
            root = TrustRoots.load(file);
            rootInfo.set(root.info());
            rootProblem.set("");
        } catch (InvalidInputException e) {
            rootProblem.set(describe(e));
        }
    }

    /** Switches to the Sigstore public-good root pinned in the workbench. */
    public void useBundledProductionRoot() {
        rootFile.set(null);
        root = TrustRoots.bundledProduction();
        rootInfo.set(root.info());
        rootProblem.set("");
    }

    /**
     * Fetches the current Sigstore production root through TUF and switches to it. The only action of this screen
     * that uses the network; the view asks the user first.
     */
    public void refreshProductionRoot() {
        Path cache = TrustRootRefresh.defaultCacheDir();
        message.set("Fetching the current Sigstore root from " + TrustRootRefresh.PUBLIC_GOOD_TUF.getHost() + "…");
        context.tasks().run("Refreshing the Sigstore root (network)",
                progress -> TrustRootRefresh.refresh(cache, TrustRootRefresh.PUBLIC_GOOD_TUF, progress),
                file -> {
                    rootFile.set(file);
                    message.set("Using the Sigstore root fetched just now: " + file);
                },
                error -> message.set(error.getMessage() + " The root in use is unchanged."));
    }

    /** The policy the fields describe, or empty with {@link #messageProperty()} saying what is missing. */
    Optional<SignerPolicy> policy() {
        String s = san.get() == null ? "" : san.get().strip();
        String i = issuer.get() == null ? "" : issuer.get().strip();
        if (s.isEmpty() || i.isEmpty()) {
            message.set("Give the expected signer (SAN) and OIDC issuer: without them any certificate from the root would pass.");
            return Optional.empty();
        }
        try {
            return Optional.of(sanIsRegex.get() ? SignerPolicy.Identity.regex(s, i) : SignerPolicy.Identity.exact(s, i));
        } catch (PatternSyntaxException e) {
            message.set("The SAN regular expression is not valid: " + e.getDescription());
            return Optional.empty();
        }
    }

    /** Verifies the chosen trail in the background; the result replaces the table, strip and detail. */
    public void verify() {
        Path dir = trailDir.get();
        if (dir == null) {
            message.set("Choose a trail folder (or drop one here).");
            return;
        }
        if (root == null) {
            message.set(rootProblem.get().isEmpty() ? "Choose a trusted root." : rootProblem.get());
            return;
        }
        Optional<SignerPolicy> policy = policy();
        if (policy.isEmpty()) {
            return;
        }
        TrustRoot usedRoot = root;
        LocalDate f = from.get();
        LocalDate t = to.get();
        Workspace ws = context.workspace();
        long run = ++runs;
        long version = inputsVersion;
        running.set(true);
        pending.set("Verifying " + dir.getFileName() + "…");
        message.set("Verifying " + dir.getFileName() + "…");
        context.tasks().run("Verifying signatures", progress -> {
            TrailReport r = new TrailVerifier(usedRoot, clock).verify(dir, policy.get(), f, t, progress);
            if (ws != null && ws.isOpen()) {
                VerificationStore.save(ws, r);
            }
            return r;
        }, r -> show(run, version, r), error -> {
            if (run != runs) {
                return; // a newer verification replaced this one
            }
            running.set(false);
            pending.set("Not verified: the verification did not finish (see the message).");
            message.set(error instanceof InvalidInputException e ? describe(e) : "Verification failed: " + error.getMessage());
        });
    }

    private void show(long run, long version, TrailReport r) {
        if (run != runs) {
            return; // a newer verification is under way: its result is the one that belongs on screen
        }
        running.set(false);
        if (version != inputsVersion) {
            message.set("The inputs changed while the trail was verified: that result was discarded.");
            return;
        }
        reportVersion = version;
        pending.set("");
        days.setAll(r.days());
        filter();
        report.set(r); // last: listeners of the report read the days
        DayResult first = r.days().stream().filter(d -> !d.status().isVerified()).findFirst()
                .orElse(r.days().isEmpty() ? null : r.days().getFirst());
        selected.set(first);
        message.set(String.join(" · ", r.notes())); // the summary says the rest
    }

    private void filter() {
        visibleDays.setAll(failuresOnly.get() ? days.filtered(d -> !d.status().isVerified()) : days);
    }

    /** Writes the last report to {@code file} (.md or .pdf) in the background. */
    public void exportReport(Path file) {
        TrailReport r = report.get();
        if (r == null) {
            message.set("Verify a trail first; then the report can be exported.");
            return;
        }
        if (!reportIsCurrent()) {
            // cannot happen through the screen (a change clears the report); kept so no path exports a stale verdict
            message.set("The inputs changed since this verification: Verify again, then export.");
            return;
        }
        context.tasks().run("Exporting the verification report", progress -> {
            TrailReports.write(r, file, clock.instant());
            return file;
        }, written -> message.set("Report written to " + written), error -> message.set(
                error instanceof InvalidInputException e ? describe(e) : "Export failed: " + error.getMessage()));
    }

    /** Writes the table's rows (as CSV text the table made) to {@code file}, in the background. */
    public void exportCsv(Path file, String csv) {
        context.tasks().run("Exporting the days as CSV", progress -> {
            Files.writeString(file, csv, java.nio.charset.StandardCharsets.UTF_8);
            return file;
        }, written -> message.set("Days written to " + written), error -> message.set("Export failed: " + error.getMessage()));
    }

    /** The selected day's detail as text (for Copy). */
    public String detailText() {
        return detail.stream().map(l -> l.label() + ": " + (l.passed() == null ? "" : l.mark() + " ") + l.value())
                .collect(Collectors.joining("\n"));
    }

    static String describe(InvalidInputException e) {
        return Errors.text(e);
    }

    /** The banner's sentence: which root is in use and how old it is. */
    public String bannerText() {
        TrustRootInfo info = rootInfo.get();
        if (info == null) {
            return rootProblem.get().isEmpty() ? "No trusted root chosen." : rootProblem.get();
        }
        return "Trusted root: " + info.describe(clock.instant()) + " · SHA-256 " + info.shortSha256() + "…"
                + (info.demo() ? " · its signatures prove nothing about real signers" : ""); // the label says DEMO
    }

    public Clock clock() {
        return clock;
    }

    public ObjectProperty<Path> trailDirProperty() {
        return trailDir;
    }

    public ObjectProperty<Path> rootFileProperty() {
        return rootFile;
    }

    public StringProperty sanProperty() {
        return san;
    }

    public BooleanProperty sanIsRegexProperty() {
        return sanIsRegex;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty failuresOnlyProperty() {
        return failuresOnly;
    }

    public ReadOnlyObjectProperty<TrustRootInfo> rootInfoProperty() {
        return rootInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rootProblemProperty() {
        return rootProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrailReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Every day of the last report, in date order (the calendar strip). */
    public ObservableList<DayResult> days() {
        return daysView;
    }

    /** The days the table shows (all, or only failures). */
    public ObservableList<DayResult> visibleDays() {
        return visibleView;
    }

    public ObjectProperty<DayResult> selectedProperty() {
        return selected;
    }

    public ObservableList<DetailLine> detail() {
        return detailView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why no verdict is shown (not verified yet, inputs changed, verifying…); empty while a current report is shown. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** For tests and the view: the statuses in date order. */
    List<String> statuses() {
        return days.stream().map(d -> d.date() + " " + d.status()).toList();
    }
}
