package dev.togglkit.spectools.drift;

import java.util.Set;

/**
 * One difference between Toggl's Swagger and our spec.
 *
 * @param operation the operation's label, e.g. {@code listProjects (GET /workspaces/{workspace_id}/projects)}
 * @param element   what differs, e.g. {@code query parameter per_page}, {@code response 200 field [].pinned}
 * @param kind      the kind of difference
 * @param upstream  what Toggl's Swagger says
 * @param ours      what our spec says
 * @param entries   the CURATION.md entries that explain it (empty: drift)
 * @param unknown   markers naming no CURATION.md entry (any makes the difference drift)
 */
public record Difference(String operation, String element, DriftKind kind, String upstream, String ours,
    Set<String> entries, Set<String> unknown) {

  public boolean curated() {
    return !entries.isEmpty() && unknown.isEmpty();
  }
}
