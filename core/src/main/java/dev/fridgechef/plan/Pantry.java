package dev.fridgechef.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The default pantry staples ({@code fridgechef/food/staples.tsv}): salt, pepper, onions, garlic,
 * butter, oils, vinegar, common spices, flour, sugar, baking powder. A plan assumes them at home and never lists them for
 * shopping; {@link PantryService} keeps the person's own list.
 */
public final class Pantry {
    public record Staple(String foodId, String nameEn, String nameRu) {
    }

    public static final List<Staple> DEFAULTS = load();
    public static final Set<String> DEFAULT_STAPLES = Set.copyOf(ids(DEFAULTS));

    private Pantry() {
    }

    static List<String> ids(List<Staple> staples) {
        return new ArrayList<>(new LinkedHashSet<>(staples.stream().map(Staple::foodId).toList()));
    }

    private static List<Staple> load() {
        try (InputStream in = Pantry.class.getClassLoader().getResourceAsStream("fridgechef/food/staples.tsv")) {
            if (in == null) throw new IllegalStateException("missing fridgechef/food/staples.tsv");
            List<Staple> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.add(new Staple(f[0].trim(), f[1].trim(), f[2].trim()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
