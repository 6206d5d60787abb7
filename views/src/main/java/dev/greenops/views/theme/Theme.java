package dev.greenops.views.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer light and dark as the user-agent stylesheet, with our own {@code -app-*} variables on top. */
public enum Theme {
    LIGHT,
    DARK;

    public static final String APP_CSS = Objects.requireNonNull(
                    Theme.class.getResource("app.css"), "app.css")
            .toExternalForm();
    public static final String DARK_CLASS = "app-dark";

    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(
                this == DARK
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove(DARK_CLASS);
            if (this == DARK) {
                scene.getRoot().getStyleClass().add(DARK_CLASS);
            }
        }
    }

    public Theme toggled() {
        return this == DARK ? LIGHT : DARK;
    }
}
