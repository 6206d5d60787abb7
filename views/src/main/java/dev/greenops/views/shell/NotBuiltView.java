package dev.greenops.views.shell;

import dev.greenops.views.common.Screen;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** An area that is not built yet says so plainly: no fake screens, no made-up numbers. */
public final class NotBuiltView implements Screen {

    private final VBox root;

    public NotBuiltView(Area area, String whatItWillDo) {
        Label title = new Label(area.title() + " is not built yet");
        title.getStyleClass().add("title");
        Label body = new Label(whatItWillDo);
        body.setWrapText(true);
        body.setMaxWidth(640);
        Label cli = new Label("Nothing on this screen is computed yet, and the workbench shows no placeholder figures.");
        cli.setWrapText(true);
        root = new VBox(title, body, cli);
        root.getStyleClass().add("app-not-built");
        root.setId("not-built-" + area.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Node node() {
        return root;
    }
}
