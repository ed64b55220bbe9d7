package dev.togglkit.errors;

/**
 * Reading every page of a list ({@code listAll}) stopped because a full page held exactly the
 * items of the page before it: the server is not advancing through the pages, and reading on
 * would loop forever. {@link #page()} is the page that repeated its predecessor.
 */
public class RepeatedPageException extends TogglException {
  private static final long serialVersionUID = 1L;

  private final int page;

  private RepeatedPageException(ErrorDetails details, int page, int items) {
    super(details, "page " + page + " repeated page " + (page - 1) + " (" + items + " items):"
        + " the server is not advancing through the pages, so reading stops instead of looping",
        null);
    this.page = page;
  }

  /**
   * @param details the list operation; its path is the one of the repeating page's request
   * @param page the page that repeated the one before it, at least 2
   * @param items how many items the page held
   * @return the exception, not thrown
   */
  public static RepeatedPageException of(ErrorDetails details, int page, int items) {
    if (page < 2) {
      throw new IllegalArgumentException("only a page after the first can repeat one, was " + page);
    }
    return new RepeatedPageException(details, page, items);
  }

  /** The page that repeated its predecessor. */
  public int page() {
    return page;
  }
}
