package dev.greenops.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Notice;
import dev.greenops.views.testing.RecordingPrompts;
import dev.greenops.views.testing.TestContext;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceActionsTest {

    @TempDir
    Path dir;

    RecordingPrompts prompts = new RecordingPrompts();
    AppContext context;
    WorkspaceActions actions;

    @BeforeEach
    void setUp() {
        System.setProperty("greenops.config.dir", dir.resolve("config").toString());
        context = TestContext.of(null, prompts);
        actions = new WorkspaceActions(context);
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("greenops.config.dir");
        TestContext.isolateUserDirs();
        if (context.workspace() != null) {
            context.workspace().close();
        }
    }

    @Test
    void new_open_and_save_as_switch_workspaces_close_the_old_one_and_remember_them() throws Exception {
        Path first = dir.resolve("first.duckdb");
        prompts.answer(first);
        actions.newWorkspace();
        Workspace ws1 = context.workspace();
        assertThat(ws1.file()).contains(first.toAbsolutePath());
        ws1.execute("insert into setting values ('marker', 'first')");

        Path copy = dir.resolve("copy.duckdb");
        prompts.answer(copy);
        actions.saveAs();
        Workspace ws2 = context.workspace();
        assertThat(ws2.displayName()).isEqualTo("copy");
        assertThat(ws2.count("setting")).isEqualTo(2);
        assertThat(ws1.isOpen()).isFalse();

        prompts.answer(first);
        actions.open();
        assertThat(context.workspace().displayName()).isEqualTo("first");
        assertThat(ws2.isOpen()).isFalse();

        assertThat(actions.recent()).containsExactly(first.toAbsolutePath().toString(), copy.toAbsolutePath().toString());
        UserSettings saved = UserSettings.load();
        assertThat(saved.lastWorkspace).isEqualTo(first.toAbsolutePath().toString());
        assertThat(saved.recentWorkspaces).hasSize(2);
        actions.clearRecent();
        assertThat(UserSettings.load().recentWorkspaces).isEmpty();
    }

    @Test
    void new_never_overwrites_and_a_missing_recent_file_is_reported_and_forgotten() throws Exception {
        Path first = dir.resolve("first.duckdb");
        prompts.answer(first);
        actions.newWorkspace();
        Workspace ws = context.workspace();
        prompts.answer(first);
        actions.newWorkspace();
        assertThat(context.workspace()).isSameAs(ws);
        assertThat(context.noticeProperty().get().title()).isEqualTo("Will not overwrite an existing file");

        Path gone = dir.resolve("gone.duckdb");
        context.settings().rememberWorkspace(gone.toString());
        actions.open(gone);
        Notice n = context.noticeProperty().get();
        assertThat(n.level()).isEqualTo(Notice.Level.ERROR);
        assertThat(n.lines().getFirst()).contains("no such file");
        assertThat(context.settings().recentWorkspaces).doesNotContain(gone.toString());
        assertThat(context.workspace()).isSameAs(ws);
    }

    @Test
    void a_file_that_is_not_a_workspace_is_refused_with_a_message_and_the_current_one_stays() throws Exception {
        Path first = dir.resolve("first.duckdb");
        prompts.answer(first);
        actions.newWorkspace();
        Workspace ws = context.workspace();
        Path junk = java.nio.file.Files.writeString(dir.resolve("junk.duckdb"), "this is not a database");
        actions.open(junk);
        assertThat(context.workspace()).isSameAs(ws);
        assertThat(ws.isOpen()).isTrue();
        assertThat(context.noticeProperty().get().title()).isEqualTo("Cannot open workspace junk.duckdb");
        assertThat(context.noticeProperty().get().lines().getFirst()).startsWith("Cannot open workspace ");
    }

    @Test
    void the_initial_workspace_is_the_argument_else_the_last_one() throws Exception {
        Path last = dir.resolve("last.duckdb");
        Workspace.open(last).close();
        try (Workspace ws = WorkspaceActions.initial(null, last.toString(), dev.greenops.model.common.ProgressListener.NONE)) {
            assertThat(ws.displayName()).isEqualTo("last");
        }
        try (Workspace ws = WorkspaceActions.initial(":memory:", last.toString(), dev.greenops.model.common.ProgressListener.NONE)) {
            assertThat(ws.file()).isEmpty();
        }
    }
}
