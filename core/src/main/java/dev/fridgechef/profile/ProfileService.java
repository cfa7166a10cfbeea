package dev.fridgechef.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.i18n.UserException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Optional;

/** Reads and changes the person's profile and computes their daily targets. */
public final class ProfileService {
    public static final String DEFAULT_USER = "default";

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Clock clock;

    public ProfileService(Jdbi jdbi, ObjectMapper json, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.clock = clock;
    }

    public Optional<Profile> find() {
        return jdbi.withHandle(h -> h.createQuery("SELECT document FROM profile WHERE user_name = :u")
                        .bind("u", DEFAULT_USER).mapTo(String.class).findOne())
                .map(this::fromJson);
    }

    public Profile get() {
        return find().orElse(Profile.EMPTY);
    }

    /** Validates the changes, merges them into the stored profile and saves it in one step. */
    public Profile update(ProfileUpdate u) {
        int year = Year.now(clock).getValue();
        Integer birthYear = u.age() != null ? Integer.valueOf(year - u.age()) : u.birthYear();
        if (birthYear != null) checkRange("age", year - birthYear, 14, 100);
        if (u.heightCm() != null) checkRange("height", u.heightCm(), 100, 250);
        if (u.weightKg() != null) checkRange("weight", u.weightKg(), 30, 300);
        if (u.goalRateKgPerWeek() != null) checkRange("rate", u.goalRateKgPerWeek(), 0.1, 1.0);
        return jdbi.inTransaction(h -> {
            Profile old = h.createQuery("SELECT document FROM profile WHERE user_name = :u FOR UPDATE")
                    .bind("u", DEFAULT_USER).mapTo(String.class).findOne().map(this::fromJson).orElse(Profile.EMPTY);
            Profile merged = new Profile(
                    or(u.sex(), old.sex()), or(birthYear, old.birthYear()), or(u.heightCm(), old.heightCm()),
                    or(u.weightKg(), old.weightKg()), or(u.activity(), old.activity()), or(u.goal(), old.goal()),
                    u.goal() != null && u.goalRateKgPerWeek() == null ? null : or(u.goalRateKgPerWeek(), old.goalRateKgPerWeek()),
                    or(u.diet(), old.diet()), or(u.flags(), old.flags()), or(u.allergies(), old.allergies()),
                    or(u.dislikes(), old.dislikes()));
            h.createUpdate("MERGE INTO profile (user_name, document, updated_at) KEY (user_name) VALUES (:u, :d, :t)")
                    .bind("u", DEFAULT_USER).bind("d", toJson(merged)).bind("t", LocalDateTime.now(clock)).execute();
            return merged;
        });
    }

    /** How many people the household plans cook and shop for (1 until set). */
    public int people() {
        return jdbi.withHandle(h -> h.createQuery("SELECT people FROM household WHERE user_name = :u")
                .bind("u", DEFAULT_USER).mapTo(Integer.class).findOne().orElse(1));
    }

    /** Sets the household size (1 to 12); the profile's targets stay the person's own. */
    public int setPeople(int people) {
        if (people < 1 || people > 12) throw new UserException("error.plan.people", people);
        jdbi.useHandle(h -> {
            int changed = h.createUpdate("UPDATE household SET people = :p WHERE user_name = :u").bind("p", people).bind("u", DEFAULT_USER).execute();
            if (changed == 0) h.createUpdate("INSERT INTO household (user_name, people) VALUES (:u, :p)").bind("p", people).bind("u", DEFAULT_USER).execute();
        });
        return people;
    }

    /** This year by the service's clock (ages shown in a form are this year minus the birth year). */
    public int currentYear() {
        return Year.now(clock).getValue();
    }

    public Targets targets(Profile p) {
        return TargetCalculator.compute(p, Year.now(clock).getValue());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static void checkRange(String field, double value, double min, double max) {
        if (value < min || value > max) {
            throw new UserException("error.profile.range", new dev.fridgechef.i18n.Messages.Key("field." + field), dev.fridgechef.unit.QuantityParser.format(value),
                    dev.fridgechef.unit.QuantityParser.format(min), dev.fridgechef.unit.QuantityParser.format(max));
        }
    }

    private Profile fromJson(String document) {
        try {
            return json.readValue(document, Profile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored profile is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private String toJson(Profile p) {
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
