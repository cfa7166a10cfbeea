package dev.fridgechef.gui.diary;

import atlantafx.base.theme.Styles;
import dev.fridgechef.diary.EntryKind;
import dev.fridgechef.diary.FoodPortion;
import dev.fridgechef.diary.NewEntry;
import dev.fridgechef.food.Food;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.FoodNameField;
import dev.fridgechef.gui.common.Labels;
import dev.fridgechef.gui.common.Numbers;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.unit.QuantityParser;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Ways to add to the day: a food found by name with its grams, a library recipe with servings, a
 * meal of the day's plan, or a photo. The foods and recipes are looked up off the FX thread; the
 * page writes the entry ({@link Adder}).
 */
final class AddBar {
    /** Writes what was chosen as {@code meal} (off the FX thread, by the page). */
    interface Adder {
        void add(Callable<NewEntry> entry, MealType meal);

        void addPlanned(MealType meal);

        void choosePhoto();
    }

    private final GuiSession session;
    private final FoodNameField food;
    private final TextField grams = new TextField();
    private final ComboBox<RecipeFacts> recipe = new ComboBox<>();
    private final TextField servings = new TextField("1");
    private final ChoiceBox<MealType> meal = new ChoiceBox<>();
    private final MenuButton planned = new MenuButton();
    private final VBox root;
    private final Adder adder;

    AddBar(GuiSession session, Adder adder) {
        this.session = session;
        this.adder = adder;
        this.food = new FoodNameField(session);
        food.setId("diary-food");
        food.setPromptText(session.text("diaryview.food.prompt"));
        food.setPrefColumnCount(16);
        grams.setId("diary-food-grams");
        grams.setPromptText(session.text("diaryview.grams.prompt"));
        grams.setPrefColumnCount(5);
        Button addFood = new Button(session.text("diaryview.add"), new FontIcon(Feather.PLUS));
        addFood.setId("diary-add-food");
        addFood.getStyleClass().add(Styles.ACCENT);
        addFood.setDefaultButton(false);
        addFood.setOnAction(e -> addFood());
        grams.setOnAction(e -> addFood());

        recipe.setId("diary-recipe");
        recipe.setPromptText(session.text("diaryview.recipe.prompt"));
        recipe.setConverter(Labels.of(r -> r.recipe().title(session.russian())));
        recipe.setPrefWidth(230);
        servings.setId("diary-servings");
        servings.setPrefColumnCount(3);
        Button addRecipe = new Button(session.text("diaryview.add"), new FontIcon(Feather.PLUS));
        addRecipe.setId("diary-add-recipe");
        addRecipe.setOnAction(e -> addRecipe());

        meal.getItems().setAll(MealType.values());
        meal.setConverter(Labels.of(m -> session.text("meal." + m.key())));
        meal.setId("diary-meal");

        planned.setId("diary-planned");
        planned.setText(session.text("diaryview.planned"));
        planned.setGraphic(new FontIcon(Feather.CALENDAR));

        Button photo = new Button(session.text("diaryview.photo"), new FontIcon(Feather.CAMERA));
        photo.setId("diary-photo");
        photo.setOnAction(e -> adder.choosePhoto());

        FlowPane line1 = new FlowPane(8, 8, label("diaryview.as"), meal, gap(), food, grams, new Label(session.text("diaryview.unit.g")), addFood);
        FlowPane line2 = new FlowPane(8, 8, recipe, label("diaryview.servings"), servings, addRecipe, gap(), planned, photo);
        line1.setAlignment(Pos.CENTER_LEFT);
        line2.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(session.text("diaryview.photo.drop"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        root = new VBox(8, line1, line2, hint);
        root.getStyleClass().addAll("card", "diary-add");
    }

    private Label label(String key) {
        Label l = new Label(session.text(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static HBox gap() {
        HBox g = new HBox();
        g.setMinWidth(12);
        return g;
    }

    /** The meal chosen for new entries (by the time of day unless the person picks another). */
    void setMeal(MealType m) {
        meal.setValue(m);
    }

    MealType meal() {
        return meal.getValue();
    }

    void showRecipes(List<RecipeFacts> recipes) {
        RecipeFacts chosen = recipe.getValue();
        recipe.getItems().setAll(recipes.stream().sorted(Comparator.comparing(r -> r.recipe().title(session.russian()))).toList());
        if (chosen != null) recipe.setValue(chosen);
    }

    void showPlanned(List<MealPlan.Meal> meals) {
        planned.getItems().clear();
        for (MealPlan.Meal m : meals) {
            MenuItem item = new MenuItem(session.text("meal." + m.meal().key()) + ": " + (session.russian() && m.titleRu() != null ? m.titleRu() : m.titleEn()));
            item.setOnAction(e -> adder.addPlanned(m.meal()));
            planned.getItems().add(item);
        }
        planned.setDisable(meals.isEmpty());
    }

    private void addFood() {
        String name = food.getText() == null ? "" : food.getText().strip();
        Double g = Numbers.parse(grams.getText());
        if (name.isEmpty() || g == null || g <= 0) {
            (name.isEmpty() ? food : grams).requestFocus();
            return;
        }
        Food chosen = food.chosenFood();
        adder.add(() -> {
            Food f = chosen != null ? chosen : session.app().diary().resolver().food(name);
            String amount = QuantityParser.format(g) + " g";
            return new NewEntry(EntryKind.FOOD, null, f.id(), f.displayName(false), null, null, amount,
                    List.of(new FoodPortion(f.id(), QuantityParser.round(g), amount)));
        }, meal.getValue());
        food.reset();
        grams.clear();
    }

    private void addRecipe() {
        RecipeFacts r = recipe.getValue();
        Double s = Numbers.parse(servings.getText());
        if (r == null || s == null) return;
        adder.add(() -> session.app().diary().resolver().resolve(r.recipe().id(), s, null), meal.getValue());
    }

    VBox node() {
        return root;
    }
}
