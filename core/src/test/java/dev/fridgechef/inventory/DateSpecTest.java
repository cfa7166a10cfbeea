package dev.fridgechef.inventory;

import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateSpecTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest
    @CsvSource({"2026-12-01,2026-12-01", "2026-1-5,2026-01-05", "01.12.2026,2026-12-01", "+3d,2026-11-28", "+2w,2026-12-09",
            "+1m,2026-12-25", "+3,2026-11-28", "today,2026-11-25", "tomorrow,2026-11-26", "завтра,2026-11-26", "+3д,2026-11-28", "+1y,2027-11-25", "1y,2027-11-25", "+2m,2027-01-25", "2m,2027-01-25", "3d,2026-11-28",
            "+1г,2027-11-25", "+6мес,2027-05-25", "+2 weeks,2026-12-09", "1 year,2027-11-25"})
    void readsDatesAsPeopleTypeThem(String text, LocalDate expected) {
        assertThat(DateSpec.parseDate(text, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-02-30", "2026-13-01", "31.04.2026", "2025-02-29"})
    void refusesImpossibleDates(String text) {
        assertThatThrownBy(() -> DateSpec.parseDate(text, TODAY)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("error.date.impossible");
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThatThrownBy(() -> DateSpec.parseDate("next tuesday", TODAY)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> DateSpec.parsePeriodDays("3 fortnights")).isInstanceOf(UserException.class);
    }

    @Test
    void readsPeriods() {
        assertThat(DateSpec.parsePeriodDays("3d")).isEqualTo(3);
        assertThat(DateSpec.parsePeriodDays("1w")).isEqualTo(7);
        assertThat(DateSpec.parsePeriodDays("2")).isEqualTo(2);
        assertThat(DateSpec.parsePeriodDays("1y")).isEqualTo(365);
        assertThat(DateSpec.parsePeriodDays("2m")).isEqualTo(60);
    }

    @Test
    void monthsAreCalendarMonthsInDates() {
        assertThat(DateSpec.parseDate("+1m", LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(DateSpec.parseDate("+1y", LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThatThrownBy(() -> DateSpec.parseDate("3", TODAY)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> DateSpec.parseDate("+1x", TODAY)).isInstanceOf(UserException.class);
    }
}
