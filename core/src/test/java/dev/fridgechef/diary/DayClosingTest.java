package dev.fridgechef.diary;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import dev.fridgechef.analysis.DayAnalysis;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Closing a day: a gap that food closes is never given to the supplement advisor; one no food closes is.
 * Closing a session: that session's foods, and the day so far up to and including it.
 */
class DayClosingTest {
    @TempDir
    Path dir;

    @Test
    void onlyGapsNoFoodClosesReachTheSupplements() {
        try (FridgeChef app = TestStores.open(dir)) {
            app.profiles().update(new ProfileUpdate(Sex.FEMALE, 1991, null, 165.0, 60.0, dev.fridgechef.profile.ActivityLevel.SEDENTARY, null,
                    null, null, null, null, null));
            app.inventory().add(ItemDraft.of("beef liver", "400", "g").withExpires("+10d"));
            LocalDate today = app.diary().now().toLocalDate();
            app.diary().ate("white rice 150 g", null, null, today.atTime(13, 0), null, 100);
            DayClosing.Closed closed = app.dayClosing().close(today);

            var gaps = DayClosing.gapsFoodDoesNotClose(closed.analysis());
            DayAnalysis.NutrientResult iron = closed.analysis().result(Nutrient.IRON).orElseThrow();
            assertThat(iron.status()).isEqualTo(DayAnalysis.Status.LOW);
            assertThat(iron.fixes()).anySatisfy(f -> assertThat(f.shareOfGap()).isGreaterThanOrEqualTo(0.999));
            assertThat(gaps).doesNotContainKey(Nutrient.IRON);
            assertThat(closed.advice().suggested()).noneSatisfy(s -> assertThat(s.rule().nutrient()).isEqualTo(Nutrient.IRON));
            for (DayAnalysis.NutrientResult r : closed.analysis().withStatus(DayAnalysis.Status.LOW)) {
                boolean closes = r.fixes().stream().anyMatch(f -> f.shareOfGap() >= 0.999);
                assertThat(gaps.containsKey(r.nutrient())).as(r.nutrient().key()).isEqualTo(!closes);
            }
            assertThatThrownBy(() -> app.dayClosing().close(today.minusDays(3))).isInstanceOf(UserException.class);
        }
    }

    @Test
    void closingASessionAnalysesItsFoodsAndTheDayUpToIt() {
        try (FridgeChef app = TestStores.open(dir)) {
            app.profiles().update(new ProfileUpdate(Sex.FEMALE, 1991, null, 165.0, 60.0, dev.fridgechef.profile.ActivityLevel.SEDENTARY, null,
                    null, null, null, null, null));
            LocalDate today = app.diary().now().toLocalDate();
            var breakfast = app.diary().ate("white rice 150 g", null, null, today.atTime(8, 0), null, 100);
            var lunch = app.diary().ate("chicken breast 120 g", null, null, today.atTime(13, 0), null, 100);
            app.diary().ate("white rice 100 g", null, null, today.atTime(13, 0), null, 50);
            app.diary().ate("apple 150 g", null, null, today.atTime(16, 30), null, 100);
            long id = lunch.session().id();
            assertThat(lunch.session().meal()).isEqualTo(dev.fridgechef.recipe.MealType.LUNCH);

            var closed = app.dayClosing().closeSession(id);
            double lunchEnergy = app.diary().day(today).sessions().stream().filter(s -> s.session().id() == id).findFirst().orElseThrow()
                    .total().get(Nutrient.ENERGY);
            assertThat(closed.sessionId()).isEqualTo(id);
            assertThat(closed.session().eaten()).extracting(e -> e.grams()).containsExactly(120.0, 50.0);
            assertThat(closed.session().energy()).isCloseTo(lunchEnergy, org.assertj.core.data.Offset.offset(1e-9));
            // the day so far: breakfast and lunch, not the apple eaten after
            assertThat(closed.daySoFar().energy()).isCloseTo(lunchEnergy + breakfast.nutrients().get(Nutrient.ENERGY),
                    org.assertj.core.data.Offset.offset(1e-9));
            var energyLeft = closed.restOfDay().get(0);
            assertThat(energyLeft.left()).isCloseTo(energyLeft.target() - closed.daySoFar().energy(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(closed.session().result(Nutrient.ENERGY).orElseThrow().reference().amount())
                    .isCloseTo(0.35 * energyLeft.target(), org.assertj.core.data.Offset.offset(1e-9));

            assertThatThrownBy(() -> app.dayClosing().closeSession(99_999)).isInstanceOfSatisfying(UserException.class,
                    e -> assertThat(e.key()).isEqualTo("error.session.unknown"));
            app.diary().remove(breakfast.entry().id());
            assertThatThrownBy(() -> app.dayClosing().closeSession(breakfast.session().id())).isInstanceOfSatisfying(UserException.class,
                    e -> assertThat(e.key()).isEqualTo("error.session.empty"));
        }
    }
}
