package dev.fridgechef.job;

import java.time.LocalDateTime;

/** A queued piece of work and where it stands; {@code resultPlanId} is the stored plan a plan job made. */
public record Job(long id, String kind, Status status, String request, int progress, String message, Long resultPlanId,
                  boolean cancelAsked, String worker, LocalDateTime createdAt, LocalDateTime startedAt, LocalDateTime finishedAt) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED || status == Status.CANCELLED;
    }
}
