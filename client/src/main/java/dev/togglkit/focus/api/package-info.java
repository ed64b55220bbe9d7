/**
 * The Toggl Focus API services: {@link dev.togglkit.focus.api.FocusClientsApi},
 * reached through {@link dev.togglkit.TogglFocus#clients()}, and each operation's
 * optional query parameters as a top-level {@code Focus<Operation>Params}. Every generated Focus type
 * carries the prefix {@code Focus}, so Track's and Focus's types can be imported side by side.
 *
 * <p>Generated from {@code spec/focus/} at build time (this description is the only hand-written
 * file here). Every method returns a {@link dev.togglkit.TogglCall}; nothing is sent until it is
 * executed. Required path ids are {@code long}s, a request body is its model, optional query
 * parameters are set on a builder: {@code FocusListClientsParams.builder().name("acme").build()}.
 * {@code listAll} methods read every page of a paged list lazily ({@link dev.togglkit.AutoPager}).
 *
 * <p>Nullness: JSpecify {@code @NullMarked}; parameters are non-null unless marked
 * {@code @Nullable}. The services are interfaces whose methods all have default implementations,
 * so a test double implements only the calls it uses.
 */
@NullMarked
package dev.togglkit.focus.api;

import org.jspecify.annotations.NullMarked;
