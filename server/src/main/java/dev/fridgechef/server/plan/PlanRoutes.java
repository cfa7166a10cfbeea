package dev.fridgechef.server.plan;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.ShopMode;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.server.auth.Authenticator;
import dev.fridgechef.server.auth.Caller;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.JsonBody;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import dev.fridgechef.text.SafeText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** /api/v1/plans/*: the household's meal plans. */
public final class PlanRoutes {
    /** Seconds a client is told to wait when every planner slot is busy. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final List<MealType> DEFAULT_MEALS = List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER, MealType.SNACK);

    static final int MAX_WISH = 300;

    private final Plans plans;
    private final AiPlans aiPlans;

    public PlanRoutes(Plans plans, AiPlans aiPlans) {
        this.plans = plans;
        this.aiPlans = aiPlans;
    }

    public void register(Routes routes) {
        routes.user("POST", "/api/v1/plans", this::create);
        routes.user("GET", "/api/v1/plans", this::list);
        routes.user("GET", "/api/v1/plans/current", this::current);
        routes.user("GET", "/api/v1/plans/{id}", this::get);
    }

    /** The fields of a plan request's body. */
    private static final Set<String> FIELDS = Set.of("start", "days", "meals", "shop", "maxBuy", "people", "fresh", "ai", "wish");

    /** A plan request as asked: the options, whether the AI is to propose the dishes, and its wish (null: none). */
    public record Requested(PlanOptions options, boolean ai, String wish) {
    }

    /** The plan request in the body of POST /api/v1/plans or /plans/jobs, checked; every field is optional. */
    public static Requested requested(Context ctx, LocalDate today) {
        Optional<JsonBody> body = JsonBody.optional(ctx).map(b -> b.only(FIELDS)); // read once: the body is a stream
        PlanOptions options = options(body, today);
        boolean ai = body.flatMap(b -> b.optionalBoolean("ai")).orElse(false);
        Optional<String> wish = body.flatMap(b -> b.optionalString("wish", 1, MAX_WISH)).map(w -> SafeText.printable(w).strip());
        if (wish.isPresent() && !ai) throw ApiException.invalidField("wish", "goes with \"ai\": true (the offline planner takes no wish)");
        return new Requested(options, ai, wish.filter(w -> !w.isEmpty()).orElse(null));
    }

    private void create(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Requested asked = requested(ctx, plans.today(caller.userId()));
        StoredPlan plan;
        AiPlans.Outcome outcome = null;
        try {
            if (asked.ai()) {
                outcome = aiPlans.create(caller.userId(), asked.options(), asked.wish());
                plan = outcome.plan();
            } else {
                plan = plans.create(caller.userId(), asked.options());
            }
        } catch (Plans.Busy busy) {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            Replies.error(ctx, new ApiException(503, "planner_busy", "Every planner of this server is busy; try again in "
                    + RETRY_AFTER_SECONDS + " s"));
            return;
        }
        ctx.header("Location", "/api/v1/plans/" + plan.id());
        PlanView view = PlanView.of(plan, plans.foods());
        Replies.json(ctx, 201, outcome == null ? view : withAi(view, outcome));
    }

    /** An AI request's reply: the plan, who made it ("ai:provider/model" or "offline"), why not the AI when it did not, core's notes. */
    private static ObjectNode withAi(PlanView view, AiPlans.Outcome outcome) {
        ObjectNode reply = Replies.MAPPER.valueToTree(view);
        reply.put("source", outcome.source());
        outcome.aiUnavailable().ifPresent(why -> reply.putObject("aiUnavailable").put("code", why.code()).put("message", why.message()));
        outcome.notes().forEach(reply.putArray("notes")::add);
        return reply;
    }

    /** The plan's options in the request's body, checked; every field is optional. */
    private static PlanOptions options(Optional<JsonBody> body, LocalDate today) {
        LocalDate start = body.flatMap(b -> b.optionalString("start", 10, 10)).map(PlanRoutes::date).orElse(today);
        if (start.isBefore(today.minusDays(1)) || start.isAfter(today.plusDays(60))) {
            throw ApiException.invalidField("start", "must be from yesterday to 60 days ahead");
        }
        int days = body.flatMap(b -> b.optionalInt("days", 1, 14)).orElse(3);
        Optional<List<MealType>> meals = body.flatMap(b -> b.optionalStrings("meals", 4, 20)).map(PlanRoutes::meals);
        ShopMode shop = body.flatMap(b -> b.optionalString("shop", 1, 10)).map(PlanRoutes::shop).orElse(ShopMode.FEW);
        int maxBuy = body.flatMap(b -> b.optionalInt("maxBuy", -1, 200)).orElse(-1);
        int people = body.flatMap(b -> b.optionalInt("people", 0, 12)).orElse(0);
        boolean fresh = body.flatMap(b -> b.optionalBoolean("fresh")).orElse(false);
        PlanOptions options = new PlanOptions(start, days, meals.orElse(DEFAULT_MEALS), fresh, shop, maxBuy, people);
        return meals.isEmpty() ? options.withDefaultMeals() : options;
    }

    private void list(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.read(ctx, Map.of("plans", plans.list(caller.userId(), 50)));
    }

    private void current(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.read(ctx, PlanView.of(plans.current(caller.userId())
                .orElseThrow(() -> ApiException.notFound("Plan covering today")), plans.foods()));
    }

    private void get(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.read(ctx, PlanView.of(plans.find(caller.userId(), Routes.uuidParam(ctx, "id"))
                .orElseThrow(() -> ApiException.notFound("Plan")), plans.foods()));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("start", "must be a date as YYYY-MM-DD");
        }
    }

    private static List<MealType> meals(List<String> names) {
        if (names.isEmpty()) throw ApiException.invalidField("meals", "must name at least one meal");
        List<MealType> out = new ArrayList<>();
        for (String name : names) {
            try {
                MealType meal = MealType.parse(name);
                if (out.contains(meal)) throw ApiException.invalidField("meals", "names " + meal.key() + " twice");
                out.add(meal);
            } catch (UserException e) {
                throw ApiException.invalidField("meals", e.getMessage());
            }
        }
        out.sort(java.util.Comparator.naturalOrder());
        return out;
    }

    private static ShopMode shop(String text) {
        try {
            return ShopMode.parse(text);
        } catch (UserException e) {
            throw ApiException.invalidField("shop", e.getMessage());
        }
    }
}
