package dev.togglkit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paged list operation, fetched page by page as it is read. The generated
 * {@code listAll} methods return one, e.g.
 * {@code for (Project p : track.projects().listAll(workspaceId)) { ... }}.
 *
 * <p>A page is requested only when the items before it have been read. The sequence ends after a
 * page shorter than the page size (or an empty one): Toggl's lists carry no pagination headers.
 * When a full page holds exactly the items of the page before it, the server is not advancing, and
 * reading fails with a {@link TogglException} instead of looping forever. A failed page request
 * throws its own {@link TogglException} from {@code hasNext()}/{@code next()}.
 *
 * <p>Each {@link #iterator()} (and {@link #stream()}) starts again from the first page. Not
 * thread-safe: share the {@code AutoPager}, not one of its iterators.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {

  /** Fetches one page; generated code supplies it, sending the list operation with page and size. */
  @FunctionalInterface
  public interface PageFetcher<T> {

    /**
     * Sends the request for one page.
     *
     * @param page the page number, from 1
     * @param pageSize the number of items to ask for
     * @return the page
     */
    Page<T> fetch(int page, int pageSize);
  }

  /** One fetched page: its items, and the page size the server says it used. */
  public static final class Page<T> {
    private final List<T> items;
    private final int pageSize;

    private Page(List<T> items, int pageSize) {
      this.items = items;
      this.pageSize = pageSize;
    }

    /**
     * A page.
     *
     * @param items the page's items; {@code null} counts as empty (Toggl sends null for an empty list)
     * @param pageSize the page size in effect: a page with fewer items is the last
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> of(List<T> items, int pageSize) {
      return new Page<>(items == null ? List.of() : items, pageSize);
    }
  }

  private final String operation;
  private final int firstPage;
  private final int pageSize;
  private final PageFetcher<T> fetcher;

  private AutoPager(String operation, int firstPage, int pageSize, PageFetcher<T> fetcher) {
    this.operation = operation;
    this.firstPage = firstPage;
    this.pageSize = pageSize;
    this.fetcher = fetcher;
  }

  /**
   * A lazy sequence over the pages {@code fetcher} returns, from {@code firstPage} on.
   *
   * @param operation the list operation's operationId, named in failures
   * @param firstPage the first page to fetch, at least 1
   * @param pageSize the number of items to ask for per page, at least 1
   * @param fetcher sends the request for one page
   * @param <T> the item type
   * @return the sequence; nothing is sent until it is read
   * @throws IllegalArgumentException when the first page or the page size is below 1
   */
  public static <T> AutoPager<T> of(
      String operation, int firstPage, int pageSize, PageFetcher<T> fetcher) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(fetcher, "fetcher");
    if (firstPage < 1) {
      throw new IllegalArgumentException(operation + ": page must be at least 1, was " + firstPage);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException(operation + ": per_page must be at least 1, was " + pageSize);
    }
    return new AutoPager<>(operation, firstPage, pageSize, fetcher);
  }

  /** A new iterator, starting again from the first page. */
  @Override
  public Iterator<T> iterator() {
    return new PageIterator();
  }

  /**
   * The items as a sequential stream, fetched as the stream is consumed.
   *
   * @return a new stream, starting from the first page
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED),
        false);
  }

  @Override
  public String toString() {
    return "AutoPager[" + operation + ", from page " + firstPage + ", " + pageSize + " per page]";
  }

  private final class PageIterator implements Iterator<T> {
    private int nextPage = firstPage;
    private List<T> previous;
    private Iterator<T> current = List.<T>of().iterator();
    private boolean lastPageSeen;

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (lastPageSeen) {
          return false;
        }
        fetchNextPage();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException(operation + ": no more items");
      }
      return current.next();
    }

    private void fetchNextPage() {
      int page = nextPage++;
      Page<T> fetched = fetcher.fetch(page, pageSize);
      List<T> items = fetched.items;
      if (!items.isEmpty() && items.equals(previous)) {
        throw new TogglException(operation, "GET", null, operation + ": page " + page
            + " repeated page " + (page - 1) + " (" + items.size() + " items): the server is not"
            + " advancing through the pages, so reading stops instead of looping", null);
      }
      // A page shorter than what the server says it used is the last; so is an empty one.
      lastPageSeen = items.isEmpty() || items.size() < Math.min(pageSize, fetched.pageSize);
      previous = items;
      current = items.iterator();
    }
  }
}
