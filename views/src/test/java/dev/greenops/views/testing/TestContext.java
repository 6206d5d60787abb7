package dev.greenops.views.testing;

import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.TaskRunner;

/** An AppContext for tests: a direct task runner (everything runs on the calling thread) and recording prompts. */
public final class TestContext {

    static {
        isolateUserDirs();
    }

    private TestContext() {}

    /**
     * Points the config and data dirs at a temporary folder (unless a test set them), so no view test ever reads or
     * writes a real user's settings, SQL history or default workspace.
     */
    public static void isolateUserDirs() {
        try {
            java.nio.file.Path tmp = null;
            for (String property : new String[] {"greenops.config.dir", "greenops.data.dir"}) {
                if (System.getProperty(property) == null) {
                    if (tmp == null) {
                        tmp = java.nio.file.Files.createTempDirectory("greenops-views-test");
                    }
                    System.setProperty(property, tmp.resolve(property.substring("greenops.".length())).toString());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static AppContext of(Workspace ws, RecordingPrompts prompts) {
        AppContext c = new AppContext(ws, TaskRunner.direct(), new UserSettings());
        c.setFiles(prompts);
        return c;
    }

    /** An in-memory workspace holding the {@link FixtureLedger}. */
    public static Workspace fixtureWorkspace() throws Exception {
        Workspace ws = Workspace.inMemory();
        FixtureLedger.fill(ws);
        return ws;
    }
}
