package dev.togglkit.testing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * listProjects' filters from the query: {@code active} (true, false, both; default true), {@code billable},
 * {@code client_ids}, {@code user_ids}, {@code group_ids}, {@code statuses}, {@code name} (case-insensitive
 * contains), {@code search} (the same, on the name), {@code project_ids}, {@code only_templates}, {@code only_me},
 * {@code only_editable} and {@code since} (UNIX seconds, compared with {@code at}).
 */
final class ProjectFilter {

  private String active = "true";
  private Boolean billable;
  private List<Long> clientIds;
  private List<Long> userIds;
  private List<Long> groupIds;
  private Set<String> statuses;
  private String name;
  private String search;
  private List<Long> projectIds;
  private Long editableBy;
  private boolean onlyTemplates;
  private Long onlyUser;
  private Instant since;

  static ProjectFilter from(FakeRequest request, long callerId) {
    ProjectFilter f = new ProjectFilter();
    String active = request.query("active");
    if (active != null) {
      f.active = active.toLowerCase(Locale.ROOT);
    }
    String billable = request.query("billable");
    if (billable != null) {
      f.billable = Boolean.parseBoolean(billable);
    }
    f.clientIds = Values.idList(request.query("client_ids"));
    f.userIds = Values.idList(request.query("user_ids"));
    f.groupIds = Values.idList(request.query("group_ids"));
    String statuses = request.query("statuses");
    if (statuses != null && !statuses.isEmpty()) {
      f.statuses = new HashSet<>(Arrays.asList(statuses.toLowerCase(Locale.ROOT).split(",")));
    }
    String name = request.query("name");
    f.name = name == null || name.isEmpty() ? null : name.toLowerCase(Locale.ROOT);
    String search = request.query("search");
    f.search = search == null || search.isEmpty() ? null : search.toLowerCase(Locale.ROOT);
    f.projectIds = Values.idList(request.query("project_ids"));
    if (Boolean.parseBoolean(request.query("only_editable"))) {
      f.editableBy = callerId;
    }
    f.onlyTemplates = Boolean.parseBoolean(request.query("only_templates"));
    if (Boolean.parseBoolean(request.query("only_me"))) {
      f.onlyUser = callerId;
    }
    String since = request.query("since");
    if (since != null) {
      try {
        f.since = Instant.ofEpochSecond(Long.parseLong(since));
      } catch (NumberFormatException e) {
        throw new Json.BadJson("since must be a UNIX timestamp");
      }
    }
    return f;
  }

  boolean matches(ProjectRecord p, Workspace ws, LocalDate today) {
    if (active.equals("true") && !p.active || active.equals("false") && p.active) {
      return false;
    }
    if (billable != null && billable != Boolean.TRUE.equals(p.billable)) {
      return false;
    }
    if (clientIds != null && (p.clientId == null || !clientIds.contains(p.clientId))) {
      return false;
    }
    if (statuses != null && !statuses.contains(p.status(today))) {
      return false;
    }
    if (name != null && !p.name.toLowerCase(Locale.ROOT).contains(name)) {
      return false;
    }
    if (search != null && !p.name.toLowerCase(Locale.ROOT).contains(search)) {
      return false;
    }
    if (projectIds != null && !projectIds.contains(p.id)) {
      return false;
    }
    if (editableBy != null && !TrackProjectsHandler.mayChange(ws, editableBy, p)) {
      return false;
    }
    if (onlyTemplates && !Boolean.TRUE.equals(p.template)) {
      return false;
    }
    if (since != null && p.at.isBefore(since)) {
      return false;
    }
    if (userIds != null && !hasMember(ws, p, userIds, null)) {
      return false;
    }
    if (groupIds != null && !hasMember(ws, p, null, groupIds)) {
      return false;
    }
    return onlyUser == null || hasMember(ws, p, List.of(onlyUser), null);
  }

  private static boolean hasMember(Workspace ws, ProjectRecord p, List<Long> users, List<Long> groups) {
    for (ProjectUserRecord pu : ws.projectUsers.values()) {
      if (pu.projectId != p.id) {
        continue;
      }
      if (users != null && users.contains(pu.userId) || groups != null && pu.groupId != null
          && groups.contains(pu.groupId)) {
        return true;
      }
    }
    return false;
  }
}
