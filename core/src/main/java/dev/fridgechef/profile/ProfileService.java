package dev.fridgechef.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private volatile ProfileJournal journal = ProfileJournal.NONE;

    public ProfileService(Jdbi jdbi, ObjectMapper json, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.clock = clock;
    }

    /** Who hears each change in its transaction (sync records operations); set once when the app is wired. */
    public ProfileService withJournal(ProfileJournal journal) {
        this.journal = java.util.Objects.requireNonNull(journal);
        return this;
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
        ProfileRules.check(u, year);
        return jdbi.inTransaction(h -> {
            Profile old = h.createQuery("SELECT document FROM profile WHERE user_name = :u FOR UPDATE")
                    .bind("u", DEFAULT_USER).mapTo(String.class).findOne().map(this::fromJson).orElse(Profile.EMPTY);
            Profile merged = ProfileRules.apply(old, u, year);
            h.createUpdate("MERGE INTO profile (user_name, document, updated_at) KEY (user_name) VALUES (:u, :d, :t)")
                    .bind("u", DEFAULT_USER).bind("d", toJson(merged)).bind("t", LocalDateTime.now(clock)).execute();
            journal.changed(h, old, merged);
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
        ProfileRules.checkPeople(people);
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
