package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** fridge ate --photo (a draft, corrected, logged only when confirmed, never asked twice) and fridge day close. */
class DayCloseAndPhotoCommandTest {
    @TempDir
    Path dir;
    private MockWebServer server;
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        cli = new CliRunner(dir).withOpenAi(server);
        cli.run("profile", "set", "--sex", "female", "--age", "34", "--height", "168", "--weight", "64", "--activity", "moderate").ok();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private void answer(String content) throws Exception {
        String body = "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"local-model\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + CliRunner.JSON.writeValueAsString(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":1900,\"completion_tokens\":120,\"total_tokens\":2020}}";
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));
    }

    private Path plate() throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(200, 150, 60));
        g.fillOval(60, 40, 200, 160);
        g.dispose();
        Path file = dir.resolve("dinner.jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    private static final String CHICKEN_AND_RICE = """
            {"is_food": true, "dishes": [{"name_en": "Chicken with rice", "name_ru": "Курица с рисом", "components": [
              {"name": "chicken breast", "food_id": "", "grams": 150},
              {"name": "rice white cooked", "food_id": "", "grams": 180},
              {"name": "tomato", "food_id": "99999", "grams": 80}]}]}""";

    @Test
    void aPhotoIsADraftUntilConfirmedCorrectableAndNeverAskedTwice() throws Exception {
        Path photo = plate();
        answer(CHICKEN_AND_RICE);
        String draft = cli.run("ate", "--photo", photo.toString()).ok().out();
        assertThat(draft).contains("Chicken with rice").contains("150 g").contains("Nothing was recorded").contains("--yes");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()).contains("data:image/jpeg;base64,");
        assertThat(cli.run("diary", "--json").ok().json().get("sessions")).isEmpty();

        JsonNode logged = cli.run("ate", "--photo", photo.toString(), "--grams", "1=200", "--drop", "3", "--yes", "--at", "19:00", "--json").ok().json();
        assertThat(server.getRequestCount()).as("the same photo is read from the kept answer").isEqualTo(1);
        assertThat(logged).hasSize(1);
        JsonNode entry = logged.get(0);
        assertThat(entry.get("kind").asText()).isEqualTo("dish");
        assertThat(entry.get("meal").asText()).isEqualTo("dinner");
        JsonNode day = cli.run("diary", "--json").ok().json();
        assertThat(day.get("nutrients").get("energy").asDouble()).isCloseTo(entry.get("nutrients").get("energy").asDouble(), within(0.01));
        // 200 g of chicken breast and 180 g of cooked rice, from the database: well over what 150 g would give
        assertThat(entry.get("nutrients").get("protein").asDouble()).isGreaterThan(45);
    }

    @Test
    void notFoodAndBadInputRecordNothing() throws Exception {
        Path photo = plate();
        answer("{\"is_food\": false, \"dishes\": []}");
        assertThat(cli.run("ate", "--photo", photo.toString(), "--yes").ok().out()).contains("does not look like food");
        Path text = dir.resolve("notes.jpg");
        Files.writeString(text, "shopping: milk, eggs");
        assertThat(cli.run("ate", "--photo", text.toString(), "--yes").exit(1).err()).contains("is not an image");
        assertThat(cli.run("ate", "apple", "150", "g", "--yes").exit(1).err()).contains("need --photo");
        assertThat(cli.run("ate", "--photo", photo.toString(), "--grams", "one=150").exit(1).err()).contains("--grams 2=150");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(cli.run("diary", "--json").ok().json().get("sessions")).isEmpty();
        CliRunner offline = new CliRunner(dir.resolve("offline"));
        assertThat(offline.run("ate", "--photo", photo.toString()).exit(1).err()).contains("fridge ate apple 150 g");
    }

    @Test
    void closingADayAnalysesTheDiaryAndAdvisesFoodFirst() {
        cli.run("ate", "oatmeal 60 g, milk 200 g", "--dish", "Porridge", "--at", "08:00").ok();
        cli.run("ate", "chicken breast 150 g, rice 80 g", "--dish", "Chicken with rice", "--at", "13:00").ok();
        double energy = cli.run("diary", "--json").ok().json().get("nutrients").get("energy").asDouble();
        JsonNode closed = cli.run("day", "close", "--offline", "--json").ok().json();
        JsonNode nutrients = closed.get("analysis").get("nutrients");
        JsonNode e = null;
        for (JsonNode n : nutrients) if (n.get("nutrient").asText().equals("energy")) e = n;
        assertThat(e).isNotNull();
        assertThat(e.get("amount").asDouble()).isCloseTo(energy, within(0.5));
        assertThat(e.get("status").asText()).isEqualTo("low");
        assertThat(closed.get("supplements").get("disclaimer").asText()).contains("Not medical advice");
        assertThat(server.getRequestCount()).isZero();

        String text = cli.run("day", "close", "--offline").ok().out();
        assertThat(text).contains("Energy").contains("What would close the gaps").contains("== Supplements ==");
        assertThat(cli.run("--lang", "ru", "day", "close", "--offline").ok().out()).contains("Энергия").contains("Добавки");
        assertThat(cli.run("day", "close", "2026-01-01").exit(1).err()).contains("nothing eaten on 2026-01-01");
    }

    @Test
    void closingASessionShowsTheMealAgainstItsShareAndWhatTheRestOfTheDayNeeds() {
        cli.run("ate", "oatmeal 60 g, milk 200 g", "--dish", "Porridge", "--at", "08:00").ok();
        cli.run("ate", "chicken breast 150 g, rice 80 g", "--dish", "Chicken with rice", "--at", "13:00").ok();
        cli.run("ate", "apple 150 g", "--at", "16:00").ok();
        JsonNode day = cli.run("diary", "--json").ok().json();
        JsonNode breakfast = day.get("sessions").get(0);
        JsonNode lunch = day.get("sessions").get(1);
        long id = lunch.get("id").asLong();
        assertThat(lunch.get("meal").asText()).isEqualTo("lunch");
        assertThat(cli.run("diary").ok().out()).contains("Lunch (session " + id + ")");

        JsonNode closed = cli.run("day", "close", "--session", Long.toString(id), "--json").ok().json();
        assertThat(closed.get("session_id").asLong()).isEqualTo(id);
        assertThat(closed.get("meal").asText()).isEqualTo("lunch");
        assertThat(closed.get("share_of_day").asDouble()).isEqualTo(0.35);
        JsonNode energy = closed.get("nutrients").get(0);
        assertThat(energy.get("nutrient").asText()).isEqualTo("energy");
        double lunchKcal = lunch.get("nutrients").get("energy").asDouble();
        assertThat(energy.get("amount").asDouble()).isCloseTo(lunchKcal, within(0.01));
        double target = day.get("targets").get("energy").asDouble();
        assertThat(energy.get("reference").get("amount").asDouble()).isCloseTo(0.35 * target, within(0.05)); // the diary's target is rounded to 0.1
        // the rest of the day: the target less breakfast and lunch; the apple at 16:00 comes after
        JsonNode left = closed.get("rest_of_day").get(0);
        double soFar = breakfast.get("nutrients").get("energy").asDouble() + lunchKcal;
        assertThat(left.get("eaten_so_far").asDouble()).isCloseTo(soFar, within(0.01));
        assertThat(left.get("left").asDouble()).isCloseTo(target - soFar, within(0.06));
        assertThat(closed.get("summary").asText()).startsWith("Lunch: ");
        assertThat(server.getRequestCount()).as("a session is closed offline").isZero();

        String text = cli.run("day", "close", "--session", Long.toString(id)).ok().out();
        assertThat(text).startsWith("Lunch, 13:00").contains("What the rest of the day still needs").contains("left of")
                .contains("Vitamins and minerals are judged for the whole day").doesNotContain("Supplements");
        assertThat(cli.run("--lang", "ru", "day", "close", "--session", Long.toString(id)).ok().out())
                .startsWith("Обед, 13:00").contains("Что ещё нужно за оставшийся день").contains("осталось");
        assertThat(cli.run("day", "close", "--session", "9999").exit(1).err()).contains("no eating session number 9999");
        assertThat(cli.run("--lang", "ru", "day", "close", "--session", "9999").exit(1).err()).contains("нет приёма пищи с номером 9999");
        assertThat(cli.run("day", "close", "yesterday", "--session", Long.toString(id)).exit(1).err()).contains("not both");
    }
}
