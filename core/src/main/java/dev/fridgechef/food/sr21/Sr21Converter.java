package dev.fridgechef.food.sr21;

import dev.fridgechef.food.Nutrient;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Converts the raw USDA SR21 files into the compact resource the app reads
 * ({@code fridgechef/food/sr21.tsv.gz}). Run it again when the source changes:
 * <pre>scripts/convert-sr21.sh [SR21_DIR]</pre>
 * Output is deterministic (same input, same bytes), which a test checks when the source is present.
 *
 * <p>Format, UTF-8 text, tab separated, one record a line, first field the record kind:
 * <ul>
 *   <li>{@code N key...} the nutrient columns, in {@link Nutrient} order;</li>
 *   <li>{@code G code name} a food group;</li>
 *   <li>{@code F ndb group longDesc commonName branded(0|1) value...} a food, values per 100 g,
 *       empty = not measured;</li>
 *   <li>{@code M ndb amount description grams} a household measure (WEIGHT.txt).</li>
 * </ul>
 */
public final class Sr21Converter {
    /** Fields in an ABBREV.txt line of SR21 as distributed (see {@link Nutrient} for the layout). */
    private static final int ABBREV_FIELDS = 51;
    private static final Charset SOURCE_CHARSET = StandardCharsets.ISO_8859_1;
    private static final java.util.Set<String> NOT_BRANDS = java.util.Set.of("USDA", "USA", "DHA", "ARA", "NFS", "UHT");
    private static final Pattern UPPERCASE_WORD = Pattern.compile("\\b[A-Z][A-Z'&]{2,}\\b");

    private Sr21Converter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Sr21Converter SR21_DIR OUTPUT.tsv.gz");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        convert(Path.of(args[0]), out);
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }

    public static void convert(Path sourceDir, Path output) throws IOException {
        Map<String, List<String>> abbrev = byFirstField(read(sourceDir.resolve("ABBREV.txt")));
        Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), "sr21", ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp);
             GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8))) {
            w.write("N");
            for (Nutrient n : Nutrient.values()) w.write("\t" + n.key());
            w.write("\n");
            for (List<String> g : read(sourceDir.resolve("FD_GROUP.txt"))) {
                w.write("G\t" + g.get(0) + "\t" + g.get(1) + "\n");
            }
            for (List<String> f : read(sourceDir.resolve("FOOD_DES.txt"))) {
                String ndb = f.get(0);
                List<String> nutrients = abbrev.get(ndb);
                if (nutrients == null) throw new IOException("no ABBREV row for food " + ndb);
                if (nutrients.size() != ABBREV_FIELDS) {
                    throw new IOException("ABBREV row of " + ndb + " has " + nutrients.size() + " fields, expected " + ABBREV_FIELDS);
                }
                String longDesc = f.get(2);
                boolean branded = !f.get(5).isBlank() || hasBrandWord(longDesc);
                StringBuilder line = new StringBuilder("F\t").append(ndb).append('\t').append(f.get(1)).append('\t')
                        .append(clean(longDesc)).append('\t').append(clean(f.get(4))).append('\t').append(branded ? '1' : '0');
                for (Nutrient n : Nutrient.values()) line.append('\t').append(nutrients.get(n.abbrevColumn()).trim());
                w.write(line.append('\n').toString());
            }
            for (List<String> m : read(sourceDir.resolve("WEIGHT.txt"))) {
                w.write("M\t" + m.get(0) + "\t" + m.get(2) + "\t" + clean(m.get(3)) + "\t" + m.get(4) + "\n");
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** SR21 writes brand names in capitals ("CAMPBELL'S", "KRAFT"); a few capitalised words are not brands. */
    private static boolean hasBrandWord(String description) {
        var m = UPPERCASE_WORD.matcher(description);
        while (m.find()) {
            if (!NOT_BRANDS.contains(m.group())) return true;
        }
        return false;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replaceAll(" {2,}", " ").trim();
    }

    private static Map<String, List<String>> byFirstField(List<List<String>> rows) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (List<String> r : rows) map.put(r.get(0), r);
        return map;
    }

    /** Reads a SR21 file: "^"-separated fields, text in "~", CRLF lines. */
    static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, SOURCE_CHARSET)) {
            if (line.isBlank()) continue;
            List<String> fields = new ArrayList<>();
            for (String field : line.split("\\^", -1)) {
                fields.add(field.length() >= 2 && field.startsWith("~") && field.endsWith("~")
                        ? field.substring(1, field.length() - 1) : field);
            }
            rows.add(fields);
        }
        return rows;
    }
}
