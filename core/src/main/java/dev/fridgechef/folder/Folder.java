package dev.fridgechef.folder;

/** A folder with how many saved plans and recipes it holds. */
public record Folder(long id, String name, int plans, int recipes) {
}
