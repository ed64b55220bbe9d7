package dev.togglkit.spectools.drift;

import java.util.List;
import java.util.Set;

/**
 * One comparable element of an operation: a parameter, a body or response field, or a body itself.
 *
 * @param type       JSON type ({@code any} when the schema leaves it open)
 * @param format     format, or null
 * @param nullable   whether null is allowed
 * @param required   required parameter, or field listed in its object's {@code required}
 * @param enumValues allowed values, or null when not an enum
 * @param markers    {@code x-togglkit-curation} values on the element and on the schema it refers to
 */
public record Node(String type, String format, boolean nullable, boolean required, List<String> enumValues,
    Set<String> markers) {
}
