package dev.fridgechef.cli;

import dev.fridgechef.food.FoodDatabase;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run for the CLI's class-data archive: the launcher runs it once after a build with
 * {@code -XX:AOTCacheOutput} (JDK 25+) or {@code -XX:ArchiveClassesAtExit}, so the classes of the everyday commands (stock, profile, an
 * offline plan, an AI plan's request, JSON output, both languages) start from the archive instead
 * of the first command's classes only; the food diary and its analysis, and a plan's PDF, too. Works in a throw-away store and config folder; the AI
 * provider is {@link WarmUpModel} on a loopback port, so nothing leaves the machine and an AI plan
 * and a chat answer are read as from a real model. Prints nothing.
 */
public final class WarmUp {
    private WarmUp() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("fridgechef-warmup");
        try (WarmUpModel model = new WarmUpModel()) {
            String db = dir.resolve("store").toString();
            Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(),
                    "XDG_STATE_HOME", dir.resolve("state").toString(), "OPENAI_API_KEY", "warm-up",
                    "OPENAI_BASE_URL", model.baseUrl(), "OPENAI_MODEL", "warm-up");
            List<List<String>> commands = List.of(
                    List.of("profile", "set", "--sex", "female", "--age", "38", "--height", "165", "--weight", "68",
                            "--activity", "light", "--goal", "maintain"),
                    List.of("add", "chicken breast", "600", "g", "--expires", "+2d"),
                    List.of("add", "гречка", "800", "г"),
                    List.of("add", "eggs", "10", "pcs", "--expires", "+10d"),
                    List.of("add", "tomatoes", "500", "g", "--expires", "+3d"),
                    List.of("list"), List.of("list", "--json"), List.of("--lang", "ru", "list"),
                    List.of("food", "search", "milk"), List.of("profile", "show"),
                    List.of("plan", "--days", "3"), List.of("plan", "--days", "2", "--json"),
                    List.of("plan", "--ai", "--fresh", "--days", "3"), List.of("chat", "What should I eat for more protein?"), List.of("chat", "--new", "What should I eat first?"), List.of("usage"), List.of("use", "1", "100", "g"),
                    List.of("ate", "apple", "150", "g", "--at", "08:00"), List.of("ate", "borscht", "--servings", "1", "--eaten", "80%"),
                    List.of("diary"), List.of("diary", "--month"), List.of("diary", "--month", "--json"), List.of("insights"), List.of("day", "close", "--offline"), List.of("supplements"),
                    List.of("export", "plan", "--pdf", "-o", dir.resolve("plan.pdf").toString()));
            PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
            for (List<String> command : commands) {
                String[] line = Stream.concat(Stream.of("--db", db), command.stream()).toArray(String[]::new);
                FridgeCommand.run(line, env, quiet, quiet, Clock.systemDefaultZone(), FoodDatabase::load);
            }
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
