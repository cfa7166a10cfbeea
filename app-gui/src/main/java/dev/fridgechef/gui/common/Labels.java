package dev.fridgechef.gui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Shows the values of a choice box by a label of their own (enum values in the person's language). */
public final class Labels<T> extends StringConverter<T> {
    private final Function<T, String> label;

    private Labels(Function<T, String> label) {
        this.label = label;
    }

    public static <T> Labels<T> of(Function<T, String> label) {
        return new Labels<>(label);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : label.apply(value);
    }

    /** Choices are picked, never typed. */
    @Override
    public T fromString(String text) {
        return null;
    }
}
