package dev.togglkit.spectools.drift;

import dev.togglkit.spectools.CurationLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares our operations with Toggl's, one operation at a time, and decides for each difference whether
 * CURATION.md explains it.
 *
 * <p>The rule: a difference is curated when our element (or the schema it refers to) carries
 * {@code x-togglkit-curation} naming existing entries, or when its parent (the operation for parameters, statuses
 * and bodies; the enclosing object for fields) carries a marker whose entry names the element (the field or
 * parameter name, the status code). Something only Toggl has has no element of ours to carry a marker, so only
 * the second way applies to it: a new upstream field stays drift until an entry says why it is left out.
 */
public final class DriftCheck {

  private final CurationLog curation;
  private final List<Difference> differences = new ArrayList<>();

  private DriftCheck(CurationLog curation) {
    this.curation = curation;
  }

  public static DriftResult compare(Map<String, OperationShape> ours, Map<String, OperationShape> upstream,
      CurationLog curation) {
    DriftCheck check = new DriftCheck(curation);
    int matched = 0;
    for (OperationShape op : ours.values()) {
      OperationShape up = upstream.get(op.key());
      if (up == null) {
        check.add(op, "operation", DriftKind.OPERATION_NOT_UPSTREAM, "absent", op.method() + " " + op.path(),
            op.markers(), Set.of(), null);
      } else {
        matched++;
        check.compareOperation(op, up);
      }
    }
    List<OperationShape> uncovered = new ArrayList<>();
    Set<String> ourPaths = new LinkedHashSet<>();
    ours.values().forEach(op -> ourPaths.add(op.normalisedPath()));
    for (OperationShape up : upstream.values()) {
      if (!ours.containsKey(up.key()) && onOurResources(up.normalisedPath(), ourPaths)) {
        uncovered.add(up);
      }
    }
    return new DriftResult(List.copyOf(check.differences), List.copyOf(uncovered), matched, ours.size());
  }

  private static boolean onOurResources(String path, Set<String> ourPaths) {
    for (String ours : ourPaths) {
      if (path.equals(ours) || path.startsWith(ours + "/")) {
        return true;
      }
    }
    return false;
  }

  private void compareOperation(OperationShape op, OperationShape up) {
    compareParameters(op, up);
    compareBody(op, up);
    compareResponses(op, up);
  }

  private void compareParameters(OperationShape op, OperationShape up) {
    List<String> ourNames = op.templateNames();
    List<String> upNames = up.templateNames();
    Map<String, OperationShape.Parameter> ourOthers = new LinkedHashMap<>();
    Map<String, OperationShape.Parameter> upOthers = new LinkedHashMap<>();
    Map<String, OperationShape.Parameter> ourPath = new LinkedHashMap<>();
    Map<String, OperationShape.Parameter> upPath = new LinkedHashMap<>();
    op.parameters().forEach(p -> ("path".equals(p.location()) ? ourPath : ourOthers).put(p.name(), p));
    up.parameters().forEach(p -> ("path".equals(p.location()) ? upPath : upOthers).put(p.name(), p));
    // Path parameters pair by position: Toggl and we may name {id} differently.
    for (int i = 0; i < ourNames.size() && i < upNames.size(); i++) {
      OperationShape.Parameter mine = ourPath.get(ourNames.get(i));
      OperationShape.Parameter theirs = upPath.get(upNames.get(i));
      if (mine == null) {
        continue;
      }
      if (theirs == null) {
        theirs = upOthers.remove(upNames.get(i));
        if (theirs == null) {
          theirs = upOthers.remove(mine.name());
        }
        if (theirs == null) {
          add(op, "path parameter " + mine.name(), DriftKind.PARAMETER_NOT_UPSTREAM, "undeclared", "path",
              mine.node().markers(), op.markers(), mine.name());
          continue;
        }
        add(op, "path parameter " + mine.name(), DriftKind.PARAMETER_LOCATION, theirs.location(), "path",
            mine.node().markers(), op.markers(), mine.name());
      }
      compareNode(op, "path parameter " + mine.name(), mine.node(), theirs.node(), true, op.markers(), mine.name());
    }
    for (OperationShape.Parameter mine : ourOthers.values()) {
      OperationShape.Parameter theirs = upOthers.remove(mine.name());
      String element = mine.location() + " parameter " + mine.name();
      if (theirs == null) {
        add(op, element, DriftKind.PARAMETER_NOT_UPSTREAM, "absent", describe(mine.node()),
            mine.node().markers(), op.markers(), mine.name());
        continue;
      }
      if (!mine.location().equals(theirs.location())) {
        add(op, element, DriftKind.PARAMETER_LOCATION, theirs.location(), mine.location(),
            mine.node().markers(), op.markers(), mine.name());
      }
      compareNode(op, element, mine.node(), theirs.node(), true, op.markers(), mine.name());
    }
    for (OperationShape.Parameter theirs : upOthers.values()) {
      add(op, theirs.location() + " parameter " + theirs.name(), DriftKind.NEW_PARAMETER,
          describe(theirs.node()), "absent", Set.of(), op.markers(), theirs.name());
    }
  }

