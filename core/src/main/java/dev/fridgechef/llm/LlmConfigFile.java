package dev.fridgechef.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.AtomicFiles;
import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes {@code llm.json} as the person edits it (see {@link LlmSettings} for the format).
 * Unlike {@link LlmSettings#load}, which keeps only usable providers with their keys, this shows every
 * provider the file lists. Writing keeps every field it does not know, at the top and in each
 * provider (matched by name), and replaces the file whole.
 */
public final class LlmConfigFile {
    /** One provider as the file lists it; the key itself is never here, only its variable's name. */
    public record Provider(String name, ProviderKind kind, String baseUrl, String model, String apiKeyEnv,
                           double inputPrice, double outputPrice, int requestsPerMinute, long tokensPerMinute) {
        public Provider {
            name = name == null ? "" : name.strip();
            baseUrl = baseUrl == null ? "" : baseUrl.strip();
            model = model == null ? "" : model.strip();
            apiKeyEnv = apiKeyEnv == null ? "" : apiKeyEnv.strip();
        }

        /** A name for the key's variable made from the provider's name: "my router" → MY_ROUTER_API_KEY. */
        public static String keyVariableFor(String name) {
            String base = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
            return (base.isEmpty() ? "FRIDGECHEF" : base) + "_API_KEY";
        }
    }

    public record Config(List<Provider> providers, double monthlyBudgetUsd, int generationsPerMinute) {
        public Config {
            providers = List.copyOf(providers);
        }
    }

    private final Path file;
    private final ObjectMapper json;

    public LlmConfigFile(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    public Path file() {
        return file;
    }

    public Config read() {
        JsonNode root = tree();
        List<Provider> providers = new ArrayList<>();
        for (JsonNode p : root.path("providers")) {
            ProviderKind kind = ProviderKind.parse(p.path("kind").asText(""), file);
            providers.add(new Provider(p.path("name").asText(kind.key()), kind, p.path("base_url").asText(""), p.path("model").asText(""),
                    p.path("api_key_env").asText(""), p.path("input_price").asDouble(0), p.path("output_price").asDouble(0),
                    p.path("requests_per_minute").asInt(ProviderSettings.DEFAULT_REQUESTS_PER_MINUTE),
                    p.path("tokens_per_minute").asLong(ProviderSettings.DEFAULT_TOKENS_PER_MINUTE)));
        }
        return new Config(providers, root.path("monthly_budget_usd").asDouble(LlmSettings.DEFAULT_BUDGET),
                root.path("generations_per_minute").asInt(LlmSettings.DEFAULT_GENERATIONS_PER_MINUTE));
    }

    /** Replaces the providers, budget and limit, keeping everything else the file has. */
    public void write(Config config) {
        ObjectNode root = tree().deepCopy();
        List<JsonNode> old = new ArrayList<>();
        root.path("providers").forEach(old::add);
        root.put("monthly_budget_usd", config.monthlyBudgetUsd());
        root.put("generations_per_minute", config.generationsPerMinute());
        ArrayNode providers = root.putArray("providers");
        for (Provider p : config.providers()) {
            ObjectNode node = old.stream().filter(n -> n.path("name").asText("").equals(p.name())).findFirst()
                    .map(n -> n.isObject() ? ((ObjectNode) n).deepCopy() : json.createObjectNode()).orElseGet(json::createObjectNode);
            node.put("name", p.name());
            node.put("kind", p.kind().key());
            putOrRemove(node, "base_url", p.baseUrl());
            putOrRemove(node, "model", p.model());
            putOrRemove(node, "api_key_env", p.apiKeyEnv());
            node.put("input_price", p.inputPrice());
            node.put("output_price", p.outputPrice());
            node.put("requests_per_minute", p.requestsPerMinute());
            node.put("tokens_per_minute", p.tokensPerMinute());
            providers.add(node);
        }
        try {
            AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), false);
        } catch (IOException e) {
            throw new UserException("error.llm.config.save", file, e.getMessage());
        }
    }

    private static void putOrRemove(ObjectNode node, String field, String value) {
        if (value.isEmpty()) node.remove(field);
        else node.put(field, value);
    }

    private ObjectNode tree() {
        if (!Files.isRegularFile(file)) return json.createObjectNode();
        try {
            JsonNode root = json.readTree(file.toFile());
            if (root instanceof ObjectNode o) return o;
            throw new IOException("not a JSON object");
        } catch (IOException e) {
            throw new UserException("error.llm.config", file, LlmSettings.problem(e));
        }
    }
}
