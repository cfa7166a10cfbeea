package dev.fridgechef.gui.diary;

import atlantafx.base.theme.Styles;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.profile.Targets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/** The day's totals of energy, protein, fat, carbohydrate and fibre, each against the profile's daily target when there is one. */
final class DayTotals {
    static final List<Nutrient> SHOWN = List.of(Nutrient.ENERGY, Nutrient.PROTEIN, Nutrient.FAT, Nutrient.CARBOHYDRATE, Nutrient.FIBER);
    private final GuiSession session;
    private final VBox rows = new VBox(10);
    private final Label note = new Label();
    private final VBox root;

    DayTotals(GuiSession session) {
        this.session = session;
        Label title = new Label(session.text("diaryview.totals"));
        title.getStyleClass().add(Styles.TITLE_4);
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        root = new VBox(10, title, rows, note);
        root.getStyleClass().addAll("card", "diary-totals");
        root.setMinWidth(280);
        root.setPrefWidth(300);
        root.setMaxHeight(Region.USE_PREF_SIZE);
    }

    void show(Nutrients total, Optional<Targets> targets) {
        rows.getChildren().clear();
        for (Nutrient n : SHOWN) {
            double eaten = total.getOrZero(n);
            Double target = targets.map(t -> t.of(n)).orElse(null);
            Label name = new Label(session.text("nutrient." + n.key()));
            String unit = session.text("diaryview.unit." + (n == Nutrient.ENERGY ? "kcal" : "g"));
            int decimals = n == Nutrient.ENERGY ? 0 : 1;
            Label value = new Label(target == null
                    ? session.text("diaryview.total.only", DiaryFormat.number(session, eaten, decimals), unit)
                    : session.text("diaryview.total.of", DiaryFormat.number(session, eaten, decimals), DiaryFormat.number(session, target, 0), unit));
            value.setId("diary-total-" + n.name().toLowerCase(java.util.Locale.ROOT));
            value.setMinWidth(Region.USE_PREF_SIZE);
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            VBox row = new VBox(3, new HBox(8, name, spring, value));
            if (target != null) {
                ProgressBar bar = new ProgressBar(target <= 0 ? 0 : Math.min(1, eaten / target));
                bar.setMaxWidth(Double.MAX_VALUE);
                if (eaten > target * 1.1) bar.getStyleClass().add(Styles.DANGER);
                row.getChildren().add(bar);
            }
            rows.getChildren().add(row);
        }
        note.setText(targets.isPresent() ? session.text("diaryview.totals.note") : session.text("diaryview.totals.notargets"));
    }


    VBox node() {
        return root;
    }
}
