package dev.fridgechef.gui.diary;

import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The day in the person's language with its weekday ("Mon, 30 Nov 2026", "пн, 30 нояб. 2026 г."); a typed day in the same form. */
final class DateText extends StringConverter<LocalDate> {
    private final DateTimeFormatter shown;
    private final DateTimeFormatter typed;

    DateText(Locale locale) {
        this.shown = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", locale);
        this.typed = DateTimeFormatter.ISO_LOCAL_DATE;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip(), shown);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), typed);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
