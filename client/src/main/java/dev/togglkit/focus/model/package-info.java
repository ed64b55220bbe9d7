/**
 * The Toggl Focus API models: what the services send and receive, one class per schema in
 * {@code spec/focus/schemas/}, generated at build time (this description is the only
 * hand-written file here).
 *
 * <p>Every property is nullable ({@code @Nullable} getters): Toggl leaves fields out of some
 * responses, and a request sends only the properties you set. (Track's models have non-null ids;
 * no recorded Focus response backs the same promise yet, spec/CURATION.md C-39.) The Javadoc of each property says
 * when Toggl may also send an explicit {@code null}. Enums have a last constant {@code UNKNOWN} for
 * values this version does not know; it is never sent. Lists Toggl sends as {@code null} read as
 * empty lists.
 */
@NullMarked
package dev.togglkit.focus.model;

import org.jspecify.annotations.NullMarked;
