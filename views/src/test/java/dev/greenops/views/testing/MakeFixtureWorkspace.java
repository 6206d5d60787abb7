package dev.greenops.views.testing;

import dev.greenops.model.store.Workspace;
import java.nio.file.Path;

/**
 * Writes the {@link FixtureLedger} into a workspace file, to look at the real window on it by hand:
 * {@code java -cp "app/target/dist/lib/*:views/target/test-classes" dev.greenops.views.testing.MakeFixtureWorkspace
 * /tmp/fixture.duckdb} then {@code app/target/dist/bin/greenops --workspace /tmp/fixture.duckdb}.
 */
public final class MakeFixtureWorkspace {

    private MakeFixtureWorkspace() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: MakeFixtureWorkspace NEW_FILE.duckdb");
            System.exit(2);
        }
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            if (ws.count("ledger") > 0) {
                System.err.println(args[0] + " already has ledger rows; give a new file");
                System.exit(2);
            }
            FixtureLedger.fill(ws);
            System.out.println("wrote " + ws.count("ledger") + " fixture rows to " + args[0]);
        }
    }
}
