package dev.togglkit.contract.evidence;

/**
 * A difference between a recorded answer and the spec that the spec keeps on purpose, with the CURATION entry
 * that says why. A finding is explained when it concerns this operation and status and its text contains
 * {@code marker} (a field name or the body finding's wording).
 */
public record CuratedDifference(String operation, int status, String marker, String curationEntry) {

  boolean explains(String findingOperation, int findingStatus, String findingText) {
    return operation.equals(findingOperation) && status == findingStatus && findingText.contains(marker);
  }
}
