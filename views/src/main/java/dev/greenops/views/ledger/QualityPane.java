package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.DataQuality;
import dev.greenops.model.ledger.explore.LedgerRow;
import dev.greenops.model.ledger.explore.QualityCheck;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.Tables;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The data-quality tab: every check with its failing count and a jump to the rows; under it the rows whose emissions
 * do not recompute, with the reported and the recomputed figure side by side.
 */
final class QualityPane extends BorderPane {

    private final TableView<DataQuality.CheckResult> checks = new TableView<>();
    private final TableView<LedgerRow> mismatches = new TableView<>();

    QualityPane(QualityViewModel vm, AppContext context, Consumer<QualityCheck> showRows) {
        setId("ledger-quality");
        Label summary = new Label();
        summary.setId("quality-summary");
        summary.getStyleClass().add("app-pane-title");
        summary.textProperty().bind(vm.summaryProperty());
        Label error = new Label();
        error.getStyleClass().add("app-problem");
        error.textProperty().bind(vm.errorProperty());
        Label about = new Label("The checks cover the Explore tab's filters and the shared date range."
                + " Errors break UFMS:003; warnings need a look; information is context an auditor asks for.");
        about.setWrapText(true);
        about.getStyleClass().add("app-muted");
        VBox top = new VBox(4, summary, about, error);
        top.getStyleClass().add("app-toolbar");
        setTop(top);

        checks.setId("quality-checks");
        TableColumn<DataQuality.CheckResult, QualityCheck.Severity> severity =
                Columns.of("Severity", r -> r.check().severity(), s -> s.name().toLowerCase(Locale.ROOT));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(QualityCheck.Severity s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeAll("app-bad", "app-warn", "app-muted");
                setText(empty || s == null ? null : s.name().toLowerCase(Locale.ROOT));
                if (!empty && s != null) {
                    getStyleClass().add(switch (s) {
                        case ERROR -> "app-bad";
                        case WARNING -> "app-warn";
                        case INFO -> "app-muted";
                    });
                }
            }
        });
        severity.setPrefWidth(80);
        TableColumn<DataQuality.CheckResult, String> name = Columns.text("Check", r -> r.check().title());
        name.setPrefWidth(240);
        TableColumn<DataQuality.CheckResult, Long> failing = Columns.count("Failing rows", DataQuality.CheckResult::failing);
        failing.setId("quality-failing");
        failing.setPrefWidth(120);
        TableColumn<DataQuality.CheckResult, BigDecimal> share = Columns.number("Share", "%",
                r -> r.rows() == 0 ? null : BigDecimal.valueOf(100.0 * r.failing() / r.rows()),
                v -> Fmt.percent(v.doubleValue()).replace("%", ""));
        TableColumn<DataQuality.CheckResult, String> what = Columns.text("What it checks", r -> r.check().description());
        what.setPrefWidth(620);
        share.setPrefWidth(104);
        TableColumn<DataQuality.CheckResult, DataQuality.CheckResult> jump = new TableColumn<>("");
        jump.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyObjectWrapper<>(d.getValue()));
        jump.setCellFactory(c -> new TableCell<>() {
            private final Button b = new Button("Show rows");

            @Override
            protected void updateItem(DataQuality.CheckResult r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null || r.passes()) {
                    setGraphic(null);
                    return;
                }
                b.getStyleClass().setAll("button", "small");
                b.setId("quality-show-" + r.check().name().toLowerCase(Locale.ROOT));
                b.setOnAction(e -> showRows.accept(r.check()));
                setGraphic(b);
            }
        });
        jump.setPrefWidth(110);
        jump.setSortable(false);
        checks.getColumns().add(severity);
        checks.getColumns().add(name);
        checks.getColumns().add(failing);
        checks.getColumns().add(share);
        checks.getColumns().add(jump);
        checks.getColumns().add(what);
        checks.setItems(vm.checks());
        Tables.install(checks, context, "data-quality-checks");

        mismatches.setId("quality-mismatches");
        mismatches.setPlaceholder(new Label("Every row's emissions recompute from energy \u00d7 intensity within 0.5%."));
        // the two figures first: an auditor compares them before anything else
        TableColumn<LedgerRow, java.time.LocalDate> date = Columns.of("Date", LedgerRow::date, Object::toString);
        date.setPrefWidth(100);
        TableColumn<LedgerRow, String> job = Columns.text("Job", LedgerRow::jobId);
        job.setPrefWidth(140);
        TableColumn<LedgerRow, BigDecimal> reported = Columns.number("Reported", Fmt.KG, LedgerRow::emissionsKgCo2e, Fmt::exact);
        reported.setId("mismatch-reported");
        reported.setPrefWidth(175);
        TableColumn<LedgerRow, BigDecimal> recomputed =
                Columns.number("Recomputed", Fmt.KG, LedgerRow::recomputedKgCo2e, Fmt::amount);
        recomputed.setPrefWidth(215);
        TableColumn<LedgerRow, BigDecimal> deviation = Columns.number("Deviation", "%", LedgerRow::deviationPercent,
                d -> Fmt.change(d.doubleValue()).replace("%", ""));
        deviation.setPrefWidth(135);
        TableColumn<LedgerRow, String> resource = Columns.text("Resource", LedgerRow::resourceId);
        resource.setPrefWidth(190);
        mismatches.getColumns().add(date);
        mismatches.getColumns().add(job);
        mismatches.getColumns().add(reported);
        mismatches.getColumns().add(recomputed);
        mismatches.getColumns().add(deviation);
        mismatches.getColumns().add(Columns.number("Energy", Fmt.KWH, LedgerRow::energyKwh, Fmt::exact));
        mismatches.getColumns().add(Columns.number("Intensity", "g/kWh", LedgerRow::gridIntensityGPerKwh, Fmt::exact));
        mismatches.getColumns().add(Columns.text("Team", LedgerRow::team));
        mismatches.getColumns().add(resource);
        mismatches.getColumns().add(Columns.text("Source file", r -> "batch " + r.batchId()
                + (r.sourceLine() == null ? "" : ", line " + r.sourceLine())));
        TextField mismatchFilter = Tables.filterable(mismatches, vm.mismatches());
        Tables.install(mismatches, context, "emissions-not-recomputing");

        Label mismatchTitle = new Label();
        mismatchTitle.setId("mismatch-title");
        mismatchTitle.getStyleClass().add("app-pane-title");
        Runnable title = () -> mismatchTitle.setText("Emissions that do not recompute: " + Fmt.rows(vm.mismatchCount())
                + (vm.mismatchCount() > vm.mismatches().size() ? " (the largest " + vm.mismatches().size() + " listed)" : ""));
        vm.checks().addListener((javafx.collections.ListChangeListener<DataQuality.CheckResult>) c -> title.run());
        Button all = new Button("Show all in Explore");
        all.setId("mismatch-show-all");
        all.disableProperty().bind(Bindings.isEmpty(vm.mismatches()));
        all.setOnAction(e -> showRows.accept(QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, mismatchTitle, gap, mismatchFilter, all);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox lower = new VBox(6, bar, mismatches);
        VBox.setVgrow(mismatches, Priority.ALWAYS);
        lower.getStyleClass().add("app-pane");
        VBox upper = new VBox(checks);
        VBox.setVgrow(checks, Priority.ALWAYS);
        upper.getStyleClass().add("app-pane");
        SplitPane split = new SplitPane(upper, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
    }

    TableView<DataQuality.CheckResult> checksTable() {
        return checks;
    }

    TableView<LedgerRow> mismatchTable() {
        return mismatches;
    }
}
