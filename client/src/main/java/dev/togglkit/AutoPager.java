package dev.togglkit;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paged list operation, fetched page by page as it is read. The generated
 * {@code listAll} methods return one, e.g.
 * {@code for (Project p : track.projects().listAll(workspaceId)) { ... }}.
 *
 * <p>togglkit's implementation requests a page only when the items before it have been read. The
 * sequence ends after a page shorter than the page size (or an empty one): Toggl's lists carry no
 * pagination headers. When a full page holds exactly the items of the page before it, the server
 * is not advancing, and reading fails with a {@link dev.togglkit.errors.RepeatedPageException}
 * (naming the operation, method and path) instead of looping forever. A failed page request
 * throws its own {@link dev.togglkit.errors.TogglException} from {@code hasNext()}/{@code next()}.
 * Each {@link #iterator()} (and {@link #stream()}) starts again from the first page. Not
 * thread-safe: share the {@code AutoPager}, not one of its iterators.
 *
 * <p>A test double is a lambda: {@code AutoPager<Project> pager = () -> List.of(a, b).iterator();}
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface AutoPager<T> extends Iterable<T> {

  /**
   * The items as a sequential stream, fetched as the stream is consumed.
   *
   * @return a new stream, starting from the first page
   */
  default Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
