package dev.greenops.views.scheduler;

import dev.greenops.model.schedule.JobRecord;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.Tables;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Every job run's {@code job_metrics} record of the chosen policy: filterable, sortable, exportable. */
final class RecordsPane extends BorderPane {

    final TableView<JobRecord> table = new TableView<>();
    final TextField filter;

    private static <T> javafx.scene.control.TableColumn<T, String> wide(
            javafx.scene.control.TableColumn<T, String> c, double w) {
        c.setPrefWidth(w);
        return c;
    }

    RecordsPane(AppContext context, SchedulerViewModel vm) {
        table.setId("sched-records");
        table.getColumns().setAll(List.of(
                wide(Columns.text("Job", JobRecord::jobId), 130),
                Columns.text("Class", (JobRecord r) -> r.jobClass().id()),
                Columns.of("Submitted (UTC)", JobRecord::submittedAt, Fmt::dateTime),
                Columns.of("Dispatched (UTC)", JobRecord::dispatchTs, Fmt::dateTime),
                Columns.numeric("Delay", "h", JobRecord::dispatchDelayH, v -> Fmt.decimals(v, 1)),
                wide(Columns.text("Decision", (JobRecord r) -> r.decision().id()), 130),
                Columns.text("Region", JobRecord::region),
                Columns.numeric("Energy", Fmt.KWH, JobRecord::estKwh, Fmt::amount),
                Columns.numeric("Baseline", Fmt.G_PER_KWH, JobRecord::baselineIntensity, v -> Fmt.decimals(v, 1)),
                Columns.numeric("Actual", Fmt.G_PER_KWH, JobRecord::actualIntensity, v -> Fmt.decimals(v, 1)),
                Columns.numeric("Baseline", Fmt.KG, JobRecord::baselineEmissionsKgCo2, v -> Fmt.decimals(v, 3)),
                Columns.numeric("Actual", Fmt.KG, JobRecord::actualEmissionsKgCo2, v -> Fmt.decimals(v, 3)),
                Columns.numeric("Saved", Fmt.KG, JobRecord::carbonSavedKgCo2, v -> Fmt.decimals(v, 3)),
                Columns.numeric("Saving", "%", JobRecord::savingPct, v -> Fmt.decimals(v, 0)),
                Columns.text("CSRD", (JobRecord r) -> r.csrdEligible() ? "yes" : "no")));
        filter = Tables.filterable(table, vm.records());
        filter.setId("sched-records-filter");
        filter.setPromptText("Filter runs: job, decision, region\u2026");
        filter.setPrefColumnCount(28);
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Fmt.count(table.getItems().size()) + " of " + Fmt.count(vm.records().size()) + " runs",
                table.getItems(), vm.records()));
        HBox bar = new HBox(8, filter, count);
        bar.getStyleClass().add("sched-toolbar");
        setTop(bar);

        table.setPlaceholder(new Label("Run a replay to see one record per job run."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        Tables.install(table, context, "job_metrics-view");
        setCenter(table);
    }
}
