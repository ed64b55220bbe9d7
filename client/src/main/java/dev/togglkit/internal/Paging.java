package dev.togglkit.internal;

import dev.togglkit.AutoPager;
import dev.togglkit.errors.ErrorDetails;
import dev.togglkit.errors.RepeatedPageException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * togglkit's {@link AutoPager}, for the generated {@code listAll} methods only (public because
 * generated code in other packages calls it; this package is not exported). The generated code
 * names the list operation with {@link #list}, fills in the path ids with {@link ListOperation#with}
 * and hands over a {@link PageFetcher} that sends one page's request.
 */
public final class Paging {

  private Paging() {}

  /** Fetches one page, by sending the list operation with page and size. */
  @FunctionalInterface
  public interface PageFetcher<T> {

    /**
     * @param page the page number, from 1
     * @param pageSize the number of items to ask for
     * @return the page
     */
    Page<T> fetch(int page, int pageSize);
  }

  /** One fetched page: its items, and the page size the server says it used. */
  public static final class Page<T> {
    final List<T> items;
    final int pageSize;

    private Page(List<T> items, int pageSize) {
      this.items = items;
      this.pageSize = pageSize;
    }

    /**
     * @param items the page's items; {@code null} counts as empty (Toggl sends null for an empty list)
     * @param pageSize the page size in effect: a page with fewer items is the last
     */
    public static <T> Page<T> of(List<T> items, int pageSize) {
      return new Page<>(items == null ? List.of() : items, pageSize);
    }
  }

  /**
   * The list operation a pager reads, as failures name it.
   *
   * @param operation the operationId
   * @param method the HTTP method
   * @param pathTemplate the spec's path, e.g. {@code /workspaces/{workspace_id}/projects}
   */
  public static ListOperation list(String operation, String method, String pathTemplate) {
    return new ListOperation(operation, method,
        pathTemplate.startsWith("/") ? pathTemplate : "/" + pathTemplate);
  }

  /** An operation with its path ids filled in as they are given. */
  public static final class ListOperation {
    final String operation;
    final String method;
    final String path;

    private ListOperation(String operation, String method, String path) {
      this.operation = operation;
      this.method = method;
      this.path = path;
    }

    /** The path with {@code {name}} replaced by {@code value}. */
    public ListOperation with(String name, Object value) {
      return new ListOperation(operation, method, path.replace("{" + name + "}", String.valueOf(value)));
    }

    /**
     * A lazy sequence over the pages {@code fetcher} returns, from {@code firstPage} on.
     *
     * @throws IllegalArgumentException when the first page or the page size is below 1
     */
    public <T> AutoPager<T> pages(int firstPage, int pageSize, PageFetcher<T> fetcher) {
      Objects.requireNonNull(fetcher, "fetcher");
      if (firstPage < 1) {
        throw new IllegalArgumentException(operation + ": page must be at least 1, was " + firstPage);
      }
      if (pageSize < 1) {
        throw new IllegalArgumentException(operation + ": per_page must be at least 1, was " + pageSize);
      }
      return new Pager<>(this, firstPage, pageSize, fetcher);
    }

    @Override
    public String toString() {
      return operation + " " + method + " " + path;
    }
  }

  private static final class Pager<T> implements AutoPager<T> {
    private final ListOperation op;
    private final int firstPage;
    private final int pageSize;
    private final PageFetcher<T> fetcher;

    Pager(ListOperation op, int firstPage, int pageSize, PageFetcher<T> fetcher) {
      this.op = op;
      this.firstPage = firstPage;
      this.pageSize = pageSize;
      this.fetcher = fetcher;
    }

    @Override
    public Iterator<T> iterator() {
      return new PageIterator<>(this);
    }

    @Override
    public String toString() {
      return "AutoPager[" + op + ", from page " + firstPage + ", " + pageSize + " per page]";
    }
  }

  private static final class PageIterator<T> implements Iterator<T> {
    private final Pager<T> pager;
    private int nextPage;
    private List<T> previous;
    private Iterator<T> current = List.<T>of().iterator();
    private boolean lastPageSeen;

    PageIterator(Pager<T> pager) {
      this.pager = pager;
      this.nextPage = pager.firstPage;
    }

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
        throw new NoSuchElementException(pager.op.operation + ": no more items");
      }
      return current.next();
    }

    private void fetchNextPage() {
      int page = nextPage++;
      Page<T> fetched = pager.fetcher.fetch(page, pager.pageSize);
      List<T> items = fetched.items;
      if (!items.isEmpty() && items.equals(previous)) {
        ListOperation op = pager.op;
        throw RepeatedPageException.of(
            ErrorDetails.builder(op.operation, op.method, op.path).build(), page, items.size());
      }
      // A page shorter than what the server says it used is the last; so is an empty one.
      lastPageSeen = items.isEmpty() || items.size() < Math.min(pager.pageSize, fetched.pageSize);
      previous = items;
      current = items.iterator();
    }
  }
}
