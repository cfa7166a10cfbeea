package dev.fridgechef.inventory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.fridgechef.AtomicFiles;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.unit.QuantityParser;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the stock as CSV or JSON. Both use the same fields, so an export imports back:
 * {@code name, quantity, unit, location, expires, opened, note, food_id}; name, quantity and unit
 * are required. CSV has a header row; JSON is an array of objects.
 */
public final class InventoryFiles {
    public enum Format {
        CSV, JSON;

        public static Format parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "json" -> JSON;
                default -> throw new UserException("error.format", text);
            };
        }

        /** From a file name's extension; null when it says nothing. */
        public static Format ofFileName(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            if (n.endsWith(".csv")) return CSV;
            if (n.endsWith(".json")) return JSON;
            return null;
        }
    }

    static final List<String> FIELDS = List.of("name", "quantity", "unit", "location", "expires", "opened", "note", "food_id");
    private static final Set<String> IGNORED_FIELDS = Set.of("id", "added", "grams", "food", "kcal");

    /** Rows of an import file with the line each starts on, and the encoding the file was read in. */
    public record Rows(List<ItemDraft> drafts, List<Integer> lines, Charset charset) {
        public Rows(List<ItemDraft> drafts, List<Integer> lines) {
            this(drafts, lines, StandardCharsets.UTF_8);
        }

        public Rows withCharset(Charset newCharset) {
            return new Rows(drafts, lines, newCharset);
        }
    }

    /** The most rows one import takes. */
    public static final int MAX_ROWS = 100_000;
    /** The largest import file, in MB. */
    public static final int MAX_MEGABYTES = ImportText.MAX_BYTES / (1024 * 1024);
    private static final List<String> REQUIRED = List.of("name", "quantity", "unit");

    private final ObjectMapper json;

    public InventoryFiles(ObjectMapper json) {
        this.json = json;
    }

    public Rows read(Reader in, Format format) {
        try {
            return format == Format.CSV ? readCsv(in) : readJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Rows readCsv(Reader in) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
        List<ItemDraft> drafts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        MappingIterator<Map<String, String>> it;
        try {
            it = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader().withColumnReordering(true)).readValues(in);
            checkHeader(((CsvSchema) it.getParserSchema()).getColumnNames());
        } catch (UserException e) {
            throw new ImportException(List.of(new RowProblem(1, e)));
        } catch (IOException | RuntimeException e) {
            throw new ImportException(List.of(new RowProblem(1, new UserException("error.csv.row", detail(e)))));
        }
        try (it) {
            int line = 1;
            while (true) {
                line++;
                Map<String, String> row;
                try {
                    if (!it.hasNextValue()) break;
                    row = it.nextValue();
                } catch (RuntimeException | IOException e) {
                    // the parser cannot be trusted past a broken row
                    throw new ImportException(List.of(new RowProblem(lineOf(e, line), new UserException("error.csv.row", detail(e)))));
                }
                line = (int) Math.max(line, it.getCurrentLocation().getLineNr() - 1);
                if (drafts.size() == MAX_ROWS) throw new UserException("error.file.rows", MAX_ROWS);
                drafts.add(draft(row::get));
                lines.add(line);
            }
        }
        return new Rows(drafts, lines);
    }

    private static void checkHeader(List<String> columns) {
        for (String column : columns) checkField(column, 1);
        for (String required : REQUIRED) {
            if (!columns.contains(required)) throw new UserException("error.import.required", required, String.join(", ", FIELDS));
        }
    }

    private static int lineOf(Exception e, int fallback) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof JsonProcessingException jpe && jpe.getLocation() != null && jpe.getLocation().getLineNr() > 0) {
                return jpe.getLocation().getLineNr();
            }
            t = t.getCause();
        }
        return fallback;
    }

    private static String detail(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof JsonProcessingException)) t = t.getCause();
        return t instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : String.valueOf(t.getMessage());
    }

    private Rows readJson(Reader in) throws IOException {
        List<ItemDraft> drafts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (JsonParser p = json.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) throw new UserException("error.json.array");
            while (p.nextToken() == JsonToken.START_OBJECT) {
                if (drafts.size() + problems.size() == MAX_ROWS) throw new TooManyRows();
                JsonLocation start = p.currentTokenLocation();
                int line = start.getLineNr();
                JsonNode node = p.readValueAsTree();
                try {
                    Iterator<String> names = node.fieldNames();
                    while (names.hasNext()) checkField(names.next(), line);
                    drafts.add(draft(field -> text(node.get(field))));
                    lines.add(line);
                } catch (UserException e) {
                    problems.add(new RowProblem(line, e));
                }
            }
            if (p.currentToken() != JsonToken.END_ARRAY) throw new UserException("error.json.array");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new RowProblem(line, new UserException("error.json.syntax", e.getOriginalMessage())));
        } catch (TooManyRows e) {
            throw new UserException("error.file.rows", MAX_ROWS);
        } catch (UserException e) {
            if (e instanceof ImportException) throw e;
            problems.add(new RowProblem(1, e));
        }
        if (!problems.isEmpty()) throw new ImportException(problems);
        return new Rows(drafts, lines);
    }

    /** Stops reading a JSON file at the row limit (a plain exception, so no row handler takes it). */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static void checkField(String field, int line) {
        if (!FIELDS.contains(field) && !IGNORED_FIELDS.contains(field)) {
            throw new UserException("error.import.field", field, String.join(", ", FIELDS));
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isContainerNode()) return node.toString();
        return node.asText();
    }

    private static ItemDraft draft(java.util.function.Function<String, String> field) {
        return new ItemDraft(field.apply("name"), field.apply("quantity"), field.apply("unit"), field.apply("location"),
                field.apply("expires"), field.apply("opened"), field.apply("note"), field.apply("food_id"));
    }

    /**
     * Reads an import file in {@code format}, or when that is null in the format its name says (else
     * error.file.format): at most {@link #MAX_MEGABYTES} MB and {@link #MAX_ROWS} rows, text only, in
     * the encoding {@link ImportText} finds.
     */
    public Rows readFile(Path file, Format format) {
        if (Files.isDirectory(file)) throw new UserException("error.file.directory", file);
        Path name = file.getFileName();
        Format f = format != null ? format : name == null ? null : Format.ofFileName(name.toString());
        if (f == null) throw new UserException("error.file.format", file);
        ImportText.Decoded text = ImportText.read(file);
        Rows rows = read(new StringReader(text.text()), f);
        if (rows.drafts().isEmpty()) throw new UserException("error.file.norows", file);
        return rows.withCharset(text.charset());
    }

    /**
     * Writes the items to {@code file} whole or not at all, in {@code format}, or when that is null in
     * the format its name says, else CSV.
     */
    public void writeFile(List<InventoryItem> items, Path file, Format format) {
        Format named = Format.ofFileName(file.getFileName().toString());
        Format f = format != null ? format : named != null ? named : Format.CSV;
        StringWriter text = new StringWriter();
        write(items, f, text);
        AtomicFiles.writeExport(file, text.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    public void write(List<InventoryItem> items, Format format, Writer out) {
        try {
            if (format == Format.CSV) writeCsv(items, out);
            else writeJson(items, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeCsv(List<InventoryItem> items, Writer out) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        FIELDS.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (InventoryItem i : items) rows.add(fields(i));
        mapper.writer(schema.build()).writeValue(out, rows);
    }

    private void writeJson(List<InventoryItem> items, Writer out) throws IOException {
        ArrayNode array = json.createArrayNode();
        for (InventoryItem i : items) {
            ObjectNode o = array.addObject();
            o.put("name", i.name());
            o.put("quantity", i.quantity());
            o.put("unit", i.unit());
            o.put("location", i.location().key());
            o.put("expires", i.expiresOn() == null ? null : i.expiresOn().toString());
            o.put("opened", i.opened());
            o.put("note", i.note());
            o.put("food_id", i.foodId());
        }
        json.writerWithDefaultPrettyPrinter().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, array);
    }

    private static List<String> fields(InventoryItem i) {
        return java.util.Arrays.asList(i.name(), QuantityParser.format(i.quantity()), i.unit(), i.location().key(),
                i.expiresOn() == null ? "" : i.expiresOn().toString(), Boolean.toString(i.opened()),
                i.note() == null ? "" : i.note(), i.foodId() == null ? "" : i.foodId());
    }
}
