/**
 * Implementation details of togglkit (call adapter, interceptors, retries, JSON): not part of the
 * API, not exported by the module, and free to change in any release.
 */
package dev.togglkit.internal;
