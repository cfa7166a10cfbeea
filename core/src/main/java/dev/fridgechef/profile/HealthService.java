package dev.fridgechef.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;

/** Reads and changes the person's {@link HealthRecord}. */
public final class HealthService {
    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Clock clock;

    public HealthService(Jdbi jdbi, ObjectMapper json, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.clock = clock;
    }

    public HealthRecord get() {
        return jdbi.withHandle(h -> h.createQuery("SELECT document FROM profile_health WHERE user_name = :u")
                .bind("u", ProfileService.DEFAULT_USER).mapTo(String.class).findOne().map(this::fromJson).orElse(HealthRecord.EMPTY));
    }

    /** Replaces the conditions and the medications that are not null; an empty set clears them. */
    public HealthRecord update(Set<Condition> conditions, Set<Medication> medications) {
        return jdbi.inTransaction(h -> {
            HealthRecord old = h.createQuery("SELECT document FROM profile_health WHERE user_name = :u FOR UPDATE")
                    .bind("u", ProfileService.DEFAULT_USER).mapTo(String.class).findOne().map(this::fromJson).orElse(HealthRecord.EMPTY);
            HealthRecord merged = new HealthRecord(conditions != null ? conditions : old.conditions(),
                    medications != null ? medications : old.medications());
            h.createUpdate("MERGE INTO profile_health (user_name, document, updated_at) KEY (user_name) VALUES (:u, :d, :t)")
                    .bind("u", ProfileService.DEFAULT_USER).bind("d", toJson(merged)).bind("t", LocalDateTime.now(clock)).execute();
            return merged;
        });
    }

    private HealthRecord fromJson(String document) {
        try {
            return json.readValue(document, HealthRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored health record is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private String toJson(HealthRecord r) {
        try {
            return json.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
