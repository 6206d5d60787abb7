package dev.greenops.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.greenops.model.common.Decimals;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.query.NestedValue;
import dev.greenops.model.query.QueryFailedException;
import dev.greenops.model.query.QueryRefusedException;
import dev.greenops.model.query.QueryResult;
import dev.greenops.model.query.QueryService;
import dev.greenops.model.sample.SampleLoader;
import dev.greenops.model.store.AppPaths;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code greenops query [--workspace W] [--format table|csv|json] SQL}: read-only SQL over a workspace (CLI.md). */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Run one read-only SQL query over a workspace and print the result.",
            "Writes, ATTACH, COPY, PRAGMA/SET, INSTALL/LOAD and any file or network access are refused (exit 2):"
                    + " the workspace file is opened read-only with external access disabled.",
            "Tables: ledger, import_batch, intensity, region, gpu, job_metrics, verification, disclosure (DATA-MODEL.md).",
        },
        footer = {
            "",
            "Example: greenops query --format csv \"select team, sum(emissions_kgco2e) as kg from ledger group by team\"",
            "Exit codes: 0 ok, 2 refused, invalid or failing query (nothing written), 3 internal error (a bug)."
        })
public final class QueryCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format {
        TABLE,
        CSV,
        JSON
    }

    /** The table format keeps at most this many rows in memory to align columns; csv and json stream everything. */
    static final int TABLE_MAX_ROWS = 10_000;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.", defaultValue = "table")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "SQL", description = "The query (several words are joined with spaces).")
    List<String> sql;

    @Override
    public Integer call() throws Exception {
        String query = String.join(" ", sql);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressListener progress = CliProgress.forStderr();
        try {
            if (Workspace.IN_MEMORY.equals(workspace.workspace)) {
                try (Workspace ws = Workspace.open(Workspace.IN_MEMORY)) { // with the catalogues, like any workspace
                    ws.execute("set enable_external_access = false");
                    ws.execute("set lock_configuration = true");
                    try (Connection c = ws.connect()) {
                        return print(c, query, out, progress);
                    }
                }
            }
            Path file = workspace.workspace == null || workspace.workspace.isBlank()
                    ? defaultWorkspace(progress)
                    : Path.of(workspace.workspace);
            try (Connection c = QueryService.openReadOnly(file)) {
                return print(c, query, out, progress);
            }
        } catch (QueryRefusedException e) {
            CliProgress.clear(progress);
            err.println("greenops: query refused: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (QueryFailedException e) {
            CliProgress.clear(progress);
            err.println("greenops: query failed: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    /** The default workspace, created (with sample data) on first use, then closed so it can be reopened read-only. */
    private static Path defaultWorkspace(ProgressListener progress) throws Exception {
        try (Workspace ws = SampleLoader.openDefaultWorkspace(progress)) {
            return ws.file().orElse(AppPaths.defaultWorkspace());
        }
    }

    private int print(Connection c, String query, PrintWriter out, ProgressListener progress)
            throws QueryRefusedException, QueryFailedException, IOException {
        switch (format) {
            case TABLE -> {
                QueryResult r = QueryService.run(c, query, TABLE_MAX_ROWS, progress);
                CliProgress.clear(progress);
                printTable(r, out);
            }
            case CSV -> {
                CsvSink sink = new CsvSink(out);
                QueryService.stream(c, query, sink, progress);
                CliProgress.clear(progress);
            }
            case JSON -> {
                try (JsonSink sink = new JsonSink(out)) {
                    QueryService.stream(c, query, sink, progress);
                    CliProgress.clear(progress);
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    static void printTable(QueryResult r, PrintWriter out) {
        int n = r.columns().size();
        int[] width = new int[n];
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            width[i] = r.columns().get(i).name().length();
        }
        for (List<Object> row : r.rows()) {
            String[] texts = new String[n];
            for (int i = 0; i < n; i++) {
                texts[i] = row.get(i) == null ? "NULL" : tableText(row.get(i));
                width[i] = Math.max(width[i], texts[i].length());
            }
            cells.add(texts);
        }
        StringBuilder header = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                header.append("  ");
                rule.append("  ");
            }
            header.append(pad(r.columns().get(i).name(), width[i], r.columns().get(i).isNumeric()));
            rule.append("-".repeat(width[i]));
        }
        out.println(header.toString().stripTrailing());
        out.println(rule);
        for (String[] texts : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                line.append(pad(texts[i], width[i], r.columns().get(i).isNumeric()));
            }
            out.println(line.toString().stripTrailing());
        }
        String count = r.rows().size() + (r.rows().size() == 1 ? " row" : " rows");
        out.println(r.truncated()
                ? "(first " + count + " shown; use --format csv or json for the whole result)"
                : "(" + count + ")");
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }

    /**
     * Plain text of a value: decimals with the digits they have (71.49, not the column's padded 71.490000; no
     * exponent), everything else as its ISO / toString form.
     */
    static String text(Object v) {
        return v instanceof BigDecimal d ? Decimals.plainText(d) : String.valueOf(v);
    }

    /**
     * A value as the table shows it to a person: numbers with thousands separators and the digits they have
     * (9,132.6819, not 9132.681900); csv and json keep the raw {@link #text} for programs.
     */
    static String tableText(Object v) {
        return switch (v) {
            case BigDecimal d -> grouped(Decimals.plainText(d));
            case Long n -> String.format(java.util.Locale.ROOT, "%,d", n);
            case Integer n -> String.format(java.util.Locale.ROOT, "%,d", n);
            case Short n -> String.format(java.util.Locale.ROOT, "%,d", n);
            case Byte n -> String.format(java.util.Locale.ROOT, "%,d", n);
            case BigInteger n -> String.format(java.util.Locale.ROOT, "%,d", n);
            // the shortest decimal that reads back as the same double, never an exponent
            case Double d when !d.isNaN() && !d.isInfinite() -> grouped(Decimals.plainText(BigDecimal.valueOf(d)));
            case Float f when !f.isNaN() && !f.isInfinite() -> grouped(Decimals.plainText(new BigDecimal(f.toString())));
            default -> text(v);
        };
    }

    /** {@code -1234567.25} as {@code -1,234,567.25}. */
    private static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder out = new StringBuilder(plain.length() + 8).append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }

    /** RFC 4180 CSV: header line, fields quoted when they hold a comma, quote or line break; NULL as an empty field. */
    static final class CsvSink implements QueryService.RowSink {
        private final PrintWriter out;

        CsvSink(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void columns(List<QueryResult.Column> columns) {
            out.println(String.join(",", columns.stream().map(c -> quote(c.name())).toList()));
        }

        @Override
        public boolean row(List<Object> values) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                Object v = values.get(i);
                if (v != null) {
                    line.append(quote(text(v)));
                }
            }
            out.println(line);
            return true;
        }

        static String quote(String s) {
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
            return s;
        }
    }

    /** A JSON array of objects, one per row, keyed by column name; numbers stay numbers, dates are ISO strings. */
    static final class JsonSink implements QueryService.RowSink, AutoCloseable {
        private final JsonGenerator json;
        private List<String> names = List.of();
        private boolean started;

        JsonSink(PrintWriter out) throws IOException {
            json = new JsonFactory().createGenerator(out);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        }

        /** Called only once the query passed the checks and ran, so a refused query prints nothing on stdout. */
        @Override
        public void columns(List<QueryResult.Column> columns) {
            names = columns.stream().map(QueryResult.Column::name).toList();
            try {
                json.writeStartArray();
                started = true;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public boolean row(List<Object> values) {
            try {
                json.writeRaw('\n');
                json.writeStartObject();
                for (int i = 0; i < values.size(); i++) {
                    json.writeFieldName(names.get(i));
                    write(values.get(i));
                }
                json.writeEndObject();
                return true;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /**
         * One value: numbers stay numbers, a list becomes a JSON array and a struct or map an object (not their text),
         * anything else its ISO / text form.
         */
        private void write(Object v) throws IOException {
            switch (v) {
                case null -> json.writeNull();
                case NestedValue nested -> write(nested.value());
                case List<?> list -> {
                    json.writeStartArray();
                    for (Object item : list) {
                        write(item);
                    }
                    json.writeEndArray();
                }
                case java.util.Map<?, ?> map -> {
                    json.writeStartObject();
                    for (var e : map.entrySet()) {
                        json.writeFieldName(String.valueOf(e.getKey()));
                        write(e.getValue());
                    }
                    json.writeEndObject();
                }
                case BigDecimal d -> json.writeNumber(Decimals.plainText(d));
                case BigInteger b -> json.writeNumber(b);
                case Long l -> json.writeNumber(l);
                case Integer n -> json.writeNumber(n);
                case Short n -> json.writeNumber(n);
                case Byte n -> json.writeNumber(n);
                case Double d when d.isNaN() || d.isInfinite() -> json.writeString(d.toString());
                case Double d -> json.writeNumber(d);
                case Float f -> json.writeNumber(f);
                case Boolean b -> json.writeBoolean(b);
                case Object o -> json.writeString(o.toString());
            }
        }

        @Override
        public void close() throws IOException {
            if (started) {
                json.writeRaw('\n');
                json.writeEndArray();
                json.writeRaw('\n');
            }
            json.close();
        }
    }
}
