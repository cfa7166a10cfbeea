package dev.fridgechef.cli.inventory;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine;

import java.util.List;

/**
 * "NAME... QTY UNIT": a name of one or more words followed by a quantity and a unit; or, as people
 * also say it, "QTY UNIT NAME..." ("1 head garlic", "1 головка чеснока") when the words start with
 * a number and the second-to-last word is not one.
 */
record ItemWords(String name, String quantity, String unit) {
    static ItemWords parse(List<String> words, CommandLine commandLine, CliContext context) {
        if (words == null || words.size() < 3) {
            throw new CommandLine.ParameterException(commandLine, context.text("cli.item.words"));
        }
        int n = words.size();
        if (isNumber(words.get(0)) && !isNumber(words.get(n - 2))) {
            return new ItemWords(String.join(" ", words.subList(2, n)), words.get(0), words.get(1));
        }
        return new ItemWords(String.join(" ", words.subList(0, n - 2)), words.get(n - 2), words.get(n - 1));
    }

    private static boolean isNumber(String word) {
        return word.matches("\\d+([.,]\\d+)?|\\d+/\\d+");
    }
}
