package dev.fridgechef.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which earlier messages go to the model with a new question: the newest summary (if any) and the
 * turns after what it stands for. Questions that never got an answer (the call failed) are left out.
 * Sizes are estimated at one token per three characters, which errs on the long side for English
 * and is about right for Russian.
 */
public record ChatHistory(Optional<Message> summary, List<Message> turns) {
    /** The turns kept word for word when older ones are summarised. */
    public static final int KEEP_RECENT = 4;

    /** The history for a question, from the conversation's messages before it. */
    public static ChatHistory of(List<Message> before) {
        Message summary = null;
        for (Message m : before) if (m.role() == Message.Role.SUMMARY) summary = m;
        long after = summary == null || summary.summaryOf() == null ? Long.MIN_VALUE : summary.summaryOf();
        List<Message> turns = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Message m = before.get(i);
            if (m.role() == Message.Role.SUMMARY || m.id() <= after) continue;
            boolean answered = m.role() != Message.Role.USER
                    || before.subList(i + 1, before.size()).stream().filter(n -> n.role() != Message.Role.SUMMARY).findFirst()
                    .map(n -> n.role() == Message.Role.ASSISTANT).orElse(false);
            if (answered) turns.add(m);
        }
        return new ChatHistory(Optional.ofNullable(summary), List.copyOf(turns));
    }

    public static int estimate(String text) {
        return text == null ? 0 : (text.length() + 2) / 3;
    }

    public int tokens() {
        return summary.map(s -> estimate(s.content())).orElse(0) + turns.stream().mapToInt(m -> estimate(m.content())).sum();
    }

    /** The turns to fold into a new summary: all but the {@link #KEEP_RECENT} newest. */
    public List<Message> older() {
        return turns.size() <= KEEP_RECENT ? List.of() : turns.subList(0, turns.size() - KEEP_RECENT);
    }

    /** The history once {@code newSummary} stands for {@link #older()}. */
    public ChatHistory summarisedBy(Message newSummary) {
        return new ChatHistory(Optional.of(newSummary), turns.subList(turns.size() - Math.min(KEEP_RECENT, turns.size()), turns.size()));
    }

    /** Without the oldest turns until it fits {@code budget}, starting with a question (the summary stays). */
    public ChatHistory trimmedTo(int budget) {
        ChatHistory h = this;
        while (h.tokens() > budget && !h.turns.isEmpty()) h = new ChatHistory(h.summary, h.turns.subList(1, h.turns.size()));
        while (!h.turns.isEmpty() && h.turns.get(0).role() == Message.Role.ASSISTANT) {
            h = new ChatHistory(h.summary, h.turns.subList(1, h.turns.size())); // a conversation sent starts with a question
        }
        return h;
    }
}
