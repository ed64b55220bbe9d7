package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.fixtures.ThingsApi;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TogglFocusBuilderTest extends MockServerTest {

  private TogglFocus.Builder focus() {
    return TogglFocus.builder().baseUrl(server.url("/api/").toString()).sleeper(sleeps::add);
  }

  @Test
  void apiKeyIsSentAsBearer() throws Exception {
    server.enqueue(json(200, "[]"));
    focus().apiKey(TOKEN).build().create(ThingsApi.class).listThings(1L, null).execute();
    assertEquals("Bearer " + TOKEN, server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void emailAndPasswordAreSentAsBasic() throws Exception {
    server.enqueue(json(200, "[]"));
    focus().emailAndPassword("ada@example.com", "secret").build()
        .create(ThingsApi.class).listThings(1L, null).execute();
    String expected = "Basic " + Base64.getEncoder()
        .encodeToString("ada@example.com:secret".getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void fromEnvReadsTheFocusVariable() throws Exception {
    server.enqueue(json(200, "[]"));
    focus().apiKeyFromEnv(name -> name.equals("TOGGL_FOCUS_API_TOKEN") ? TOKEN : null).build()
        .create(ThingsApi.class).listThings(1L, null).execute();
    assertEquals("Bearer " + TOKEN, server.takeRequest().getHeader("Authorization"));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> TogglFocus.builder().apiKeyFromEnv(name -> null));
    assertTrue(missing.getMessage().contains("TOGGL_FOCUS_API_TOKEN"), missing.getMessage());
  }

  @Test
  void missingCredentialsFailBeforeAnyRequest() {
    assertEquals("apiKey must not be null",
        assertThrows(IllegalArgumentException.class, () -> focus().apiKey(null)).getMessage());
    assertEquals("apiKey must not be blank",
        assertThrows(IllegalArgumentException.class, () -> focus().apiKey("")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> focus().build())
        .getMessage().contains("TogglFocus needs credentials"));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void defaultBaseUrlIsFocusApi() {
    assertEquals("https://focus.toggl.com/api/",
        TogglFocus.builder().apiKey(TOKEN).build().baseUrl().toString());
  }

  @Test
  void toStringNeverShowsTheSecret() {
    TogglFocus.Builder builder = TogglFocus.builder().apiKey(TOKEN);
    String client = builder.build().toString();
    assertFalse(builder.toString().contains(TOKEN), builder.toString());
    assertFalse(client.contains(TOKEN), client);
    assertTrue(builder.toString().startsWith("TogglFocus.Builder["), builder.toString());
    assertTrue(client.contains("Credentials[apiKey=****]"), client);
  }
}
