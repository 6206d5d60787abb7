package dev.greenops.model.store;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.intensity.catalog.RegionCatalogue;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Data every workspace starts with, applied like a migration: a {@code .seed} line of {@code migrations/index.txt}
 * names one of these, it runs once per workspace inside the migration's transaction, and {@code schema_migration}
 * records it. A workspace made before a seed existed gets it the next time it is opened; one where someone later
 * edited or emptied the seeded rows keeps their edit. Bare scratch workspaces ({@link Workspace#inMemory()}) skip
 * seeds: they hold a file being checked, not the user's data.
 */
final class Seeds {

    /** Loads seed data through a connection inside the caller's transaction. */
    @FunctionalInterface
    interface Seed {
        void apply(Connection c) throws SQLException, IOException;
    }

    // each area registers its seeds here, by the name used in index.txt
    private static final Map<String, Seed> SEEDS = Map.of(
            // DATA-MODEL.md: the region table (cloud region -> grid zone, annual averages) is seeded with a
            // documented table; the GPU and PUE catalogues come from the same bundled reference data
            "V102__reference_catalogues.seed", c -> RegionCatalogue.loadInto(c, ProgressListener.NONE));

    private Seeds() {}

    static boolean isSeed(String indexEntry) {
        return indexEntry.endsWith(".seed");
    }

    static Seed named(String indexEntry) {
        Seed seed = SEEDS.get(indexEntry);
        if (seed == null) {
            throw new WorkspaceException("no seed registered for " + indexEntry + " (a packaging bug)");
        }
        return seed;
    }
}
