package dev.fridgechef.food;

import dev.fridgechef.text.TextNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Curated everyday names of one SR21 food in English and Russian; the first of each is the display name. */
public record FoodAlias(String foodId, List<String> english, List<String> russian) {

    public FoodAlias {
        english = List.copyOf(english);
        russian = List.copyOf(russian);
    }

    public List<String> allNames() {
        List<String> all = new ArrayList<>(english);
        all.addAll(russian);
        return all;
    }

    /**
     * Reads {@code aliases.tsv}: {@code ndb TAB english|names TAB russian|names}, "#" comments.
     * Fails on an unknown food or an alias given to two foods, so a bad edit cannot ship.
     */
    static List<FoodAlias> read(InputStream in, Set<String> knownIds) throws IOException {
        List<FoodAlias> out = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3) throw new IOException("aliases.tsv line " + lineNo + ": expected 3 tab-separated fields");
                String id = f[0].trim();
                if (!knownIds.contains(id)) throw new IOException("aliases.tsv line " + lineNo + ": unknown food " + id);
                FoodAlias alias = new FoodAlias(id, split(f[1]), split(f[2]));
                for (String name : alias.allNames()) {
                    String previous = owner.put(TextNormalizer.normalize(name), id);
                    if (previous != null && !previous.equals(id)) {
                        throw new IOException("aliases.tsv line " + lineNo + ": \"" + name + "\" already names food " + previous);
                    }
                }
                out.add(alias);
            }
        }
        return out;
    }

    private static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        for (String n : names.split("\\|")) {
            if (!n.isBlank()) out.add(n.trim());
        }
        return out;
    }
}
