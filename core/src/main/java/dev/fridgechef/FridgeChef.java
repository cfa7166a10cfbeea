package dev.fridgechef;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.analysis.DayAnalyzer;
import dev.fridgechef.analysis.NarrativeWriter;
import dev.fridgechef.analysis.ReferenceIntakes;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.inventory.InventoryFiles;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.profile.HealthService;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.chat.ChatContext;
import dev.fridgechef.chat.ConversationChat;
import dev.fridgechef.chat.Conversations;
import dev.fridgechef.job.JobQueue;
import dev.fridgechef.job.JobRunner;
import dev.fridgechef.plan.AiPlanner;
import dev.fridgechef.plan.CookService;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.PlanReuse;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.UsageLedger;
import dev.fridgechef.photo.PhotoCache;
import dev.fridgechef.photo.PhotoRecognizer;
import dev.fridgechef.plan.PlanService;
import dev.fridgechef.plan.Planner;
import dev.fridgechef.privacy.PersonalData;
import dev.fridgechef.recipe.RecipeService;
import dev.fridgechef.store.Store;
import dev.fridgechef.supplements.StockFoodSources;
import dev.fridgechef.supplements.SupplementParaphrase;
import dev.fridgechef.supplements.SupplementAdvisor;
import dev.fridgechef.supplements.SupplementRules;
import dev.fridgechef.supplements.SupplementService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root: builds every service over one store. Both front ends start here; nothing
 * else creates services or holds global state.
 */
