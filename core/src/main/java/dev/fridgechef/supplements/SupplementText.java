package dev.fridgechef.supplements;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.unit.QuantityParser;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Advice in the person's words, built offline from the rule data and the computed numbers. Both the
 * CLI and other front ends show these lines, so the wording lives in one place.
 */
public final class SupplementText {
    private final Messages m;
    private final Locale locale;

    public SupplementText(Messages messages) {
        this.m = messages;
        this.locale = messages.locale();
    }

    public String name(SupplementRule rule) {
        return rule.name().in(locale);
    }

    public String disclaimer() {
        return m.get(Advice.DISCLAIMER_KEY);
    }

    /** "600 IU a day", or the per-kg working "3 mg/kg × 70 kg = 210 mg a day". */
    public String dose(Advice.Dose d) {
        String unit = unit(d.unit());
        String text = d.perKg() != null && d.weightKg() != null && !d.capped()
                ? m.format("supplements.dose.perkg", decimal(d.perKg()), unit, decimal(d.weightKg()), shown(d.amount()))
                : m.format("supplements.dose", shown(d.amount()), unit);
        if (d.gap() != null && !d.capped()) text += " " + m.get("supplements.dose.gap");
        if (d.capped()) text += " " + m.get("supplements.dose.capped");
        return text;
    }

    public String range(SupplementRule rule) {
        return rule.dose().range().in(locale);
    }

    public String limit(Advice.Suggestion s) {
        if (s.limit() == null) return m.get("supplements.limit.none");
        return m.format("supplements.limit", shown(s.limit()), unit(s.dose().unit()), s.rule().upperLimit().basis().in(locale));
    }

    public List<String> because(Advice.Suggestion s) {
        return s.because().stream().map(r -> reason(s.rule(), r)).toList();
    }

    private String reason(SupplementRule rule, Advice.Reason r) {
        return switch (r.basis()) {
            case ALWAYS -> m.get("supplements.why.always");
            case DIET -> m.format("supplements.why.diet", m.get("diet." + r.key()));
            case ACTIVITY -> m.format("supplements.why.activity", m.get("activity." + r.key()));
            case GOAL -> m.format("supplements.why.goal", m.get("goal." + r.key()));
            case CONDITION -> m.format("supplements.why.condition", m.get("condition." + r.key()));
            case MEDICATION -> m.format("supplements.why.medication", m.get("medication." + r.key()));
            case LIFE_STAGE -> m.format("supplements.why.life-stage", m.get("lifestage." + r.key()));
            case GAP -> m.format("supplements.why.gap", shown(r.amount()), unit(rule.dose().unit()));
        };
    }

    public String timing(SupplementRule rule) {
        return rule.timing().in(locale);
    }

    public List<String> cautions(Advice.Suggestion s) {
        return s.cautions().stream().map(c -> c.text().in(locale) + " (" + trigger(c.when()) + ")").toList();
    }

    public String evidence(SupplementRule rule) {
        return m.format("supplements.evidence", rule.evidence().grade(), rule.evidence().note().in(locale));
    }

    public String source(SupplementRule rule) {
        return m.format("supplements.source", rule.source().author(), String.valueOf(rule.source().year()), rule.source().title());
    }

    /** One line of food first: the daily target, or the gap and the foods that close it, or the foods that supply it. */
    public String foodFirst(Advice.FoodFirst f) {
        SupplementRule rule = f.rule();
        String foods = f.foods() == null ? "" : f.foods().in(locale);
        String unit = unit(rule.dose().unit());
        if (f.missing() != null) {
            String gap = m.format("supplements.food.gap", shown(f.missing()), unit);
            if (f.closesGap()) {
                String offers = f.offers().stream()
                        .map(o -> m.format("supplements.food.offer", shown(o.grams()), o.food().displayName(m.isRussian())))
                        .collect(Collectors.joining(", "));
                return gap + "; " + m.format("supplements.food.closes", offers);
            }
            return gap + "; " + m.format("supplements.food.none", foods);
        }
        if (f.dailyTarget() != null) {
            return m.format("supplements.food.target", shown(f.dailyTarget()), unit, decimal(f.perKg()), range(rule), foods);
        }
        return m.format("supplements.food.sources", foods);
    }

    /** The title of a food-first line: the nutrient the rule supplies. */
    public String foodFirstTitle(Advice.FoodFirst f) {
        return f.rule().nutrient() != null ? m.get("nutrient." + f.rule().nutrient().key()) : name(f.rule());
    }

    public String excluded(Advice.Exclusion e) {
        return switch (e.why()) {
            case WEIGHT_NOT_SET -> m.get("supplements.excluded.weight");
            case AGE_NOT_SET -> m.format("supplements.excluded.age", reasons(e));
            case CONTRAINDICATED -> reasons(e);
        };
    }

    private String reasons(Advice.Exclusion e) {
        return e.reasons().stream().map(c -> c.text().in(locale) + " (" + trigger(c.when()) + ")").collect(Collectors.joining(" "));
    }

    public String trigger(SupplementRule.Trigger t) {
        if (t.condition() != null) return m.get("condition." + t.condition().key());
        if (t.medication() != null) return m.get("medication." + t.medication().key());
        return m.get("lifestage." + t.lifeStage().key());
    }

    public String unit(String unit) {
        return m.get("supplements.unit." + switch (unit) {
            case "µg" -> "ug";
            case "IU" -> "iu";
            default -> unit;
        });
    }

    /** Whole numbers from 10 up, one decimal below: the precision the doses are given in. */
    public static String amount(double value) {
        return value >= 10 ? Long.toString(Math.round(value)) : QuantityParser.format(Math.round(value * 10) / 10.0);
    }

    /** {@link #amount} with the decimal separator of the language ("0,2" in Russian). */
    public String shown(double value) {
        return localized(amount(value));
    }

    private String decimal(double value) {
        return localized(QuantityParser.format(value));
    }

    private String localized(String number) {
        return m.isRussian() ? number.replace('.', ',') : number;
    }
}
