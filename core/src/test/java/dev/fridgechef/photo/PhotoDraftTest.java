package dev.fridgechef.photo;

import dev.fridgechef.Json;
import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Confirming and correcting a draft, and how it reads in English and Russian. */
class PhotoDraftTest {
    private static final String TWO_DISHES = """
            {"is_food": true, "dishes": [
              {"name_en": "Chicken with rice", "name_ru": "Курица с рисом",
               "components": [{"name": "chicken breast roasted", "food_id": "05064", "grams": 150},
                             {"name": "rice white cooked", "food_id": "", "grams": 180}]},
              {"name_en": "Side salad", "name_ru": "Салат",
               "components": [{"name": "tomato raw", "food_id": "", "grams": 120},
                             {"name": "zorblax nebula paste", "food_id": "", "grams": 40}]}]}""";

    private static PhotoDraft draft() {
        PhotoAnswer answer = PhotoAnswer.read(TWO_DISHES, Json.mapper()).orElseThrow();
        PhotoFoods foods = new PhotoFoods(TestFoods.get());
        List<PhotoDraft.Dish> dishes = new ArrayList<>();
        for (PhotoAnswer.Dish d : answer.dishes()) {
            dishes.add(new PhotoDraft.Dish(d.nameEn(), d.nameRu(), d.components().stream()
                    .map(c -> foods.match(c.name(), c.foodId()).map(f -> PhotoDraft.Item.of(c.name(), f, c.grams()))
                            .orElseGet(() -> PhotoDraft.Item.unmatched(c.name(), c.grams()))).toList()));
        }
        return new PhotoDraft("ab".repeat(32), "openai/gpt-4o-mini", false, true, dishes);
    }

    private static double kcal(String foodId, double grams) {
        return TestFoods.get().byId(foodId).orElseThrow().per100g().getOrZero(Nutrient.ENERGY) * grams / 100;
    }

    @Test
    void itemsAreNumberedAcrossDishesAndOnlyMatchedOnesCount() {
        PhotoDraft d = draft();
        assertThat(d.items()).extracting(PhotoDraft.Item::seen)
                .containsExactly("chicken breast roasted", "rice white cooked", "tomato raw", "zorblax nebula paste");
        assertThat(d.matched()).hasSize(3);
        assertThat(d.unmatched()).extracting(PhotoDraft.Item::seen).containsExactly("zorblax nebula paste");
        double expected = d.matched().stream().mapToDouble(i -> kcal(i.foodId(), i.grams())).sum();
        assertThat(d.energyKcal()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void gramsAreCorrectedAndTheEnergyFollowsFromTheDatabase() {
        PhotoDraft d = draft();
        PhotoDraft corrected = d.withGrams(1, 200);
        assertThat(corrected.items().get(0).grams()).isEqualTo(200.0);
        assertThat(corrected.energyKcal() - d.energyKcal()).isCloseTo(kcal("05064", 50), within(1e-9));
        assertThat(d.items().get(0).grams()).isEqualTo(150.0); // drafts are values
        assertThatThrownBy(() -> d.withGrams(1, 0)).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.key()).isEqualTo("error.photo.grams"));
        assertThatThrownBy(() -> d.withGrams(1, 2001)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> d.withGrams(5, 100)).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.key()).isEqualTo("error.photo.item");
            assertThat(e.getMessage()).contains("1 to 4");
        });
    }

    @Test
    void anItemIsDroppedAndADishLeftEmptyGoesWithIt() {
        PhotoDraft d = draft().without(4).without(3);
        assertThat(d.dishes()).extracting(PhotoDraft.Dish::nameEn).containsExactly("Chicken with rice");
        assertThat(d.unmatched()).isEmpty();
        assertThat(d.without(1).without(1).empty()).isTrue();
        assertThatThrownBy(() -> d.without(0)).isInstanceOf(UserException.class);
    }

    @Test
    void anUnmatchedItemIsReplacedByADatabaseFoodAtTheSameWeight() {
        Food hummus = TestFoods.get().search().resolve("hummus").orElseThrow();
        PhotoDraft d = draft().withFood(4, hummus);
        PhotoDraft.Item item = d.items().get(3);
        assertThat(item.matched()).isTrue();
        assertThat(item.foodId()).isEqualTo(hummus.id());
        assertThat(item.seen()).isEqualTo("zorblax nebula paste");
        assertThat(item.grams()).isEqualTo(40.0);
        assertThat(d.energyKcal() - draft().energyKcal()).isCloseTo(kcal(hummus.id(), 40), within(1e-9));
    }

    @Test
    void theDraftReadsInEnglishAndRussian() {
        PhotoDraft d = draft();
        String en = PhotoDraftText.render(d, Messages.english());
        String ru = PhotoDraftText.render(d, Messages.forLocale(Messages.RUSSIAN));
        long total = Math.round(d.energyKcal());
        assertThat(en).contains("Draft meal from the photo (openai/gpt-4o-mini)").contains("Chicken with rice").contains("Side salad")
                .contains("1. ").contains(": 150 g, " + Math.round(d.items().get(0).kcal()) + " kcal")
                .contains("4. \"zorblax nebula paste\": 40 g, not in the food database")
                .contains("Total: " + total + " kcal").contains("1 item(s) not in the food database");
        assertThat(ru).contains("Черновик приёма пищи по фото").contains("Курица с рисом").contains("Салат")
                .contains(": 150 г, " + Math.round(d.items().get(0).kcal()) + " ккал").contains("нет в базе продуктов")
                .contains("Итого: " + total + " ккал");
        PhotoDraft cached = new PhotoDraft(d.sha256(), d.source(), true, true, d.dishes());
        assertThat(PhotoDraftText.render(cached, Messages.english())).contains("no new call");
        assertThat(PhotoDraftText.render(PhotoDraft.notFood(d.sha256(), d.source(), false), Messages.forLocale(Messages.RUSSIAN)))
                .contains("не похоже на еду");
        assertThat(PhotoDraftText.render(d.without(1).without(1).without(1).without(1), Messages.english()))
                .contains("No food was recognised").contains("fridge ate apple 150 g");
        System.out.println(en + ru);
    }

    @Test
    void everyPhotoTextIsInBothLanguages() {
        Messages en = Messages.english();
        Messages ru = Messages.forLocale(Messages.RUSSIAN);
        for (String key : List.of("error.photo.missing", "error.photo.unreadable", "error.photo.too_large", "error.photo.not_image",
                "error.photo.unsupported", "error.photo.damaged", "error.photo.too_many_pixels", "error.photo.no_provider",
                "error.photo.failed", "error.photo.answer", "error.photo.keep", "error.photo.item", "error.photo.grams", "photo.not_food",
                "photo.nothing", "photo.draft.title", "photo.draft.title.cached", "photo.draft.item", "photo.draft.seen",
                "photo.draft.unmatched", "photo.draft.total", "photo.draft.not_counted")) {
            assertThat(en.get(key)).as(key).isNotEqualTo(key);
            assertThat(ru.get(key)).as(key).isNotEqualTo(key).isNotEqualTo(en.get(key));
        }
    }
}
