package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A multipart/form-data body as an object of part name to part content (text). */
final class Multipart {

  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

  private Multipart() {
  }

  static ObjectNode parse(String body, String boundary) {
    ObjectNode parts = JsonNodeFactory.instance.objectNode();
    String cleanBoundary = boundary.replace("\"", "");
    int semicolon = cleanBoundary.indexOf(';');
    if (semicolon >= 0) {
      cleanBoundary = cleanBoundary.substring(0, semicolon);
    }
    for (String part : body.split(Pattern.quote("--" + cleanBoundary))) {
      int headerEnd = part.indexOf("\r\n\r\n");
      int separatorLength = 4;
      if (headerEnd < 0) {
        headerEnd = part.indexOf("\n\n");
        separatorLength = 2;
      }
      if (headerEnd < 0) {
        continue;
      }
      Matcher name = NAME.matcher(part.substring(0, headerEnd));
      if (!name.find()) {
        continue;
      }
      String content = part.substring(headerEnd + separatorLength);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      } else if (content.endsWith("\n")) {
        content = content.substring(0, content.length() - 1);
      }
      parts.put(name.group(1), content);
    }
    return parts;
  }
}
