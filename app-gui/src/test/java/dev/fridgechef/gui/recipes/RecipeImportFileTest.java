package dev.fridgechef.gui.recipes;

import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecipeImportFileTest {
    @Test
    void jsonFilesAreReadAsTheyAre() {
        String json = "{\"@type\": \"Recipe\", \"name\": \"Soup\"}";
        assertThat(RecipeImport.jsonOf(Path.of("soup.jsonld"), json)).isEqualTo(json);
    }

    @Test
    void aSavedRecipePageGivesItsJsonLdBlocks() {
        String page = """
                <!doctype html><html><head>
                <script type="application/ld+json">{"@type": "Organization", "name": "Site"}</script>
                <SCRIPT data-x="1" type='application/ld+json'>
                  {"@type": "Recipe", "name": "Soup"}
                </SCRIPT>
                <script>var notJson = 1;</script>
                </head><body>…</body></html>""";
        assertThat(RecipeImport.jsonOf(Path.of("soup.html"), page))
                .isEqualTo("[{\"@type\": \"Organization\", \"name\": \"Site\"},{\"@type\": \"Recipe\", \"name\": \"Soup\"}]");
    }

    @Test
    void aPageWithoutJsonLdIsTheUsersProblem() {
        assertThatThrownBy(() -> RecipeImport.jsonOf(Path.of("blog.htm"), "<html><p>no data</p></html>"))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key()).isEqualTo("recipesview.import.nojsonld");
    }

    @Test
    void russianPluralsPickTheRightForm() {
        assertThat(Plurals.key("k", 1, true)).isEqualTo("k.one");
        assertThat(Plurals.key("k", 21, true)).isEqualTo("k.one");
        assertThat(Plurals.key("k", 3, true)).isEqualTo("k.few");
        assertThat(Plurals.key("k", 12, true)).isEqualTo("k.many");
        assertThat(Plurals.key("k", 296, true)).isEqualTo("k.many");
        assertThat(Plurals.key("k", 1, false)).isEqualTo("k.one");
        assertThat(Plurals.key("k", 3, false)).isEqualTo("k.many");
    }
}
