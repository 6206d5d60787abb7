package dev.greenops.views.common;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Number fields with arrows, typed by what they hold. Spinner's own {@code (int, int, int)} and
 * {@code (double, double, double)} constructors cast their value factory unchecked, so {@code Spinner<Double> s = new
 * Spinner<>(0, 2000, 80, 5)} compiles and then fails with a ClassCastException inside a listener, where JavaFX prints it
 * instead of surfacing it. These build the right factory, keep the model's property in step (both ways), and read what
 * is typed leniently: text that is not a number leaves the value as it was instead of throwing or setting zero.
 */
public final class Spinners {

    /** Where a spinner keeps the boxed view of its property: bidirectional bindings hold their ends only weakly. */
    private static final String BOUND = "greenops.spinner.bound";

    private Spinners() {}

    /** A field for decimals between {@code min} and {@code max}, showing at most {@code decimals} fraction digits. */
    public static Spinner<Double> decimal(DoubleProperty value, double min, double max, double step, int decimals) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, clamp(value.get(), min, max), step);
        factory.setConverter(new Lenient<>(factory, decimals, true) {
            @Override
            Double convert(Number n) {
                return n.doubleValue();
            }
        });
        ObjectProperty<Double> boxed = value.asObject();
        return editable(factory, boxed);
    }

    /** A field for whole numbers between {@code min} and {@code max}, kept in step with {@code value}. */
    public static Spinner<Integer> whole(IntegerProperty value, int min, int max) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = wholeFactory(min, max, value.get(), true);
        return editable(factory, value.asObject());
    }

    /** A year between {@code min} and {@code max} that starts at {@code initial} (no thousands separator). */
    public static Spinner<Integer> year(int min, int max, int initial) {
        Spinner<Integer> spinner = new Spinner<>(wholeFactory(min, max, initial, false));
        spinner.setEditable(true);
        revertOnFocusLoss(spinner);
        return spinner;
    }

    private static SpinnerValueFactory.IntegerSpinnerValueFactory wholeFactory(
            int min, int max, int initial, boolean grouping) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, initial)));
        factory.setConverter(new Lenient<>(factory, 0, grouping) {
            @Override
            Integer convert(Number n) {
                double d = n.doubleValue();
                return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? (int) d : null;
            }
        });
        return factory;
    }

    private static <T> Spinner<T> editable(SpinnerValueFactory<T> factory, ObjectProperty<T> boxed) {
        Spinner<T> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        spinner.getProperties().put(BOUND, boxed);
        factory.valueProperty().bindBidirectional(boxed);
        revertOnFocusLoss(spinner);
        return spinner;
    }

    /** Typed text is committed when the field loses focus; what could not be read is replaced by the value shown. */
    private static <T> void revertOnFocusLoss(Spinner<T> spinner) {
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                StringConverter<T> c = spinner.getValueFactory().getConverter();
                // unchanged text is not committed: it may show fewer digits than the value has
                if (!spinner.getEditor().getText().equals(c.toString(spinner.getValue()))) {
                    spinner.commitValue();
                }
                spinner.getEditor().setText(c.toString(spinner.getValue()));
            }
        });
    }

    private static double clamp(double v, double min, double max) {
        return Double.isNaN(v) ? min : Math.max(min, Math.min(max, v));
    }

    /** Reads numbers as this locale writes them; anything else keeps the factory's current value. */
    private abstract static class Lenient<T> extends StringConverter<T> {
        private final SpinnerValueFactory<T> factory;
        private final int decimals;
        private final boolean grouping;

        Lenient(SpinnerValueFactory<T> factory, int decimals, boolean grouping) {
            this.factory = factory;
            this.decimals = decimals;
            this.grouping = grouping;
        }

        abstract T convert(Number n);

        private static Locale locale() {
            return Locale.getDefault(Locale.Category.FORMAT);
        }

        @Override
        public String toString(T value) {
            if (value == null) {
                return "";
            }
            NumberFormat f = NumberFormat.getNumberInstance(locale());
            f.setMaximumFractionDigits(decimals);
            f.setMinimumFractionDigits(0);
            f.setGroupingUsed(grouping);
            return f.format(value);
        }

        @Override
        public T fromString(String text) {
            if (text == null || text.isBlank()) {
                return factory.getValue();
            }
            String t = text.strip();
            ParsePosition at = new ParsePosition(0);
            Number n = NumberFormat.getNumberInstance(locale()).parse(t, at);
            T value = n == null || at.getIndex() != t.length() ? null : convert(n);
            return value == null ? factory.getValue() : value;
        }
    }
}
