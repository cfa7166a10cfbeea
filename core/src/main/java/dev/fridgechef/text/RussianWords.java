package dev.fridgechef.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a short Russian question or plan wish, for {@link TextSimilarity}: two texts
 * with the same set ask the same thing, one content word apart ("рис" / "курица") they do not.
 * <ol>
 *   <li>normalised ({@link TextNormalizer}: lower case, ё as е, no punctuation), and a few phrases read
 *       as one word ("на скорую руку" as "быстрые", "какое количество" as "сколько");</li>
 *   <li>stop words dropped: prepositions, pronouns, "пожалуйста", "хочу", "что"/"какой", "блюдо",
 *       "продукты", and eating itself ("есть", "съесть", "потребление", "можно": a question about food
 *       is about eating it);</li>
 *   <li>words of the domain with one meaning in several forms or words read as a concept, by whole word
 *       or by a beginning ("белок", "белка", "протеин…" as БЕЛОК; "норма" as СКОЛЬКО НУЖНО,
 *       "белковые" as БОЛЬШЕ БЕЛОК); "сырой" (raw) is matched whole so that "сыр" (cheese) stays apart;</li>
 *   <li>other words cut to a crude stem (case, number and adjective endings, "-ть", "-ся");</li>
 *   <li>a side word (больше, меньше, не/без/ничего, перед, после, вместо) is joined to the next content
 *       word, "больше рыбы, меньше мяса" giving БОЛЬШЕ:рыб and МЕНЬШЕ:МЯСО, so that it does not equal
 *       "больше мяса, меньше рыбы"; after "и" the same side goes on ("без сахара и соли"), and one
 *       at the end goes to the word before ("рыбы побольше").</li>
 * </ol>
 */
final class RussianWords {
    private RussianWords() {
    }

    private static final String[][] PHRASES = {
        {"что нибудь", ""}, {"что то", ""}, {"как долго", "сколько"}, {"какое количество", "сколько"},
        {"сколько дней", "сколько"}, {"сколько минут", "сколько"}, {"сколько времени", "сколько"},
        {"может лежать", "хранится"}, {"может храниться", "хранится"}, {"на скорую руку", "быстрые"},
        {"вечерний прием пищи", "ужин"}, {"прием пищи", "еда"},
        {"с большим количеством", "больше"}, {"с малым количеством", "меньше"},
    };

    /** A concept and its words; "-" drops them, a word ending in "*" is a beginning. Side words first. */
    private static final String[] CONCEPTS = {
        "-: и в во на с со из за к ко по для у о об от при мне меня мой моя мои мое моей я мы нам нас ты вы вам ли же бы ну "
                + "пожалуйста это этой этот эту эти этом хочу хочется хотелось хотим каждый каждую каждое что какой какая "
                + "какое какие каких каким какую каком блюдо блюда блюд блюдом еда еду еды едой пища пищи продукт продукты "
                + "продуктов продуктах продуктами есть ем ешь ест едим съесть поесть кушать покушать питаться потребление "
                + "потреблять употреблять можно может нормально лучше",
        "БОЛЬШЕ: больше побольше много большим большое богат* увелич* белков* калорийн*",
        "МЕНЬШЕ: меньше поменьше мало малым сниз* сократ* уменьш* огранич*",
        "НЕ: не без ничего нет никакого никакой никаких никакие исключ*",
        "ПЕРЕД: перед до",
        "ПОСЛЕ: после",
        "ВМЕСТО: вместо",
        "СКОЛЬКО: сколько норма нормы норму норме калорийност*",
        "НУЖНО: нужно надо необходимо норма нормы норму норме",
        "КАЛОРИИ: калори* калорийн* калорийност*",
        "ДЕНЬ: день дня дню днем дни дней дневн* ежедневн* сутки сутк*",
        "БЕЛОК: белок белка белку белком белке белков* протеин*",
        "ГОТОВИТЬ: готовить приготов* сделать сделаю",
        "ВАРИТЬ: варить сварить варят варю отварить",
        "ВАРЕНЫЙ: вареный вареная вареное вареные вареную вареных вареным готовый готовая готовое готовые готовую "
                + "готовых сваренн* отварн*",
        "СЫРОЙ: сырой сырая сырое сырые сырую сырых сырым",
        "ХРАНИТЬ: хран* лежать лежит заморо* замораж*",
        "МОРОЗИЛКА: морозилк* морозильн* заморо* замораж*",
        "ПИТЬ: пить выпивать выпить попить пью",
        "ЯЙЦО: яйц* яиц",
        "МЯСО: мяс*",
        "КУРИЦА: куриц* курин*",
        "СЛАДКОЕ: сладк* сладост*",
        "ЛЕГКИЙ: легк* легче полегче",
        "БЫСТРЫЙ: быстр* побыстрее",
        "ДЕШЕВЫЙ: дешев* эконом* бюджет* недорог*",
        "ПОЛЕЗНЫЙ: полезн* полезен",
    };
    private static final Set<String> SIDES = Set.of("БОЛЬШЕ", "МЕНЬШЕ", "НЕ", "ПЕРЕД", "ПОСЛЕ", "ВМЕСТО");
    private static final Map<String, List<String>> WORDS = new HashMap<>();
    private static final List<String> BEGINNINGS = new ArrayList<>();

