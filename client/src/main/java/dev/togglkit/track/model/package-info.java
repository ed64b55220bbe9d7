/**
 * The Toggl Track API v9 models: what the services send and receive, one class per schema in
 * {@code spec/track-v9/schemas/}, generated at build time (this description is the only
 * hand-written file here).
 *
 * <p>Every property is nullable ({@code @Nullable} getters), except those the spec requires in every
 * response (e.g. {@code getId()}, a {@code long}: a response without it is a decoding error):
 * Toggl leaves other fields out of some responses, and a request sends only the properties you set. The Javadoc of each property says
 * when Toggl may also send an explicit {@code null}. Enums have a last constant {@code UNKNOWN} for
 * values this version does not know; it is never sent. Lists Toggl sends as {@code null} read as
 * empty lists.
 */
@NullMarked
package dev.togglkit.track.model;

import org.jspecify.annotations.NullMarked;
