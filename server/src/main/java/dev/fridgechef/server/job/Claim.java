package dev.fridgechef.server.job;

import java.util.UUID;

/**
 * One worker's hold on a job: the job's inputs and the claim's number ({@code attempt}). Every change a
 * worker makes names its owner and attempt, so a worker whose job was taken over changes nothing.
 */
public record Claim(UUID id, UUID household, UUID requestedBy, String kind, String request, String owner, int attempt) {
}
