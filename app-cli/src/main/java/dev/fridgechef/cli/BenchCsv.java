package dev.fridgechef.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Writes a stock CSV of N rows to standard output for scripts/bench-import.sh (not part of the command). */
final class BenchCsv {
    private static final List<String> FOODS = List.of("chicken breast", "milk", "eggs", "rice", "butter", "гречка", "творог",
            "apple", "banana", "carrot", "potato", "onion", "cheddar cheese", "yogurt", "bread", "pasta", "tomato", "cucumber",
            "salmon", "ground beef", "молоко", "яйца", "сметана", "кефир", "сыр", "картофель", "морковь", "лук", "капуста",
            "свёкла", "oats", "flour", "sugar", "olive oil", "garlic", "lemon", "orange", "spinach", "broccoli", "mushrooms",
            "peas", "beans", "lentils", "chickpeas", "tofu", "ham", "sausage", "pork chop", "turkey", "tuna", "cod", "shrimp",
            "honey", "jam", "peanut butter", "almonds", "walnuts", "raisins", "grandma's pickles", "homemade pelmeni");
    private static final List<String> UNITS = List.of("g", "g", "g", "kg", "pcs", "ml", "l");

    private BenchCsv() {
    }

    public static void main(String[] args) {
        int rows = Integer.parseInt(args[0]);
        Random random = new Random(42);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("name,quantity,unit,location,expires,opened,note");
        String[] places = {"fridge", "freezer", "pantry"};
        for (int i = 0; i < rows; i++) {
            String unit = UNITS.get(random.nextInt(UNITS.size()));
            int quantity = unit.equals("kg") || unit.equals("l") ? 1 + random.nextInt(5) : 1 + random.nextInt(900);
            out.printf("%s,%d,%s,%s,2027-%02d-%02d,%s,%s%n", FOODS.get(random.nextInt(FOODS.size())), quantity, unit,
                    places[random.nextInt(3)], 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextBoolean() ? "yes" : "no",
                    i % 10 == 0 ? "row " + i : "");
        }
        out.flush();
    }
}
