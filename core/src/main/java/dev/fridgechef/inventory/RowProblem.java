package dev.fridgechef.inventory;

import dev.fridgechef.i18n.UserException;

/** A rejected import row: its line number in the file and what is wrong with it. */
public record RowProblem(int line, UserException problem) {
}
