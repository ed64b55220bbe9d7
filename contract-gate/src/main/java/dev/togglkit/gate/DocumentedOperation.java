package dev.togglkit.gate;

import java.util.SortedSet;

/**
 * An operation of a spec document with the response statuses it documents.
 *
 * @param provider    the provider whose spec documents it
 * @param operationId its operationId (unique within one spec, not across specs)
 * @param method      HTTP method, upper case
 * @param path        the path template as the spec writes it
 * @param statuses    documented response codes as written in the spec ("200", "404", ...)
 */
public record DocumentedOperation(
    String provider,
    String operationId,
    String method,
    String path,
    SortedSet<String> statuses) {
}