    static {
        for (String line : CONCEPTS) {
            String concept = line.substring(0, line.indexOf(':'));
            for (String w : line.substring(line.indexOf(':') + 1).trim().split(" +")) {
                List<String> to = WORDS.computeIfAbsent(w, k -> new ArrayList<>());
                if (!concept.equals("-")) to.add(concept);
                if (w.endsWith("*") && !BEGINNINGS.contains(w)) BEGINNINGS.add(w);
            }
        }
        BEGINNINGS.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The content words of {@code text}: concepts, stems, and side words joined to the word they qualify. */
    static Set<String> content(String text) {
        String n = " " + TextNormalizer.normalize(text) + " ";
        for (String[] p : PHRASES) n = n.replace(" " + p[0] + " ", " " + p[1] + " ");
        List<String> out = new ArrayList<>();
        String side = "";
        String last = "";
        boolean carried = false;
        for (String word : n.trim().split(" +")) {
            if (word.isEmpty()) continue;
            if (word.equals("и") && side.isEmpty()) {
                side = last; // "без сахара и соли": without both
                carried = true;
                continue;
            }
            for (String c : concepts(word)) {
                if (SIDES.contains(c)) {
                    side = (carried ? "" : side) + c + ":";
                    carried = false;
                } else {
                    out.add(side + c);
                    last = side;
                    side = "";
                    carried = false;
                }
            }
        }
        if (!side.isEmpty() && !carried) {
            out.add(side + (out.isEmpty() ? "" : out.remove(out.size() - 1)));
        }
        return new LinkedHashSet<>(out);
    }

    private static List<String> concepts(String word) {
        List<String> c = WORDS.get(word);
        if (c != null) return c;
        for (String b : BEGINNINGS) {
            if (word.startsWith(b.substring(0, b.length() - 1))) return WORDS.get(b);
        }
        return List.of(stem(word));
    }

    private static final String[] ENDINGS = {
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "иях", "ией", "ием", "ать", "ять", "ить", "еть", "ыть",
        "ах", "ях", "ов", "ев", "ей", "ой", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем", "ам", "ям",
        "их", "ых", "ию", "ью", "ия", "ья", "ть", "а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "й"
    };

    /**
     * A crude Russian stem: "-ся" and one ending off, never shorter than three letters; more endings
     * than {@link TextNormalizer#stem} cuts from food names, as questions and wishes have verbs.
     */
    static String stem(String word) {
        String w = word.length() > 5 && (word.endsWith("ся") || word.endsWith("сь")) ? word.substring(0, word.length() - 2) : word;
        return TextNormalizer.cutEnding(w, ENDINGS);
    }
}
