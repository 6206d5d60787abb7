package dev.greenops.model.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-user preferences kept in {@code settings.json} in the config dir: window geometry, theme, last and recent
 * workspaces. A missing or unreadable file gives defaults (and is rewritten on the next save): preferences are never
 * worth refusing to start over.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class UserSettings {

    public static final int MAX_RECENT = 8;

    public double windowWidth = 1440;
    public double windowHeight = 900;
    public double windowX = Double.NaN;
    public double windowY = Double.NaN;
    public boolean maximized = false;
    public boolean darkTheme = false;
    public String lastWorkspace;
    public List<String> recentWorkspaces = new ArrayList<>();

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static Path file() {
        return AppPaths.configDir().resolve("settings.json");
    }

    public static UserSettings load() {
        Path f = file();
        if (Files.isRegularFile(f)) {
            try {
                UserSettings s = JSON.readValue(f.toFile(), UserSettings.class);
                if (s.recentWorkspaces == null) {
                    s.recentWorkspaces = new ArrayList<>();
                }
                return s;
            } catch (IOException e) {
                System.getLogger(UserSettings.class.getName())
                        .log(System.Logger.Level.WARNING, "ignoring unreadable settings " + f + ": " + e.getMessage());
            }
        }
        return new UserSettings();
    }

    /** Writes atomically (temp file + move), so a crash never leaves half a settings file. */
    public void save() throws IOException {
        Path f = file();
        Files.createDirectories(f.getParent());
        Path tmp = Files.createTempFile(f.getParent(), "settings", ".json.tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Puts {@code workspace} first in the recent list (no duplicates, at most {@link #MAX_RECENT}). */
    public void rememberWorkspace(String workspace) {
        lastWorkspace = workspace;
        recentWorkspaces.remove(workspace);
        recentWorkspaces.addFirst(workspace);
        while (recentWorkspaces.size() > MAX_RECENT) {
            recentWorkspaces.removeLast();
        }
    }
}
