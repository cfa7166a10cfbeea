package dev.fridgechef.gui.recipes;

import atlantafx.base.theme.Styles;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.inventory.StockRules;
import dev.fridgechef.food.FoodFamilies;
import dev.fridgechef.recipe.Recipe;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.unit.QuantityParser;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A recipe in full: ingredients scaled to the servings chosen (live), what the fridge has, the
 * method in the person's language and the nutrition of the portion; "Cooked it" takes the
 * ingredients out of the stock.
 */
public final class RecipeDetailsDialog {
    static final List<Nutrient> SHOWN = List.of(Nutrient.ENERGY, Nutrient.PROTEIN, Nutrient.FAT, Nutrient.SATURATED_FAT,
            Nutrient.CARBOHYDRATE, Nutrient.SUGAR, Nutrient.FIBER, Nutrient.SODIUM);

    private final GuiSession session;
    private final RecipeFacts facts;
    private final Consumer<InventoryService.Consumption> afterCooked;
    private final java.util.Optional<dev.fridgechef.plan.PlannedCooking.Slot> plannedSlot;
    private final Spinner<Double> servings;
    private final VBox ingredients = new VBox(6);
    private final GridPane nutrition = new GridPane();
    private final Label nutritionTitle = new Label();
    private final Label cookedResult = new Label();
    private Set<String> inStock = Set.of();
    /** Pantry staples count as at home: never marked to buy. */
    private Set<String> staples = Set.of();
    private boolean stockRead;

    private RecipeDetailsDialog(GuiSession session, RecipeFacts facts, double portions,
                                java.util.Optional<dev.fridgechef.plan.PlannedCooking.Slot> plannedSlot,
                                Consumer<InventoryService.Consumption> afterCooked) {
        this.plannedSlot = plannedSlot;
        this.session = session;
        this.facts = facts;
        this.afterCooked = afterCooked;
        this.servings = new Spinner<>(0.5, 50, portions, 0.5);
    }

    /** Opens the recipe for {@code servings}; {@code afterCooked} hears (on the FX thread) what "Cooked it" took. */
    public static void show(GuiSession session, RecipeFacts recipe, double servings, Consumer<InventoryService.Consumption> afterCooked) {
        new RecipeDetailsDialog(session, recipe, servings, java.util.Optional.empty(), afterCooked).open();
    }

    /** Opens a planned meal's recipe: "Cooked it" takes the stock and marks that meal cooked, in one step. */
    public static void show(GuiSession session, RecipeFacts recipe, double servings, dev.fridgechef.plan.PlannedCooking.Slot slot,
                            Consumer<InventoryService.Consumption> afterCooked) {
        new RecipeDetailsDialog(session, recipe, servings, java.util.Optional.of(slot), afterCooked).open();
    }

