package dev.fridgechef.diary;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.recipe.MealType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What people type to fridge ate: times, shares eaten, and a name with an amount. */
class DiaryInputTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);

    @Test
    void timesAsPeopleTypeThem() {
        assertThat(MealTimes.parse("08:30", NOW)).isEqualTo(LocalDateTime.of(2026, 11, 25, 8, 30));
        assertThat(MealTimes.parse("8.30", NOW)).isEqualTo(LocalDateTime.of(2026, 11, 25, 8, 30));
        assertThat(MealTimes.parse("yesterday 19:00", NOW)).isEqualTo(LocalDateTime.of(2026, 11, 24, 19, 0));
        assertThat(MealTimes.parse("вчера 19:00", NOW)).isEqualTo(LocalDateTime.of(2026, 11, 24, 19, 0));
        assertThat(MealTimes.parse("2026-11-20T12:15", NOW)).isEqualTo(LocalDateTime.of(2026, 11, 20, 12, 15));
        assertThat(MealTimes.parse("2026-11-20 12:15", NOW)).isEqualTo(LocalDateTime.of(2026, 11, 20, 12, 15));
        assertThat(MealTimes.parse("yesterday", NOW)).isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 0));
        for (String bad : new String[] {"25:00", "8:61", "lunchtime", "", "2026-02-30 10:00"}) {
            assertThatThrownBy(() -> MealTimes.parse(bad, NOW)).as(bad)
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.diary.at"));
        }
    }

    @Test
    void theMealFollowsTheTimeOfDay() {
        assertThat(MealTimes.mealAt(LocalTime.of(7, 30))).isEqualTo(MealType.BREAKFAST);
        assertThat(MealTimes.mealAt(LocalTime.of(13, 0))).isEqualTo(MealType.LUNCH);
        assertThat(MealTimes.mealAt(LocalTime.of(16, 30))).isEqualTo(MealType.SNACK);
        assertThat(MealTimes.mealAt(LocalTime.of(19, 0))).isEqualTo(MealType.DINNER);
        assertThat(MealTimes.mealAt(LocalTime.of(2, 0))).isEqualTo(MealType.SNACK);
        assertThat(MealTimes.timeFor(MealType.LUNCH, LocalTime.of(20, 0))).isEqualTo(LocalTime.of(13, 0));
        assertThat(MealTimes.timeFor(MealType.DINNER, LocalTime.of(20, 0))).isEqualTo(LocalTime.of(20, 0));
    }

    @Property
    void everyClockTimeReadsBack(@ForAll @IntRange(min = 0, max = 23) int hour, @ForAll @IntRange(min = 0, max = 59) int minute) {
        String text = String.format("%02d:%02d", hour, minute);
        assertThat(MealTimes.parse(text, NOW)).isEqualTo(NOW.toLocalDate().atTime(hour, minute));
    }

    @Property
    void sharesFrom0To100AreTakenWithOrWithoutPercent(@ForAll @DoubleRange(min = 0, max = 100) double share) {
        double rounded = Math.round(share * 10) / 10.0;
        assertThat(EatenPercent.parse(rounded + "%")).isEqualTo(rounded);
        assertThat(EatenPercent.parse(Double.toString(rounded))).isEqualTo(rounded);
    }

    @Property
    void sharesOutside0To100AreRefused(@ForAll @DoubleRange(min = 100.05, max = 1e6) double share) {
        assertThatThrownBy(() -> EatenPercent.parse(share + "%")).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> EatenPercent.parse("-" + share)).isInstanceOf(UserException.class);
    }

    @Test
    void aNameWithAnAmount() {
        assertThat(EntryResolver.split("apple 150 g")).isEqualTo(new EntryResolver.Amounted("apple", "150", "g"));
        assertThat(EntryResolver.split("apple 150g")).isEqualTo(new EntryResolver.Amounted("apple", "150", "g"));
        assertThat(EntryResolver.split("chicken breast 1,5 kg")).isEqualTo(new EntryResolver.Amounted("chicken breast", "1,5", "kg"));
        assertThat(EntryResolver.split("2 eggs")).isEqualTo(new EntryResolver.Amounted("eggs", "2", null));
        assertThat(EntryResolver.split("150 g cheddar")).isEqualTo(new EntryResolver.Amounted("cheddar", "150", "g"));
        assertThat(EntryResolver.split("egg 2")).isEqualTo(new EntryResolver.Amounted("egg", "2", null));
        assertThat(EntryResolver.split("borscht")).isEqualTo(new EntryResolver.Amounted("borscht", null, null));
    }
}
