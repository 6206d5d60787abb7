package dev.greenops.model.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the workbench keeps things on this machine. Every location can be overridden (system property first, then
 * environment variable) so tests and CI never touch a user's home.
 *
 * <ul>
 *   <li>data dir ({@code greenops.data.dir} / {@code GREENOPS_DATA_DIR}): the default workspace;
 *   <li>config dir ({@code greenops.config.dir} / {@code GREENOPS_CONFIG_DIR}): window size, recent workspaces;
 *   <li>sample-data ({@code greenops.sample.dir} / {@code GREENOPS_SAMPLE_DIR}, else {@code greenops.home}/sample-data
 *       as set by bin/greenops, else ./sample-data when run from the source tree).
 * </ul>
 */
public final class AppPaths {

    private AppPaths() {}

    public static Path dataDir() {
        return override("greenops.data.dir", "GREENOPS_DATA_DIR").orElseGet(() -> platformDir(false));
    }

    public static Path configDir() {
        return override("greenops.config.dir", "GREENOPS_CONFIG_DIR").orElseGet(() -> platformDir(true));
    }

    public static Path defaultWorkspace() {
        return dataDir().resolve("default.duckdb");
    }

    /** The bundled sample-data folder, if it can be found. */
    public static Optional<Path> sampleDataDir() {
        Optional<Path> explicit = override("greenops.sample.dir", "GREENOPS_SAMPLE_DIR");
        if (explicit.isPresent()) {
            return explicit.filter(Files::isDirectory);
        }
        String home = System.getProperty("greenops.home");
        if (home != null) {
            Path p = Path.of(home, "sample-data");
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        String project = System.getProperty("greenops.project.dir");
        if (project != null && Files.isDirectory(Path.of(project, "sample-data"))) {
            return Optional.of(Path.of(project, "sample-data"));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("sample-data");
            if (Files.isDirectory(candidate.resolve("ledgers"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> override(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private static Path platformDir(boolean config) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String base = System.getenv(config ? "APPDATA" : "LOCALAPPDATA");
            return (base != null ? Path.of(base) : home.resolve("AppData")).resolve("GreenOps");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("GreenOps");
        }
        String xdg = System.getenv(config ? "XDG_CONFIG_HOME" : "XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(config ? ".config" : ".local/share");
        return base.resolve("greenops");
    }
}
