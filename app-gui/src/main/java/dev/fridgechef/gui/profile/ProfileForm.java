package dev.fridgechef.gui.profile;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.Labels;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.DietFlag;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.profile.TargetCalculator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The profile's fields in a two-column grid: labels on the left, inputs with inline messages on the right. */
final class ProfileForm {
    private final GuiSession session;
    private final int year;
    private final ComboBox<Sex> sex;
    private final NumberInput age;
    private final NumberInput height;
    private final NumberInput weight;
    private final ComboBox<ActivityLevel> activity;
    private final ComboBox<Goal> goal;
    private final NumberInput rate;
    private final ComboBox<Diet> diet;
    private final Map<DietFlag, CheckBox> flags = new EnumMap<>(DietFlag.class);
    private final Map<Allergen, CheckBox> allergens = new EnumMap<>(Allergen.class);
    private final DislikesInput dislikes;
    private final GridPane grid = new GridPane();
    private final BooleanBinding valid;
    private int row;

    ProfileForm(GuiSession session, int year) {
        this.session = session;
        this.year = year;
        sex = choice("profile-sex", Sex.values(), s -> session.text("sex." + s.name().toLowerCase(java.util.Locale.ROOT)));
        age = new NumberInput(session, "profile-age", "field.age", 14, 100);
        height = new NumberInput(session, "profile-height", "field.height", 100, 250);
        weight = new NumberInput(session, "profile-weight", "field.weight", 30, 300);
        activity = choice("profile-activity", ActivityLevel.values(),
                a -> session.text("activity." + a.key()) + "  ×" + a.factor());
        goal = choice("profile-goal", Goal.values(), g -> session.text("goal." + g.key()));
        rate = new NumberInput(session, "profile-rate", "field.rate", 0.1, 1.0);
        diet = choice("profile-diet", Diet.values(), d -> session.text("diet." + d.key()));
        dislikes = new DislikesInput(session);
        valid = validBinding();
        goal.valueProperty().addListener((obs, old, g) -> rateFollowsGoal(g));
        rateFollowsGoal(Goal.MAINTAIN);

        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);

