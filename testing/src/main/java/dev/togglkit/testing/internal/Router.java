package dev.togglkit.testing.internal;

import dev.togglkit.testing.TogglOperation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps method and path to one of the 26 operations and its handler. Path templates come from
 * {@link TogglOperation}; a {@code {parameter}} matches any one path segment.
 */
public final class Router {

  /** A handler of one operation. */
  public interface Handler {
    FakeResponse handle(Call call);
  }

  /** A matched route: the operation and its handler. */
  public static final class Match {
    public final TogglOperation operation;
    public final Handler handler;

    Match(TogglOperation operation, Handler handler) {
      this.operation = operation;
      this.handler = handler;
    }
  }

  private static final class Route {
    final TogglOperation operation;
    final Pattern pattern;
    final List<String> names;
    final Handler handler;

    Route(TogglOperation operation, Pattern pattern, List<String> names, Handler handler) {
      this.operation = operation;
      this.pattern = pattern;
      this.names = names;
      this.handler = handler;
    }
  }

  private final List<Route> routes = new ArrayList<>();

  public Router() {
    Map<TogglOperation, Handler> handlers = new EnumMap<>(TogglOperation.class);
    handlers.put(TogglOperation.TRACK_LIST_CLIENTS, TrackClientsHandler::list);
    handlers.put(TogglOperation.TRACK_CREATE_CLIENT, TrackClientsHandler::create);
    handlers.put(TogglOperation.TRACK_GET_CLIENT, TrackClientsHandler::get);
    handlers.put(TogglOperation.TRACK_UPDATE_CLIENT, TrackClientsHandler::update);
    handlers.put(TogglOperation.TRACK_DELETE_CLIENT, TrackClientsHandler::delete);
    handlers.put(TogglOperation.TRACK_ARCHIVE_CLIENT, TrackClientsHandler::archive);
    handlers.put(TogglOperation.TRACK_RESTORE_CLIENT, TrackClientsHandler::restore);
    handlers.put(TogglOperation.TRACK_LIST_PROJECTS, TrackProjectsHandler::list);
    handlers.put(TogglOperation.TRACK_CREATE_PROJECT, TrackProjectsHandler::create);
    handlers.put(TogglOperation.TRACK_GET_PROJECT, TrackProjectsHandler::get);
    handlers.put(TogglOperation.TRACK_UPDATE_PROJECT, TrackProjectsHandler::update);
    handlers.put(TogglOperation.TRACK_DELETE_PROJECT, TrackProjectsHandler::delete);
    handlers.put(TogglOperation.TRACK_PATCH_PROJECTS, TrackProjectsHandler::patch);
    handlers.put(TogglOperation.TRACK_LIST_PROJECT_USERS, TrackProjectUsersHandler::list);
    handlers.put(TogglOperation.TRACK_CREATE_PROJECT_USER, TrackProjectUsersHandler::create);
    handlers.put(TogglOperation.TRACK_UPDATE_PROJECT_USER, TrackProjectUsersHandler::update);
    handlers.put(TogglOperation.TRACK_DELETE_PROJECT_USER, TrackProjectUsersHandler::delete);
    handlers.put(TogglOperation.TRACK_PATCH_PROJECT_USERS, TrackProjectUsersHandler::patch);
    handlers.put(TogglOperation.TRACK_GET_ME, MeHandler::get);
    handlers.put(TogglOperation.TRACK_LIST_MY_WORKSPACES, MeHandler::listWorkspaces);
    handlers.put(TogglOperation.FOCUS_LIST_CLIENTS, FocusClientsHandler::list);
    handlers.put(TogglOperation.FOCUS_CREATE_CLIENT, FocusClientsHandler::create);
    handlers.put(TogglOperation.FOCUS_GET_CLIENT, FocusClientsHandler::get);
    handlers.put(TogglOperation.FOCUS_UPDATE_CLIENT, FocusClientsHandler::update);
    handlers.put(TogglOperation.FOCUS_DELETE_CLIENT, FocusClientsHandler::delete);
    handlers.put(TogglOperation.FOCUS_RESTORE_CLIENT, FocusClientsHandler::restore);
    for (TogglOperation op : TogglOperation.values()) {
      add(op, handlers.get(op));
    }
  }

  private void add(TogglOperation op, Handler handler) {
    if (handler == null) {
      throw new IllegalStateException("no handler for " + op);
    }
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder(Pattern.quote(op.api().basePath()));
    Matcher m = Pattern.compile("\\{([a-z_]+)}|[^{]+").matcher(op.pathTemplate());
    while (m.find()) {
      if (m.group(1) != null) {
        names.add(m.group(1));
        // Any segment: whether it is a number (or an id list) is the request validation's to say, naming it.
        regex.append("([^/]+)");
      } else {
        regex.append(Pattern.quote(m.group()));
      }
    }
    routes.add(new Route(op, Pattern.compile(regex.toString()), names, handler));
  }

  /** The route for {@code request}, with its path parameters set on the request; null when none. */
  public Match match(FakeRequest request) {
    for (Route route : routes) {
      if (!route.operation.method().equals(request.method())) {
        continue;
      }
      Matcher m = route.pattern.matcher(request.path());
      if (m.matches()) {
        for (int i = 0; i < route.names.size(); i++) {
          request.pathParam(route.names.get(i), m.group(i + 1));
        }
        return new Match(route.operation, route.handler);
      }
    }
    return null;
  }
}
