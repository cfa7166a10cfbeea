package dev.fridgechef.gui.profile;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.TargetExplanation;
import dev.fridgechef.profile.Targets;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/** The daily targets as cards and, under them, how they were computed from the person's numbers. */
final class TargetsPanel {
    private final GuiSession session;
    private final Label energy = value("targets-energy");
    private final Label protein = value("targets-protein");
    private final Label fat = value("targets-fat");
    private final Label carbohydrate = value("targets-carbohydrate");
    private final Label fiber = value("targets-fiber");
    private final Label energyBasis = basis();
    private final Label proteinBasis = basis();
    private final Label fatBasis = basis();
    private final Label carbohydrateBasis = basis();
    private final Label fiberBasis = basis();
    private final Label notice = new Label();
    private final VBox working = new VBox(6);
    private final VBox root;

    TargetsPanel(GuiSession session) {
        this.session = session;
        Label title = new Label(session.text("profileview.targets.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        TilePane cards = new TilePane(10, 10,
                card("nutrient.energy", energy, energyBasis), card("nutrient.protein", protein, proteinBasis),
                card("nutrient.fat", fat, fatBasis), card("nutrient.carbohydrate", carbohydrate, carbohydrateBasis),
                card("nutrient.fiber", fiber, fiberBasis));
        cards.setPrefColumns(3);
        cards.setPrefTileWidth(170);
        notice.setId("targets-notice");
        notice.setWrapText(true);
        notice.setGraphic(new FontIcon(Feather.INFO));
        notice.getStyleClass().add(Styles.WARNING);
        notice.managedProperty().bind(notice.visibleProperty());
        Label workingTitle = new Label(session.text("profileview.working.title"));
        workingTitle.getStyleClass().add(Styles.TITLE_4);
        working.setId("targets-working");
        root = new VBox(14, title, notice, cards, workingTitle, working);
        root.setPadding(new Insets(0, 0, 0, 8));
        root.setMinWidth(380);
    }

    VBox node() {
        return root;
    }

    /** Targets of a complete profile with the working. */
    void show(Profile p, Targets t) {
        TargetExplanation w = TargetExplanation.of(p, t, session.messages());
        notice.setVisible(false);
        energy.setText(session.text("profileview.kcal", TargetExplanation.whole(t.energy())));
        protein.setText(session.text("profileview.grams", TargetExplanation.whole(t.protein())));
        fat.setText(session.text("profileview.grams", TargetExplanation.whole(t.fat())));
        carbohydrate.setText(session.text("profileview.grams", TargetExplanation.whole(t.carbohydrate())));
        fiber.setText(session.text("profileview.grams", TargetExplanation.whole(t.fiber())));
        energyBasis.setText(session.text("profileview.energy.basis", p.goal() == null ? "" : session.text("goal." + p.goal().key())));
        proteinBasis.setText(w.proteinBasis());
        fatBasis.setText(w.fatBasis());
        carbohydrateBasis.setText(w.carbohydrateBasis());
        fiberBasis.setText(w.fiberBasis());
        List<Label> steps = new java.util.ArrayList<>();
        int n = 1;
        for (String step : w.energySteps()) steps.add(step(n++ + ". " + step));
        steps.add(step(n++ + ". " + session.text("profileview.working.protein", TargetExplanation.whole(t.protein()), w.proteinBasis())));
        steps.add(step(n++ + ". " + session.text("profileview.working.fat", TargetExplanation.whole(t.fat()), w.fatBasis())));
        steps.add(step(n++ + ". " + session.text("profileview.working.carbohydrate", TargetExplanation.whole(t.carbohydrate()))));
        steps.add(step(n + ". " + session.text("profileview.working.fiber", TargetExplanation.whole(t.fiber()), w.fiberBasis())));
        working.getChildren().setAll(steps);
    }

    /** No targets yet: what is missing or wrong, in the person's words. */
    void showNothing(String reason) {
        notice.setText(reason);
        notice.setVisible(true);
        for (Label l : List.of(energy, protein, fat, carbohydrate, fiber)) l.setText("—");
        for (Label l : List.of(energyBasis, proteinBasis, fatBasis, carbohydrateBasis, fiberBasis)) l.setText("");
        working.getChildren().clear();
    }

    private VBox card(String titleKey, Label value, Label basis) {
        Label title = new Label(session.text(titleKey));
        title.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox card = new VBox(4, title, value, basis);
        card.getStyleClass().addAll("card", "target-card");
        return card;
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.getStyleClass().addAll(Styles.TITLE_2, "target-value");
        return l;
    }

    private static Label basis() {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }

    private static Label step(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("working-step");
        return l;
    }
}
