package dev.togglkit.internal;

import java.util.List;

/**
 * Implemented by generated request models that have properties the spec marks required, so the
 * client can refuse to send an incomplete body before any request leaves the machine.
 */
public interface HasRequiredFields {

  /** Wire names of required properties that are still null; empty when the body is complete. */
  List<String> missingRequiredFields();
}
