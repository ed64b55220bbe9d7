package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactingLoggingInterceptorTest {

  @Test
  void sensitiveHeaderNames() {
    for (String name : new String[] {"Authorization", "proxy-authorization", "Cookie", "Set-Cookie",
        "X-Api-Token", "X-API-Key", "X-Secret", "x-password"}) {
      assertTrue(RedactingLoggingInterceptor.isSensitive(name), name);
    }
    for (String name : new String[] {"Content-Type", "X-Toggl-Request-Id", "Retry-After", "User-Agent"}) {
      assertFalse(RedactingLoggingInterceptor.isSensitive(name), name);
    }
  }

  @Test
  void sensitiveQueryValuesAreRedacted() {
    HttpUrl url = HttpUrl.get("https://x.test/api/things?api_key=abc&status=both&token=def");
    assertEquals("https://x.test/api/things?api_key=****&status=both&token=****",
        RedactingLoggingInterceptor.redact(url));
  }
}
