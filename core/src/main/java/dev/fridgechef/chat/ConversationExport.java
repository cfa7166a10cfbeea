package dev.fridgechef.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** One conversation as a JSON document or as Markdown, for {@code fridge chat export}. Summaries are the model's, marked as such. */
public final class ConversationExport {
    private static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private ConversationExport() {
    }

    public static ObjectNode json(Conversation c, List<Message> messages, ObjectMapper json) {
        ObjectNode doc = json.createObjectNode();
        doc.put("id", c.id());
        doc.put("title", c.title());
        doc.put("created_at", c.createdAt().format(ISO));
        doc.put("updated_at", c.updatedAt().format(ISO));
        ArrayNode list = doc.putArray("messages");
        for (Message m : messages) {
            ObjectNode o = list.addObject();
            o.put("role", m.role().key());
            o.put("content", m.content());
            o.put("tokens_in", m.tokensIn());
            o.put("tokens_out", m.tokensOut());
            o.put("at", m.at().format(ISO));
        }
        return doc;
    }

    /** Markdown with a heading per message; {@code labels} are the headings for user, assistant and summary, in the reader's language. */
    public static String markdown(Conversation c, List<Message> messages, String userLabel, String assistantLabel, String summaryLabel) {
        StringBuilder md = new StringBuilder("# ").append(c.title()).append("\n\n");
        for (Message m : messages) {
            String who = switch (m.role()) {
                case USER -> userLabel;
                case ASSISTANT -> assistantLabel;
                case SUMMARY -> summaryLabel;
            };
            md.append("## ").append(who).append(" · ").append(m.at().format(SHOWN)).append("\n\n")
                    .append(m.content().strip()).append("\n\n");
        }
        return md.toString();
    }
}
