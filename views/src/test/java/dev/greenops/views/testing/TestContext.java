package dev.greenops.views.testing;

import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.TaskRunner;

/** An AppContext for tests: a direct task runner (everything runs on the calling thread) and recording prompts. */
public final class TestContext {

    private TestContext() {}

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
