package dev.togglkit.contract.gate;

/** An (operation, response status) pair that at least one pact interaction exercises. */
public record ExercisedStatus(String provider, String operationId, String status) {
}
