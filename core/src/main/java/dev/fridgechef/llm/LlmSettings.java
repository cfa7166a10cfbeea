package dev.fridgechef.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which models to use, from the config file ({@code llm.json} in the config folder, or
 * {@code FRIDGECHEF_LLM_CONFIG}: {@link dev.fridgechef.config.AppFolders#llmConfigFile()}) and the usual environment
 * variables: {@code OPENAI_API_KEY} (with {@code OPENAI_BASE_URL}, {@code OPENAI_MODEL}),
 * {@code GEMINI_API_KEY} or {@code GOOGLE_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code OLLAMA_HOST}.
 * The file may list providers itself and sets the monthly budget and per-user limit:
 * <pre>{ "monthly_budget_usd": 5, "generations_per_minute": 5, "reuse_extra_foods": 2,
 *   "max_request_usd": 0.5, "request_timeout_seconds": 90,
 *   "providers": [ { "name": "openrouter", "kind": "openai", "base_url": "https://openrouter.ai/api/v1",
 *                    "model": "meta-llama/llama-3.1-8b-instruct", "api_key_env": "OPENROUTER_API_KEY",
 *                    "input_price": 0.05, "output_price": 0.08, "requests_per_minute": 20, "tokens_per_minute": 100000 } ] }</pre>
 * The file never holds keys, only the names of their variables, so it can be shared: a key comes from
 * the environment, else from the owner-only {@link LlmKeys} file beside it (where the desktop app keeps
 * the keys the person typed in). {@code reuse_extra_foods}: how many more foods a reused AI plan may
 * need bought than it bought when it was made ({@link dev.fridgechef.plan.PlanReuse}). A provider's
 * {@code "vision_model"} reads meal photos ({@link #visionModel} when it is not set).
 */
public record LlmSettings(List<ProviderSettings> providers, double monthlyBudgetUsd, int generationsPerMinute, int reuseExtraFoods,
                          double maxRequestUsd, java.time.Duration requestTimeout) {
    public static final double DEFAULT_BUDGET = 5;
    /** The most one request may cost (its prompt and full output limit at the provider's prices); "max_request_usd". */
    public static final double DEFAULT_MAX_REQUEST_USD = 0.5;
    /** The longest one request may take, retries and waits included; "request_timeout_seconds". */
    public static final java.time.Duration DEFAULT_REQUEST_TIMEOUT = java.time.Duration.ofSeconds(90);
    public static final int DEFAULT_GENERATIONS_PER_MINUTE = 5;
    public static final int DEFAULT_REUSE_EXTRA_FOODS = 2;

    public LlmSettings(List<ProviderSettings> providers, double monthlyBudgetUsd, int generationsPerMinute) {
        this(providers, monthlyBudgetUsd, generationsPerMinute, DEFAULT_REUSE_EXTRA_FOODS);
    }

    public LlmSettings(List<ProviderSettings> providers, double monthlyBudgetUsd, int generationsPerMinute, int reuseExtraFoods) {
        this(providers, monthlyBudgetUsd, generationsPerMinute, reuseExtraFoods, DEFAULT_MAX_REQUEST_USD, DEFAULT_REQUEST_TIMEOUT);
    }

    /** No provider: every plan is the offline planner's. */
    public static LlmSettings none() {
        return new LlmSettings(List.of(), DEFAULT_BUDGET, DEFAULT_GENERATIONS_PER_MINUTE);
    }

    public LlmSettings {
        providers = List.copyOf(providers);
    }

    /** Keys from the environment only. */
    public static LlmSettings load(Map<String, String> env, Path configFile, ObjectMapper json) {
        return load(env, LlmKeys.none(), configFile, json);
    }

    /** Keys from the environment first, then from the keys file. */
    public static LlmSettings load(Map<String, String> environment, LlmKeys keys, Path configFile, ObjectMapper json) {
        return load(environment, keys, configFile, () -> json);
    }

    /** The same, with the JSON reader made only when there is a settings file to read (most commands have none). */
    public static LlmSettings load(Map<String, String> environment, LlmKeys keys, Path configFile,
                                   java.util.function.Supplier<ObjectMapper> json) {
        Map<String, String> env = new java.util.HashMap<>(keys.all());
        env.values().removeIf(String::isBlank);
        environment.forEach((name, value) -> {
            if (value != null && !value.isBlank()) env.put(name, value);
        });
        List<ProviderSettings> providers = new ArrayList<>();
        double budget = DEFAULT_BUDGET;
        int perMinute = DEFAULT_GENERATIONS_PER_MINUTE;
        int extraFoods = DEFAULT_REUSE_EXTRA_FOODS;
        double maxRequest = DEFAULT_MAX_REQUEST_USD;
        java.time.Duration timeout = DEFAULT_REQUEST_TIMEOUT;
        if (Files.isRegularFile(configFile)) {
            JsonNode root;
            try {
                root = json.get().readTree(configFile.toFile());
            } catch (IOException e) {
                throw new UserException("error.llm.config", configFile, problem(e));
            }
            budget = budgetOf(root, configFile);
            perMinute = perMinuteOf(root, configFile);
            extraFoods = Math.max(0, root.path("reuse_extra_foods").asInt(DEFAULT_REUSE_EXTRA_FOODS));
            maxRequest = positive(root, "max_request_usd", DEFAULT_MAX_REQUEST_USD, configFile);
            timeout = java.time.Duration.ofMillis(Math.round(1000 * positive(root, "request_timeout_seconds",
                    DEFAULT_REQUEST_TIMEOUT.toSeconds(), configFile)));
            for (JsonNode p : root.path("providers")) {
                ProviderKind kind = ProviderKind.parse(p.path("kind").asText(""), configFile);
                String keyEnv = p.path("api_key_env").asText("");
                String key = keyEnv.isEmpty() ? "" : env.getOrDefault(keyEnv, "");
                if (kind != ProviderKind.OLLAMA && key.isEmpty()) continue; // no key in the environment: not usable
                String baseUrl = p.path("base_url").asText(defaultUrl(kind, env));
                String model = p.path("model").asText(defaultModel(kind, env));
                providers.add(new ProviderSettings(p.path("name").asText(kind.key()), kind, baseUrl,
                        model, key, p.path("input_price").asDouble(0), p.path("output_price").asDouble(0),
                        p.path("requests_per_minute").asInt(ProviderSettings.DEFAULT_REQUESTS_PER_MINUTE),
                        p.path("tokens_per_minute").asLong(ProviderSettings.DEFAULT_TOKENS_PER_MINUTE),
                        p.path("vision_model").asText(visionModel(kind, env, baseUrl, model))));
            }
        }
        addFromEnvironment(env, providers);
        return new LlmSettings(providers, budget, perMinute, extraFoods, maxRequest, timeout);
    }

    /** What is wrong with the file, without the parser's internals: "line 1, column 2: Unexpected character ...". */
    static String problem(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return "line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ": " + j.getOriginalMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The monthly budget the file sets: a number of dollars, 0 or more (else error.llm.config.budget). */
    private static double budgetOf(JsonNode root, Path file) {
        JsonNode value = root.path("monthly_budget_usd");
        if (value.isMissingNode() || value.isNull()) return DEFAULT_BUDGET;
        if (!value.isNumber() || !(value.asDouble() >= 0) || Double.isInfinite(value.asDouble())) {
            throw new UserException("error.llm.config.budget", file, value.toString());
        }
        return value.asDouble();
    }

    /** A number above 0 the file sets under {@code field} (else error.llm.config.positive), or the default. */
    private static double positive(JsonNode root, String field, double defaultValue, Path file) {
        JsonNode value = root.path(field);
        if (value.isMissingNode() || value.isNull()) return defaultValue;
        if (!value.isNumber() || !(value.asDouble() > 0) || Double.isInfinite(value.asDouble())) {
            throw new UserException("error.llm.config.positive", file, field, value.toString());
        }
        return value.asDouble();
    }

    /** The AI plans a minute the file allows: a whole number, 1 or more (else error.llm.config.limit). */
    private static int perMinuteOf(JsonNode root, Path file) {
        JsonNode value = root.path("generations_per_minute");
        if (value.isMissingNode() || value.isNull()) return DEFAULT_GENERATIONS_PER_MINUTE;
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt() || value.asInt() < 1) {
            throw new UserException("error.llm.config.limit", file, value.toString());
        }
        return value.asInt();
    }

    /** A provider per environment variable that is set and not already configured under that kind. */
    private static void addFromEnvironment(Map<String, String> env, List<ProviderSettings> providers) {
        String openAi = env.get("OPENAI_API_KEY");
        if (present(openAi) && none(providers, ProviderKind.OPENAI)) {
            providers.add(new ProviderSettings("openai", ProviderKind.OPENAI, defaultUrl(ProviderKind.OPENAI, env),
                    defaultModel(ProviderKind.OPENAI, env), openAi, 0.15, 0.60, ProviderSettings.DEFAULT_REQUESTS_PER_MINUTE,
                    ProviderSettings.DEFAULT_TOKENS_PER_MINUTE, fromEnvironment(ProviderKind.OPENAI, env)));
        }
        String gemini = present(env.get("GEMINI_API_KEY")) ? env.get("GEMINI_API_KEY") : env.get("GOOGLE_API_KEY");
        if (present(gemini) && none(providers, ProviderKind.GEMINI)) {
            providers.add(new ProviderSettings("gemini", ProviderKind.GEMINI, defaultUrl(ProviderKind.GEMINI, env),
                    defaultModel(ProviderKind.GEMINI, env), gemini, 0.10, 0.40, ProviderSettings.DEFAULT_REQUESTS_PER_MINUTE,
                    ProviderSettings.DEFAULT_TOKENS_PER_MINUTE, fromEnvironment(ProviderKind.GEMINI, env)));
        }
        String anthropic = env.get("ANTHROPIC_API_KEY");
        if (present(anthropic) && none(providers, ProviderKind.ANTHROPIC)) {
            providers.add(new ProviderSettings("anthropic", ProviderKind.ANTHROPIC, defaultUrl(ProviderKind.ANTHROPIC, env),
                    defaultModel(ProviderKind.ANTHROPIC, env), anthropic, 0.80, 4.00, ProviderSettings.DEFAULT_REQUESTS_PER_MINUTE,
                    ProviderSettings.DEFAULT_TOKENS_PER_MINUTE, fromEnvironment(ProviderKind.ANTHROPIC, env)));
        }
        if (present(env.get("OLLAMA_HOST")) && none(providers, ProviderKind.OLLAMA)) {
            providers.add(new ProviderSettings("ollama", ProviderKind.OLLAMA, defaultUrl(ProviderKind.OLLAMA, env),
                    defaultModel(ProviderKind.OLLAMA, env), "", 0, 0, ProviderSettings.DEFAULT_REQUESTS_PER_MINUTE,
                    ProviderSettings.DEFAULT_TOKENS_PER_MINUTE, fromEnvironment(ProviderKind.OLLAMA, env)));
        }
    }

    /** The base URL of a kind when none is configured ({@code OPENAI_BASE_URL}, {@code OLLAMA_HOST} from {@code env}). */
    public static String defaultUrl(ProviderKind kind, Map<String, String> env) {
        return switch (kind) {
            case OPENAI -> env.getOrDefault("OPENAI_BASE_URL", "https://api.openai.com/v1");
            case GEMINI -> "https://generativelanguage.googleapis.com/v1beta";
            case ANTHROPIC -> "https://api.anthropic.com/v1/";
            case OLLAMA -> {
                String host = env.getOrDefault("OLLAMA_HOST", "http://localhost:11434");
                yield host.startsWith("http") ? host : "http://" + host;
            }
        };
    }

    /** The model of a kind when none is configured ({@code <KIND>_MODEL} from {@code env}). */
    public static String defaultModel(ProviderKind kind, Map<String, String> env) {
        return switch (kind) {
            case OPENAI -> env.getOrDefault("OPENAI_MODEL", "gpt-4o-mini");
            case GEMINI -> env.getOrDefault("GEMINI_MODEL", "gemini-2.0-flash");
            case ANTHROPIC -> env.getOrDefault("ANTHROPIC_MODEL", "claude-3-5-haiku-latest");
            case OLLAMA -> env.getOrDefault("OLLAMA_MODEL", "llama3.1");
        };
    }

    private static String fromEnvironment(ProviderKind kind, Map<String, String> env) {
        return visionModel(kind, env, defaultUrl(kind, env), defaultModel(kind, env));
    }

    /**
     * The model that reads photos when "vision_model" is not set: {@code <KIND>_VISION_MODEL}, else a
     * cheap vision model of the provider's own service, else the chat model (an OpenAI-compatible
     * router's model names are its own). Every Gemini model reads images; a local Ollama text model
     * does not, so Ollama asks for qwen2.5vl (pulled with {@code ollama pull qwen2.5vl}).
     */
    static String visionModel(ProviderKind kind, Map<String, String> env, String baseUrl, String model) {
        String explicit = env.get(kind.name() + "_VISION_MODEL");
        if (present(explicit)) return explicit;
        boolean ownService = baseUrl.equals(defaultUrl(kind, Map.of()));
        return switch (kind) {
            case OPENAI -> ownService ? "gpt-4o-mini" : model;
            case GEMINI -> model;
            case ANTHROPIC -> ownService ? "claude-haiku-4-5" : model;
            case OLLAMA -> "qwen2.5vl";
        };
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean none(List<ProviderSettings> providers, ProviderKind kind) {
        return providers.stream().noneMatch(p -> p.kind() == kind);
    }
}
