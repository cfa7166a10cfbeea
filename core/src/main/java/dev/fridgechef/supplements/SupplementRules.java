package dev.fridgechef.supplements;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loads and checks the authored rule base. */
public final class SupplementRules {
    public static final String RESOURCE = "/fridgechef/supplements/rules.json";

    private record File(List<SupplementRule> rules) {
    }

    private SupplementRules() {
    }

    public static List<SupplementRule> load(ObjectMapper json) {
        try (InputStream in = SupplementRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
            List<SupplementRule> rules = List.copyOf(json.readValue(in, File.class).rules());
            rules.forEach(SupplementRules::check);
            Set<String> ids = new HashSet<>();
            for (SupplementRule r : rules) if (!ids.add(r.id())) throw new IllegalStateException("duplicate supplement rule " + r.id());
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on a rule the advisor could not apply safely, so authoring mistakes show at start-up and in tests. */
    static void check(SupplementRule r) {
        String id = r.id();
        require(id != null && !id.isBlank(), "a rule has no id");
        require(r.name() != null && r.timing() != null && r.evidence() != null && r.evidence().note() != null && r.source() != null, id + ": name, timing, evidence and source are required");
        require(r.indication() != null && r.dose() != null && r.dose().unit() != null && r.dose().range() != null, id + ": indication and dose are required");
        SupplementRule.Dose d = r.dose();
        require(d.amount() != null || d.perKg() != null || !d.perKgByGoal().isEmpty() || d.fromGap(), id + ": the dose has no formula");
        require(!d.fromGap() || r.nutrient() != null, id + ": a dose from the gap needs the rule's nutrient");
        for (SupplementRule.Check c : r.contraindications()) {
            require(c.severity() == SupplementRule.Severity.EXCLUDE, id + ": a contraindication always excludes");
        }
        for (SupplementRule.Check c : concat(r.contraindications(), r.interactions())) {
            require(c.text() != null && exactlyOne(c.when()), id + ": every check needs one trigger and a text");
        }
        if (r.upperLimit() != null) r.upperLimit().overrides().forEach(o -> require(exactlyOne(o.when()), id + ": a limit override needs one trigger"));
    }

    private static List<SupplementRule.Check> concat(List<SupplementRule.Check> a, List<SupplementRule.Check> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static boolean exactlyOne(SupplementRule.Trigger t) {
        if (t == null) return false;
        int set = (t.condition() != null ? 1 : 0) + (t.medication() != null ? 1 : 0) + (t.lifeStage() != null ? 1 : 0);
        return set == 1;
    }

    private static void require(boolean ok, String problem) {
        if (!ok) throw new IllegalStateException("supplement rules: " + problem);
    }
}
