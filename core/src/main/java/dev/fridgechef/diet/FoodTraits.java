package dev.fridgechef.diet;

import dev.fridgechef.food.Food;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.text.TextNormalizer;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a food is made of, as far as hard rules care: its major allergens and whether it is meat,
 * pork, fish or seafood, dairy, egg, honey or alcohol. Derived from the SR21 food group and the
 * words of the description, never typed by hand per recipe; when in doubt a food counts as
 * containing the allergen (a false alarm costs a recipe, a miss could cost a person's health).
 */
public record FoodTraits(Set<Allergen> allergens, boolean meat, boolean pork, boolean seafood, boolean dairy,
                         boolean egg, boolean honey, boolean alcohol) {

    private static final Set<String> MEAT_GROUPS = Set.of("0500", "0700", "1000", "1300", "1700");
    private static final String PORK_GROUP = "1000";
    private static final String FISH_GROUP = "1500";
    private static final String DAIRY_GROUP = "0100";
    private static final String NUT_GROUP = "1200";

    private static final List<String> MILK_WORDS = needles("milk", "cheese", "butter", "cream", "yogurt", "whey", "casein",
            "ghee", "kefir", "buttermilk", "ricotta", "mozzarella", "parmesan", "curd", "custard", "pudding", "ice cream", "milkfat",
            "lactose", "nonfat dry milk", "chocolate, milk");
    private static final List<String> NOT_MILK = needles("coconut milk", "coconut cream", "soymilk", "soy milk", "almond milk",
            "rice milk", "oat milk", "peanut butter", "cocoa butter", "butternut", "butterbur", "nut butter", "seed butter",
            "apple butter", "butter beans", "butterhead", "cream of tartar", "cream substitute", "creamed corn", "sesame butter",
            "almond butter", "cashew butter", "milkfish");
    private static final List<String> EGG_WORDS = needles("egg", "mayonnaise", "meringue", "eggnog");
    private static final List<String> NOT_EGG = needles("eggplant", "egg substitute, powder");
    private static final List<String> CRUSTACEAN_WORDS = needles("crustacean", "shrimp", "prawn", "crab", "lobster", "crayfish", "langoustine");
    private static final List<String> MOLLUSC_WORDS = needles("mollusk", "mollusc", "squid", "octopus", "clam", "mussel", "oyster",
            "scallop", "snail", "whelk", "abalone", "cuttlefish", "conch");
    private static final List<String> FISH_WORDS = needles("fish", "salmon", "tuna", "anchov", "sardine", "herring",
            "mackerel", "trout", "pollock", "haddock", "halibut", "tilapia", "caviar", "roe", "surimi", "carp", "catfish", "perch",
            "pike ", "whiting", "flounder", "sole ", "sea bass", "bass ", "walleye", "eel ", "smelt", "sturgeon", "snapper", "worcestershire",
            "cod ");
    private static final List<String> TREE_NUT_WORDS = needles("almond", "walnut", "hazelnut", "filbert", "cashew", "pecan",
            "pistachio", "brazilnut", "brazil nut", "macadamia", "pine nut", "pinyon", "chestnut", "praline", "marzipan", "nutella", "mixed nuts");
    private static final List<String> GLUTEN_WORDS = needles("wheat", "barley", "rye", "oat", "spelt", "semolina", "couscous",
            "bulgur", "farina", "pasta", "spaghetti", "macaroni", "noodle", "bread", "flour", "cracker", "seitan", "malt", "crouton",
            "pretzel", "bagel", "biscuit", "cake", "cookie", "muffin", "pancake", "waffle", "pizza", "tortilla, flour", "pastry", "pie",
            "dumpling", "breadcrumb", "bran", "triticale", "kamut", "graham", "matzo", "pita", "croissant", "granola", "muesli",
            "wafer", "beer", "soy sauce", "stuffing", "roll", "bun ", "buns ", "doughnut", "cereal");
    private static final List<String> NOT_GLUTEN = needles("rice noodle", "rice flour", "buckwheat", "corn flour", "potato flour",
            "soy flour", "chickpea flour", "cornmeal", "rice cake", "corn tortilla", "tortillas, ready-to-bake or -fry, corn",
            "arrowroot", "tapioca", "cassava", "flour, rice", "flour, corn", "flour, potato", "flour, soy", "flour, chickpea",
            "flaxseed", "gluten free");
    private static final List<String> WHEAT_WORDS = needles("wheat", "semolina", "couscous", "bulgur", "farina", "pasta", "spaghetti",
            "macaroni", "noodle", "bread", "flour", "cracker", "seitan", "crouton", "pretzel", "bagel", "biscuit", "cake", "cookie",
            "muffin", "pancake", "waffle", "pizza", "pastry", "pie", "dumpling", "breadcrumb", "graham", "matzo", "pita", "croissant",
            "wafer", "soy sauce", "stuffing", "roll", "bun ", "buns ", "doughnut", "triticale", "kamut", "spelt");
    private static final List<String> SOY_WORDS = needles("soy", "tofu", "tempeh", "miso", "edamame", "natto", "textured vegetable protein");
    private static final List<String> PORK_WORDS = needles("pork", "bacon", "ham ", "lard", "prosciutto", "salami", "pepperoni",
            "chorizo", "bologna", "frankfurter", "sausage", "gelatin", "salt pork", "pancetta", "hot dog", "bratwurst", "kielbasa");
    private static final List<String> MEAT_WORDS = needles("beef", "chicken", "turkey", "lamb", "veal", "duck", "goose", "venison",
            "rabbit", "broth", "bouillon", "stock", "gelatin", "lard", "tallow", "meat", "liver", "sausage", "bacon", "ham ", "salami",
            "pepperoni", "pork", "frankfurter", "bologna", "bison", "goat", "quail", "pheasant", "elk");
    private static final List<String> NOT_MEAT = needles("vegetable broth", "vegetable stock", "meatless", "vegetarian",
            "imitation", "mushroom broth", "coconut meat", "nut meat", "meat substitute", "hamburger bun", "hamburger roll",
            "hot dog bun", "hot dog roll", "crab apple", "crabapple");

    private static final List<String> MILK = needles("milk");
    private static final List<String> PEANUT = needles("peanut");
    private static final List<String> NOT_TREE_NUT = needles("nutmeg", "water chestnut", "coconut");
    private static final List<String> NUTS = needles("nuts");
    private static final List<String> COCONUT = needles("coconut");
    private static final List<String> BUCKWHEAT = needles("buckwheat");
    private static final List<String> CELERY_WORDS = needles("celery", "celeriac");
    private static final List<String> MUSTARD_WORDS = needles("mustard");
    private static final List<String> SESAME_WORDS = needles("sesame", "tahini", "halvah", "hummus");
    private static final List<String> SULPHITE_WORDS = needles("sulfured", "sulfite", "sulphite", "wine", "dried apricot");
    private static final List<String> LUPIN_WORDS = needles("lupin");
    private static final List<String> HONEY_WORDS = needles("honey");
    private static final List<String> NOT_HONEY = needles("honeydew", "honey mustard dressing, fat-free");
    private static final List<String> ALCOHOL_WORDS = needles("wine", "beer", "vodka", "rum ", "whiskey", "liqueur", "brandy", "alcoholic", "gin ", "sake ");

    /** The traits of each food seen, by what they are read from: the recipe library alone asks for them some 3,000 times. */
    private static final java.util.Map<Key, FoodTraits> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private record Key(String id, String description, String commonName, String group) {
    }

    public static FoodTraits of(Food food) {
        return KNOWN.computeIfAbsent(new Key(food.id(), food.description(), food.commonName(), food.group().code()), k -> read(food));
    }

    private static FoodTraits read(Food food) {
        String text = " " + TextNormalizer.normalize(food.description() + " " + food.commonName()) + " ";
        String raw = (food.description() + " " + food.commonName()).toLowerCase(java.util.Locale.ROOT);
        String group = food.group().code();
        EnumSet<Allergen> allergens = EnumSet.noneOf(Allergen.class);

        boolean dairy = (group.equals(DAIRY_GROUP) && !raw.startsWith("egg")) || (has(text, MILK_WORDS) && !has(text, NOT_MILK));
        if (group.equals(DAIRY_GROUP) && has(text, NOT_MILK) && !has(text, MILK)) dairy = false;
        boolean egg = (raw.startsWith("egg") || has(text, EGG_WORDS)) && !has(text, NOT_EGG);
        boolean crustacean = raw.startsWith("crustaceans") || has(text, CRUSTACEAN_WORDS) && !has(text, NOT_MEAT);
        boolean mollusc = raw.startsWith("mollusks") || has(text, MOLLUSC_WORDS);
        boolean fish = (group.equals(FISH_GROUP) && !crustacean && !mollusc) || raw.startsWith("fish") || has(text, FISH_WORDS);
        boolean peanut = has(text, PEANUT);
        boolean treeNut = has(text, TREE_NUT_WORDS) && !has(text, NOT_TREE_NUT)
                || (group.equals(NUT_GROUP) && has(text, NUTS) && !has(text, COCONUT));
        boolean gluten = has(text, GLUTEN_WORDS) && !has(text, NOT_GLUTEN);
        boolean wheat = has(text, WHEAT_WORDS) && !has(text, NOT_GLUTEN) && !has(text, BUCKWHEAT);
        boolean soy = has(text, SOY_WORDS);

        if (dairy) allergens.add(Allergen.MILK);
        if (egg) allergens.add(Allergen.EGGS);
        if (crustacean) allergens.add(Allergen.CRUSTACEANS);
        if (mollusc) allergens.add(Allergen.MOLLUSCS);
        if (fish) allergens.add(Allergen.FISH);
        if (peanut) allergens.add(Allergen.PEANUTS);
        if (treeNut) allergens.add(Allergen.TREE_NUTS);
        if (gluten || wheat) allergens.add(Allergen.GLUTEN);
        if (wheat) allergens.add(Allergen.WHEAT);
        if (soy) allergens.add(Allergen.SOY);
        if (has(text, CELERY_WORDS)) allergens.add(Allergen.CELERY);
        if (has(text, MUSTARD_WORDS)) allergens.add(Allergen.MUSTARD);
        if (has(text, SESAME_WORDS)) allergens.add(Allergen.SESAME);
        if (has(text, SULPHITE_WORDS)) allergens.add(Allergen.SULPHITES);
        if (has(text, LUPIN_WORDS)) allergens.add(Allergen.LUPIN);

        boolean pork = group.equals(PORK_GROUP) || has(text, PORK_WORDS) && !has(text, NOT_MEAT);
        boolean meat = (MEAT_GROUPS.contains(group) || has(text, MEAT_WORDS)) && !has(text, NOT_MEAT) || pork;
        boolean seafood = fish || crustacean || mollusc;
        boolean honey = has(text, HONEY_WORDS) && !has(text, NOT_HONEY);
        boolean alcohol = has(text, ALCOHOL_WORDS);
        return new FoodTraits(Set.copyOf(allergens), meat && !seafood, pork, seafood, dairy, egg, honey, alcohol);
    }

    /**
     * A word list as {@link #has} looks for it: each word normalised, after a space, and followed by one
     * when the word ends with a space (it asks for the whole word). Built once per list, not per food.
     */
    private static List<String> needles(String... words) {
        return Arrays.stream(words).map(w -> " " + TextNormalizer.normalize(w) + (w.endsWith(" ") ? " " : "")).toList();
    }

    /** Whether any word or phrase occurs at a word start ("egg" finds "eggs", not "nutmeg"); a trailing space asks for the whole word ("gin " is not "ginger"). */
    private static boolean has(String text, List<String> needles) {
        for (String needle : needles) {
            if (text.contains(needle)) return true;
        }
        return false;
    }

    /** Whether a diet rules this food out (pescatarian: meat; vegetarian: also seafood; vegan: also dairy, eggs, honey). */
    public boolean breaks(Diet diet) {
        return switch (diet) {
            case OMNIVORE -> false;
            case PESCATARIAN -> meat;
            case VEGETARIAN -> meat || seafood;
            case VEGAN -> meat || seafood || dairy || egg || honey;
        };
    }
}
