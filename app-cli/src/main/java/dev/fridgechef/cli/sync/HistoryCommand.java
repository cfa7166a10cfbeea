package dev.fridgechef.cli.sync;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.sync.LostValue;
import dev.fridgechef.sync.store.SyncStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code fridge history ITEM}: the values of a synced item's fields that a later edit replaced, with device and time. */
@Command(name = "history", mixinStandardHelpOptions = true)
public final class HistoryCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ITEM", arity = "1..*", descriptionKey = "history.item")
    List<String> item;

    @Mixin
    JsonOption json;

    public HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        SyncStore.ItemHistory history = context.app().sync().history(String.join(" ", item));
        if (json.enabled()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (LostValue l : history.lost()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("field", l.field());
                row.put("value", l.value());
                row.put("device_id", l.deviceId());
                row.put("at", Instant.ofEpochMilli(l.hlc().millis()).toString());
                rows.add(row);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", history.localId());
            out.put("name", history.name());
            out.put("lost", rows);
            context.printJson(out);
            return;
        }
        if (history.lost().isEmpty()) {
            context.out().println(context.text("cli.history.none", history.localId(), history.name()));
            return;
        }
        context.out().println(context.text("cli.history.title", history.localId(), history.name()));
        String self = context.app().sync().link().map(link -> link.deviceId().toString()).orElse("");
        for (LostValue l : history.lost()) {
            String value = l.value() == null || l.value().isNull() ? "-" : l.value().isTextual() ? l.value().asText() : l.value().toString();
            // a UUID v7 starts with its time: the random end tells devices apart
            String device = l.deviceId().equals(self) ? context.text("cli.history.this.device")
                    : context.text("cli.history.device", "…" + l.deviceId().substring(l.deviceId().length() - 8));
            context.out().println(context.text("cli.history.line", l.field(), value, device, SyncSupport.time(Instant.ofEpochMilli(l.hlc().millis()))));
        }
    }
}
