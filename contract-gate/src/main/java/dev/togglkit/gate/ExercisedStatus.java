package dev.togglkit.gate;

/** An (operation, response status) pair that at least one pact interaction exercises. */
public record ExercisedStatus(String provider, String operationId, String status) {
}
