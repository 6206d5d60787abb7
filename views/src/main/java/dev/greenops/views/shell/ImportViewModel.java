package dev.greenops.views.shell;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportPreview;
import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.imports.Importer;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Errors;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.Notice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog: for each file the detected format ({@link ImportService#recognise}), or one the user chooses, and
 * its first rows, then one
 * import of all files in one transaction. Any problem in any file is listed as {@code file:line:column: reason} and
 * nothing is imported.
 */
public final class ImportViewModel {

    public static final int PREVIEW_ROWS = 20;

    /**
     * What the dialog knows about one file: its format (detected, or chosen by the user when detection found none or
     * guessed wrong), what that format is, its first rows, and what is wrong with it.
     */
    public record FileState(Path file, String format, boolean chosen, String description, ImportPreview preview,
            List<String> problems) {
        public FileState {
            Objects.requireNonNull(file, "file");
            problems = List.copyOf(problems);
        }

        public boolean detected() {
            return format != null;
        }
    }

    private final AppContext context;
    private final ObservableList<FileState> files = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringProperty zone = new SimpleStringProperty("");
    private int pending;

    public ImportViewModel(AppContext context) {
        this.context = context;
    }

    public ObservableList<FileState> files() {
        return files;
    }

    /** Problems of the last import attempt (nothing was imported). */
    public ObservableList<String> problems() {
        return problems;
    }

    /** True when every file's format is known and no import runs. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** True once the import committed. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * The grid zone or cloud region the files describe, for files that do not name one themselves (a single-series
     * intensity file, a ledger without a region column); empty for none.
     */
    public StringProperty zoneProperty() {
        return zone;
    }

    /** The formats a file can be imported as, in detection order (the choices offered when a format is chosen). */
    public List<Importer> formats() {
        return context.imports().importers();
    }

    /** Detects each file's format and reads its first rows (off the FX thread). */
    public void load(List<Path> paths) {
        files.clear();
        problems.clear();
        done.set(false);
        pending = paths.size();
        status.set("Reading " + paths.size() + (paths.size() == 1 ? " file" : " files") + "\u2026");
        ImportService service = context.imports();
        for (Path p : paths) {
            files.add(new FileState(p, null, false, "detecting\u2026", null, List.of()));
            read(p, progress -> inspect(service, p));
        }
        update();
    }

    /**
     * Imports {@code file} as {@code format} (an importer's id) instead of what detection found: the preview is read
     * again and the import sheet no longer asks.
     */
    public void choose(Path file, String format) {
        ImportService service = context.imports();
        Importer importer = service.byFormat(format).orElseThrow(() -> new IllegalArgumentException(format));
        int i = indexOf(file);
        if (i < 0 || importing.get()) {
            return;
        }
        pending++;
        files.set(i, new FileState(file, format, true, importer.description(), files.get(i).preview(), List.of()));
        update();
        read(file, progress -> withPreview(file, importer, true));
    }

    private void read(Path p, dev.greenops.views.common.Work<FileState> work) {
        context.tasks().runQuietly(work, state -> {
            int i = indexOf(p);
            if (i >= 0) {
                files.set(i, state);
            }
            pending--;
            update();
        }, e -> {
            int i = indexOf(p);
            if (i >= 0) {
                files.set(i, new FileState(p, null, false, "", null, Errors.describe(e)));
            }
            pending--;
            update();
        });
    }

    private int indexOf(Path p) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).file().equals(p)) {
                return i;
            }
        }
        return -1;
    }

    /** Detects the format of {@code file} and reads its first rows. */
    static FileState inspect(ImportService service, Path file) {
        ImportService.Detection detection;
        try {
            detection = service.recognise(file, file.toString());
        } catch (InvalidInputException e) {
            return new FileState(file, null, false, "", null, Errors.lines(e));
        } catch (Exception e) {
            return new FileState(file, null, false, "", null, Errors.describe(e));
        }
        if (detection.importer().isEmpty()) {
            // the model says why; the way to name the format here is the chooser, not a command-line flag
            return new FileState(file, null, false, "format not recognised", null, List.of(Problem.error(
                    file.toString(), 1, 1, detection.reason(), "a format the workbench reads: choose the format below")
                    .format()));
        }
        return withPreview(file, detection.importer().get(), false);
    }

    static FileState withPreview(Path file, Importer importer, boolean chosen) {
        try {
            ImportPreview preview = ImportPreview.of(file, PREVIEW_ROWS);
            return new FileState(file, importer.format(), chosen, importer.description(), preview, List.of());
        } catch (Exception e) {
            return new FileState(file, importer.format(), chosen, importer.description(), null,
                    List.of(file + ": the preview could not be read: " + Errors.summary(e)));
        }
    }

    private void update() {
        boolean all = !files.isEmpty() && pending == 0 && files.stream().allMatch(FileState::detected);
        ready.set(all && !importing.get() && !done.get());
        if (pending > 0) {
            return;
        }
        long unknown = files.stream().filter(f -> !f.detected()).count();
        status.set(unknown == 0
                ? "Ready to import " + files.size() + (files.size() == 1 ? " file" : " files")
                        + " in one transaction: all or nothing."
                : unknown + (unknown == 1 ? " file's format is" : " files' formats are") + " not recognised:"
                        + " choose the format, or leave the file out.");
    }

    /** Leaves {@code file} out of this import. */
    public void remove(Path file) {
        int i = indexOf(file);
        if (i >= 0 && !importing.get()) {
            files.remove(i);
            problems.clear();
            update();
        }
    }

    /** Imports every file in one transaction; on any problem nothing is imported and the problems are listed. */
    public void commit() {
        Workspace ws = context.workspace();
        if (ws == null || !ready.get()) {
            return;
        }
        List<Path> paths = new ArrayList<>(files.stream().map(FileState::file).toList());
        // a format the user chose is imported as chosen; a detected one is detected again, as the CLI's auto does
        List<String> formats = files.stream().map(f -> f.chosen() ? f.format() : ImportService.AUTO).toList();
        String z = zone.get() == null ? "" : zone.get().strip();
        ImportOptions options = z.isEmpty() ? ImportOptions.DEFAULT : new ImportOptions(Optional.of(z));
        importing.set(true);
        update();
        problems.clear();
        context.tasks().run("Importing " + paths.size() + (paths.size() == 1 ? " file" : " files"),
                p -> context.imports().importFiles(ws, paths, formats, options, p),
                results -> {
                    importing.set(false);
                    done.set(true);
                    update();
                    context.notify(summary(results));
                    context.dataChanged();
                },
                e -> {
                    importing.set(false);
                    problems.setAll(Errors.describe(e));
                    update();
                    status.set("Nothing was imported: fix the problems below and try again.");
                });
    }

    static Notice summary(List<ImportResult> results) {
        long rows = results.stream().mapToLong(ImportResult::rows).sum();
        List<String> lines = new ArrayList<>();
        for (ImportResult r : results) {
            lines.add(r.fileName() + ": " + Fmt.rows(r.rows()) + " as " + r.format() + " into " + r.target()
                    + " (batch " + r.batchId() + ", sha256 " + r.sha256().substring(0, 12) + "\u2026)");
        }
        List<Problem> warnings = results.stream().flatMap(r -> r.warnings().stream()).toList();
        warnings.stream().limit(50).map(Problem::format).forEach(lines::add);
        if (warnings.size() > 50) {
            lines.add("\u2026 and " + (warnings.size() - 50) + " more warnings (see the Data quality tab)");
        }
        String title = "Imported " + results.size() + (results.size() == 1 ? " file, " : " files, ") + Fmt.rows(rows)
                + (warnings.isEmpty() ? "" : " with " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"));
        return new Notice(warnings.isEmpty() ? Notice.Level.SUCCESS : Notice.Level.WARNING, title, lines);
    }
}
