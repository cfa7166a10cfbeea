package dev.fridgechef.food;

import dev.fridgechef.text.TextNormalizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Name lookup that ranks the way a person expects: curated aliases (English and Russian) first,
 * then SR21 descriptions where every word of the query is found, preferring a match in the head of
 * the description ("Chicken, broilers or fryers, breast, ..."), raw and plain foods, and short
 * descriptions; baby foods, fast foods, ready meals and branded items sink.
 *
 * <p>A search scans every description (a few milliseconds), and the same few names come back all
 * the time (each stock item added, each diary entry typed on the server), so the answers of the
 * {@value #REMEMBERED} most recent distinct searches are kept. The foods never change once loaded,
 * so a kept answer stays right; one instance is safe to share between threads.
 */
public final class FoodSearch {
    private static final Set<String> DEMOTED_GROUPS = Set.of(
            FoodGroup.BABY_FOODS, FoodGroup.FAST_FOODS, FoodGroup.MEALS_ENTREES, FoodGroup.AMERICAN_INDIAN);
    /** Words that mark a processed form; each one not asked for costs a little. */
    private static final Set<String> PROCESSING_WORDS = Set.of(
            "cooked", "canned", "frozen", "prepared", "dried", "dehydrated", "powder", "imitation", "substitute",
            "fried", "roasted", "boiled", "braised", "stewed", "baked", "broiled", "microwaved", "reconstituted",
            "condensed", "sweetened", "salted", "smoked", "pickled", "cured", "toasted", "mix", "flavored", "instant",
            "drained", "heated", "simmered", "grilled", "rotisserie", "breaded", "battered", "stuffed", "glazed");

    private record DescriptionEntry(Food food, List<List<String>> segments, int tokenCount, boolean raw, double penalty) {
    }

    private record AliasEntry(Food food, String text, String normalized, List<String> stems) {
    }

    private final List<DescriptionEntry> descriptions = new ArrayList<>();
    private final List<AliasEntry> aliases = new ArrayList<>();
    private final Map<String, Food> byId = new HashMap<>();
    static final int REMEMBERED = 4096;
    private final Map<String, List<FoodMatch>> recent = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<FoodMatch>> eldest) {
            return size() > REMEMBERED;
        }
    };

    FoodSearch(Collection<Food> foods, List<FoodAlias> foodAliases) {
        for (Food f : foods) {
            byId.put(f.id(), f);
            List<List<String>> segments = new ArrayList<>();
            int count = 0;
            for (String segment : f.description().split(",")) {
                List<String> stems = TextNormalizer.stems(segment);
                if (stems.isEmpty()) continue;
                segments.add(stems);
                count += stems.size();
            }
            boolean raw = segments.stream().anyMatch(s -> s.contains("raw"));
            double penalty = (DEMOTED_GROUPS.contains(f.group().code()) ? 6 : 0) + (f.branded() ? 4 : 0);
            descriptions.add(new DescriptionEntry(f, segments, count, raw, penalty));
        }
        for (FoodAlias a : foodAliases) {
            Food f = byId.get(a.foodId());
            for (String name : a.allNames()) {
                aliases.add(new AliasEntry(f, name, TextNormalizer.normalize(name), TextNormalizer.stems(name)));
            }
        }
    }

    public List<FoodMatch> search(String query, int limit) {
        String normalized = TextNormalizer.normalize(query);
        if (normalized.isEmpty() || limit <= 0) return List.of();
        String key = limit + "|" + normalized;
        synchronized (recent) {
            List<FoodMatch> known = recent.get(key);
            if (known != null) return known;
        }
        List<FoodMatch> found = scan(normalized, limit);
        synchronized (recent) {
            recent.put(key, found);
        }
        return found;
    }

    private List<FoodMatch> scan(String normalized, int limit) {
        if (normalized.matches("\\d{4,5}")) {
            Food f = byId.get(normalized.length() == 4 ? "0" + normalized : normalized);
            return f == null ? List.of() : List.of(new FoodMatch(f, 1000, null));
        }
        if (normalized.matches("fc\\d{3}")) {
            Food f = byId.get(normalized.toUpperCase(java.util.Locale.ROOT));
            return f == null ? List.of() : List.of(new FoodMatch(f, 1000, null));
        }
        List<String> queryStems = TextNormalizer.stems(normalized);
        Map<String, FoodMatch> best = new HashMap<>();
        for (AliasEntry a : aliases) {
            double score = aliasScore(a, normalized, queryStems);
            if (score > 0) keepBest(best, new FoodMatch(a.food(), score, a.text()));
        }
        for (DescriptionEntry d : descriptions) {
            double score = descriptionScore(d, queryStems);
            if (!Double.isNaN(score)) keepBest(best, new FoodMatch(d.food(), score, null));
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(FoodMatch::score).reversed()
                        .thenComparingInt(m -> m.food().description().length())
                        .thenComparing(m -> m.food().id()))
                .limit(limit)
                .toList();
    }

    /** The food a person most likely means by this name, if any word-for-word match exists. */
    public Optional<Food> resolve(String name) {
        List<FoodMatch> top = search(name, 1);
        return top.isEmpty() ? Optional.empty() : Optional.of(top.get(0).food());
    }

    private static void keepBest(Map<String, FoodMatch> best, FoodMatch m) {
        best.merge(m.food().id(), m, (a, b) -> a.score() >= b.score() ? a : b);
    }

    private static double aliasScore(AliasEntry a, String normalized, List<String> queryStems) {
        if (a.normalized().equals(normalized)) return 100;
        if (a.stems().equals(queryStems)) return 95;
        int matched = 0;
        for (String q : queryStems) {
            if (a.stems().stream().anyMatch(s -> matchQuality(q, s) > 0)) matched++;
            else return 0;
        }
        // all query words found: more of the alias covered ranks higher
        return FoodMatch.ALIAS_SCORE + 20.0 * matched / Math.max(matched, a.stems().size());
    }

    private static double descriptionScore(DescriptionEntry d, List<String> queryStems) {
        double score = 0;
        for (String q : queryStems) {
            double bestForWord = 0;
            for (int s = 0; s < d.segments().size(); s++) {
                double weight = s == 0 ? 3 : s == 1 ? 2 : 1;
                for (String token : d.segments().get(s)) {
                    bestForWord = Math.max(bestForWord, weight * matchQuality(q, token));
                }
            }
            if (bestForWord == 0) return Double.NaN;
            score += bestForWord;
        }
        List<String> head = d.segments().get(0);
        if (queryStems.containsAll(head)) score += 2;
        if (d.raw()) score += 1;
        for (List<String> segment : d.segments()) {
            for (String token : segment) {
                if (PROCESSING_WORDS.contains(token) && !queryStems.contains(token)) score -= 0.7;
            }
        }
        score -= 0.15 * Math.max(0, d.tokenCount() - queryStems.size());
        return score - d.penalty();
    }

    /** 1 for the same stem, less for a prefix (typing "chick" finds "chicken"), 0 for no match. */
    private static double matchQuality(String queryStem, String token) {
        if (token.equals(queryStem)) return 1;
        if (queryStem.length() >= 3 && token.startsWith(queryStem)) return 0.6;
        return 0;
    }
}
