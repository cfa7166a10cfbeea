package dev.fridgechef.server.job;

import org.jdbi.v3.core.Handle;

import java.util.UUID;

/**
 * Runs the jobs of one kind ("plan"; an "ai-plan" kind is one more handler). {@link #run} does the work
 * outside any transaction; its {@link Result} is stored in the transaction that marks the job done, and
 * only while the worker still holds the job. An {@link dev.fridgechef.server.http.ApiException} from
 * {@link #run} fails the job at once (another attempt would not mend it); any other failure is retried.
 */
public interface JobHandler {
    String kind();

    Result run(Claim job, Progress progress);

    /** Tells the job's watchers how far it got (a short text). */
    interface Progress {
        void report(String text);
    }

    /** Stores the job's result on the completing transaction's handle and returns the result's id. */
    interface Result {
        UUID store(Handle handle);

        /** The job's progress text once done ("done"; an AI plan job says who made the plan). */
        default String doneText() {
            return "done";
        }
    }
}
