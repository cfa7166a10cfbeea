package dev.fridgechef.gui.recipes;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.recipe.JsonLdRecipeReader;
import dev.fridgechef.recipe.RecipeService;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports recipes from a schema.org JSON-LD file, or from a saved recipe web page: the
 * {@code <script type="application/ld+json">} blocks of the page are what recipe sites publish.
 */
final class RecipeImport {
    private static final Pattern LD_JSON = Pattern.compile(
            "<script[^>]*type\\s*=\\s*[\"']application/ld\\+json[\"'][^>]*>(.*?)</script>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private RecipeImport() {
    }

    /** Reads and stores every recipe in the file (all or none); runs on a worker thread. */
    static List<JsonLdRecipeReader.Imported> run(RecipeService recipes, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("error.file.read", file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return recipes.importJsonLd(new StringReader(jsonOf(file, text)));
    }

    static String jsonOf(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean page = name.endsWith(".html") || name.endsWith(".htm") || text.stripLeading().startsWith("<");
        if (!page) return text;
        List<String> blocks = new ArrayList<>();
        Matcher m = LD_JSON.matcher(text);
        while (m.find()) blocks.add(m.group(1).trim());
        if (blocks.isEmpty()) throw new UserException("recipesview.import.nojsonld", file.getFileName());
        return blocks.size() == 1 ? blocks.get(0) : "[" + String.join(",", blocks) + "]";
    }
}
