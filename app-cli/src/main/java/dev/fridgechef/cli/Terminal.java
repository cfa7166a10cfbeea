package dev.fridgechef.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** The person at the keyboard, for the few commands that ask before they act. */
public interface Terminal {
    /** Whether the command runs on an interactive terminal (not a script, a pipe or a redirected input). */
    boolean interactive();

    /** Shows {@code prompt} and reads one line; null at the end of the input. */
    String readLine(String prompt);

    /** Shows {@code prompt} and reads a secret without echoing it; null when there is no terminal. */
    default String readPassword(String prompt) {
        return null;
    }

    /** The next line of the standard input, a terminal or a pipe alike (no prompt); null at its end (Ctrl-D). */
    default String nextLine() {
        return null;
    }

    /** No one at the keyboard, as in a script: nothing is asked and nothing read. */
    static Terminal none() {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String readLine(String prompt) {
                return null;
            }
        };
    }

    /**
     * The process's own terminal, from {@link System#console()}, looked up on first use (the console loads
     * a line editor, which the commands that never ask need not pay for); not interactive when there is none.
     */
    static Terminal system() {
        return new Terminal() {
            private Console console;
            private Boolean interactive;

            @Override
            public boolean interactive() {
                if (interactive == null) {
                    console = System.console();
                    interactive = console != null && isTerminal(console);
                }
                return interactive;
            }

            private java.io.BufferedReader piped;

            @Override
            public String readLine(String prompt) {
                return interactive() ? console.readLine("%s", prompt) : null;
            }

            @Override
            public String readPassword(String prompt) {
                if (!interactive()) return null;
                char[] secret = console.readPassword("%s", prompt);
                return secret == null ? null : new String(secret);
            }

            @Override
            public String nextLine() {
                if (interactive()) return console.readLine();
                try {
                    if (piped == null) {
                        piped = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
                    }
                    return piped.readLine();
                } catch (java.io.IOException e) {
                    return null;
                }
            }
        };
    }

    /** Java 22+ may give a console when the streams are redirected; it then says whether it is a terminal. */
    private static boolean isTerminal(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21: a console exists only on a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
