package dev.togglkit.contract.conformance;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;

/**
 * The validator settings of the check that holds the spec's examples to their schemas: every message is
 * an error, so an undeclared property ({@code validation.schema.additionalProperties}), a wrong type, a value outside
 * an enum or a pattern fails. Nothing is ignored, so a new kind of message from a library upgrade fails too.
 */
public final class StrictLevels {

  private StrictLevels() {
  }

  public static LevelResolver resolver() {
    return LevelResolver.create().withDefaultLevel(Level.ERROR).build();
  }
}
