package dev.togglkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A non-empty list of Toggl ids, sent on the wire as one comma-separated value
 * ({@code 202700150,204301830}), which is how Toggl takes several ids in a path segment or a query
 * parameter. Every id is checked when the list is made, so a bad id fails at the call site.
 *
 * <pre>{@code
 * track.projects().patchProjects(workspaceId, IdList.of(202700150L, 204301830L), operations);
 * }</pre>
 */
public final class IdList {

  private final List<Long> ids;

  private IdList(List<Long> ids) {
    this.ids = ids;
  }

  /**
   * The given ids, in order.
   *
   * @throws IllegalArgumentException when there are none, or one is not positive
   */
  public static IdList of(long... ids) {
    List<Long> boxed = new ArrayList<>(ids.length);
    for (long id : ids) {
      boxed.add(id);
    }
    return of(boxed);
  }

  /**
   * The given ids, in order.
   *
   * @throws IllegalArgumentException when the collection is null or empty, or an id is null or not positive
   */
  public static IdList of(Collection<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      throw new IllegalArgumentException("an id list needs at least one id");
    }
    List<Long> copy = new ArrayList<>(ids.size());
    for (Long id : ids) {
      if (id == null || id <= 0) {
        throw new IllegalArgumentException("ids must be positive, was " + id + " in " + ids);
      }
      copy.add(id);
    }
    return new IdList(Collections.unmodifiableList(copy));
  }

  /** The ids, in the order given. */
  public List<Long> ids() {
    return ids;
  }

  /** The wire form, e.g. {@code 202700150,204301830}; Retrofit sends this string. */
  @Override
  public String toString() {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdList && ((IdList) other).ids.equals(ids);
  }

  @Override
  public int hashCode() {
    return ids.hashCode();
  }
}
