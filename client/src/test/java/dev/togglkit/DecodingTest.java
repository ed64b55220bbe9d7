package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import dev.togglkit.errors.TogglDecodingException;
import dev.togglkit.errors.TogglIoException;
import java.io.EOFException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

class DecodingTest extends MockServerTest {

  private TogglDecodingException undecodable(MockResponse response) {
    server.enqueue(response);
    return assertThrows(TogglDecodingException.class, () -> things().getThing(1L, 2L).execute());
  }

  @Test
  void truncatedJson() {
    TogglDecodingException e = undecodable(json(200, "{\"id\":2,\"name\":\"Acme\""));
    assertEquals(200, e.statusCode());
    assertEquals("getThing", e.operation());
    assertEquals("/workspaces/1/things/2", e.path());
    assertEquals("{\"id\":2,\"name\":\"Acme\"", e.bodySnippet());
    assertTrue(e.getCause() instanceof EOFException, String.valueOf(e.getCause()));
  }

  @Test
  void aDecodingFailureKeepsTheRequestIdAndAttempts() {
    server.enqueue(json(503, "\"busy\""));
    TogglDecodingException e = undecodable(json(200, "{id: 2,,}").setHeader("X-Toggl-Request-Id", "r-7"));
    assertEquals(java.util.Optional.of("r-7"), e.requestId(), "a response arrived, so its id is there");
    assertEquals(2, e.attempts());
    assertTrue(e.getMessage().endsWith("[request id r-7] (2 attempts)"), e.getMessage());
  }

  @Test
  void invalidJson() {
    TogglDecodingException e = undecodable(json(200, "{id: 2,,}"));
    assertNotNull(e.getCause());
    assertTrue(e.getMessage().startsWith(
        "getThing GET /workspaces/1/things/2 answered HTTP 200 with a body togglkit could not decode"),
        e.getMessage());
  }

  @Test
  void wrongShape() {
    TogglDecodingException e = undecodable(json(200, "[1,2,3]"));
    assertTrue(e.getCause() instanceof JsonDataException, String.valueOf(e.getCause()));
  }

  @Test
  void htmlPageIsRefusedByContentTypeWithABoundedSnippet() {
    String page = "<!DOCTYPE html><html>" + "x".repeat(5000) + "</html>";
    TogglDecodingException e = undecodable(new MockResponse().setResponseCode(200)
        .setHeader("Content-Type", "text/html; charset=utf-8").setBody(page));
    assertTrue(e.getMessage().contains("content type text/html; charset=utf-8 is not JSON"),
        e.getMessage());
    assertEquals(200, e.bodySnippet().length());
    assertNull(e.getCause());
  }

  @Test
  void emptyBodyWhereJsonWasExpected() {
    TogglDecodingException e = undecodable(json(200, ""));
    assertTrue(e.getMessage().endsWith("empty body where JSON was expected"), e.getMessage());
    assertEquals("", e.bodySnippet());
  }

  @Test
  void whitespaceOnlyBodyIsEmptyAndKeptInTheSnippet() {
    TogglDecodingException e = undecodable(json(200, " \r\n\t "));
    assertTrue(e.getMessage().endsWith("empty body where JSON was expected"), e.getMessage());
    assertEquals(" \r\n\t ", e.bodySnippet());
  }

  @Test
  void trailingGarbageIsRefused() {
    undecodable(json(200, "{\"id\":2} {\"id\":3}"));
  }

  @Test
  void connectionDroppedMidBodyIsAnIoFailureNotADecodingOne() {
    server.enqueue(json(200, "{\"id\":2,\"name\":\"" + "a".repeat(4000) + "\"}")
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    TogglIoException e = assertThrows(TogglIoException.class, () -> things().getThing(1L, 2L).execute());
    assertEquals("getThing", e.operation());
  }

  private static MockResponse bytes(byte[] body) {
    return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(new okio.Buffer().write(body));
  }

  private static byte[] utf8With(String before, int[] raw, String after) {
    okio.Buffer buffer = new okio.Buffer().writeUtf8(before);
    for (int b : raw) {
      buffer.writeByte(b);
    }
    return buffer.writeUtf8(after).readByteArray();
  }

  @Test
  void aDuplicatedKeyIsRefusedNotLastValueWins() {
    TogglDecodingException e = undecodable(json(200, "{\"id\":2,\"name\":\"Acme\",\"id\":3}"));
    assertTrue(e.getCause() instanceof JsonDataException, String.valueOf(e.getCause()));
    assertTrue(e.getMessage().endsWith(
        "JsonDataException: duplicate key 'id' in one Thing object at path $.id"), e.getMessage());
  }

  @Test
  void aDuplicatedKeyInAListElementIsRefused() {
    server.enqueue(json(200, "[{\"id\":1},{\"id\":2,\"color\":\"red\",\"color\":\"blue\"}]"));
    TogglDecodingException e = assertThrows(TogglDecodingException.class,
        () -> things().listThings(1L, null).execute());
    assertTrue(e.getMessage().contains("duplicate key 'color'"), e.getMessage());
  }

  @Test
  void malformedUtf8IsRefusedWithItsPosition() {
    // "{"id":2,"name":"Acm" then 0xE9 (Latin-1 e-acute, not UTF-8) then ""}"
    TogglDecodingException e = undecodable(bytes(utf8With("{\"id\":2,\"name\":\"Acm", new int[] {0xE9},
        "\"}")));
    assertTrue(e.getMessage().endsWith("could not decode: malformed UTF-8 at byte 19"), e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void aSurrogateEncodedAsUtf8IsRefused() {
    TogglDecodingException e = undecodable(bytes(utf8With("{\"name\":\"", new int[] {0xED, 0xA0, 0x80},
        "\"}")));
    assertTrue(e.getMessage().contains("malformed UTF-8 at byte 9"), e.getMessage());
  }

  @Test
  void wellFormedMultiByteTextAndARealReplacementCharacterDecode() {
    server.enqueue(json(200, "{\"id\":2,\"name\":\"Müller – 日本 😀 \uFFFD\"}"));
    assertEquals("Müller – 日本 😀 \uFFFD", things().getThing(1L, 2L).execute().name);
  }
}
