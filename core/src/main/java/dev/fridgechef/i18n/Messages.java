package dev.fridgechef.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Localized texts of the core (errors, labels, units) in English and Russian. */
public final class Messages {
    private static final String BUNDLE = "fridgechef.i18n.messages";
    public static final Locale RUSSIAN = Locale.of("ru");

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    private Messages(Locale locale, String... extraBundles) {
        this.locale = locale;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String name : extraBundles) bundles.add(ResourceBundle.getBundle(name, locale, control));
        bundles.add(ResourceBundle.getBundle(BUNDLE, locale, control));
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(supported(locale));
    }

    /** Core texts plus a front end's own bundles, which are searched first. */
    public static Messages forLocale(Locale locale, String... frontEndBundles) {
        return new Messages(supported(locale), frontEndBundles);
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    /** Russian for a Russian locale, English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? RUSSIAN : Locale.ENGLISH;
    }

    /**
     * The language the environment asks for: the first of FRIDGECHEF_LANG, LC_ALL, LC_MESSAGES and LANG
     * that names one ("C" and "POSIX" do not), else the JVM's default locale.
     */
    public static Locale fromEnvironment(Map<String, String> env) {
        for (String variable : List.of("FRIDGECHEF_LANG", "LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(variable);
            if (value != null && !value.isBlank() && !value.equals("C") && !value.startsWith("C.") && !value.equals("POSIX")) {
                return value.toLowerCase(Locale.ROOT).startsWith("ru") ? RUSSIAN : Locale.ENGLISH;
            }
        }
        return supported(Locale.getDefault());
    }

    /** Parses a --lang value or a LANG-style string such as "ru_RU.UTF-8". */
    public static Locale parseLanguage(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("ru")) return RUSSIAN;
        if (v.startsWith("en")) return Locale.ENGLISH;
        throw new UserException("error.language", value);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isRussian() {
        return RUSSIAN.equals(locale);
    }

    public String get(String key) {
        for (ResourceBundle b : bundles) {
            try {
                return b.getString(key);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }

    /** Whether any bundle has this key (for tests that every key is translated). */
    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /**
     * Numbers among the arguments are shown as written, with the language's decimal mark ("1.55" / "1,55");
     * a {@link Key} is translated (and each of {@link Keys}), an {@link Amount} shown with its unit in the language ("1,5 л"), and
     * {@link UnitNames} and {@link Either} take the language's words.
     */
    public String format(String key, Object... args) {
        String pattern = get(key);
        if (args.length == 0) return pattern;
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = switch (args[i]) {
                case Key k -> get(k.key());
                case Keys k -> String.join(", ", k.keys().stream().map(this::get).toList());
                case Amount a -> Quantities.quantity(a.amount(), a.unit(), isRussian());
                case UnitNames u -> String.join(", ", u.codes().stream().map(c -> Quantities.unit(c, 1, isRussian())).toList());
                case Either e -> isRussian() ? e.russian() : e.english();
                case Number n -> Quantities.mark(n.toString(), isRussian());
                case null, default -> args[i];
            };
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(resolved);
    }

    /** An argument that is itself a message key, translated when the message is shown. */
    public record Key(String key) {
    }

    /** An argument that lists message keys, translated and joined with commas when the message is shown. */
    public record Keys(java.util.List<String> keys) {
        /** The keys {@code prefix + name} of the names ("field." and "sex", "age"). */
        public static Keys of(String prefix, java.util.List<String> names) {
            return new Keys(names.stream().map(n -> prefix + n).toList());
        }
    }

    /** An argument that is an amount with its unit code ("1.5", "l"), shown in the reader's language when the message is. */
    public record Amount(double amount, String unit) {
    }

    /** An argument that lists unit codes ("g, kg, cup"), shown by their names in the reader's language ("г, кг, стакан"). */
    public record UnitNames(java.util.List<String> codes) {
    }

    /** An argument with its own English and Russian text (a food's name), shown in the reader's language. */
    public record Either(String english, String russian) {
    }
}
