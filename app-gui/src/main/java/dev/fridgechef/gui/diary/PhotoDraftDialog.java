package dev.fridgechef.gui.diary;

import atlantafx.base.theme.Styles;
import dev.fridgechef.diary.EntryKind;
import dev.fridgechef.diary.FoodPortion;
import dev.fridgechef.diary.NewEntry;
import dev.fridgechef.food.Food;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.FoodNameField;
import dev.fridgechef.gui.common.Numbers;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.photo.PhotoDraft;
import dev.fridgechef.unit.QuantityParser;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The draft meal read from a photo, to correct before anything is written: grams are edited in the
 * table, a row can be dropped or replaced by a food found by name, and rows not in the food database
 * are marked (they are not recorded). Confirm gives the corrected draft back.
 */
final class PhotoDraftDialog extends Dialog<PhotoDraft> {
    private record Row(int number, PhotoDraft.Item item) {
    }

    private final GuiSession session;
    private final TableView<Row> table = new TableView<>();
    private final Label total = new Label();
    private final Label problem = new Label();
    private final ButtonType confirm;
    private PhotoDraft draft;

    PhotoDraftDialog(GuiSession session, PhotoDraft draft) {
        this.session = session;
        this.draft = draft;
        setTitle(session.text("diaryview.photo.title"));
        initOwner(session.owner());
        setResizable(true);
        confirm = new ButtonType(session.text("diaryview.photo.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(confirm, new ButtonType(session.text("diaryview.photo.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setId("photo-draft");

        table.setId("photo-draft-table");
        table.setEditable(true);
        table.setPrefSize(620, 280);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> name = new TableColumn<>(session.text("diaryview.photo.food"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().number() + ". " + c.getValue().item().name(session.russian())
                + (c.getValue().item().seen().equals(c.getValue().item().name(session.russian())) ? ""
                : "  (" + session.text("diaryview.photo.seen", c.getValue().item().seen()) + ")")));
        name.setPrefWidth(260);
        TableColumn<Row, String> grams = new TableColumn<>(session.text("diaryview.photo.grams"));
        grams.setCellValueFactory(c -> new ReadOnlyStringWrapper(DiaryFormat.grams(session, c.getValue().item().grams())));
        grams.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()));
        grams.setOnEditCommit(e -> editGrams(e.getRowValue().number(), e.getNewValue()));
        grams.setPrefWidth(80);
        TableColumn<Row, String> kcal = new TableColumn<>(session.text("diaryview.unit.kcal"));
        kcal.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item().matched()
                ? DiaryFormat.number(session, c.getValue().item().kcal(), 0) : "—"));
        kcal.setPrefWidth(70);
        TableColumn<Row, PhotoDraft.Item> state = new TableColumn<>(session.text("diaryview.photo.state"));
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item()));
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PhotoDraft.Item item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(session.text(item.matched() ? "diaryview.photo.matched" : "diaryview.photo.unmatched"));
                getStyleClass().add(item.matched() ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        table.getColumns().addAll(List.of(name, grams, kcal, state));

        Button remove = new Button(session.text("diaryview.photo.remove"));
        remove.setId("photo-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> change(() -> this.draft.without(table.getSelectionModel().getSelectedItem().number())));
        FoodNameField replacement = new FoodNameField(session);
        replacement.setPromptText(session.text("diaryview.photo.replace.prompt"));
        Button replace = new Button(session.text("diaryview.photo.replace"));
        replace.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(replacement.textProperty().isEmpty()));
        replace.setOnAction(e -> replace(table.getSelectionModel().getSelectedItem().number(), replacement));
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        Label source = new Label(session.text(draft.cached() ? "diaryview.photo.source.cached" : "diaryview.photo.source", draft.source()));
        source.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        total.setId("photo-total");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        VBox content = new VBox(8, source, table, new HBox(8, remove, replacement, replace), total, problem);
        content.setPrefWidth(660);
        getDialogPane().setContent(content);
        setResultConverter(b -> b == confirm ? this.draft : null);
        show(draft);
    }

    private interface Change {
        PhotoDraft apply();
    }

    private void change(Change change) {
        try {
            show(change.apply());
            problem.setText("");
        } catch (UserException e) {
            problem.setText(e.localizedMessage(session.messages()));
            table.refresh();
        }
    }

    private void editGrams(int number, String text) {
        Double g = Numbers.parse(text);
        if (g == null) {
            table.refresh();
            return;
        }
        change(() -> draft.withGrams(number, g));
    }

    private void replace(int number, FoodNameField field) {
        Food chosen = field.chosenFood();
        String name = field.getText();
        session.task(() -> chosen != null ? chosen : session.app().diary().resolver().food(name))
                .onSuccess(food -> {
                    change(() -> draft.withFood(number, food));
                    field.reset();
                })
                .onError(e -> problem.setText(e instanceof UserException u ? u.localizedMessage(session.messages()) : String.valueOf(e.getMessage())))
                .runOnce();
    }

    private void show(PhotoDraft d) {
        this.draft = d;
        List<Row> rows = new ArrayList<>();
        List<PhotoDraft.Item> items = d.items();
        for (int i = 0; i < items.size(); i++) rows.add(new Row(i + 1, items.get(i)));
        table.getItems().setAll(rows);
        if (!d.food()) table.setPlaceholder(new Label(session.text("photo.not_food")));
        else if (d.empty()) table.setPlaceholder(new Label(session.text("diaryview.photo.nothing")));
        String text = session.text("diaryview.photo.total", DiaryFormat.number(session, d.energyKcal(), 0));
        if (!d.unmatched().isEmpty()) text += "  " + session.text("diaryview.photo.notcounted", d.unmatched().size());
        total.setText(text);
        getDialogPane().lookupButton(confirm).setDisable(d.matched().isEmpty());
    }

    /** The confirmed draft's matched items as one dish, named after the dishes seen. */
    static NewEntry entry(PhotoDraft draft) {
        List<FoodPortion> portions = draft.matched().stream().map(i -> FoodPortion.grams(i.foodId(), QuantityParser.round(i.grams()))).toList();
        List<PhotoDraft.Dish> dishes = draft.dishes().stream().filter(d -> d.items().stream().anyMatch(PhotoDraft.Item::matched)).toList();
        String en = dishes.stream().map(d -> d.name(false)).collect(Collectors.joining(", "));
        String ru = dishes.stream().map(d -> d.name(true)).collect(Collectors.joining(", "));
        return new NewEntry(EntryKind.DISH, null, null, en, ru, null, null, portions);
    }
}
