package dev.togglkit.internal;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes the client's own credentials from text that came from a server. Gateways, proxies and
 * debugging endpoints echo request headers back in error bodies and headers, so anything derived
 * from a response (a body snippet, a parsed message, a quoted header, a log line) may hold the
 * token, the password or the {@code Authorization} value. Each secret is searched for as sent and
 * in the encodings an echo would use: JSON string escapes (with and without {@code \/} and
 * {@code \\uXXXX}), URL encoding and HTML escapes. Matching ignores case, so an upper-cased echo
 * is caught too; the cost is that text which merely resembles a secret is masked as well.
 */
public final class Secrets {

  /** What a secret is replaced with. */
  public static final String MASK = "****";

  private static final Secrets NONE = new Secrets(new String[0]);

  /** Longest first, so a form that contains another is masked whole. */
  private final String[] forms;

  private Secrets(String[] forms) {
    this.forms = forms;
  }

  /** Nothing to scrub: for tests and for text that never saw a response. */
  public static Secrets none() {
    return NONE;
  }

  /** The secrets {@code credentials} send, in every form {@link #scrub} looks for. */
  public static Secrets of(Credentials credentials) {
    if (credentials == null) {
      return NONE;
    }
    Set<String> forms = new LinkedHashSet<>();
    for (String secret : credentials.secretValues()) {
      forms.add(secret);
      forms.add(json(secret, false, false));
      forms.add(json(secret, true, false));
      forms.add(json(secret, true, true));
      forms.add(url(secret));
      forms.add(url(secret).replace("+", "%20"));
      forms.add(html(secret));
    }
    forms.remove("");
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new Secrets(sorted.toArray(new String[0]));
  }

  /** {@code text} with every form of every secret replaced by {@value #MASK}; null stays null. */
  public String scrub(String text) {
    if (text == null || forms.length == 0) {
      return text;
    }
    String result = text;
    for (String form : forms) {
      result = replaceIgnoringCase(result, form);
    }
    return result;
  }

  /** True when {@code text} holds any form of a secret. */
  public boolean appearsIn(String text) {
    return text != null && !text.equals(scrub(text));
  }

  private static String replaceIgnoringCase(String text, String form) {
    int at = indexOfIgnoringCase(text, form, 0);
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (at >= 0) {
      out.append(text, from, at).append(MASK);
      from = at + form.length();
      at = indexOfIgnoringCase(text, form, from);
    }
    return out.append(text, from, text.length()).toString();
  }

  private static int indexOfIgnoringCase(String text, String form, int from) {
    for (int i = from; i <= text.length() - form.length(); i++) {
      if (text.regionMatches(true, i, form, 0, form.length())) {
        return i;
      }
    }
    return -1;
  }

  /** The secret as it reads inside a JSON string written by various encoders. */
  private static String json(String value, boolean escapeSlash, boolean asciiOnly) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '/' && escapeSlash) {
        out.append("\\/");
      } else if (c < 0x20 || (asciiOnly && c > 0x7e)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String url(String value) {
    try {
      return URLEncoder.encode(value, "UTF-8");
    } catch (UnsupportedEncodingException impossible) {
      throw new AssertionError("UTF-8 is always supported", impossible);
    }
  }

  private static String html(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }

  @Override
  public String toString() {
    return "Secrets[" + forms.length + " forms]";
  }
}
