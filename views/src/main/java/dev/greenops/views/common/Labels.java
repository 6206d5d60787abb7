package dev.greenops.views.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The few kinds of label every screen builds: styled, wrapping (cards, inspectors) and field labels. */
public final class Labels {

    private Labels() {}

    /** A label with these style classes. */
    public static Label styled(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** A label that wraps (a sentence in a card or the inspector), with these style classes. */
    public static Label wrapped(String text, String... styleClasses) {
        Label l = styled(text, styleClasses);
        l.setWrapText(true);
        return l;
    }

    /** A label in front of a field: never narrower than its text, so it is never cut to "Thresh…". */
    public static Label field(String text, String... styleClasses) {
        Label l = styled(text, styleClasses);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
