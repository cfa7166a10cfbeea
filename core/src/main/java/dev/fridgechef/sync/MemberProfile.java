package dev.fridgechef.sync;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.SortedMap;
import java.util.SortedSet;

/** A household member's profile fields (cleared fields left out) and sets such as allergies and dislikes. */
public record MemberProfile(String member, SortedMap<String, JsonNode> fields, SortedMap<String, SortedSet<String>> sets) {
}
