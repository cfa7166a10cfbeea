package dev.fridgechef.server.profile;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Condition;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.DietFlag;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.Medication;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileRules;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.server.auth.Authenticator;
import dev.fridgechef.server.auth.Caller;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.JsonBody;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import io.javalin.http.Context;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * /api/v1/profile: the caller's own profile. PUT replaces it whole (a field left out is unset), with
 * the same parsing (core's enums and their synonyms) and ranges (core's {@link ProfileRules}) as the
 * other front ends.
 */
public final class ProfileRoutes {
    private static final Set<String> FIELDS = Set.of("sex", "birthYear", "age", "heightCm", "weightKg", "activity", "goal", "timeZone",
            "goalRateKgPerWeek", "diet", "flags", "allergies", "dislikes", "householdSize", "conditions", "medications");
    /** Core's names of the ranged fields (in its range message) and the API's. */
    private static final Map<String, String> RANGED = Map.of("field.age", "age", "field.height", "heightCm", "field.weight", "weightKg",
            "field.rate", "goalRateKgPerWeek");

    private final Profiles profiles;

    public ProfileRoutes(Profiles profiles) {
        this.profiles = profiles;
    }

    public void register(Routes routes) {
        routes.user("GET", "/api/v1/profile", this::get);
        routes.user("PUT", "/api/v1/profile", this::put);
    }

    private void get(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.read(ctx, ProfileView.of(profiles.get(caller.userId()), profiles.currentYear()));
    }

    private void put(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        JsonBody body = JsonBody.of(ctx).only(FIELDS);
        if (body.optionalInt("age", 0, 150).isPresent() && body.optionalInt("birthYear", 1850, 2200).isPresent()) {
            throw ApiException.invalidField("age", "give age or birthYear, not both");
        }
        ProfileUpdate update = new ProfileUpdate(
                one(body, "sex", Sex::parse), body.optionalInt("birthYear", 1850, 2200).orElse(null), body.optionalInt("age", 0, 150).orElse(null),
                body.optionalNumber("heightCm", 0, false, 1000).orElse(null), body.optionalNumber("weightKg", 0, false, 1000).orElse(null),
                one(body, "activity", ActivityLevel::parse), one(body, "goal", Goal::parse),
                body.optionalNumber("goalRateKgPerWeek", 0, false, 10).orElse(null), one(body, "diet", Diet::parse),
                many(body, "flags", 10, DietFlag::parse), many(body, "allergies", 20, Allergen::parse),
                body.optionalStrings("dislikes", 100, 100).orElse(null));
        int people = body.optionalInt("householdSize", ProfileRules.MIN_PEOPLE, ProfileRules.MAX_PEOPLE).orElse(1);
        ZoneId timeZone = body.optionalString("timeZone", 1, 60).map(ProfileRoutes::zone).orElse(StoredProfile.DEFAULT_ZONE);
        HealthRecord health = new HealthRecord(many(body, "conditions", 20, Condition::parse), many(body, "medications", 20, Medication::parse));
        Profile profile;
        try {
            profile = ProfileRules.apply(Profile.EMPTY, update, profiles.currentYear());
        } catch (UserException e) {
            Object what = e.args().length > 0 ? e.args()[0] : null;
            String field = what instanceof Messages.Key key ? RANGED.getOrDefault(key.key(), "profile") : "profile";
            throw ApiException.invalidField(field, e.getMessage());
        }
        StoredProfile saved = profiles.replace(caller.userId(), profile, people, health, timeZone, ctx.header("If-Match"));
        ProfileView view = ProfileView.of(saved, profiles.currentYear());
        ctx.header("ETag", Replies.etag(view));
        Replies.json(ctx, 200, view);
    }

    /** An IANA time zone name ("Europe/Moscow", "Asia/Vladivostok", "UTC"); offsets such as "+03:00" are refused (they ignore summer time). */
    private static ZoneId zone(String name) {
        try {
            if (!name.contains("/") && !name.equals("UTC")) throw new java.time.DateTimeException("not a region");
            return ZoneId.of(name);
        } catch (java.time.DateTimeException e) {
            throw ApiException.invalidField("timeZone", "must be an IANA time zone such as \"Europe/Moscow\" or \"UTC\", not \""
                    + (name.length() > 60 ? name.substring(0, 60) : name) + "\"");
        }
    }

    private static <T> T one(JsonBody body, String field, Function<String, T> parse) {
        return body.optionalString(field, 1, 40).map(text -> parsed(field, text, parse)).orElse(null);
    }

    private static <T> Set<T> many(JsonBody body, String field, int max, Function<String, T> parse) {
        return body.optionalStrings(field, max, 60).map(list -> {
            Set<T> out = new LinkedHashSet<>();
            for (String text : list) out.add(parsed(field, text, parse));
            return out;
        }).orElse(null);
    }

    private static <T> T parsed(String field, String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (UserException e) {
            throw ApiException.invalidField(field, e.getMessage());
        }
    }
}
