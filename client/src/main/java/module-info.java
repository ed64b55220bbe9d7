/**
 * togglkit's client: the Toggl Track v9 and Toggl Focus APIs.
 *
 * <p>Exports only what users touch: {@code dev.togglkit} (entry points, calls, paging), {@code dev.togglkit.errors} (the exceptions)
 * and the generated services and models. The {@code internal} packages (Retrofit interfaces,
 * service implementations, interceptors, JSON adapters) stay inside. The model packages are opened
 * to Moshi, which reads and writes their private fields, and so is the JSON adapter package.
 */
module dev.togglkit.client {
  requires transitive okhttp3;
  requires transitive org.jspecify;
  requires okio;
  // OkHttp and Okio are Kotlin; as automatic modules they read Kotlin but cannot make the module
  // system resolve it, so a modular application would fail with NoClassDefFoundError without this.
  requires kotlin.stdlib;
  requires retrofit2;
  requires retrofit2.converter.moshi;
  requires com.squareup.moshi;

  exports dev.togglkit;
  exports dev.togglkit.errors;
  exports dev.togglkit.track.api;
  exports dev.togglkit.track.model;
  exports dev.togglkit.focus.api;
  exports dev.togglkit.focus.model;

  // togglkit-testing only: ClientTimeHook, so clients injected by its JUnit extension wait on the fake's clock.
  exports dev.togglkit.internal to dev.togglkit.testing;

  opens dev.togglkit.track.model to com.squareup.moshi;
  opens dev.togglkit.focus.model to com.squareup.moshi;
  // Our @ToJson/@FromJson adapters (timestamps, dates) are called reflectively by Moshi.
  opens dev.togglkit.internal.json to com.squareup.moshi;
}
