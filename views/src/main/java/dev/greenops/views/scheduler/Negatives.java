package dev.greenops.views.scheduler;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Saving columns whose negative cells (dirtier than immediate dispatch) scheduler.css draws in the danger colour. */
final class Negatives {

    /** A cell showing a negative saving: a run or policy that made things dirtier than immediate dispatch. */
    static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");

    private Negatives() {}

    /** Marks the cells of {@code c} whose figure is below zero, however small. */
    static <T> TableColumn<T, Double> mark(TableColumn<T, Double> c) {
        var cells = c.getCellFactory();
        c.setCellFactory(col -> {
            TableCell<T, Double> cell = cells.call(col);
            cell.itemProperty().addListener((o, old, now) -> cell.pseudoClassStateChanged(NEGATIVE,
                    now != null && now < 0));
            return cell;
        });
        return c;
    }
}
