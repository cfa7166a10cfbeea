package dev.fridgechef.chat;

import dev.fridgechef.recipe.MealType;
import dev.fridgechef.text.TextNormalizer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A chat question the app answers itself from its own data, better than a model would:
 * what in the stock to use first, what can be cooked from it now, and whether today's (or
 * tomorrow's) plan meets the energy and protein targets. The answer is facts and numbers from the
 * stock, the recipe library and the food database ({@link LocalAnswer}); a model would only restate
 * them, at a cost, and might get them wrong.
 * <p>
 * Deliberately narrow: every word of the question must belong to the kind's small vocabulary and the
 * words that make the kind must be there. Any other word (a food, a wish, "how long", "balance",
 * "vegan") leaves the question to the model. Taking a question for a local one that is not would
 * answer something the person did not ask. No word of the vocabularies points back at earlier turns
 * ("that", "these", "it" but in "before it goes off"), so such a question stands on its own in any
 * conversation.
 */
public final class LocalQuestion {
    public enum Kind { USE_FIRST, COOK_NOW, PLAN_CHECK }

    /** The kind, and for {@link Kind#COOK_NOW} the meal named (null: any); for {@link Kind#PLAN_CHECK} whether tomorrow is meant. */
    public record Match(Kind kind, MealType meal, boolean tomorrow) {
    }

    static final int MAX_WORDS = 16;

    private static final Set<String> COMMON_EN = Set.of("what", "which", "s", "is", "are", "do", "does", "can", "could", "should", "shall",
            "would", "i", "we", "me", "us", "my", "our", "the", "a", "an", "in", "of", "for", "to", "with", "from", "there", "at", "on",
            "now", "right", "please", "have", "got", "ve", "d", "ll", "m", "all", "any", "some");
    private static final Set<String> USE_FIRST_EN = Set.of("food", "foods", "things", "thing", "items", "item", "stuff", "groceries",
            "fridge", "freezer", "pantry", "stock", "use", "eat", "cook", "finish", "up", "first", "before", "they", "goes", "go", "going",
            "off", "bad", "expire", "expires", "expiring", "expired", "soon", "soonest", "spoil", "spoils", "spoiling", "need", "needs",
            "must", "about", "be", "used", "eaten", "will", "it", "next", "days");
    private static final Set<String> USE_FIRST_KEY_EN = Set.of("first", "expire", "expires", "expiring", "spoil", "spoils", "spoiling",
            "soonest", "off", "bad");
    private static final Set<String> COOK_NOW_EN = Set.of("cook", "make", "prepare", "take", "pack", "dinner", "lunch", "breakfast",
            "supper", "work", "office", "school", "tonight", "tomorrow", "today", "this", "evening", "morning", "fridge", "freezer",
            "pantry", "stock", "left", "leftover", "leftovers", "something", "anything", "meal", "home", "is", "what", "out", "good", "idea",
            "ideas", "suggest", "recommend", "you");
    private static final Set<String> COOK_NOW_VERB_EN = Set.of("cook", "make", "prepare", "take", "pack");
    private static final Set<String> COOK_NOW_KEY_EN = Set.of("fridge", "freezer", "pantry", "stock", "left", "leftover", "leftovers",
            "have", "got", "tonight", "tomorrow", "today", "dinner", "lunch", "breakfast", "supper", "now", "evening", "morning");
    private static final Set<String> PLAN_CHECK_EN = Set.of("plan", "plans", "menu", "meals", "today", "tomorrow", "enough", "protein",
            "calories", "calorie", "kcal", "energy", "too", "much", "little", "many", "few", "meet", "meets", "hit", "hits", "reach",
            "reaches", "target", "targets", "goal", "goals", "give", "gives", "get", "within", "over", "under", "am", "getting");
    private static final Set<String> PLAN_EN = Set.of("plan", "plans", "menu", "meals");
    private static final Set<String> NUTRIENT_EN = Set.of("protein", "calories", "calorie", "kcal", "energy");

    private static final Set<String> COMMON_RU = Set.of("что", "какие", "какой", "какую", "какое", "чем", "ли", "мне", "я", "мы", "нам",
            "у", "меня", "нас", "в", "во", "из", "с", "со", "на", "до", "и", "а", "бы", "же", "пожалуйста", "сейчас", "мой", "моем", "моих",
            "мои", "моей", "моя", "мое", "моего", "наш", "нашем", "наших", "есть", "по", "для", "не", "пока", "еду", "еда");
    /** Word beginnings (the endings vary); short words are whole words in COMMON_RU, as a beginning they would match too much. */
    private static final List<String> USE_FIRST_RU = List.of("продукт", "холодильн", "морозил", "запас", "нужно", "надо",
            "стоит", "следует", "лучше", "сначала", "перв", "очеред", "съест", "съед", "использ", "приготов", "доест", "испорт", "пропад",
            "скоро", "срок", "годност", "истека", "истек", "всего", "прежде", "чтобы", "кончает", "заканчива");
    private static final List<String> USE_FIRST_KEY_RU = List.of("сначала", "перв", "испорт", "пропад", "срок", "истека", "истек");
    private static final List<String> COOK_NOW_RU = List.of("приготов", "сготов", "сдела", "взять", "возьм", "можно", "могу", "стоит",
            "посовет", "предлож", "холодильн", "морозил", "запас", "остал", "остатк", "сегодн", "вечер", "завтр", "ужин", "обед",
            "работ", "школ", "продукт", "имеющ", "того", "дома", "есть", "нибудь", "что");
    private static final List<String> COOK_NOW_VERB_RU = List.of("приготов", "сготов", "сдела", "взять", "возьм");
    private static final List<String> COOK_NOW_KEY_RU = List.of("холодильн", "морозил", "запас", "остал", "остатк", "сегодн", "вечер",
            "завтр", "ужин", "обед", "работ", "имеющ", "дома", "сейчас");
    private static final List<String> PLAN_CHECK_RU = List.of("план", "меню", "сегодн", "завтр", "хват", "достаточ", "мало", "много",
            "белк", "белок", "калор", "ккал", "энерг", "норм", "цел", "укладыва", "набира", "получа", "слишком");
    private static final List<String> PLAN_RU = List.of("план", "меню");
    private static final List<String> NUTRIENT_RU = List.of("белк", "белок", "калор", "ккал", "энерг");

