package dev.fridgechef.cli;

/**
 * A command that only reads: it changes nothing in the store or on disk, asks nothing, and calls no
 * model. The resident process answers only these, and a {@code fridge} process may run one again
 * itself when the resident process failed before answering.
 */
public interface ReadsOnly {
}
