package dev.greenops.views.shell;

import dev.greenops.views.common.Notice;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Shows the current {@link Notice} above the screen: the title, then each line (a list when there are many: every
 * problem of an import is readable, none is cut). Information fades after a few seconds; errors stay until closed.
 */
final class NoticeBar extends VBox {

    private final ObjectProperty<Notice> notice;
    private final Label title = new Label();
    private final VBox lines = new VBox(2);
    private final PauseTransition fade = new PauseTransition(Duration.seconds(8));

    NoticeBar(ObjectProperty<Notice> notice) {
        this.notice = notice;
        setId("notice-bar");
        getStyleClass().add("app-notice");
        title.setId("notice-title");
        title.getStyleClass().add("app-notice-title");
        title.setWrapText(true);
        Button close = new Button("\u2715");
        close.setId("notice-close");
        close.getStyleClass().addAll("flat", "small");
        close.setOnAction(e -> notice.set(null));
        HBox head = new HBox(8, title, close);
        head.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(head, lines);
        fade.setOnFinished(e -> {
            if (notice.get() != null && notice.get().level() != Notice.Level.ERROR
                    && notice.get().level() != Notice.Level.WARNING) {
                notice.set(null);
            }
        });
        notice.addListener((o, a, n) -> show(n));
        show(notice.get());
    }

    private void show(Notice n) {
        setVisible(n != null);
        setManaged(n != null);
        getStyleClass().removeIf(c -> c.startsWith("app-notice-") && !c.equals("app-notice-title"));
        lines.getChildren().clear();
        if (n == null) {
            return;
        }
        getStyleClass().add("app-notice-" + n.level().name().toLowerCase(Locale.ROOT));
        title.setText(n.title());
        if (n.lines().size() > 4) {
            ListView<String> list = new ListView<>();
            list.setId("notice-lines");
            list.getItems().setAll(n.lines());
            list.setPrefHeight(Math.min(10, n.lines().size()) * 24 + 4);
            list.getStyleClass().add("app-problem-list");
            lines.getChildren().add(list);
        } else {
            for (String line : n.lines()) {
                Label l = new Label(line);
                l.setWrapText(true);
                l.getStyleClass().add("app-notice-line");
                lines.getChildren().add(l);
            }
        }
        fade.playFromStart();
    }
}
