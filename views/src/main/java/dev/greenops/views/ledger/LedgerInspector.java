package dev.greenops.views.ledger;

import dev.greenops.views.common.Labels;
import dev.greenops.model.ledger.explore.LedgerRow;
import dev.greenops.model.ledger.explore.Provenance;
import dev.greenops.model.ledger.explore.QualityCheck;
import dev.greenops.views.common.Fmt;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The Ledger's inspector: where the selected rows came from (import batch: file, sha256, imported at), how their
 * emissions were computed (methodology, intensity source, PUE) and whether each recomputes from energy × intensity.
 */
final class LedgerInspector extends VBox {

    private final LedgerViewModel vm;

    LedgerInspector(LedgerViewModel vm) {
        this.vm = vm;
        setId("ledger-inspector");
        getStyleClass().add("app-inspector-content");
        setSpacing(6);
        vm.inspectionProperty().addListener((o, a, i) -> show(i));
        show(vm.inspectionProperty().get());
    }

    private void show(Inspection i) {
        getChildren().clear();
        switch (i) {
            case null -> getChildren().add(muted("Select an aggregate or rows to see where they came from."));
            case Inspection.Summary s -> summary(s);
            case Inspection.Rows r -> rows(r);
        }
    }

    private void summary(Inspection.Summary s) {
        Provenance p = s.provenance();
        getChildren().addAll(title("Provenance"), wrap(s.label()));
        if (p.rows() == 0) {
            getChildren().add(muted("No rows."));
            return;
        }
        getChildren().add(heading("Recomputation"));
        if (p.notRecomputing() == 0) {
            getChildren().add(ok("\u2713 " + allRecompute(p.rows())));
        } else {
            getChildren().add(bad("\u2717 " + someDoNotRecompute(p.notRecomputing(), p.rows())));
            Button show = new Button("Show them");
            show.setId("inspector-show-mismatches");
            show.getStyleClass().add("small");
            show.setOnAction(e -> vm.showFailing(QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE));
            getChildren().add(show);
        }
        getChildren().add(heading("Import batches"));
        for (Provenance.BatchUse b : p.batches()) {
            getChildren().add(batch(b, Fmt.count(b.selectedRows()) + " of its " + Fmt.rows(b.batchRows())));
        }
        values("Methodology", p.methodologies(), v -> v);
        values("Intensity source", p.intensitySources(), LedgerInspector::source);
        values("PUE", p.pues(), v -> Fmt.exact(new java.math.BigDecimal(v)));
    }

    private void rows(Inspection.Rows r) {
        getChildren().addAll(title("Selected rows"), wrap(r.selected() > r.rows().size()
                ? "Showing " + Fmt.count(r.rows().size()) + " of the " + Fmt.rows(r.selected()) + " selected"
                : Fmt.rows(r.rows().size()) + " selected"));
        getChildren().add(heading("Import batches"));
        Map<Long, Provenance.BatchUse> byId = r.batches().stream()
                .collect(Collectors.toMap(Provenance.BatchUse::batchId, b -> b, (a, b) -> a, java.util.LinkedHashMap::new));
        for (Provenance.BatchUse b : byId.values()) {
            getChildren().add(batch(b, Fmt.count(b.selectedRows()) + " selected of its " + Fmt.rows(b.batchRows())));
        }
        getChildren().add(heading("Each row"));
        for (LedgerRow row : r.rows()) {
            VBox box = new VBox(2);
            box.getStyleClass().add("app-inspector-row");
            Label head = new Label(row.date() + " \u00b7 " + row.resourceId() + " \u00b7 " + row.jobId());
            head.getStyleClass().add("app-inspector-row-title");
            head.setWrapText(true);
            box.getChildren().add(head);
            String figures = "reported " + Fmt.exact(row.emissionsKgCo2e()) + " kgCO2e; energy \u00d7 intensity "
                    + Fmt.exact(row.energyKwh()) + " kWh \u00d7 " + Fmt.exact(row.gridIntensityGPerKwh()) + " g/kWh = "
                    + Fmt.amount(row.recomputedKgCo2e()) + " kgCO2e";
            box.getChildren().add(row.recomputes()
                    ? ok("\u2713 recomputes: " + figures)
                    : bad("\u2717 does not recompute (" + Fmt.change(row.deviationPercent() == null ? null
                            : row.deviationPercent().doubleValue()) + "): " + figures));
            Provenance.BatchUse b = byId.get(row.batchId());
            box.getChildren().add(wrap("methodology " + row.methodology() + " \u00b7 PUE " + Fmt.exact(row.pue())
                    + " \u00b7 " + source(row.intensitySource())));
            box.getChildren().add(muted((b == null ? "batch " + row.batchId() : b.fileName())
                    + (row.sourceLine() == null ? "" : ", line " + row.sourceLine())
                    + (row.signedAt() == null ? " \u00b7 not signed" : " \u00b7 signed " + Fmt.utc(row.signedAt()))));
            getChildren().add(box);
        }
    }

