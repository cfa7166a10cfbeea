package dev.fridgechef.photo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.AtomicFiles;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.llm.UsageLedger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Photo → draft meal. The photo is read and re-encoded ({@link PhotoInput}); the answer kept for its
 * hash is used when there is one, else a vision model is asked once (purpose "photo") and its
 * readable answer kept, so the same photo never costs a second call, in this process or another.
 * The components are mapped to database foods ({@link PhotoFoods}) each time the draft is built.
 * Nothing about the meal is recorded here: the person confirms the draft first. The photo is not
 * kept unless asked, and then only as the metadata-free JPEG that was sent.
 */
public final class PhotoRecognizer {
    public static final String PURPOSE = "photo";
    /** The provider name a photo answered from the kept answers is recorded under in the usage ledger. */
    public static final String CACHE_PROVIDER = "cache:photo";
    /** The folder beside the store file where photos are kept when the person asks. */
    public static final String KEPT_FOLDER = "photos";
    /** The answer's token limit: the largest answer read (8 dishes of 12 components, some 25 tokens each) fits. */
    static final int MAX_TOKENS = 3000;

    private final LlmGateway gateway;
    private final PhotoFoods foods;
    private final PhotoCache cache;
    private final UsageLedger usage;
    private final Path keptPhotos;
    private final ObjectMapper json;

    /**
     * {@code gateway} asks the vision models ({@link LlmGateway#forVision()}); {@code usage} records the
     * photos answered from the kept answers; kept photos go to {@code keptPhotos}.
     */
    public PhotoRecognizer(LlmGateway gateway, FoodDatabase foods, PhotoCache cache, UsageLedger usage, Path keptPhotos, ObjectMapper json) {
        this.gateway = gateway;
        this.foods = new PhotoFoods(foods);
        this.cache = cache;
        this.usage = usage;
        this.keptPhotos = keptPhotos;
        this.json = json;
    }

    /** The draft for the photo in {@code file}; {@code keepPhoto}: also keep the JPEG sent, named by the hash. */
    public PhotoDraft recognize(Path file, boolean keepPhoto) {
        return recognize(PhotoInput.read(file), keepPhoto);
    }

    public PhotoDraft recognize(PhotoInput photo, boolean keepPhoto) {
        Optional<PhotoCache.Entry> kept = cache.find(photo.sha256());
        Optional<PhotoAnswer> keptAnswer = kept.flatMap(e -> PhotoAnswer.read(e.answer(), json));
        boolean cached = keptAnswer.isPresent();
        PhotoCache.Entry entry;
        PhotoAnswer answer;
        if (cached) {
            entry = kept.get();
            answer = keptAnswer.get();
            usage.record(new UsageLedger.Call(CACHE_PROVIDER, entry.provider() + "/" + entry.model(), PURPOSE, 0, 0, 0, 0, true, "ok"));
        } else {
            LlmGateway.Answer a = ask(photo);
            entry = new PhotoCache.Entry(a.provider(), a.model(), a.text());
            Optional<PhotoAnswer> read = PhotoAnswer.read(a.text(), json);
            if (read.isEmpty()) {
                usage.markUnusable(a.callId(), "not the JSON asked for");
                throw new UserException("error.photo.answer");
            }
            answer = read.get();
            cache.save(photo.sha256(), entry);
        }
        if (keepPhoto) keep(photo);
        String source = entry.provider() + "/" + entry.model();
        if (!answer.food()) return PhotoDraft.notFood(photo.sha256(), source, cached);
        return new PhotoDraft(photo.sha256(), source, cached, true, map(answer));
    }

    /**
     * The database food a name typed to correct a draft means ("rice cooked", "гречка"), found as the
     * model's names are, for {@link PhotoDraft#withFood}.
     */
    public Optional<Food> food(String name) {
        return foods.match(name, "");
    }

    /** Whether a file name is a kept photo's: the hash and ".jpg". */
    public static boolean isKeptPhoto(String fileName) {
        return fileName.matches("[0-9a-f]{64}\\.jpg");
    }

    /** Where a kept photo is (it may not be there). */
    public Path keptPhoto(String sha256) {
        return keptPhotos.resolve(sha256 + ".jpg");
    }

    private LlmGateway.Answer ask(PhotoInput photo) {
        if (!gateway.configured()) throw new UserException("error.photo.no_provider");
        try {
            return gateway.chat(PhotoPrompt.messages(photo), MAX_TOKENS, PhotoPrompt.format());
        } catch (LlmGateway.AllProvidersFailed e) {
            throw new UserException("error.photo.failed", e.describe());
        }
    }

    private List<PhotoDraft.Dish> map(PhotoAnswer answer) {
        List<PhotoDraft.Dish> dishes = new ArrayList<>();
        for (PhotoAnswer.Dish d : answer.dishes()) {
            List<PhotoDraft.Item> items = new ArrayList<>();
            for (PhotoAnswer.Component c : d.components()) {
                items.add(foods.match(c.name(), c.foodId()).map(f -> PhotoDraft.Item.of(c.name(), f, c.grams()))
                        .orElseGet(() -> PhotoDraft.Item.unmatched(c.name(), c.grams())));
            }
            dishes.add(new PhotoDraft.Dish(d.nameEn(), d.nameRu(), items));
        }
        return dishes;
    }

    private void keep(PhotoInput photo) {
        Path target = keptPhoto(photo.sha256());
        try {
            Files.createDirectories(keptPhotos);
            AtomicFiles.write(target, photo.jpeg(), true);
        } catch (IOException | RuntimeException e) {
            throw new UserException("error.photo.keep", target, e.getMessage());
        }
    }
}
