package dev.fridgechef.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A diary entry: its fields as the device that added it wrote them. */
public record DiaryEntry(String id, ObjectNode fields) {
}
