package dev.fridgechef.gui.chat;

import atlantafx.base.theme.Styles;
import dev.fridgechef.chat.Conversation;
import dev.fridgechef.chat.Conversations;
import dev.fridgechef.chat.Message;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.main.View;
import dev.fridgechef.i18n.UserException;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * The Chat page: the conversations on the left, the chosen one's messages on the right and a box to
 * ask in it (Enter sends, Shift+Enter starts a new line). The answer streams into the page as it is
 * written; the store, the model and the conversation list are reached off the FX thread. Without an
 * AI provider the page says so and points to Settings; the kept conversations can still be read.
 */
public final class ChatView implements View {
    private final GuiSession session;
    private final ConversationList conversations;
    private final MessageList messages;
    private final TextArea input = new TextArea();
    private final Button send = new Button();
    private final Label notice = new Label();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    private Long current;
    private boolean busy;

    public ChatView(GuiSession session) {
        this.session = session;
        this.messages = new MessageList(session);
        this.conversations = new ConversationList(session, this::startNew, this::rename, this::delete, c -> {
            current = c.id();
            reload();
        });

        Label title = new Label(session.text("nav.chat"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(session.text("chatview.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        notice.setId("chat-notice");
        notice.setText(session.text("chatview.noprovider"));
        notice.setWrapText(true);
        notice.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        notice.getStyleClass().addAll(Styles.WARNING, "chat-notice");
        VBox header = new VBox(2, title, hint, notice);
        header.setPadding(new Insets(0, 0, 12, 0));

        input.setId("chat-input");
        input.setPromptText(session.text("chatview.prompt"));
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                send();
            }
        });
        send.setId("chat-send");
        dev.fridgechef.gui.common.Fit.whole(send);
        send.setText(session.text("chatview.send"));
        send.setGraphic(new FontIcon(Feather.SEND));
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(e -> send());
        input.textProperty().addListener((obs, was, now) -> showProvider());
        status.setId("chat-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        HBox ask = new HBox(8, input, send);
        HBox.setHgrow(input, Priority.ALWAYS);
        ask.setAlignment(Pos.BOTTOM_RIGHT);
        VBox right = new VBox(10, messages.node(), status, ask);
        VBox.setVgrow(messages.node(), Priority.ALWAYS);

        root.setTop(header);
        root.setLeft(conversations.node());
        root.setCenter(right);
        showProvider();
        messages.showPlaceholder(session.text("chatview.empty"));
    }

    @Override
    public Node root() {
        return root;
    }

    /** Reads the conversations (and the chosen one's messages) again, unless an answer is being written. */
    @Override
    public void refresh() {
        showProvider();
        if (!busy) reload();
    }

    private void showProvider() {
        boolean none = session.app().llmSettings().providers().isEmpty();
        notice.setVisible(none);
        notice.setManaged(none);
        send.setDisable(!canSend());
    }

    /** Not while an answer is written; without a provider, only a question Fridge Chef answers itself. */
    private boolean canSend() {
        return !busy && (!session.app().llmSettings().providers().isEmpty() || answeredWithoutProvider());
    }

    /** A question Fridge Chef answers itself from its own data (what to use first, what to cook now, the plan's targets). */
    private boolean answeredWithoutProvider() {
        String text = input.getText();
        return text != null && dev.fridgechef.chat.LocalQuestion.of(text.strip()).isPresent();
    }

    private record Page(List<Conversation> conversations, List<Message> messages) {
    }

    private void reload() {
        Long id = current;
        Conversations store = session.app().conversations();
        session.task(() -> new Page(store.list(), id == null || store.find(id).isEmpty() ? null : store.messages(id))).onSuccess(page -> {
            if (busy) return;
            if (page.messages() == null) current = null;
            conversations.show(page.conversations(), current);
            if (page.messages() == null) messages.showPlaceholder(session.text("chatview.empty"));
            else messages.show(page.messages());
        }).runOnce();
    }

    private void startNew() {
        current = null;
        status.setText("");
        messages.showPlaceholder(session.text("chatview.empty"));
        input.requestFocus();
    }

    /**
     * The outcome of one question: the conversation it went to, and what went wrong if it did (the
     * question is kept then) or else where the answer came from when not plainly from the model now.
     */
    private record Asked(Long conversation, String error, String origin) {
    }

    /** Says when the answer is an earlier one served again, or when the question went without the stock and plans. */
    private String origin(dev.fridgechef.chat.ConversationChat.Reply reply) {
        if (reply.answeredLocally()) return session.text("chatview.local");
        if (reply.cached()) return session.text(reply.general() ? "chatview.cached.general" : "chatview.cached", reply.cachedFrom());
        return reply.general() ? session.text("chatview.general") : "";
    }

    void send() {
        String question = input.getText() == null ? "" : input.getText().strip();
        if (question.isEmpty() || !canSend()) return;
        busy = true;
        showProvider();
        status.setText(session.text("chatview.writing"));
        input.clear();
        messages.startExchange(question);
        Long target = current;
        boolean russian = session.russian();
        var chat = session.app().chat();
        session.task(() -> {
            try {
                var reply = chat.ask(target, question, russian, messages::append);
                return new Asked(reply.conversation().id(), null, origin(reply));
            } catch (UserException e) {
                Long kept = target != null ? target : session.app().conversations().latest().map(Conversation::id).orElse(null);
                return new Asked(kept, e.localizedMessage(session.messages()), "");
            }
        }).onSuccess(asked -> {
            current = asked.conversation();
            status.setText(asked.error() == null ? asked.origin() : asked.error());
        }).andFinally(() -> {
            busy = false;
            showProvider();
            reload();
        }).runOnce();
    }

    private void rename(Conversation c) {
        TextInputDialog dialog = new TextInputDialog(c.title());
        dialog.getDialogPane().getButtonTypes().setAll(dev.fridgechef.gui.common.DialogButtons.ok(session), dev.fridgechef.gui.common.DialogButtons.cancel(session));
        dialog.setTitle(session.text("chatview.rename"));
        dialog.setHeaderText(null);
        dialog.setContentText(session.text("chatview.rename.label"));
        dialog.getDialogPane().setId("chat-rename-dialog");
        if (session.owner() != null) dialog.initOwner(session.owner());
        dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(title ->
                session.task(() -> session.app().conversations().rename(c.id(), title)).onSuccess(done -> reload()).runOnce());
    }

    private void delete(Conversation c) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, session.text("chatview.delete.confirm", c.title(), c.messages()),
                dev.fridgechef.gui.common.DialogButtons.ok(session), dev.fridgechef.gui.common.DialogButtons.cancel(session));
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("chat-delete-dialog");
        if (session.owner() != null) confirm.initOwner(session.owner());
        if (!dev.fridgechef.gui.common.DialogButtons.confirmed(confirm.showAndWait())) return;
        session.task(() -> session.app().conversations().delete(c.id())).onSuccess(done -> {
            if (current != null && current == c.id()) current = null;
            reload();
        }).runOnce();
    }
}