  private void compareBody(OperationShape op, OperationShape up) {
    OperationShape.Body mine = op.body();
    OperationShape.Body theirs = up.body();
    if (mine == null && theirs == null) {
      return;
    }
    if (mine == null) {
      add(op, "request body", DriftKind.BODY_NEW, describeRoot(theirs.fields()), "none", Set.of(), op.markers(),
          "requestBody");
      return;
    }
    Set<String> bodyMarkers = new LinkedHashSet<>(mine.markers());
    Node root = mine.fields().get("");
    if (root != null) {
      bodyMarkers.addAll(root.markers());
    }
    if (theirs == null) {
      add(op, "request body", DriftKind.BODY_NOT_UPSTREAM, "none", describeRoot(mine.fields()), bodyMarkers,
          op.markers(), "requestBody");
      return;
    }
    if (mine.required() != theirs.required()) {
      add(op, "request body", DriftKind.BODY_REQUIRED, req(theirs.required()), req(mine.required()),
          bodyMarkers, op.markers(), "requestBody");
    }
    compareFields(op, "request body", mine.fields(), theirs.fields());
  }

  private void compareResponses(OperationShape op, OperationShape up) {
    for (OperationShape.Response mine : op.responses().values()) {
      OperationShape.Response theirs = up.responses().get(mine.status());
      String element = "response " + mine.status();
      if (theirs == null) {
        add(op, element, DriftKind.STATUS_NOT_UPSTREAM, "absent", "documented", mine.markers(), op.markers(),
            mine.status());
        continue;
      }
      if (mine.fields().isEmpty() != theirs.fields().isEmpty()) {
        Set<String> markers = new LinkedHashSet<>(mine.markers());
        Node root = mine.fields().get("");
        if (root != null) {
          markers.addAll(root.markers());
        }
        add(op, element + " body",
            mine.fields().isEmpty() ? DriftKind.RESPONSE_BODY_NEW : DriftKind.RESPONSE_BODY_NOT_UPSTREAM,
            describeRoot(theirs.fields()), describeRoot(mine.fields()), markers, op.markers(), mine.status());
        continue;
      }
      compareFields(op, element, mine.fields(), theirs.fields());
    }
    for (String status : up.responses().keySet()) {
      if (!op.responses().containsKey(status)) {
        add(op, "response " + status, DriftKind.NEW_STATUS, "documented", "absent", Set.of(), op.markers(), status);
      }
    }
  }

