package dev.fridgechef.sync;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.SortedMap;

/** One slot of the meal plan, such as 2026-12-01/lunch, with its fields (cleared fields left out). */
public record PlanSlot(String slot, SortedMap<String, JsonNode> fields) {
}
