package dev.fridgechef.inventory;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;
import dev.fridgechef.unit.QuantityParser;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.function.Predicate;

/**
 * The stock: add, list, use part of, edit, remove and import items. Every change that belongs
 * together runs in one transaction, and input is validated completely before anything is written.
 */
public final class InventoryService {
    private static final double USED_UP = ItemUse.USED_UP;

    private final Jdbi jdbi;
    private final FoodDatabase foods;
    private final ItemValidator validator;
    private final Clock clock;
    private volatile StockJournal journal = StockJournal.NONE;

    public InventoryService(Jdbi jdbi, FoodDatabase foods, Clock clock) {
        this.jdbi = jdbi;
        this.foods = foods;
        this.validator = new ItemValidator(foods);
        this.clock = clock;
    }

    /** Who hears each change in its transaction (sync records operations); set once when the app is wired. */
    public InventoryService withJournal(StockJournal journal) {
        this.journal = java.util.Objects.requireNonNull(journal);
        return this;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public StockEntry add(ItemDraft draft) {
        return add(draft, false);
    }

    /** Adds one item; with {@code force} an implausible amount or expiry date is kept as given. */
    public StockEntry add(ItemDraft draft, boolean force) {
        InventoryItem item = validator.validate(draft, today(), force);
        return describe(jdbi.inTransaction(h -> {
            InventoryItem stored = InventoryRepository.insert(h, item);
            journal.created(h, stored);
            return stored;
        }));
    }

    /** {@link #importRows} without force, each stored item described. */
    public List<StockEntry> addAll(List<ItemDraft> drafts, List<Integer> lineNumbers) {
        return importRows(drafts, lineNumbers, false).stream().map(this::describe).toList();
    }

    /**
     * Adds all drafts or none: every row is checked first and every problem is reported with its row;
     * then all rows are inserted in batches in one transaction. Each distinct name is looked up in the
     * food database once.
     */
    public List<InventoryItem> importRows(List<ItemDraft> drafts, List<Integer> lineNumbers, boolean force) {
        ItemValidator rows = validator.remembering();
        LocalDate today = today();
        List<InventoryItem> items = new ArrayList<>(drafts.size());
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                items.add(rows.validate(drafts.get(i), today, force));
            } catch (UserException e) {
                problems.add(new RowProblem(lineNumbers.get(i), e));
            }
        }
        if (!problems.isEmpty()) throw new ImportException(problems);
        return jdbi.inTransaction(h -> {
            List<InventoryItem> stored = InventoryRepository.insertAll(h, items);
            for (InventoryItem i : stored) journal.created(h, i);
            return stored;
        });
    }

    public List<StockEntry> list() {
        return jdbi.withHandle(InventoryRepository::all).stream().map(this::describe).toList();
    }

    public List<StockEntry> list(Predicate<StockEntry> filter) {
        return list().stream().filter(filter).toList();
    }

    /** Items expiring within {@code days} days, already expired ones included. */
    public Predicate<StockEntry> expiringWithin(int days) {
        LocalDate limit = today().plusDays(days);
        return e -> e.item().expiresOn() != null && !e.item().expiresOn().isAfter(limit);
    }

    public StockEntry get(long id) {
        return jdbi.withHandle(h -> InventoryRepository.byId(h, id)).map(this::describe)
                .orElseThrow(() -> new UserException("error.item.id", id));
    }

    /**
     * Takes an amount out of the stock by name, from the item that expires first onwards, across
     * several items of the same food if one is not enough. Refuses (and changes nothing) when the
     * stock holds less than asked or the units cannot be compared.
     */
    public UseResult use(String name, String quantityText, String unitText) {
        double quantity = QuantityParser.parse(quantityText);
        return jdbi.inTransaction(h -> {
            List<InventoryItem> matching = InventoryRepository.allForUpdate(h).stream().filter(matchesName(name)).toList();
            if (matching.isEmpty()) throw new UserException("error.item.name", name);
            Food food = matching.get(0).foodId() == null ? null : foods.byId(matching.get(0).foodId()).orElse(null);
            String unit = ItemValidator.canonicalUnit(unitText, food);
            List<UseResult.Change> changes = new ArrayList<>();
            double remaining = quantity;
            double available = 0;
            for (InventoryItem item : matching) {
                double perItemUnit = ItemUse.perUnit(foodOf(item), item.unit(), unit);
                if (Double.isNaN(perItemUnit)) continue;
                double itemInAskedUnits = item.quantity() * perItemUnit;
                available += itemInAskedUnits;
                if (remaining <= USED_UP) continue;
                double takenAsked = Math.min(remaining, itemInAskedUnits);
                double left = QuantityParser.round(item.quantity() - takenAsked / perItemUnit);
                changes.add(new UseResult.Change(item, QuantityParser.round(item.quantity() - left), left <= USED_UP ? 0 : left));
                remaining -= takenAsked;
            }
            if (changes.isEmpty()) throw new UserException("error.use.units", name, unitText);
            if (remaining > USED_UP * Math.max(1, quantity)) {
                throw new UserException("error.use.short", new Messages.Amount(quantity, unit), name, new Messages.Amount(available, unit));
            }
            for (UseResult.Change c : changes) {
                journal.quantityChanged(h, c.item(), c.left(), StockJournal.Why.USED);
                if (c.left() == 0) InventoryRepository.delete(h, c.item().id());
                else InventoryRepository.update(h, c.item().withQuantity(c.left()));
            }
            return new UseResult(QuantityParser.round(quantity), unit, changes);
        });
    }

    /** What cooking took: per food, the grams wanted and the grams the stock gave. */
    public record Consumption(List<Taken> taken) {
        public record Taken(Food food, double wantedGrams, double takenGrams, List<UseResult.Change> changes) {
            public double missingGrams() {
                return Math.max(0, wantedGrams - takenGrams);
            }
        }
    }

    /**
     * Takes grams of foods out of the stock in one transaction, from the item that expires first,
     * using any item of the same family ({@code family}); what the stock lacks is reported, not refused.
     * {@code alsoRecord} writes what belongs with it (a planned meal marked cooked) in the same
     * transaction: both happen or neither does.
     */
    public Consumption consume(Map<Food, Double> grams, Function<Food, String> family, java.util.function.Consumer<org.jdbi.v3.core.Handle> alsoRecord) {
        LocalDate today = today();
        return jdbi.inTransaction(h -> {
            List<StockEntry> stock = InventoryRepository.allForUpdate(h).stream().map(this::describe).toList();
            Map<Long, Double> left = new HashMap<>();
            List<Consumption.Taken> taken = new ArrayList<>();
            for (var want : grams.entrySet()) {
                String wantedFamily = family.apply(want.getKey());
                double need = want.getValue();
                List<UseResult.Change> changes = new ArrayList<>();
                for (StockEntry e : stock) {
                    if (need <= 1e-6) break;
                    if (!StockRules.usable(e, today) || !family.apply(e.food()).equals(wantedFamily)) continue;
                    double quantityLeft = left.getOrDefault(e.item().id(), e.item().quantity());
                    double gramsPerUnit = e.grams() / e.item().quantity();
                    double takeGrams = Math.min(need, quantityLeft * gramsPerUnit);
                    if (takeGrams <= 0) continue;
                    double after = QuantityParser.round(quantityLeft - takeGrams / gramsPerUnit);
                    if (after <= USED_UP) after = 0;
                    left.put(e.item().id(), after);
                    changes.add(new UseResult.Change(e.item(), QuantityParser.round(quantityLeft - after), after));
                    need -= takeGrams;
                }
                taken.add(new Consumption.Taken(want.getKey(), want.getValue(), want.getValue() - Math.max(0, need), changes));
            }
            for (var e : left.entrySet()) {
                InventoryItem item = InventoryRepository.byId(h, e.getKey()).orElseThrow();
                journal.quantityChanged(h, item, e.getValue(), StockJournal.Why.COOKED);
                if (e.getValue() == 0) InventoryRepository.delete(h, item.id());
                else InventoryRepository.update(h, item.withQuantity(e.getValue()));
            }
            alsoRecord.accept(h);
            return new Consumption(taken);
        });
    }


    public List<InventoryItem> remove(String nameOrId, boolean all) {
        return jdbi.inTransaction(h -> {
            List<InventoryItem> targets;
            if (nameOrId.trim().matches("\\d+")) {
                long id = Long.parseLong(nameOrId.trim());
                targets = List.of(InventoryRepository.byIdForUpdate(h, id).orElseThrow(() -> new UserException("error.item.id", id)));
            } else {
                targets = InventoryRepository.allForUpdate(h).stream().filter(matchesName(nameOrId)).toList();
                if (targets.isEmpty()) throw new UserException("error.item.name", nameOrId);
                if (targets.size() > 1 && !all) {
                    throw new UserException("error.item.ambiguous", nameOrId, targets.size(), ids(targets));
                }
            }
            for (InventoryItem t : targets) {
                journal.removed(h, t);
                InventoryRepository.delete(h, t.id());
            }
            return targets;
        });
    }

    /** Applies the changes given (null fields stay as they are) and validates the item as a whole. */
    public StockEntry edit(long id, ItemDraft changes, boolean clearExpiry) {
        return edit(id, changes, clearExpiry, false);
    }

    /**
     * As {@link #edit(long, ItemDraft, boolean)}; amount and expiry are checked for plausibility only
     * when they are changed, and with {@code force} not at all.
     */
    public StockEntry edit(long id, ItemDraft changes, boolean clearExpiry, boolean force) {
        return describe(jdbi.inTransaction(h -> {
            InventoryItem old = InventoryRepository.byIdForUpdate(h, id).orElseThrow(() -> new UserException("error.item.id", id));
            InventoryItem updated = validator.edit(old, changes, clearExpiry, force, today());
            InventoryRepository.update(h, updated);
            journal.edited(h, old, updated);
            if (Double.compare(old.quantity(), updated.quantity()) != 0) {
                journal.quantityChanged(h, old, updated.quantity(), StockJournal.Why.CORRECTED);
            }
            return updated;
        }));
    }

    /** Items named so (case, spacing and "ё" ignored) or resolving to the same food as the name. */
    private Predicate<InventoryItem> matchesName(String name) {
        String normalized = TextNormalizer.normalize(name);
        String foodId = foods.search().resolve(name).map(Food::id).orElse(null);
        return item -> TextNormalizer.normalize(item.name()).equals(normalized)
                || (foodId != null && foodId.equals(item.foodId()));
    }

    private static String ids(List<InventoryItem> items) {
        return String.join(", ", items.stream().map(i -> Long.toString(i.id())).toList());
    }

    private Food foodOf(InventoryItem item) {
        return item.foodId() == null ? null : foods.byId(item.foodId()).orElse(null);
    }

    public StockEntry describe(InventoryItem item) {
        return StockEntry.of(item, foods);
    }
}
