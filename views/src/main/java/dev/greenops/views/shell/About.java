package dev.greenops.views.shell;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.query.QueryService;
import dev.greenops.model.reference.ReferenceData;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What Help › About says: versions of the app and its runtime, the libraries with their licences, data attribution. */
final class About {

    /** A library the distribution ships, with its licence as its own project states it. */
    record Library(String name, String version, String licence) {}

    static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX (JavaFX)", "26", "GPL-2.0 with Classpath Exception"),
            new Library("AtlantaFX", "2.1.0", "MIT"),
            new Library("ControlsFX", "11.2.3", "BSD-3-Clause"),
            new Library("JFreeChart", "1.5.6", "LGPL-2.1"),
            new Library("JFreeChart-FX", "2.0.2", "LGPL-2.1"),
            new Library("FXGraphics2D", "2.1.5", "BSD-3-Clause"),
            new Library("Apache Batik SVG generator", "1.19", "Apache-2.0"),
            new Library("Apache XML Graphics Commons", "2.11", "Apache-2.0"),
            new Library("Apache Commons IO", "2.17.0", "Apache-2.0"),
            new Library("DuckDB JDBC", "2.0.0.1", "MIT"),
            new Library("Jackson", "2.22", "Apache-2.0"),
            new Library("picocli", "4.7.7", "Apache-2.0"),
            new Library("sigstore-java", "2.0.0", "Apache-2.0"),
            new Library("Bouncy Castle", "1.87", "MIT (Bouncy Castle Licence)"),
            new Library("networknt json-schema-validator", "3.0.9", "Apache-2.0"),
            new Library("Apache PDFBox", "3.0.8", "Apache-2.0"),
            new Library("commonmark-java", "0.28.0", "BSD-2-Clause"));

    private About() {}

    static String appVersion() {
        String v = About.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** DuckDB's version as the open workspace reports it, or "unknown". */
    static String duckdbVersion(Workspace ws) {
        if (ws == null) {
            return "unknown";
        }
        try {
            Object v = QueryService.run(ws, "select version()", 1, ProgressListener.NONE).rows().getFirst().getFirst();
            return String.valueOf(v);
        } catch (Exception e) {
            return "unknown";
        }
    }

    static String text(Workspace ws) {
        StringBuilder s = new StringBuilder();
        s.append("GreenOps Workbench ").append(appVersion()).append('\n');
        s.append("Carbon accounting for AI compute: UFMS:003 ledgers, grid intensity, carbon-aware scheduling,\n");
        s.append("signed trails and disclosures, on an embedded DuckDB workspace.\n\n");
        s.append("Java ").append(Runtime.version()).append(" (").append(System.getProperty("java.vendor", "")).append(")\n");
        s.append("JavaFX ").append(System.getProperty("javafx.runtime.version", "unknown")).append('\n');
        s.append("DuckDB ").append(duckdbVersion(ws)).append('\n');
        s.append("Workspace: ").append(ws == null ? "none" : ws.toString()).append("\n\n");
        s.append("Libraries and their licences\n");
        for (Library l : LIBRARIES) {
            s.append("  ").append(l.name()).append(' ').append(l.version()).append(" \u2014 ").append(l.licence()).append('\n');
        }
        s.append("\nBundled reference data keeps its own licence and attribution:\n\n");
        s.append(attribution());
        s.append("\nSample data (sample-data/) is SAMPLE data: the teams, jobs and resources are invented.\n");
        return s.toString();
    }

    static String attribution() {
        try (InputStream in = ReferenceData.class.getResourceAsStream("ATTRIBUTION.md")) {
            return in == null ? "(ATTRIBUTION.md is missing from this build)\n"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(ATTRIBUTION.md could not be read: " + e.getMessage() + ")\n";
        }
    }
}
