package dev.greenops.views.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Asks the user for files. The app uses {@link FxFilePrompts} (native file choosers); tests give answers directly, so
 * nothing blocks on a dialog.
 */
public interface FilePrompts {

    /** A file type filter, e.g. {@code new Filter("CSV", "*.csv")}. */
    record Filter(String description, List<String> patterns) {
        public Filter(String description, String... patterns) {
            this(description, List.of(patterns));
        }
    }

    Filter CSV = new Filter("CSV files", "*.csv");
    Filter PNG = new Filter("PNG images", "*.png");
    Filter SVG = new Filter("SVG images", "*.svg");
    Filter PDF = new Filter("PDF documents", "*.pdf");
    Filter MARKDOWN = new Filter("Markdown", "*.md");
    Filter YAML = new Filter("YAML files", "*.yaml", "*.yml");
    Filter JSON = new Filter("JSON files", "*.json");
    Filter WORKSPACE = new Filter("GreenOps workspaces (DuckDB)", "*.duckdb");
    Filter IMPORTABLE = new Filter(
            "Ledgers and intensity series", "*.csv", "*.json", "*.ndjson", "*.jsonl", "*.parquet", "*.csv.gz");
    Filter ANY = new Filter("All files", "*");

    Optional<Path> open(String title, List<Filter> filters);

    List<Path> openMany(String title, List<Filter> filters);

    /** A folder to read from; {@code initial} (may be null) is where the chooser starts. */
    Optional<Path> openFolder(String title, Path initial);

    /** A file to write; {@code suggestedName} is the initial name. */
    Optional<Path> save(String title, String suggestedName, List<Filter> filters);
}
