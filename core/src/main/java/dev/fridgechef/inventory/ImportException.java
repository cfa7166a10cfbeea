package dev.fridgechef.inventory;

import dev.fridgechef.i18n.UserException;

import java.util.List;

/** An import refused as a whole because some rows are invalid; nothing was written. */
public final class ImportException extends UserException {
    private final transient List<RowProblem> problems;

    public ImportException(List<RowProblem> problems) {
        super("error.import.rows", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
