package dev.greenops.views.common;

import java.util.List;
import java.util.Objects;

/**
 * A message for the user shown by the main window (above the current screen) until dismissed: what happened, and for
 * errors every problem on its own line ({@code file:line:column: reason}).
 */
public record Notice(Level level, String title, List<String> lines) {

    public enum Level {
        INFO,
        SUCCESS,
        WARNING,
        ERROR
    }

    public Notice {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
    }

    public static Notice info(String title, String... lines) {
        return new Notice(Level.INFO, title, List.of(lines));
    }

    public static Notice success(String title, String... lines) {
        return new Notice(Level.SUCCESS, title, List.of(lines));
    }

    public static Notice error(String title, Throwable error) {
        return new Notice(Level.ERROR, title, Errors.describe(error));
    }
}
