package dev.fridgechef.supplements;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.MovableClock;
import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SupplementStockFoodSourcesTest {
    @TempDir
    Path dir;
    private FridgeChef app;

    @BeforeEach
    void open() {
        app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), new MovableClock(Instant.parse("2026-11-30T10:00:00Z")));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aFoodInStockClosesAGapWithAPortionThatIsThere() {
        StockEntry salmon = app.inventory().add(ItemDraft.of("salmon", "400", "g"));
        double proteinPerGram = salmon.nutrients().get(Nutrient.PROTEIN) / salmon.grams();
        StockFoodSources stock = new StockFoodSources(app.inventory());

        var offers = stock.closing(Nutrient.PROTEIN, 30);
        assertThat(offers).singleElement().satisfies(o -> {
            assertThat(o.food()).isEqualTo(salmon.food());
            assertThat(o.grams()).isCloseTo(30 / proteinPerGram, within(0.001));
        });
        assertThat(stock.closing(Nutrient.PROTEIN, 400 * proteinPerGram + 1)).as("more than the stock holds").isEmpty();
        assertThat(stock.closing(Nutrient.PROTEIN, 0)).isEmpty();
    }
}
