/**
 * The Toggl Track API v9 services: {@link dev.togglkit.track.api.ClientsApi},
 * {@link dev.togglkit.track.api.ProjectsApi} and {@link dev.togglkit.track.api.ProjectUsersApi},
 * reached through {@link dev.togglkit.TogglTrack#clients()} and its siblings, and each operation's
 * optional query parameters as a top-level {@code <Operation>Params}.
 *
 * <p>Generated from {@code spec/track-v9/} at build time (this description is the only hand-written
 * file here). Every method returns a {@link dev.togglkit.TogglCall}; nothing is sent until it is
 * executed. Required path ids are {@code long}s, a request body is its model, optional query
 * parameters are set on a builder: {@code ListProjectsParams.builder().active(TRUE).build()}.
 * {@code listAll} methods read every page of a paged list lazily ({@link dev.togglkit.AutoPager}).
 *
 * <p>Nullness: JSpecify {@code @NullMarked}; parameters are non-null unless marked
 * {@code @Nullable}. The services are interfaces whose methods all have default implementations,
 * so a test double implements only the calls it uses.
 */
@NullMarked
package dev.togglkit.track.api;

import org.jspecify.annotations.NullMarked;
