/**
 * Every exception togglkit throws, unchecked and rooted at {@link dev.togglkit.errors.TogglException},
 * each built from one {@link dev.togglkit.errors.ErrorDetails}. The status-to-exception table is on
 * {@link dev.togglkit.errors.TogglApiException}; its {@code of(ErrorDetails)} builds the right type
 * for a status, for test doubles as for the client.
 */
@NullMarked
package dev.togglkit.errors;

import org.jspecify.annotations.NullMarked;
