package dev.fridgechef.profile;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Medicines by class, as supplement interactions are known by class. A common drug name (generic,
 * English or Russian) is recorded as its class: "warfarin" is an anticoagulant.
 */
public enum Medication {
    ANTICOAGULANT(List.of("anticoagulants", "warfarin", "apixaban", "rivaroxaban", "dabigatran", "edoxaban", "heparin",
            "антикоагулянт", "варфарин", "апиксабан", "ривароксабан", "дабигатран")),
    ANTIPLATELET(List.of("antiplatelets", "aspirin", "clopidogrel", "ticagrelor", "prasugrel", "антиагрегант", "аспирин", "клопидогрел")),
    ANTIHYPERTENSIVE(List.of("antihypertensives", "blood-pressure", "lisinopril", "enalapril", "ramipril", "losartan", "valsartan",
            "amlodipine", "bisoprolol", "metoprolol", "гипотензивные", "эналаприл", "лизиноприл", "лозартан", "амлодипин", "бисопролол")),
    THIAZIDE_DIURETIC(List.of("thiazide", "hydrochlorothiazide", "chlorthalidone", "indapamide", "тиазидный-диуретик",
            "гидрохлоротиазид", "индапамид")),
    LOOP_DIURETIC(List.of("diuretic", "furosemide", "torasemide", "bumetanide", "петлевой-диуретик", "диуретик", "фуросемид", "торасемид")),
    STIMULANT(List.of("stimulants", "methylphenidate", "amphetamine", "lisdexamfetamine", "modafinil", "стимулятор", "метилфенидат", "модафинил")),
    MAOI(List.of("mao-inhibitor", "phenelzine", "tranylcypromine", "selegiline", "moclobemide", "иМАО", "моклобемид", "селегилин")),
    LEVOTHYROXINE(List.of("thyroxine", "l-thyroxine", "euthyrox", "левотироксин", "эутирокс", "l-тироксин")),
    METFORMIN(List.of("glucophage", "метформин", "глюкофаж")),
    PPI(List.of("proton-pump-inhibitor", "omeprazole", "esomeprazole", "pantoprazole", "lansoprazole", "rabeprazole",
            "омепразол", "эзомепразол", "пантопразол")),
    QUINOLONE_TETRACYCLINE(List.of("ciprofloxacin", "levofloxacin", "doxycycline", "tetracycline", "ципрофлоксацин",
            "левофлоксацин", "доксициклин", "тетрациклин")),
    BISPHOSPHONATE(List.of("alendronate", "risedronate", "ibandronate", "алендронат", "ризедронат", "ибандронат"));

    private final List<String> synonyms;

    Medication(List<String> synonyms) {
        this.synonyms = synonyms.stream().map(s -> TextNormalizer.normalize(s).replace(' ', '-')).toList();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Medication parse(String text) {
        String t = TextNormalizer.normalize(text).replace(' ', '-');
        for (Medication m : values()) {
            if (m.key().equals(t) || m.synonyms.contains(t)) return m;
        }
        throw new UserException("error.profile.medication", text, String.join(", ", Arrays.stream(values()).map(Medication::key).toList()));
    }
}