public final class FridgeChef implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FridgeChef.class);
    private final Store store;
    private final Clock clock;
    private final FoodDatabase foods;
    private final ObjectMapper json;
    private final InventoryService inventory;
    private final dev.fridgechef.sync.store.SyncStore syncStore;
    private final InventoryFiles inventoryFiles;
    private final ProfileService profiles;
    private final HealthService health;
    private final Lazy<SupplementService> supplements;
    private final RecipeService recipes;
    private final PlanService plans;
    private final dev.fridgechef.plan.PantryService pantry;
    private final CookService cooking;
    private final dev.fridgechef.plan.PlanMarks planMarks;
    private final dev.fridgechef.plan.PlannedCooking plannedCooking;

    private volatile LlmSettings llmSettings;
    private final UsageLedger usage;
    private volatile Lazy<AiPlanner> aiPlanner;
    private volatile Lazy<PhotoRecognizer> photos;
    private final JobQueue jobs;
    private final Conversations conversations;
    /** Whether two texts a person typed ask the same (plan wishes, chat questions); the model, when installed, loads on the first comparison that needs it. */
    private final Lazy<dev.fridgechef.text.TextSimilarity> similarity = new Lazy<>(dev.fridgechef.text.TextSimilarity::new);
    private final Lazy<ReferenceIntakes> referenceIntakes = new Lazy<>(ReferenceIntakes::load);
    private final dev.fridgechef.diary.DiaryService diary;
    private final dev.fridgechef.diary.PlannedEating plannedEating;
    private final dev.fridgechef.insights.InsightsService insights;
    private final dev.fridgechef.folder.FolderService folders;

    /** Services without any AI provider (tests, the demo). */
    public FridgeChef(Store store, FoodDatabase foods, Clock clock) {
        this(store, foods, clock, LlmSettings.none());
    }

    public FridgeChef(Store store, FoodDatabase foods, Clock clock, LlmSettings llmSettings) {
        this(store, foods, clock, llmSettings, Json.mapper());
    }

    /**
     * Opens the services the way both front ends start: the store opens (and migrates) on this thread
     * while the food table and Jackson's set-up load on others; {@code llmSettings} reads the AI settings
     * with that JSON setup (it decides what a broken settings file costs). When the food table fails to
     * load, the store is closed again and the table's error thrown.
     */
    public static FridgeChef open(java.util.function.Supplier<Store> store, java.util.function.Supplier<FoodDatabase> foods,
                                  java.util.function.Function<java.util.function.Supplier<ObjectMapper>, LlmSettings> llmSettings, Clock clock) {
        var loading = java.util.concurrent.CompletableFuture.supplyAsync(foods);
        var json = java.util.concurrent.CompletableFuture.supplyAsync(Json::mapper);
        LlmSettings llm = llmSettings.apply(json::join);
        Store opened = store.get();
        try {
            return new FridgeChef(opened, loading.join(), clock, llm, json.join());
        } catch (java.util.concurrent.CompletionException e) {
            opened.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** With the JSON setup of {@link Json#mapper()} made beforehand ({@link #open} makes it while the store opens). */
    public FridgeChef(Store store, FoodDatabase foods, Clock clock, LlmSettings llmSettings, ObjectMapper json) {
        this.store = store;
        this.clock = clock;
        this.foods = foods;
        this.json = json;
        this.syncStore = new dev.fridgechef.sync.store.SyncStore(store.jdbi(), clock);
        this.inventory = new InventoryService(store.jdbi(), foods, clock).withJournal(new dev.fridgechef.sync.store.StockOps(syncStore));
        this.inventoryFiles = new InventoryFiles(json);
        this.profiles = new ProfileService(store.jdbi(), json, clock).withJournal(new dev.fridgechef.sync.store.ProfileOps(syncStore));
        this.health = new HealthService(store.jdbi(), json, clock);
        this.supplements = new Lazy<>(() -> new SupplementService(profiles, health,
                new SupplementAdvisor(SupplementRules.load(json), new StockFoodSources(inventory))));
        this.recipes = new RecipeService(store.jdbi(), json, foods, clock);
        this.pantry = new dev.fridgechef.plan.PantryService(store.jdbi(), foods);
        this.plans = new PlanService(store.jdbi(), json, inventory, profiles, () -> new Planner(recipes.library()), clock).withPantry(pantry)
                .withRecipes(recipes).withWishes(similarity);
        var planOps = new dev.fridgechef.sync.store.PlanOps(syncStore, new dev.fridgechef.plan.PlanSlots(foods, json, clock));
        syncStore.projectPlansWith(planOps);
        plans.withJournal(planOps);
        this.cooking = new CookService(inventory, profiles, recipes::library).withPantry(pantry);
        this.planMarks = new dev.fridgechef.plan.PlanMarks(store.jdbi(), clock).withJournal(planOps);
        this.plannedCooking = new dev.fridgechef.plan.PlannedCooking(plans, planMarks, cooking, inventory, foods);
        this.llmSettings = llmSettings;
        this.usage = new UsageLedger(store.jdbi(), clock);
        this.jobs = new JobQueue(store.jdbi(), clock);
        this.conversations = new Conversations(store.jdbi(), clock);
        this.diary = new dev.fridgechef.diary.DiaryService(store.jdbi(), foods, new dev.fridgechef.diary.EntryResolver(foods, recipes::library),
                profiles, json, clock).withJournal(new dev.fridgechef.sync.store.DiaryOps(syncStore));
        this.plannedEating = new dev.fridgechef.diary.PlannedEating(diary, plans, planMarks, plannedCooking, foods);
        this.insights = new dev.fridgechef.insights.InsightsService(store.jdbi(), foods, diary::targets, clock);
        plans.withHints(() -> insights.insights().hints());
        this.folders = new dev.fridgechef.folder.FolderService(store.jdbi(), plans::get, recipes::libraryWithAiDishes, clock);
        this.aiPlanner = newAiPlanner(llmSettings);
        this.photos = newPhotos(llmSettings);
        LOG.info("store opened, {} AI provider(s) configured", llmSettings.providers().size());
    }

    private Lazy<AiPlanner> newAiPlanner(LlmSettings settings) {
        return new Lazy<>(() -> new AiPlanner(gateway(settings).forPurpose("plan"), foods, recipes::library, json));
    }

    /**
     * Replaces the AI settings of the running app (the desktop app's Settings page): later calls use
     * the new providers, budget and limits; the AI planner is built anew on its next use. A plan
     * already being made finishes with the settings it started with.
     */
    public synchronized void useLlmSettings(LlmSettings settings) {
        this.llmSettings = java.util.Objects.requireNonNull(settings);
        this.aiPlanner = newAiPlanner(settings);
        this.photos = newPhotos(settings);
    }

    /** The provider chain, cheapest first, within the limits kept in the store; waits really sleep here. */
    public LlmGateway gateway() {
        return gateway(llmSettings);
    }

    private LlmGateway gateway(LlmSettings settings) {
        return new LlmGateway(settings.providers(), LlmGateway.Limits.DEFAULT.withTimeout(settings.requestTimeout()),
                LlmGateway.Sleeper.CANCELLABLE, System.nanoTime(), usage.limits(settings));
    }

    /** This store's side of sync with a household server: its link, outbox and log (docs/sync.md). */
    public dev.fridgechef.sync.store.SyncStore sync() {
        return syncStore;
    }

    public LlmSettings llmSettings() {
        return llmSettings;
    }

    /** Chat about nutrition in stored conversations with the configured providers, streamed. */
    public ConversationChat chat() {
        return new ConversationChat(gateway().forPurpose("chat"), conversations, new ChatContext(profiles, inventory, plans, json, clock),
                ConversationChat.HISTORY_BUDGET, new dev.fridgechef.chat.ChatAnswerCache(store.jdbi(), clock, similarity), usage)
                .withLocalAnswers(new dev.fridgechef.chat.LocalAnswer(inventory, cooking, plans));
    }

    /** The offline analysis of a day's eaten foods against the profile, with fixes from the stock and the recipe library. */
    public DayAnalyzer dayAnalyzer() {
        return new DayAnalyzer(foods, referenceIntakes.get(), inventory::list, recipes::library);
    }

    /** Closing a diary day: its analysis, and supplement advice for the gaps no food closes. */
    public dev.fridgechef.diary.DayClosing dayClosing() {
        return new dev.fridgechef.diary.DayClosing(diary, profiles, dayAnalyzer(), this::supplements);
    }

    /** A short narrative of a day's analysis from the configured providers (numbers checked), or the offline text. */
    public NarrativeWriter narrativeWriter() {
        return new NarrativeWriter(gateway().forPurpose("analysis"), json, new dev.fridgechef.analysis.NarrativeCache(store.jdbi(), clock), usage);
    }

    /**
     * Photo → draft meal with the providers' vision models (purpose "photo"); answers are kept per
     * photo hash in the store, and photos the person asks to keep go to "photos" beside the store file.
     */
    public PhotoRecognizer photos() {
        return photos.get();
    }

    /** Built on first use (its name index of the foods costs a moment), and anew when the AI settings change. */
    private Lazy<PhotoRecognizer> newPhotos(LlmSettings settings) {
        return new Lazy<>(() -> new PhotoRecognizer(
                gateway(settings).forVision().forPurpose(PhotoRecognizer.PURPOSE), foods,
                new PhotoCache(store.jdbi(), clock), usage, store.path().toAbsolutePath().resolveSibling(PhotoRecognizer.KEPT_FOLDER), json));
    }

    /** The stored chat conversations (listing, reading, renaming and deleting need no provider). */
    public Conversations conversations() {
        return conversations;
    }

    public JobQueue jobs() {
        return jobs;
    }

    /** A runner of the shared job queue that names itself {@code worker} when it claims a job. */
    public JobRunner jobRunner(String worker) {
        return new JobRunner(jobs, json, this::planWithAi, worker);
    }

    public UsageLedger usage() {
        return usage;
    }

    /** A plan from the AI providers (checked, cached, budgeted), or the offline plan with the reason. */
    public StoredPlan planWithAi(PlanOptions options) {
        LlmSettings settings;
        Lazy<AiPlanner> planner;
        synchronized (this) {
            settings = llmSettings;
            planner = aiPlanner;
        }
        return plans.planWithAi(options, planner.get(), usage, settings, new PlanReuse(foods, settings.reuseExtraFoods()));
    }

    /** Opens the store at {@code databasePath} (no ".mv.db" suffix) with the system clock. */
    public static FridgeChef open(Path databasePath, FoodDatabase foods) {
        return new FridgeChef(Store.open(databasePath), foods, Clock.systemDefaultZone());
    }

    public FoodDatabase foods() {
        return foods;
    }

    public ObjectMapper json() {
        return json;
    }

    public InventoryService inventory() {
        return inventory;
    }

    public InventoryFiles inventoryFiles() {
        return inventoryFiles;
    }

    public ProfileService profiles() {
        return profiles;
    }

    /** Conditions and medicines the person recorded (kept beside the profile). */
    public HealthService health() {
        return health;
    }

    /** Number-checked rewording of supplement advice by the AI providers (purpose "supplements"); empty when none is configured. */
    public java.util.Optional<SupplementParaphrase> supplementParaphrase() {
        LlmGateway models = gateway().forPurpose("supplements");
        if (!models.configured()) return java.util.Optional.empty();
        return java.util.Optional.of(new SupplementParaphrase((system, user) -> models.chat(
                java.util.List.of(dev.langchain4j.data.message.SystemMessage.from(system), dev.langchain4j.data.message.UserMessage.from(user)),
                SupplementParaphrase.MAX_TOKENS).text()));
    }

    /** Supplement advice from the profile, the health record and any nutrient gaps (rules loaded on first use). */
    public SupplementService supplements() {
        return supplements.get();
    }

    /** The built-in recipes (loaded on first use) and the person's imported ones. */
    public RecipeService recipes() {
        return recipes;
    }

    public PlanService plans() {
        return plans;
    }

    public dev.fridgechef.plan.PantryService pantry() {
        return pantry;
    }

    public CookService cooking() {
        return cooking;
    }

    /** Meals cooked and shopping lines ticked on stored plans. */
    public dev.fridgechef.plan.PlanMarks planMarks() {
        return planMarks;
    }

    /** "I cooked it": stock taken and the planned meal marked in one transaction. */
    public dev.fridgechef.plan.PlannedCooking plannedCooking() {
        return plannedCooking;
    }

    /** The food diary: what was eaten, with nutrition from the food database, its history and undo. */
    public dev.fridgechef.diary.DiaryService diary() {
        return diary;
    }

    /** Plans, shopping lists, recipes and the diary as PDF, calendar and Markdown files. */
    public dev.fridgechef.export.ExportService exports() {
        return new dev.fridgechef.export.ExportService(foods, plans, planMarks, recipes, diary, this::dayClosing, insights::insights, clock);
    }

    /** A planned meal logged as eaten, cooked from the stock first when it was not yet (once). */
    public dev.fridgechef.diary.PlannedEating plannedEating() {
        return plannedEating;
    }

    /** The person's eating habits from the diary (breakfast, meal times, trends, dishes left unfinished, adherence). */
    public dev.fridgechef.insights.InsightsService insights() {
        return insights;
    }

    /** Folders of saved plans and recipes, favourite recipes and tags. */
    public dev.fridgechef.folder.FolderService folders() {
        return folders;
    }

    public Store store() {
        return store;
    }

    /**
     * Export and erasure of everything about the person: this store, the settings files in
     * {@code configFolder}, and the backups in the {@code backups} folder beside the store file.
     */
    public PersonalData personalData(Path configFolder, Runnable compactAfter) {
        Path backups = store.path().toAbsolutePath().resolveSibling(PersonalData.BACKUP_FOLDER);
        return new PersonalData(store.jdbi(), clock, configFolder, backups, compactAfter, json);
    }

    @Override
    public void close() {
        store.close();
    }
}
