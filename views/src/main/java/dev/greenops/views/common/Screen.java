package dev.greenops.views.common;

import java.util.Optional;
import javafx.scene.Node;

/** One area of the main window (Overview, Ledger, ...). */
public interface Screen {

    /** The root node, built once. */
    Node node();

    /** Reloads from the workspace (F5, and after an import or a workspace switch). */
    default void refresh() {}

    /** The inspector's content for this screen (shown on the right of the window), or null when it has none. */
    default Node inspectorContent() {
        return null;
    }

    /** What Ctrl+E exports on this screen, if anything. */
    default Optional<Runnable> exportAction() {
        return Optional.empty();
    }
}