  /** Field by field; below a field that is missing on one side or changed type, nothing more is reported. */
  private void compareFields(OperationShape op, String where, Map<String, Node> mine, Map<String, Node> theirs) {
    Set<String> stopped = new LinkedHashSet<>();
    Set<String> paths = new LinkedHashSet<>(mine.keySet());
    paths.addAll(theirs.keySet());
    for (String path : paths) {
      if (below(path, stopped)) {
        continue;
      }
      Node m = mine.get(path);
      Node t = theirs.get(path);
      String element = path.isEmpty() ? where + " body" : where + " field " + path;
      if (m == null) {
        Node parent = mine.get(parent(path));
        add(op, element, DriftKind.NEW_FIELD, describe(t), "absent", Set.of(),
            parent == null ? Set.of() : parent.markers(), lastSegment(path));
        stopped.add(path);
      } else if (t == null) {
        Node parent = mine.get(parent(path));
        add(op, element, DriftKind.FIELD_NOT_UPSTREAM, "absent", describe(m), m.markers(),
            parent == null ? Set.of() : parent.markers(), lastSegment(path));
        stopped.add(path);
      } else if (!compareNode(op, element, m, t, false, markersOf(mine.get(parent(path)), path), lastSegment(path))) {
        stopped.add(path);
      }
    }
  }

  /** Reports type, nullability, required and enum differences; false when the types differ (stop descending). */
  private boolean compareNode(OperationShape op, String element, Node mine, Node theirs, boolean parameter,
      Set<String> parent, String name) {
    boolean sameType = mine.type().equals(theirs.type())
        && (mine.format() == null || theirs.format() == null || mine.format().equals(theirs.format()));
    if (!sameType) {
      add(op, element, DriftKind.TYPE, typeOf(theirs), typeOf(mine), mine.markers(), parent, name);
    }
    if (mine.nullable() != theirs.nullable()) {
      add(op, element, DriftKind.NULLABLE, nullable(theirs.nullable()), nullable(mine.nullable()), mine.markers(),
          parent, name);
    }
    if (mine.required() != theirs.required()) {
      add(op, element, parameter ? DriftKind.PARAMETER_REQUIRED : DriftKind.FIELD_REQUIRED, req(theirs.required()),
          req(mine.required()), mine.markers(), parent, name);
    }
    if (sameType && mine.enumValues() != null && theirs.enumValues() != null
        && !Objects.equals(mine.enumValues(), theirs.enumValues())) {
      add(op, element, DriftKind.ENUM, String.join("|", theirs.enumValues()), String.join("|", mine.enumValues()),
          mine.markers(), parent, name);
    }
    return sameType;
  }

  private void add(OperationShape op, String element, DriftKind kind, String upstream, String ours,
      Set<String> own, Set<String> parent, String mentioned) {
    Set<String> named = new LinkedHashSet<>(own);
    if (mentioned != null) {
      parent.stream().filter(id -> curation.mentions(id, mentioned)).forEach(named::add);
    }
    Set<String> entries = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    named.forEach(id -> (curation.has(id) ? entries : unknown).add(id));
    differences.add(new Difference(op.label(), element, kind, upstream, ours, Set.copyOf(entries),
        Set.copyOf(unknown)));
  }

  private static Set<String> markersOf(Node parent, String path) {
    return parent == null || path.isEmpty() ? Set.of() : parent.markers();
  }

  private static boolean below(String path, Set<String> stopped) {
    for (String s : stopped) {
      if (s.isEmpty() || path.startsWith(s + ".") || path.startsWith(s + "[]")) {
        return true;
      }
    }
    return false;
  }

  static String parent(String path) {
    if (path.endsWith("[]")) {
      return path.substring(0, path.length() - 2);
    }
    int dot = path.lastIndexOf('.');
    if (dot >= 0) {
      return path.substring(0, dot);
    }
    return "";
  }

  static String lastSegment(String path) {
    while (path.endsWith("[]")) {
      path = path.substring(0, path.length() - 2);
    }
    int dot = path.lastIndexOf('.');
    return dot >= 0 ? path.substring(dot + 1) : path;
  }

  private static String describe(Node node) {
    return typeOf(node) + (node.nullable() ? ", nullable" : "") + (node.required() ? ", required" : ", optional");
  }

  private static String describeRoot(Map<String, Node> fields) {
    Node root = fields.get("");
    return root == null ? "none" : typeOf(root);
  }

  private static String typeOf(Node node) {
    return node.format() == null ? node.type() : node.type() + " (" + node.format() + ")";
  }

  private static String nullable(boolean value) {
    return value ? "nullable" : "not nullable";
  }

  private static String req(boolean value) {
    return value ? "required" : "optional";
  }
}
