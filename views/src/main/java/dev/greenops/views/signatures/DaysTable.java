package dev.greenops.views.signatures;

import dev.greenops.model.trail.DayResult;
import dev.greenops.model.trail.DayStatus;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Tables;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The days table: sortable, resizable columns; Copy (Ctrl+C) of what it shows and Export CSV of every day with its
 * signer's issuer and raw integrated time, on right-click.
 */
final class DaysTable extends TableView<DayResult> {

    DaysTable(AppContext context, SignaturesViewModel model) {
        setId("sig-days");
        getStyleClass().add("sig-days");
        SortedList<DayResult> sorted = new SortedList<>(model.visibleDays());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setId("sig-days-placeholder");
        // why the table is empty: not verified yet, or the inputs changed and the old verdict was cleared
        placeholder.textProperty().bind(model.pendingProperty());
        setPlaceholder(placeholder);
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);

        TableColumn<DayResult, LocalDate> date = column("Date", DayResult::date, 100);
        TableColumn<DayResult, DayStatus> status = column("Status", DayResult::status, 150);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DayStatus s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeAll("sig-ok", "sig-missing", "sig-bad");
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                setText((s.isVerified() ? "\u2713 " : "\u2717 ") + s.name());
                getStyleClass().add(StatusStyle.styleClass(s));
            }
        });
        // the longest status ("✗ MISSING_SIGNATURE") must never be cut: it is the verdict
        Columns.fitTexts(status, true, java.util.Arrays.stream(DayStatus.values())
                .map(s -> (s.isVerified() ? "\u2713 " : "\u2717 ") + s.name()).toList());
        TableColumn<DayResult, String> signer = column("Signer", d -> d.signer() == null ? "–" : d.signer(), 205);
        TableColumn<DayResult, Long> index = column("Log index", DayResult::logIndex, 96);
        index.setStyle("-fx-alignment: CENTER-RIGHT;");
        // the day is in the first column: show the time alone, and the full date only when it is another day
        TableColumn<DayResult, String> time = column("Integrated (UTC)", DaysTable::integrated, 142);
        TableColumn<DayResult, String> reason = column("Reason", DayResult::reason, 330);
        getColumns().setAll(List.of(date, status, reason, index, time, signer));

        Tables.install(this, context, "signature-trail-days", file -> model.exportCsv(file, DayTexts.csv(getItems())));
    }

    private static <T> TableColumn<DayResult, T> column(String title, Function<DayResult, T> value, double width) {
        TableColumn<DayResult, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 80));
        return c;
    }

    static String integrated(DayResult d) {
        if (d.integratedTime() == null) {
            return "–";
        }
        String full = DayDetails.time(d.integratedTime()).replace(" UTC", "");
        return full.startsWith(d.date().toString()) ? full.substring(11) : full;
    }
}
