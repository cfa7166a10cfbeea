package dev.fridgechef.chat;

import dev.fridgechef.text.TextNormalizer;

import java.util.List;
import java.util.Set;

/**
 * Whether a question that opens a conversation is general nutrition knowledge ("Is oatmeal good for
 * losing weight?", "What should I eat before a workout?") rather than about the person's own food,
 * plans or day. Only a general question is answered from the person's targets and rules alone (no
 * stock, no plan, no date), and its answer may be served again on later days.
 * <p>
 * Deliberately conservative: a question is general only when it reads as a question and mentions
 * nothing that points at the person's own things or time — their fridge, stock, plan, meals of the
 * day, what they ate or bought, "this"/"these", "we"/"our", any number (a weight, a portion), or
 * "my" other than before a word about their targets ("my daily protein requirement"). Anything the
 * rules do not recognise as general stays personal: a personal question taken for a general one
 * would be answered without the data it is about.
 */
public final class GeneralQuestion {
    /** Words (normalised tokens) that tie an English question to the person's own food, plans or day. */
    private static final Set<String> PERSONAL_EN = Set.of(
            "our", "ours", "we", "us", "me", "mine", "myself",
            "fridge", "fridges", "freezer", "stock", "pantry", "inventory", "cupboard", "kitchen", "shelf",
            "left", "leftover", "leftovers", "remaining", "rest",
            "plan", "plans", "planned", "planner", "planning", "menu", "diary", "list", "log", "logged",
            "today", "tonight", "tomorrow", "yesterday", "now", "currently", "week", "weekend", "morning", "evening", "afternoon",
            "breakfast", "lunch", "dinner", "supper", "brunch",
            "this", "these", "that", "those", "them", "here",
            "ate", "eaten", "had", "have", "has", "bought", "buy", "buying", "shop", "shopping", "got",
            "cook", "cooked", "cooking", "make", "made", "recipe", "recipes", "dish", "dishes",
            "expire", "expires", "expiring", "expired", "spoil", "spoils", "spoiling", "goes", "off", "first", "still", "yet");
    /** The same for Russian: pronouns and short words as whole words, the rest as word beginnings (the endings vary). */
    private static final Set<String> PERSONAL_RU_WORDS = Set.of(
            "мой", "моя", "мое", "мои", "моего", "моей", "моих", "моим", "моем", "мою", "моему",
            "наш", "наша", "наше", "наши", "нашего", "нашей", "наших", "нашим", "нас", "нам", "мы", "меня",
            "это", "эти", "этот", "эта", "этим", "этих", "этого", "этой", "тот", "та", "те", "тех", "той",
            "ел", "ела", "ели", "сейчас", "теперь");
    private static final List<String> PERSONAL_RU_BEGINNINGS = List.of(
            "холодильн", "морозилк", "запас", "остат", "остал", "полк", "кухн",
            "план", "меню", "дневник", "список",
            "сегодн", "вечер", "завтр", "вчер", "утр", "недел", "выходн",
            "обед", "ужин", "полдник",
            "съел", "съем", "купил", "купл", "покуп", "магазин",
            "готов", "пригот", "сдела", "рецепт", "блюд",
            "испорт", "срок", "пропад", "сначала", "перв", "ещ");
    /** After "my", a word about the targets and rules the general context still holds. */
    private static final Set<String> PROFILE_EN = Set.of("requirement", "requirements", "need", "needs", "target", "targets", "goal",
            "goals");
    private static final Set<String> QUESTION_EN = Set.of("what", "how", "is", "are", "can", "could", "does", "do", "should", "which",
            "why", "when", "will", "would", "may", "am");
    private static final Set<String> QUESTION_RU = Set.of("как", "что", "чем", "сколько", "можно", "ли", "какой", "какая", "какое",
            "какие", "почему", "зачем", "когда", "нужно", "надо", "стоит", "правда");
    /** Longer questions tell a story about the person's day; a general one is short. */
    static final int MAX_WORDS = 20;

    private GeneralQuestion() {
    }

    /** True only when {@code question} is recognised as general knowledge; unsure means false. */
    public static boolean general(String question) {
        if (question == null) return false;
        String text = question.strip();
        List<String> words = TextNormalizer.tokens(text);
        if (words.isEmpty() || words.size() > MAX_WORDS) return false;
        if (text.chars().anyMatch(Character::isDigit)) return false;
        boolean russian = text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
        return russian ? generalRussian(text, words) : generalEnglish(text, words);
    }

    private static boolean generalEnglish(String text, List<String> words) {
        if (!text.endsWith("?") && !QUESTION_EN.contains(words.get(0))) return false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (PERSONAL_EN.contains(w)) return false;
            if (w.equals("my") && !profileWordAfter(words, i)) return false;
        }
        return true;
    }

    /** "my" is about the targets only when one of the next three words says so ("my daily protein requirement"). */
    private static boolean profileWordAfter(List<String> words, int at) {
        for (int i = at + 1; i < Math.min(words.size(), at + 4); i++) if (PROFILE_EN.contains(words.get(i))) return true;
        return false;
    }

    private static boolean generalRussian(String text, List<String> words) {
        boolean asks = text.endsWith("?") || words.stream().anyMatch(w -> QUESTION_RU.contains(w) || w.startsWith("полезн"));
        if (!asks) return false;
        for (String w : words) {
            if (PERSONAL_RU_WORDS.contains(w)) return false;
            for (String beginning : PERSONAL_RU_BEGINNINGS) if (w.startsWith(beginning)) return false;
        }
        return true;
    }
}
