package dev.togglkit.testing.internal;

import dev.togglkit.testing.TogglOperation.Api;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Applies project fields from a create/update body or a bulk-edit operation to a {@link ProjectRecord}.
 * One place for both, so {@code PUT} and {@code PATCH} change a field the same way.
 */
final class ProjectFields {

  private ProjectFields() {
  }

  /** Applies every known field present in {@code body}; returns an error message or null. */
  static String applyBody(ProjectRecord project, Map<String, Object> body, Workspace ws, Instant now) {
    for (Map.Entry<String, Object> e : body.entrySet()) {
      String problem = apply(project, e.getKey(), e.getValue(), ws, now);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /**
   * Sets one field ({@code name} without the leading slash); unknown fields are ignored in bodies
   * and refused in bulk edits (the caller checks {@link #isPatchable}).
   */
  static String apply(ProjectRecord p, String field, Object value, Workspace ws, Instant now) {
    switch (field) {
      case "name":
        String name = Values.string(value, field);
        if (name != null) {
          p.name = name.trim();
        }
        return null;
      case "active":
        Boolean active = Values.bool(value, field);
        if (active != null) {
          p.active = active;
        }
        return null;
      case "billable":
        Boolean billable = Values.bool(value, field);
        if (Boolean.TRUE.equals(billable) && !Boolean.TRUE.equals(p.billable) && p.rateLastUpdated == null) {
          p.rateLastUpdated = now;
        }
        p.billable = billable;
        return null;
      case "is_private":
        Boolean isPrivate = Values.bool(value, field);
        if (isPrivate != null) {
          p.isPrivate = isPrivate;
        }
        return null;
      case "client_id":
      case "cid":
        Long clientId = Values.id(value, field);
        if (clientId != null && !ws.clients.containsKey(clientId)) {
          return "client " + clientId + " not found";
        }
        p.clientId = clientId;
        return null;
      case "color":
        String color = Values.string(value, field);
        if (color != null && !color.matches("^#[0-9a-fA-F]{6}$")) {
          return "Project color must be a hex value in the form of #[0-9a-f]{6}";
        }
        if (color != null) {
          p.color = color;
        }
        return null;
      case "currency":
        p.currency = Values.string(value, field);
        return null;
      case "estimated_hours":
        p.estimatedHours = Values.id(value, field);
        return null;
      case "auto_estimates":
        p.autoEstimates = Values.bool(value, field);
        return null;
      case "template":
        p.template = Values.bool(value, field);
        return null;
      case "template_id":
        p.templateId = Values.id(value, field);
        return null;
      case "recurring":
        Boolean recurring = Values.bool(value, field);
        p.recurring = Boolean.TRUE.equals(recurring);
        return null;
      case "foreign_id":
        p.foreignId = Values.string(value, field);
        return null;
      default:
        return null;
    }
  }

  /** The fields a bulk edit may change: the spec's {@code x-togglkit-patch-fields} (C-40), via the operation table. */
  private static final Set<String> PATCHABLE = OperationTable.patchFields(Api.TRACK, "ProjectPatchOperation");
  /** The fields {@code remove} may clear. */
  private static final Set<String> REMOVABLE = OperationTable.removableFields(Api.TRACK, "ProjectPatchOperation");

  static boolean isPatchable(String field) {
    return PATCHABLE.contains(field);
  }

  static boolean isRemovable(String field) {
    return REMOVABLE.contains(field);
  }
}
