package dev.greenops.views.signatures;

import dev.greenops.model.trail.DayResult;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One cell per expected day, coloured by status, with the day of month in it and the month under the first day of
 * each month; a click selects the day. Scrolls sideways when a long trail does not fit.
 */
final class CalendarStrip extends ScrollPane {

    private final HBox cells = new HBox(3);
    private Consumer<DayResult> onSelect = d -> {};
    private DayResult selected;

    CalendarStrip() {
        getStyleClass().add("sig-strip");
        cells.getStyleClass().add("sig-strip-cells");
        cells.setFillHeight(true);
        setContent(cells);
        setFitToHeight(true);
        setFitToWidth(true);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setId("sig-calendar");
    }

    void onSelect(Consumer<DayResult> handler) {
        onSelect = handler;
    }

    void show(List<DayResult> days) {
        cells.getChildren().clear();
        for (DayResult d : days) {
            Label cell = new Label(Integer.toString(d.date().getDayOfMonth()));
            cell.getStyleClass().addAll("sig-day", StatusStyle.styleClass(d.status()));
            cell.setAlignment(Pos.CENTER);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setMinWidth(24);
            cell.setPrefWidth(34);
            cell.setId("sig-day-" + d.date());
            Tooltip.install(cell, new Tooltip(d.date() + " · " + d.status() + "\n" + d.reason()));
            cell.setOnMouseClicked(e -> onSelect.accept(d));
            boolean monthStart = d.date().getDayOfMonth() == 1 || d == days.getFirst();
            Label month = new Label(monthStart
                    ? d.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.date().getYear()
                    : " ");
            month.getStyleClass().add("sig-month");
            month.setMinWidth(0);
            VBox column = new VBox(2, cell, month);
            column.setUserData(d);
            HBox.setHgrow(column, Priority.ALWAYS);
            cells.getChildren().add(column);
        }
        highlight(selected);
    }

    void highlight(DayResult day) {
        selected = day;
        for (var node : cells.getChildren()) {
            VBox column = (VBox) node;
            column.getChildren().getFirst().getStyleClass().remove("sig-day-selected");
            if (day != null && day.date().equals(((DayResult) column.getUserData()).date())) {
                column.getChildren().getFirst().getStyleClass().add("sig-day-selected");
            }
        }
    }
}