    private LocalQuestion() {
    }

    /** The kind of {@code question}, or empty when it is not one the app answers itself (unsure means empty). */
    public static Optional<Match> of(String question) {
        if (question == null) return Optional.empty();
        String text = question.strip();
        List<String> words = TextNormalizer.tokens(text);
        if (words.isEmpty() || words.size() > MAX_WORDS || text.chars().anyMatch(Character::isDigit)) return Optional.empty();
        boolean russian = text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
        return russian ? russian(words) : english(words);
    }

    private static Optional<Match> english(List<String> words) {
        if (!Set.of("what", "which", "does", "do", "is", "are", "am", "anything", "any", "will").contains(words.get(0))) return Optional.empty();
        if (allIn(words, COMMON_EN, PLAN_CHECK_EN) && any(words, PLAN_EN) && any(words, NUTRIENT_EN)) {
            return Optional.of(new Match(Kind.PLAN_CHECK, null, words.contains("tomorrow") && !words.contains("today")));
        }
        if (allIn(words, COMMON_EN, USE_FIRST_EN) && any(words, USE_FIRST_KEY_EN) && !words.contains("tomorrow")) {
            if (words.contains("off") && !words.contains("go") && !words.contains("goes") && !words.contains("going")) return Optional.empty();
            if (words.contains("bad") && !words.contains("go") && !words.contains("goes") && !words.contains("going")) return Optional.empty();
            return Optional.of(new Match(Kind.USE_FIRST, null, false));
        }
        if (allIn(words, COMMON_EN, COOK_NOW_EN) && any(words, COOK_NOW_VERB_EN) && any(words, COOK_NOW_KEY_EN)) {
            return Optional.of(new Match(Kind.COOK_NOW, mealEnglish(words), false));
        }
        return Optional.empty();
    }

    private static MealType mealEnglish(List<String> words) {
        if (words.contains("breakfast") || words.contains("morning")) return MealType.BREAKFAST;
        if (words.contains("lunch") || words.contains("work") || words.contains("office") || words.contains("school")) return MealType.LUNCH;
        if (words.contains("dinner") || words.contains("supper") || words.contains("tonight") || words.contains("evening")) return MealType.DINNER;
        return null;
    }

    private static Optional<Match> russian(List<String> words) {
        if (allBegin(words, COMMON_RU, PLAN_CHECK_RU) && anyBegins(words, PLAN_RU) && anyBegins(words, NUTRIENT_RU)) {
            return Optional.of(new Match(Kind.PLAN_CHECK, null, tomorrowRussian(words) && !anyBegins(words, List.of("сегодн"))));
        }
        if (allBegin(words, COMMON_RU, USE_FIRST_RU) && anyBegins(words, USE_FIRST_KEY_RU) && !tomorrowRussian(words)) {
            return Optional.of(new Match(Kind.USE_FIRST, null, false));
        }
        if (allBegin(words, COMMON_RU, COOK_NOW_RU) && anyBegins(words, COOK_NOW_VERB_RU) && anyBegins(words, COOK_NOW_KEY_RU)
                && (words.contains("что") || words.contains("чем"))) {
            return Optional.of(new Match(Kind.COOK_NOW, mealRussian(words), false));
        }
        return Optional.empty();
    }

    /** "завтра", "завтрашний", but not "завтрак" (breakfast). */
    private static boolean tomorrowRussian(List<String> words) {
        return words.stream().anyMatch(w -> w.startsWith("завтр") && !w.startsWith("завтрак"));
    }

    private static MealType mealRussian(List<String> words) {
        if (anyBegins(words, List.of("завтрак", "утр"))) return MealType.BREAKFAST;
        if (anyBegins(words, List.of("обед", "работ", "школ"))) return MealType.LUNCH;
        if (anyBegins(words, List.of("ужин", "вечер"))) return MealType.DINNER;
        return null;
    }

    private static boolean allIn(List<String> words, Set<String> common, Set<String> kind) {
        return words.stream().allMatch(w -> common.contains(w) || kind.contains(w));
    }

    private static boolean any(List<String> words, Set<String> wanted) {
        return words.stream().anyMatch(wanted::contains);
    }

    private static boolean allBegin(List<String> words, Set<String> common, List<String> beginnings) {
        return words.stream().allMatch(w -> common.contains(w) || beginnings.stream().anyMatch(w::startsWith));
    }

    private static boolean anyBegins(List<String> words, List<String> beginnings) {
        return words.stream().anyMatch(w -> beginnings.stream().anyMatch(w::startsWith));
    }
}