    private Node batch(Provenance.BatchUse b, String share) {
        VBox box = new VBox(2);
        box.getStyleClass().add("app-inspector-batch");
        Label name = new Label(b.fileName() + "  (batch " + b.batchId() + ", " + b.format() + ")");
        name.getStyleClass().add("app-inspector-row-title");
        name.setWrapText(true);
        // 64 hex digits in groups of 16 that wrap, so the whole digest is readable in a narrow inspector
        String digest = b.sha256() == null ? "" : b.sha256();
        Label sha = new Label(digest.replaceAll("(.{16})(?!$)", "$1 "));
        sha.setWrapText(true);
        sha.getStyleClass().add("app-mono");
        sha.setId("inspector-sha256-" + b.batchId());
        Button copy = new Button("Copy");
        copy.getStyleClass().addAll("small", "flat");
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(digest);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Label shaLabel = new Label("sha256");
        shaLabel.getStyleClass().add("app-muted");
        javafx.scene.layout.HBox shaHead = new javafx.scene.layout.HBox(6, shaLabel, copy);
        shaHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.getChildren().addAll(name, shaHead, sha, muted("imported " + Fmt.utc(b.importedAtUtc())),
                muted(share), muted(b.filePath() == null ? "" : b.filePath()));
        return box;
    }

    private void values(String heading, List<Provenance.ValueCount> values, Function<String, String> text) {
        getChildren().add(heading(heading));
        for (Provenance.ValueCount v : values) {
            getChildren().add(wrap(text.apply(v.value()) + "  \u2014 " + Fmt.rows(v.rows())));
        }
    }

    /** An intensity source, with the caveat an annual average needs. */
    static String source(String s) {
        return s.toLowerCase(Locale.ROOT).contains("annual") ? s + " (an annual average: a floor, not a ceiling)" : s;
    }

    private static Label title(String text) {
        return Labels.styled(text, "app-inspector-title");
    }

    private static Label heading(String text) {
        return Labels.styled(text, "app-inspector-heading");
    }

    private static Label wrap(String text) {
        return Labels.wrapped(text);
    }

    private static Label muted(String text) {
        return Labels.wrapped(text, "app-muted");
    }

    private static Label ok(String text) {
        return Labels.wrapped(text, "app-ok");
    }

    private static Label bad(String text) {
        return Labels.wrapped(text, "app-bad");
    }

    /** "All 2,098 rows recompute: …", "The 1 row recomputes: …". */
    static String allRecompute(long rows) {
        return (rows == 1 ? "The 1 row recomputes" : "All " + Fmt.rows(rows) + " recompute")
                + ": emissions = energy \u00d7 intensity / 1000 within 0.5%";
    }

    /** "9 rows of 2,098 do not recompute …", "1 row of 2,098 does not recompute …". */
    static String someDoNotRecompute(long failing, long rows) {
        return Fmt.rows(failing) + " of " + Fmt.count(rows) + (failing == 1 ? " does not" : " do not")
                + " recompute within 0.5%";
    }
}
