package dev.togglkit.gate.exchange;

/**
 * One way an exchange departs from its spec document.
 *
 * @param kind    what part of the exchange is wrong
 * @param name    what it names: the parameter or header name ({@code Content-Type} or {@code Accept} for
 *                {@link Kind#CONTENT_TYPE}), the body field as a JSON pointer ({@code /name}, {@code /0/value};
 *                {@code /} for the body as a whole), or the status code; never a header value
 * @param message the validator's sentence, e.g. {@code query parameter 'state' is not documented}; it may name
 *                the part itself ({@link #toString()} then does not name it again)
 */
public record ExchangeFinding(Kind kind, String name, String message) {

  /** The part of an exchange a finding is about. */
  public enum Kind {
    /** No operation of the spec has this method and path. */
    OPERATION("operation"),
    PATH_PARAMETER("path parameter"),
    QUERY_PARAMETER("query parameter"),
    HEADER("header"),
    /** Missing credentials, or credentials in a scheme the operation does not accept. */
    CREDENTIALS("credentials"),
    /** The request's Content-Type, or an Accept header that no documented response type matches. */
    CONTENT_TYPE("content type"),
    REQUEST_BODY("request body"),
    /** A status the operation does not document. */
    STATUS("status"),
    RESPONSE_HEADER("response header"),
    RESPONSE_BODY("response body");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /** The kind in plain words, e.g. {@code query parameter}. */
    public String words() {
      return words;
    }
  }

  /**
   * Plain words, naming the part once: {@code query parameter 'status': does not have a value in the enumeration
   * ["active", "archived", "both"]}; a message that already names it is the whole text
   * ({@code query parameter 'state' is not documented}).
   */
  @Override
  public String toString() {
    String named = kind.words() + " '" + name + "'";
    return message.startsWith(named) ? message : named + ": " + message;
  }
}
