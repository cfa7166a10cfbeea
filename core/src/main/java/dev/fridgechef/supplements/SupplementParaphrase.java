package dev.fridgechef.supplements;

import dev.fridgechef.text.SafeText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optional rewording of the offline advice by a language model. The model's text is used only when
 * every number in it is a number of the offline text (the computed doses, limits and the rule data)
 * and every dose is still there; otherwise the offline text stands, with the reason.
 */
public final class SupplementParaphrase {
    public static final int MAX_TOKENS = 1500;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    /** Asks the model: (system prompt, user text) → answer. */
    @FunctionalInterface
    public interface Model {
        String answer(String system, String user);
    }

    /** {@code text} is the model's when {@code paraphrased}; else the offline text and the numbers that failed the check. */
    public record Result(String text, boolean paraphrased, List<String> unknownNumbers, List<String> missingDoses) {
    }

    private final Model model;

    public SupplementParaphrase(Model model) {
        this.model = model;
    }

    /** @param doses the dose amounts as the offline text writes them; each must survive the rewording */
    public Result paraphrase(String offline, List<String> doses, Locale locale) {
        String answer = SafeText.fromModel(model.answer(system(locale), offline)).strip();
        Set<String> allowed = numbersIn(offline);
        List<String> unknown = new ArrayList<>(numbersIn(answer));
        unknown.removeAll(allowed);
        Set<String> present = numbersIn(answer);
        List<String> missing = doses.stream().map(SupplementParaphrase::canonical).filter(d -> !present.contains(d)).distinct().toList();
        if (answer.isEmpty() || !unknown.isEmpty() || !missing.isEmpty()) return new Result(offline, false, unknown, missing);
        return new Result(answer, true, List.of(), List.of());
    }

    static String system(Locale locale) {
        String language = "ru".equals(locale.getLanguage()) ? "Russian" : "English";
        return "Reword the supplement advice below in plain, friendly " + language + " for the person it is about. Keep every "
                + "supplement, dose, upper limit, caution, exclusion and the not-medical-advice sentence. Copy every number exactly "
                + "as written and add no number, supplement, food, claim or advice of your own. Plain text only, no markdown.";
    }

    /** Every number in the text, written canonically ("1,4" and "1.40" are "1.4"). */
    static Set<String> numbersIn(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) numbers.add(canonical(m.group()));
        return numbers;
    }

    private static String canonical(String number) {
        return new BigDecimal(number.replace(',', '.')).stripTrailingZeros().toPlainString();
    }
}
