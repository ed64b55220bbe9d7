package dev.togglkit.gate;

import java.nio.file.Path;
import java.util.List;

/**
 * A pact file as read from disk.
 *
 * @param file     where it was read from; findings name this file
 * @param consumer consumer name (ours is {@code togglkit})
 * @param provider provider name, which selects the spec document
 * @param specificationVersion the pact specification version the file declares, e.g. "4.0" ("unknown" when absent)
 */
public record PactDocument(
    Path file,
    String consumer,
    String provider,
    String specificationVersion,
    List<PactInteraction> interactions) {
}
