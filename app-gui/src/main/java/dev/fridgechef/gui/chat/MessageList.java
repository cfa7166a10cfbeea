package dev.fridgechef.gui.chat;

import atlantafx.base.theme.Styles;
import dev.fridgechef.chat.Message;
import dev.fridgechef.gui.GuiSession;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The messages of one conversation, one card each, and the answer being written: streamed pieces
 * are gathered off the FX thread and shown in batches (one FX update per pulse, not per piece).
 */
final class MessageList {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final GuiSession session;
    private final VBox messages = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(messages);
    private final StringBuilder pending = new StringBuilder();
    private Label streaming;
    private boolean flushQueued;

    MessageList(GuiSession session) {
        this.session = session;
        messages.setId("chat-messages");
        messages.getStyleClass().add("chat-messages");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        messages.heightProperty().addListener((obs, was, now) -> scroll.setVvalue(1.0)); // follow the newest text
    }

    Node node() {
        return scroll;
    }

    void show(List<Message> list) {
        streaming = null;
        messages.getChildren().clear();
        for (Message m : list) {
            if (m.role() != Message.Role.SUMMARY) messages.getChildren().add(card(m.role(), m.content(), m.at().format(TIME)));
        }
    }

    void showPlaceholder(String text) {
        streaming = null;
        Label hint = new Label(text);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        messages.getChildren().setAll(hint);
    }

    /** The question just sent, and an empty card the answer streams into. */
    void startExchange(String question) {
        if (messages.getChildren().size() == 1 && !(messages.getChildren().get(0) instanceof VBox)) messages.getChildren().clear();
        messages.getChildren().add(card(Message.Role.USER, question, ""));
        VBox answer = card(Message.Role.ASSISTANT, "", "");
        answer.setId("chat-streaming");
        streaming = (Label) answer.getChildren().get(1);
        synchronized (pending) {
            pending.setLength(0);
        }
        messages.getChildren().add(answer);
    }

    /** Called from the worker thread with each sanitised piece of the answer. */
    void append(String piece) {
        synchronized (pending) {
            pending.append(piece);
            if (flushQueued) return;
            flushQueued = true;
        }
        Platform.runLater(this::flush);
    }

    private void flush() {
        String text;
        synchronized (pending) {
            text = pending.toString();
            pending.setLength(0);
            flushQueued = false;
        }
        if (streaming != null) streaming.setText(streaming.getText() + text);
    }

    private VBox card(Message.Role role, String text, String time) {
        Label who = new Label(session.text("chatview.role." + role.key()) + (time.isEmpty() ? "" : " · " + time));
        who.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("chat-text");
        VBox card = new VBox(4, who, body);
        card.getStyleClass().addAll("chat-card", role == Message.Role.USER ? "chat-user" : "chat-assistant");
        return card;
    }
}
