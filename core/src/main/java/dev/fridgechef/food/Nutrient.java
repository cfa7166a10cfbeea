package dev.fridgechef.food;

/**
 * Nutrients kept from SR21, per 100 g edible portion. {@code abbrevColumn} is the 0-based field of
 * ABBREV.txt the converter reads; the order of the constants is the order in the resource.
 *
 * <p>The column numbers follow the file itself (51 fields a line), which has Choline_Tot after
 * Folate_DFE and Vit_E/Vit_K after the carotenoids; the column list in the data folder's README
 * omits choline and puts vitamins E and K earlier, so do not renumber from that list.
 */
public enum Nutrient {
    ENERGY("kcal", 3),
    PROTEIN("g", 4),
    FAT("g", 5),
    CARBOHYDRATE("g", 7),
    FIBER("g", 8),
    SUGAR("g", 9),
    SATURATED_FAT("g", 42),
    CHOLESTEROL("mg", 45),
    SODIUM("mg", 15),
    POTASSIUM("mg", 14),
    CALCIUM("mg", 10),
    IRON("mg", 11),
    MAGNESIUM("mg", 12),
    PHOSPHORUS("mg", 13),
    ZINC("mg", 16),
    SELENIUM("µg", 19),
    VITAMIN_C("mg", 20),
    THIAMIN("mg", 21),
    RIBOFLAVIN("mg", 22),
    NIACIN("mg", 23),
    VITAMIN_B6("mg", 25),
    FOLATE_DFE("µg", 29),
    VITAMIN_B12("µg", 31),
    VITAMIN_A_RAE("µg", 33),
    VITAMIN_E("mg", 40),
    VITAMIN_K("µg", 41),
    WATER("g", 2);

    private final String unit;
    private final int abbrevColumn;

    Nutrient(String unit, int abbrevColumn) {
        this.unit = unit;
        this.abbrevColumn = abbrevColumn;
    }

    public String unit() {
        return unit;
    }

    public int abbrevColumn() {
        return abbrevColumn;
    }

    /** Key used in resources, JSON and message bundles, e.g. "vitamin_c". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