    private void open() {
        Recipe r = facts.recipe();
        boolean ru = session.russian();
        Dialog<Void> dialog = new Dialog<>();
        if (session.owner() != null) dialog.initOwner(session.owner());
        dialog.setTitle(r.title(ru));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("recipe-details");
        dialog.getDialogPane().getStylesheets().add(RecipeDetailsDialog.class.getResource("/fridgechef/gui/app.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(session.text("common.close"), ButtonType.CLOSE.getButtonData()));

        Label title = new Label(r.title(ru));
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        String meals = String.join(" · ", r.meals().stream().sorted().map(m -> session.text("meal." + m.key())).toList());
        Label meta = new Label(meals + "   ·   " + session.text("recipedetails.time", r.activeMinutes(), r.totalMinutes()), new FontIcon(Feather.CLOCK));
        meta.getStyleClass().add(Styles.TEXT_MUTED);

        servings.setId("recipe-servings");
        servings.setEditable(true);
        servings.setPrefWidth(100);
        servings.valueProperty().addListener((obs, was, now) -> update());
        Button cooked = new Button(session.text("recipedetails.cooked"), new FontIcon(Feather.CHECK_CIRCLE));
        cooked.setId("recipe-cooked");
        cooked.getStyleClass().add(Styles.SUCCESS);
        cooked.setTooltip(new Tooltip(session.text("recipedetails.cooked.tooltip")));
        cooked.setOnAction(e -> cook(cooked));
        HBox servingsRow = new HBox(10, new Label(session.text("recipedetails.servings")), servings, cooked);
        servingsRow.setAlignment(Pos.CENTER_LEFT);
        cookedResult.setId("recipe-cooked-result");
        cookedResult.setWrapText(true);
        cookedResult.getStyleClass().add(Styles.SUCCESS);

        VBox left = new VBox(10, section(session.text("recipedetails.ingredients")), ingredients);
        nutrition.setHgap(16);
        nutrition.setVgap(4);
        nutrition.setId("recipe-nutrition");
        nutritionTitle.getStyleClass().add(Styles.TITLE_4);
        VBox right = new VBox(10, nutritionTitle, nutrition);
        right.getStyleClass().add("card");
        right.setMinWidth(230);
        HBox columns = new HBox(24, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);

        VBox content = new VBox(14, title, meta, servingsRow, cookedResult, columns, section(session.text("recipedetails.steps")), steps(ru));
        content.setPadding(new Insets(4, 8, 8, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 620);
        dialog.getDialogPane().setContent(scroll);
        update();
        session.task(() -> java.util.Map.entry(families(session.app().inventory().list(), session.app().inventory().today()),
                session.app().pantry().ids())).onSuccess(read -> {
            inStock = read.getKey();
            staples = read.getValue();
            stockRead = true;
            update();
        }).runOnce();
        dialog.show();
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private VBox steps(boolean ru) {
        List<String> steps = ru && !facts.recipe().steps().ru().isEmpty() ? facts.recipe().steps().ru() : facts.recipe().steps().en();
        VBox box = new VBox(8);
        box.setId("recipe-steps");
        if (steps.isEmpty()) box.getChildren().add(new Label(session.text("recipedetails.nosteps")));
        for (int i = 0; i < steps.size(); i++) {
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("step-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(steps.get(i));
            text.setWrapText(true);
            HBox row = new HBox(10, number, text);
            row.setAlignment(Pos.TOP_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    private static Set<String> families(List<StockEntry> stock, LocalDate today) {
        Set<String> out = new HashSet<>();
        for (StockEntry e : stock) {
            if (StockRules.usable(e, today)) out.add(FoodFamilies.familyOf(e.food()));
        }
        return out;
    }

    /** Ingredients and nutrition for the servings now chosen. */
    private void update() {
        double portions = servings.getValue() == null ? facts.recipe().servings() : servings.getValue();
        boolean ru = session.russian();
        List<HBox> rows = new ArrayList<>();
        for (int i = 0; i < facts.recipe().ingredients().size(); i++) {
            Recipe.Ingredient ing = facts.recipe().ingredients().get(i);
            String name = ru && ing.name() != null && ing.name().ru() != null && !ing.name().ru().isBlank() ? ing.name().ru()
                    : ing.name() != null && ing.name().en() != null && !ing.name().en().isBlank() ? ing.name().en() : facts.foods().get(i).displayName(ru);
            Label nameLabel = new Label(name + (ing.optional() ? " (" + session.text("recipedetails.optional") + ")" : ""));
            nameLabel.setWrapText(true);
            Label grams = new Label(amount(ing, facts.gramsFor(i, portions), portions));
            grams.getStyleClass().add(Styles.TEXT_BOLD);
            grams.setMinWidth(Region.USE_PREF_SIZE);
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            HBox row = new HBox(8, nameLabel, spring, grams);
            row.getStyleClass().add("ingredient-row");
            if (inStock.contains(FoodFamilies.familyOf(facts.foods().get(i)))) {
                Label badge = new Label(session.text("recipedetails.instock"), new FontIcon(Feather.CHECK));
                badge.getStyleClass().add("stock-badge");
                badge.setTooltip(new Tooltip(session.text("recipedetails.instock.tooltip")));
                badge.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(1, badge);
            } else if (stockRead && !ing.optional() && !staples.contains(facts.foods().get(i).id())) {
                Label badge = new Label(session.text("recipedetails.tobuy"), new FontIcon(Feather.SHOPPING_CART));
                badge.getStyleClass().addAll("stock-badge", "to-buy-badge");
                badge.setTooltip(new Tooltip(session.text("recipedetails.tobuy.tooltip")));
                badge.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(1, badge);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            rows.add(row);
        }
        ingredients.getChildren().setAll(rows);

        // per serving, as the recipe list shows it, whatever number of servings the ingredients are for
        nutritionTitle.setText(session.text("recipedetails.nutrition.serving"));
        Nutrients n = facts.perServing();
        nutrition.getChildren().clear();
        int row = 0;
        for (Nutrient nutrient : SHOWN) {
            if (!n.isKnown(nutrient)) continue;
            Label name = new Label(session.text("nutrient." + nutrient.key()));
            double v = n.get(nutrient);
            String value = (v >= 10 || nutrient == Nutrient.ENERGY ? Long.toString(Math.round(v)) : String.format(session.messages().locale(), "%.1f", v))
                    + " " + session.text("recipedetails.unit." + nutrient.unit());
            Label valueLabel = new Label(value);
            valueLabel.getStyleClass().add(Styles.TEXT_BOLD);
            valueLabel.setId("recipe-nutrient-" + nutrient.key());
            nutrition.addRow(row++, name, valueLabel);
        }
    }

    /** "4.5 шт. · 198 г" in the recipe's own household unit for these servings, or "198 г" for an ingredient weighed in grams. */
    private String amount(Recipe.Ingredient ing, double grams, double portions) {
        String weight = session.text("recipedetails.grams", Math.round(grams));
        String unit = ing.unit() == null ? "g" : ing.unit();
        if (unit.equals("g") || ing.amount() <= 0 || facts.recipe().servings() <= 0) return weight;
        double amount = QuantityParser.round(ing.amount() * portions / facts.recipe().servings());
        return dev.fridgechef.i18n.Quantities.quantity(amount, unit, session.russian()) + " · " + weight;
    }

    private void cook(Button button) {
        double portions = servings.getValue();
        button.setDisable(true);
        session.task(() -> plannedSlot
                        .map(slot -> session.app().plannedCooking().cookPlanned(slot.planId(), slot.day(), slot.meal(), portions))
                        .orElseGet(() -> session.app().plannedCooking().cookRecipe(facts.recipe().id(), portions))
                        .consumption())
                .onSuccess(consumption -> {
                    cookedResult.setText(session.text("recipedetails.cooked.done") + "\n" + CookedSummary.text(session, consumption));
                    afterCooked.accept(consumption);
                })
                .andFinally(() -> button.setDisable(false))
                .runOnce();
    }

}
