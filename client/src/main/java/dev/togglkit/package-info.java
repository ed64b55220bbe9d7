/**
 * What users of togglkit touch: the entry points {@link dev.togglkit.TogglTrack} and
 * {@link dev.togglkit.TogglFocus} with their builders, {@link dev.togglkit.TogglCall} (one prepared
 * request), {@link dev.togglkit.TogglResponse} (a call's status, headers, request id and quota
 * beside its body), {@link dev.togglkit.RequestOptions} (one call's timeouts and retry policy),
 * {@link dev.togglkit.Quota} (the last quota a client saw), {@link dev.togglkit.AutoPager} (every
 * item of a paged list), {@link dev.togglkit.IdList},
 * {@link dev.togglkit.RetryPolicy}, {@link dev.togglkit.HttpLogger}. The exceptions live in
 * {@link dev.togglkit.errors}, all unchecked and rooted at {@link dev.togglkit.errors.TogglException}.
 *
 * <p>The services and models are generated into {@code dev.togglkit.track.*} and
 * {@code dev.togglkit.focus.*}; packages named {@code internal} are implementation details.
 *
 * <p>Nullness: JSpecify {@code @NullMarked}: nothing here returns or accepts {@code null} unless it
 * is marked {@code @Nullable}. One idiom per kind of type: the hand-written value types
 * ({@link dev.togglkit.TogglResponse}, {@link dev.togglkit.Quota}, {@link dev.togglkit.RequestOptions})
 * return a value that may be absent as an {@code Optional}/{@code OptionalLong}; {@code @Nullable}
 * marks parameters that accept null, the bodies of {@code Void} operations
 * ({@link dev.togglkit.TogglResponse#body()}), and the generated models' and params' bean-style
 * accessors.
 */
@NullMarked
package dev.togglkit;

import org.jspecify.annotations.NullMarked;
