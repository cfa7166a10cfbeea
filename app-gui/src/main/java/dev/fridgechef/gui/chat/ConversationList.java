package dev.fridgechef.gui.chat;

import atlantafx.base.theme.Styles;
import dev.fridgechef.chat.Conversation;
import dev.fridgechef.gui.GuiSession;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The conversations, most recently used first, with New, Rename and Delete. */
final class ConversationList {
    private final ListView<Conversation> list = new ListView<>();
    private final Button create = new Button();
    private final Button rename = new Button();
    private final Button delete = new Button();
    private final VBox root;
    private boolean filling;

    ConversationList(GuiSession session, Runnable onNew, Consumer<Conversation> onRename, Consumer<Conversation> onDelete,
                     Consumer<Conversation> onSelect) {
        list.setId("chat-conversations");
        list.setPlaceholder(new Label(session.text("chatview.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Conversation c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title());
                setTooltip(empty || c == null ? null : new javafx.scene.control.Tooltip(c.title()));
                setPrefWidth(0); // long titles end in "…" instead of widening the list
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!filling && now != null) onSelect.accept(now);
        });
        create.setText(session.text("chatview.new"));
        create.setId("chat-new");
        create.setGraphic(new FontIcon(Feather.PLUS));
        create.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            onNew.run();
        });
        rename.setId("chat-rename");
        rename.setGraphic(new FontIcon(Feather.EDIT_2));
        rename.setTooltip(new javafx.scene.control.Tooltip(session.text("chatview.rename")));
        rename.setOnAction(e -> selected().ifPresent(onRename));
        delete.setId("chat-delete");
        delete.setGraphic(new FontIcon(Feather.TRASH_2));
        delete.setTooltip(new javafx.scene.control.Tooltip(session.text("chatview.delete")));
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> selected().ifPresent(onDelete));
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        HBox actions = new HBox(6, create, rename, delete);
        HBox.setHgrow(create, Priority.ALWAYS);
        create.setMaxWidth(Double.MAX_VALUE);
        root = new VBox(8, actions, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(0, 12, 0, 0));
        root.setPrefWidth(260);
        root.setMinWidth(200);
    }

    Node node() {
        return root;
    }

    Optional<Conversation> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** Shows {@code conversations} with {@code selectedId} chosen (none when null), without reporting it as a new choice. */
    void show(List<Conversation> conversations, Long selectedId) {
        filling = true;
        try {
            list.getItems().setAll(conversations);
            list.getSelectionModel().clearSelection();
            if (selectedId != null) {
                conversations.stream().filter(c -> c.id() == selectedId).findFirst().ifPresent(c -> list.getSelectionModel().select(c));
            }
        } finally {
            filling = false;
        }
    }
}
