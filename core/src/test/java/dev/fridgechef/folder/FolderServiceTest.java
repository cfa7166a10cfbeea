package dev.fridgechef.folder;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FolderServiceTest {
    @TempDir
    Path dir;
    private FridgeChef app;
    private FolderService folders;

    @BeforeEach
    void open() {
        app = TestStores.openWithSample(dir);
        folders = app.folders();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private StoredPlan plan() {
        return app.plans().plan(new PlanOptions(LocalDate.of(2026, 11, 25), 2, List.of(MealType.LUNCH, MealType.DINNER), false));
    }

    @Test
    void savingIntoAFolderMakesItOnceWhateverTheLetterCase() {
        StoredPlan plan = plan();
        FolderService.Saved first = folders.savePlan(plan.id(), "  Weeknight   dinners ", List.of("Quick", "quick "));
        assertThat(first.folderCreated()).isTrue();
        assertThat(first.alreadyThere()).isFalse();
        assertThat(first.folder().name()).isEqualTo("Weeknight dinners");

        FolderService.Saved again = folders.savePlan(plan.id(), "WEEKNIGHT DINNERS", List.of());
        assertThat(again.folderCreated()).isFalse();
        assertThat(again.alreadyThere()).isTrue();
        folders.saveRecipe("chicken-tikka-masala", "weeknight dinners", List.of("curry"));

        assertThat(folders.folders()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Weeknight dinners");
            assertThat(f.plans()).isEqualTo(1);
            assertThat(f.recipes()).isEqualTo(1);
        });
        FolderService.Contents contents = folders.show("weeknight DINNERS", false);
        assertThat(contents.entries()).extracting(FolderEntry::kind).containsExactly(SavedKind.PLAN, SavedKind.RECIPE);
        assertThat(contents.entries().get(0).title()).isEqualTo("2026-11-25 – 2026-11-26");
        assertThat(contents.entries().get(0).tags()).containsExactly("quick");
        assertThat(contents.entries().get(1).title()).isEqualTo("Chicken tikka masala with rice");
        assertThat(contents.entries().get(1).tags()).containsExactly("curry");
        assertThat(folders.show("weeknight dinners", true).entries().get(1).title()).isEqualTo("Курица тикка масала с рисом");
    }

    @Test
    void renameAndRemoveKeepThePlansAndRecipes() {
        StoredPlan plan = plan();
        folders.savePlan(plan.id(), "Ideas", List.of());
        folders.saveRecipe("chicken-tikka-masala", "Other", List.of());
        assertThatThrownBy(() -> folders.rename("ideas", "OTHER")).isInstanceOf(UserException.class).hasMessageContaining("already a folder \"Other\"");
        assertThat(folders.rename("ideas", "IDEAS").name()).as("a change of letter case only").isEqualTo("IDEAS");
        assertThat(folders.rename("Ideas", "Saved weeks").plans()).isEqualTo(1);

        Folder removed = folders.remove("saved WEEKS");
        assertThat(removed.plans()).isEqualTo(1);
        assertThat(folders.folders()).extracting(Folder::name).containsExactly("Other");
        assertThat(app.plans().get(plan.id())).isPresent();
        assertThatThrownBy(() -> folders.show("Saved weeks", false)).isInstanceOf(UserException.class)
                .hasMessage("There is no folder \"Saved weeks\" (see: fridge folders).");
    }

    @Test
    void badInputIsAClearError() {
        assertThatThrownBy(() -> folders.savePlan(999, "Ideas", List.of())).isInstanceOf(UserException.class)
                .hasMessage("There is no stored plan 999 (see: fridge plan list).");
        assertThatThrownBy(() -> folders.saveRecipe("no-such-dish", "Ideas", List.of())).isInstanceOf(UserException.class)
                .hasMessageContaining("There is no recipe \"no-such-dish\"");
        assertThatThrownBy(() -> folders.saveRecipe("chicken-tikka-masala", "   ", List.of())).isInstanceOf(UserException.class)
                .hasMessage("A folder needs a name.");
        assertThatThrownBy(() -> folders.saveRecipe("chicken-tikka-masala", "x".repeat(101), List.of())).isInstanceOf(UserException.class)
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> folders.saveRecipe("chicken-tikka-masala", "Ideas", List.of(" "))).isInstanceOf(UserException.class)
                .hasMessage("A tag cannot be empty.");
        assertThatThrownBy(() -> folders.remove("Nothing")).isInstanceOf(UserException.class);
        assertThat(folders.folders()).as("nothing half-made").isEmpty();
    }

    @Test
    void favouritesAreIdempotent() {
        assertThat(folders.favourite("chicken-tikka-masala")).isTrue();
        assertThat(folders.favourite(" chicken-tikka-masala ")).isFalse();
        assertThat(folders.favouriteRecipes()).containsExactly("chicken-tikka-masala");
        assertThat(folders.unfavourite("chicken-tikka-masala")).isTrue();
        assertThat(folders.unfavourite("chicken-tikka-masala")).isFalse();
        assertThat(folders.favouriteRecipes()).isEmpty();
        assertThatThrownBy(() -> folders.favourite("no-such-dish")).isInstanceOf(UserException.class);
    }

    @Test
    void anEntryWhosePlanIsGoneIsShownMissingNotFollowed() {
        StoredPlan plan = plan();
        folders.savePlan(plan.id(), "Ideas", List.of());
        app.store().jdbi().useHandle(h -> {
            h.execute("DELETE FROM cooked_meal");
            h.execute("DELETE FROM meal_plan");
        });
        assertThat(folders.show("Ideas", false).entries()).singleElement().satisfies(e -> {
            assertThat(e.missing()).isTrue();
            assertThat(e.ref()).isEqualTo(Long.toString(plan.id()));
        });
    }

    @Test
    void aStoreMadeBeforeFoldersGetsThemAndKeepsItsData() {
        Path db = dir.resolve("old");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:h2:file:" + db.toAbsolutePath(), "fridgechef", "").loggers("slf4j")
                .locations("classpath:fridgechef/db/migration").target("21").load().migrate();
        org.jdbi.v3.core.Jdbi.create("jdbc:h2:file:" + db.toAbsolutePath(), "fridgechef", "").useHandle(h -> h.execute(
                "INSERT INTO user_recipe (id, document, unmapped, imported_at) VALUES ('x', '{}', '', TIMESTAMP '2026-11-24 10:00:00')"));
        try (FridgeChef old = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
            int kept = old.store().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM user_recipe").mapTo(Integer.class).one());
            assertThat(kept).isEqualTo(1);
            assertThat(old.folders().folders()).isEmpty();
            old.store().jdbi().useHandle(h -> h.execute("DELETE FROM user_recipe"));
            old.folders().saveRecipe("chicken-tikka-masala", "Ideas", List.of());
            assertThat(old.folders().folders()).extracting(Folder::recipes).containsExactly(1);
        }
    }
}
