package dev.fridgechef.gui.diary;

import atlantafx.base.theme.Styles;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.profile.Targets;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/** The day's totals of energy, protein, fat, carbohydrate and fibre, each against the profile's daily target when there is one. */
final class DayTotals {
    static final List<Nutrient> SHOWN = List.of(Nutrient.ENERGY, Nutrient.PROTEIN, Nutrient.FAT, Nutrient.CARBOHYDRATE, Nutrient.FIBER);
    private final GuiSession session;
    private final GridPane grid = new GridPane();
    private final Label note = new Label();
    private final VBox root;

    DayTotals(GuiSession session) {
        this.session = session;
        Label title = new Label(session.text("diaryview.totals"));
        title.getStyleClass().add(Styles.TITLE_4);
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints bar = new ColumnConstraints(80, 160, Double.MAX_VALUE);
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(name, bar, value);
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        root = new VBox(8, title, grid, note);
        root.getStyleClass().addAll("card", "diary-totals");
        root.setMinWidth(300);
        root.setPrefWidth(330);
    }

    void show(Nutrients total, Optional<Targets> targets) {
        grid.getChildren().clear();
        for (int i = 0; i < SHOWN.size(); i++) {
            Nutrient n = SHOWN.get(i);
            double eaten = total.getOrZero(n);
            Double target = targets.map(t -> target(t, n)).orElse(null);
            Label name = new Label(session.text("nutrient." + n.key()));
            ProgressBar bar = new ProgressBar(target == null || target <= 0 ? 0 : Math.min(1, eaten / target));
            bar.setMaxWidth(Double.MAX_VALUE);
            if (target != null && eaten > target * 1.1) bar.getStyleClass().add(Styles.DANGER);
            String unit = session.text("diaryview.unit." + (n == Nutrient.ENERGY ? "kcal" : "g"));
            int decimals = n == Nutrient.ENERGY ? 0 : 1;
            Label value = new Label(target == null
                    ? session.text("diaryview.total.only", DiaryFormat.number(session, eaten, decimals), unit)
                    : session.text("diaryview.total.of", DiaryFormat.number(session, eaten, decimals), DiaryFormat.number(session, target, 0), unit));
            value.setId("diary-total-" + n.name().toLowerCase(java.util.Locale.ROOT));
            grid.addRow(i, name, bar, value);
        }
        note.setText(targets.isPresent() ? session.text("diaryview.totals.note") : session.text("diaryview.totals.notargets"));
    }

    static double target(Targets t, Nutrient n) {
        return switch (n) {
            case ENERGY -> t.energy();
            case PROTEIN -> t.protein();
            case FAT -> t.fat();
            case CARBOHYDRATE -> t.carbohydrate();
            case FIBER -> t.fiber();
            default -> throw new IllegalArgumentException(n.name());
        };
    }

    VBox node() {
        return root;
    }
}
