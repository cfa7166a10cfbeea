package dev.fridgechef.sync;

import com.fasterxml.jackson.databind.JsonNode;

/** A value a field had that a later write replaced: what {@code fridge history ITEM} shows. */
public record LostValue(String field, JsonNode value, Hlc hlc, String deviceId) {
}
