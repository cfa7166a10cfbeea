package dev.fridgechef.server.diary;

import dev.fridgechef.server.auth.Authenticator;
import dev.fridgechef.server.auth.Caller;
import dev.fridgechef.server.diary.DiaryViews.Logged;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.JsonBody;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** /api/v1/diary/*: the household's food diary. */
public final class DiaryRoutes {
    /** The longest range of day totals one request may ask for. */
    public static final int MAX_DAYS = 93;

    private final Diary diary;
    private final EntryInput input;

    public DiaryRoutes(Diary diary, EntryInput input) {
        this.diary = diary;
        this.input = input;
    }

    public void register(Routes routes) {
        routes.user("GET", "/api/v1/diary", this::read);
        routes.user("POST", "/api/v1/diary/entries", this::add);
        routes.user("GET", "/api/v1/diary/entries/{id}", this::get);
        routes.user("PATCH", "/api/v1/diary/entries/{id}", this::edit);
        routes.user("DELETE", "/api/v1/diary/entries/{id}", this::remove);
        routes.user("POST", "/api/v1/diary/undo", this::undo);
    }

    private void add(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        EntryInput.Logging logging = input.logging(JsonBody.of(ctx));
        Logged logged = diary.add(caller.userId(), logging.entry(), logging.at(), logging.meal(), logging.eatenPercent());
        ctx.header("ETag", diary.etag(logged));
        ctx.header("Location", "/api/v1/diary/entries/" + logged.entry().id());
        Replies.json(ctx, 201, logged);
    }

    private void get(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.read(ctx, diary.entry(caller.userId(), Routes.uuidParam(ctx, "id")));
    }

    private void edit(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        var edit = input.edit(JsonBody.of(ctx));
        Logged logged = diary.edit(caller.userId(), id, Optional.ofNullable(ctx.header("If-Match")), edit);
        ctx.header("ETag", diary.etag(logged));
        Replies.json(ctx, 200, logged);
    }

    private void remove(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        diary.remove(caller.userId(), Routes.uuidParam(ctx, "id"), Optional.ofNullable(ctx.header("If-Match")));
        ctx.status(204);
    }

    private void undo(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.json(ctx, 200, diary.undo(caller.userId()));
    }

    /** ?date=YYYY-MM-DD: one day in full; ?from=&to=: day totals. Either with &member=USER_ID. */
    private void read(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Optional<UUID> member = Optional.ofNullable(ctx.queryParam("member")).map(DiaryRoutes::member);
        Optional<LocalDate> date = date(ctx, "date");
        Optional<LocalDate> from = date(ctx, "from");
        Optional<LocalDate> to = date(ctx, "to");
        if (date.isPresent()) {
            if (from.isPresent() || to.isPresent()) throw ApiException.invalidField("date", "give either date or from and to, not both");
            Replies.read(ctx, diary.day(caller.userId(), date.get(), member));
            return;
        }
        if (from.isEmpty() || to.isEmpty()) {
            throw ApiException.invalidField(from.isEmpty() ? "from" : "to", "give date=YYYY-MM-DD for a day, or both from and to for a range");
        }
        if (to.get().isBefore(from.get())) throw ApiException.invalidField("to", "is before from");
        if (ChronoUnit.DAYS.between(from.get(), to.get()) + 1 > MAX_DAYS) {
            throw ApiException.invalidField("to", "a range is at most " + MAX_DAYS + " days");
        }
        Replies.read(ctx, diary.days(caller.userId(), from.get(), to.get(), member));
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) return Optional.empty();
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (d.getYear() < 2000 || d.getYear() > 2200) throw ApiException.invalidField(name, "must be from the year 2000 to 2200");
            return Optional.of(d);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, "must be a date YYYY-MM-DD, not \"" + cut(text) + "\"");
        }
    }

    private static UUID member(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("member", "must be a user id (UUID)");
        }
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
