package dev.togglkit.gate.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content negotiation the way Pact's bi-directional checks do it: an exact match first, then ignoring
 * parameters ({@code charset}), then ignoring a vendor prefix ({@code application/vnd.x+json} matches
 * {@code application/json}), then wildcards on either side.
 */
public final class MediaTypes {

  /** Content types whose bodies the gate can check against a schema. */
  public static final List<String> VALIDATABLE = List.of("application/json", "application/x-www-form-urlencoded",
      "multipart/form-data");

  public static final Set<String> STANDARD_REQUEST_HEADERS = Set.of("accept", "accept-charset", "accept-datetime",
      "accept-encoding", "accept-language", "authorization", "cache-control", "connection", "content-length",
      "content-md5", "content-type", "cookie", "date", "expect", "forwarded", "from", "host", "if-match",
      "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "max-forwards", "origin", "pragma",
      "proxy-authorization", "range", "referer", "te", "upgrade", "user-agent", "via", "warning");

  public static final List<String> STANDARD_RESPONSE_HEADERS = List.of("access-control-allow-origin",
      "accept-patch", "accept-ranges", "age", "allow", "alt-svc", "cache-control", "connection",
      "content-disposition", "content-encoding", "content-language", "content-length", "content-location",
      "content-md5", "content-range", "date", "etag", "expires", "last-modified", "link", "location", "p3p",
      "pragma", "proxy-authenticate", "public-key-pins", "refresh", "retry-after", "server", "set-cookie", "status",
      "strict-transport-security", "trailer", "transfer-encoding", "tsv", "upgrade", "vary", "via", "warning",
      "www-authenticate", "x-frame-options");

  private static final Pattern QUALITY = Pattern.compile(".*;q=([01]\\.?\\d*)");
  // Compiled once, and used only when the text holds what they remove: findMatching runs several times for every
  // interaction (it was a quarter of the checking thread's samples at 7,600 interactions with the regexes run on
  // every value).
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern QUALITY_PARAMETER = Pattern.compile(";q=[01]\\.?\\d*");

  private MediaTypes() {
  }

  /** The first of {@code available} that {@code requested} (an Accept or Content-Type value) matches, or null. */
  public static String findMatching(String requested, List<String> available) {
    List<String> accept = new ArrayList<>();
    for (String part : requested.split(",")) {
      accept.add(withoutWhitespace(part).toLowerCase(Locale.ROOT));
    }
    if (accept.size() > 1) {
      accept.sort(Comparator.comparingDouble(MediaTypes::quality).reversed());
    }
    accept.replaceAll(type -> type.contains(";q=") ? QUALITY_PARAMETER.matcher(type).replaceFirst("") : type);
    List<String> offered = new ArrayList<>();
    for (String type : available) {
      offered.add(withoutWhitespace(type).toLowerCase(Locale.ROOT));
    }
    for (String a : accept) {
      int index = offered.indexOf(a);
      if (index >= 0) {
        return available.get(index);
      }
    }
    accept.replaceAll(MediaTypes::withoutParameters);
    offered.replaceAll(MediaTypes::withoutParameters);
    for (String a : accept) {
      int index = offered.indexOf(a);
      if (index >= 0) {
        return available.get(index);
      }
    }
    for (String a : accept) {
      for (int i = 0; i < offered.size(); i++) {
        String t = offered.get(i);
        if (type(t).equals(type(a)) && subtype(t).equals(subtype(a))) {
          return available.get(i);
        }
      }
    }
    for (String a : accept) {
      for (int i = 0; i < offered.size(); i++) {
        String t = offered.get(i);
        if (subtype(t).equals("*") && type(t).equals(type(a))) {
          return available.get(i);
        }
      }
    }
    if (offered.contains("*/*")) {
      return "*/*";
    }
    for (String a : accept) {
      for (int i = 0; i < offered.size(); i++) {
        String t = offered.get(i);
        if (subtype(a).equals("*") && type(t).equals(type(a))) {
          return available.get(i);
        }
      }
    }
    if (accept.contains("*/*") && !available.isEmpty()) {
      return available.get(0);
    }
    return null;
  }

  /** The text without whitespace; most media types have none, and those are returned without a regex. */
  private static String withoutWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        return WHITESPACE.matcher(text).replaceAll("");
      }
    }
    return text;
  }

  private static double quality(String type) {
    if (!type.contains(";q=")) {
      return 1.0;
    }
    Matcher matcher = QUALITY.matcher(type);
    if (!matcher.matches()) {
      return 1.0;
    }
    try {
      return Double.parseDouble(matcher.group(1));
    } catch (NumberFormatException e) {
      return 1.0;
    }
  }

  public static String withoutParameters(String type) {
    int semicolon = type.indexOf(';');
    return semicolon < 0 ? type : type.substring(0, semicolon);
  }

  private static String type(String mediaType) {
    int slash = mediaType.indexOf('/');
    return slash < 0 ? mediaType : mediaType.substring(0, slash);
  }

  private static String subtype(String mediaType) {
    int slash = mediaType.indexOf('/');
    if (slash < 0) {
      return "";
    }
    String subtype = mediaType.substring(slash + 1);
    int slash2 = subtype.indexOf('/');
    if (slash2 >= 0) {
      subtype = subtype.substring(0, slash2);
    }
    int plus = subtype.lastIndexOf('+');
    return plus < 0 ? subtype : subtype.substring(plus + 1);
  }

  /** Whether a body of this content type can be checked by a schema (JSON, form, multipart). */
  public static boolean isValidatable(String contentType) {
    return findMatching(contentType, VALIDATABLE) != null;
  }
}