        section("profileview.section.body");
        add("profileview.sex", sex);
        add("profileview.age", unit(age, "profileview.unit.years"));
        add("profileview.height", unit(height, "profileview.unit.cm"));
        add("profileview.weight", unit(weight, "profileview.unit.kg"));
        add("profileview.activity", activity);
        section("profileview.section.goal");
        add("profileview.goal", goal);
        add("profileview.rate", unit(rate, "profileview.unit.rate"));
        section("profileview.section.food");
        add("profileview.diet", diet);
        FlowPane flagBoxes = new FlowPane(14, 8);
        for (DietFlag f : DietFlag.values()) {
            CheckBox box = new CheckBox(session.text("flag." + f.key()));
            box.setId("profile-flag-" + f.key());
            flags.put(f, box);
            flagBoxes.getChildren().add(box);
        }
        add("profileview.flags", flagBoxes);
        javafx.scene.layout.TilePane allergenBoxes = new javafx.scene.layout.TilePane(14, 8);
        allergenBoxes.setPrefColumns(3);
        allergenBoxes.setTileAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Allergen a : Allergen.values()) {
            CheckBox box = new CheckBox(session.text("allergen." + a.key()));
            box.setId("profile-allergen-" + a.key());
            allergens.put(a, box);
            allergenBoxes.getChildren().add(box);
        }
        add("profileview.allergens", allergenBoxes);
        add("profileview.dislikes", dislikes.node());
    }

    GridPane node() {
        return grid;
    }

    /** True when every number field holds a valid value or nothing. */
    BooleanBinding valid() {
        return valid;
    }

    private BooleanBinding validBinding() {
        return Bindings.createBooleanBinding(() -> age.validProperty().get() && height.validProperty().get()
                        && weight.validProperty().get() && rate.validProperty().get(),
                age.validProperty(), height.validProperty(), weight.validProperty(), rate.validProperty());
    }

    /** Calls {@code listener} after any change the person makes. */
    void onChange(Runnable listener) {
        for (var input : new NumberInput[] {age, height, weight, rate}) input.field().textProperty().addListener((o, a, b) -> listener.run());
        for (var box : new ComboBox<?>[] {sex, activity, goal, diet}) box.valueProperty().addListener((o, a, b) -> listener.run());
        flags.values().forEach(b -> b.selectedProperty().addListener((o, a, c) -> listener.run()));
        allergens.values().forEach(b -> b.selectedProperty().addListener((o, a, c) -> listener.run()));
        dislikes.onChange((o, a, b) -> listener.run());
    }

    void fill(Profile p) {
        sex.setValue(p.sex());
        age.set(p.birthYear() == null ? null : (double) (year - p.birthYear()));
        height.set(p.heightCm());
        weight.set(p.weightKg());
        activity.setValue(p.activity());
        goal.setValue(p.goal());
        rate.set(p.goalRateKgPerWeek());
        diet.setValue(p.diet());
        flags.forEach((f, box) -> box.setSelected(p.flags().contains(f)));
        allergens.forEach((a, box) -> box.setSelected(p.allergies().contains(a)));
        dislikes.set(p.dislikes());
    }

    /** The profile as the form shows it now (for the live targets); blank numbers are unset. */
    Profile draft() {
        Double years = age.value();
        return new Profile(sex.getValue(), years == null ? null : year - (int) Math.round(years), height.value(), weight.value(),
                activity.getValue(), goal.getValue(), goal.getValue() == Goal.MAINTAIN ? null : rate.value(), diet.getValue(),
                selected(flags, DietFlag.class), selected(allergens, Allergen.class), dislikes.values());
    }

    /** Every field at once, so saving writes the whole form (blank numbers leave the stored value as it is). */
    ProfileUpdate update() {
        Profile d = draft();
        Double years = age.value();
        return new ProfileUpdate(d.sex(), null, years == null ? null : (int) Math.round(years), d.heightCm(), d.weightKg(),
                d.activity(), d.goal(), d.goalRateKgPerWeek(), d.diet(), d.flags(), d.allergies(), d.dislikes());
    }

    private void rateFollowsGoal(Goal g) {
        boolean changes = g == Goal.LOSE || g == Goal.GAIN;
        rate.field().setDisable(!changes);
        double fallback = g == Goal.GAIN ? TargetCalculator.DEFAULT_GAIN_RATE : TargetCalculator.DEFAULT_LOSS_RATE;
        rate.field().setPromptText(changes ? session.text("profileview.rate.default", fallback) : "");
    }

    private static <E extends Enum<E>> Set<E> selected(Map<E, CheckBox> boxes, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        boxes.forEach((e, box) -> {
            if (box.isSelected()) set.add(e);
        });
        return set;
    }

    private <T> ComboBox<T> choice(String id, T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setId(id);
        box.setPromptText(session.text("profileview.choose"));
        box.setMaxWidth(280);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setConverter(Labels.of(label));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? session.text("profileview.choose") : label.apply(item));
            }
        });
        return box;
    }

    private Node unit(NumberInput input, String unitKey) {
        Label unit = new Label(session.text(unitKey));
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        dev.fridgechef.gui.common.Fit.whole(unit);
        javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(8, input.field(), unit);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        input.withUnit(line);
        return input.node();
    }

    private void section(String key) {
        Label title = new Label(session.text(key));
        title.getStyleClass().addAll(Styles.TITLE_4, "form-section");
        GridPane.setHalignment(title, HPos.LEFT);
        if (row > 0) title.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        grid.add(title, 0, row++, 2, 1);
    }

    private void add(String labelKey, Node input) {
        Label label = new Label(session.text(labelKey));
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(input, 1, row++);
    }
}
