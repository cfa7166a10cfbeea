package dev.fridgechef.cli.inventory;

import picocli.CommandLine;

import java.util.List;

/** "NAME... QTY UNIT": a name of one or more words followed by a quantity and a unit. */
record ItemWords(String name, String quantity, String unit) {
    static ItemWords parse(List<String> words, CommandLine commandLine) {
        if (words == null || words.size() < 3) {
            throw new CommandLine.ParameterException(commandLine, "expected NAME QTY UNIT, e.g. \"chicken breast\" 600 g");
        }
        int n = words.size();
        return new ItemWords(String.join(" ", words.subList(0, n - 2)), words.get(n - 2), words.get(n - 1));
    }
}
