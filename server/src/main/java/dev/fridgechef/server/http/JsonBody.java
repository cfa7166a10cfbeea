package dev.fridgechef.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A request's JSON object body, read with a size cap (413 past it, whether or not the client said
 * its length), refused when malformed (400), and read field by field so that a missing field, a
 * wrong type or a value out of range is named in the answer (422).
 */
public final class JsonBody {
    public static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode node;

    private JsonBody(ObjectNode node) {
        this.node = node;
    }

    /** The body when there is one: a request with no body at all stands for "all defaults". */
    public static Optional<JsonBody> optional(Context ctx) {
        String length = ctx.header("Content-Length");
        boolean none = ctx.header("Transfer-Encoding") == null && (length == null || length.strip().equals("0"));
        return none ? Optional.empty() : Optional.of(of(ctx));
    }

    public static JsonBody of(Context ctx) {
        return of(ctx, MAX_BYTES);
    }

    /** The body with a cap of its own ({@code maxBytes}), for a route that takes larger batches (sync pushes). */
    public static JsonBody of(Context ctx, int maxBytes) {
        String contentType = ctx.contentType();
        if (contentType != null && !contentType.toLowerCase().startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "The body must be JSON (Content-Type: application/json)");
        }
        String length = ctx.header("Content-Length");
        if (length != null && parseLong(length) > maxBytes) throw tooLarge(maxBytes);
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw badRequest("The body could not be read");
        }
        if (bytes.length > maxBytes) throw tooLarge(maxBytes);
        if (bytes.length == 0) throw badRequest("The body is empty; a JSON object is expected");
        JsonNode parsed;
        try {
            parsed = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw badRequest("The body could not be read");
        }
        if (!(parsed instanceof ObjectNode object)) throw badRequest("The body must be a JSON object");
        return new JsonBody(object);
    }

    /** A required string of {@code min..max} characters (after trimming). */
    public String string(String field, int min, int max) {
        return optionalString(field, min, max).orElseThrow(() -> ApiException.invalidField(field, "is required"));
    }

    public Optional<String> optionalString(String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isTextual()) throw ApiException.invalidField(field, "must be a string");
        String text = value.textValue().strip();
        if (text.length() < min || text.length() > max) {
            throw ApiException.invalidField(field, "must be " + min + " to " + max + " characters long");
        }
        return Optional.of(text);
    }

    /** A secret taken as given, not trimmed (passwords). */
    public String secret(String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) throw ApiException.invalidField(field, "is required");
        if (!value.isTextual()) throw ApiException.invalidField(field, "must be a string");
        String text = value.textValue();
        if (text.length() < min || text.length() > max) {
            throw ApiException.invalidField(field, "must be " + min + " to " + max + " characters long");
        }
        return text;
    }

    public Optional<Integer> optionalInt(String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isIntegralNumber() || !value.canConvertToInt()) throw ApiException.invalidField(field, "must be a whole number");
        int n = value.intValue();
        if (n < min || n > max) throw ApiException.invalidField(field, "must be between " + min + " and " + max);
        return Optional.of(n);
    }

    /** A number (whole or decimal) within {@code min..max}; {@code minExclusive} refuses {@code min} itself. */
    public Optional<Double> optionalNumber(String field, double min, boolean minExclusive, double max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isNumber()) throw ApiException.invalidField(field, "must be a number");
        double n = value.doubleValue();
        if (!Double.isFinite(n) || (minExclusive ? n <= min : n < min) || n > max) {
            throw ApiException.invalidField(field, "must be " + (minExclusive ? "more than " : "at least ") + plain(min) + " and at most " + plain(max));
        }
        return Optional.of(n);
    }

    /** Whether the body has this field with a value (null counts as absent). */
    public boolean hasValue(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isBoolean()) throw ApiException.invalidField(field, "must be true or false");
        return Optional.of(value.booleanValue());
    }

    /** A list of at most {@code maxItems} strings of 1..{@code maxLength} characters (after trimming), when given. */
    public Optional<java.util.List<String>> optionalStrings(String field, int maxItems, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isArray()) throw ApiException.invalidField(field, "must be a list of strings");
        if (value.size() > maxItems) throw ApiException.invalidField(field, "may hold at most " + maxItems + " entries");
        java.util.List<String> out = new java.util.ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isTextual()) throw ApiException.invalidField(field, "must be a list of strings");
            String text = item.textValue().strip();
            if (text.isEmpty() || text.length() > maxLength) {
                throw ApiException.invalidField(field, "entries must be 1 to " + maxLength + " characters long");
            }
            out.add(text);
        }
        return Optional.of(out);
    }

    /** A field's value as parsed (missing: a MissingNode), for a route that checks a nested structure itself. */
    public JsonNode node(String field) {
        return node.path(field);
    }

    /** Whether the body names the field at all (null included): a PATCH tells "clear it" from "leave it". */
    public boolean has(String field) {
        return node.has(field);
    }

    /** Refuses fields this request does not know (a typo would otherwise be silently ignored). */
    public JsonBody only(java.util.Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) throw ApiException.invalidField(name, "is not a field of this request");
        });
        return this;
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw badRequest("Content-Length is not a number");
        }
    }

    private static ApiException tooLarge(int maxBytes) {
        return new ApiException(413, "body_too_large", "The body is larger than " + maxBytes + " bytes");
    }

    private static ApiException badRequest(String message) {
        return ApiException.badRequest("malformed_body", message);
    }
}
