package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void masksEveryFormOfAnApiToken() {
    Secrets secrets = Secrets.of(Credentials.apiToken("ab/c+d"));
    // "ab/c+d:api_token" in Base64
    String base64 = java.util.Base64.getEncoder()
        .encodeToString("ab/c+d:api_token".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("token **** pair **** basic Basic **** json **** url **** upper ****",
        secrets.scrub("token ab/c+d pair ab/c+d:api_token basic Basic " + base64
            + " json ab\\/c+d url ab%2Fc%2Bd upper AB/C+D"));
    assertTrue(secrets.appearsIn("x" + base64));
    assertFalse(secrets.appearsIn("api_token alone is no secret"));
  }

  @Test
  void masksAPasswordButNotTheEmailAlone() {
    Secrets secrets = Secrets.of(Credentials.emailAndPassword("ada@example.com", "s3 cr\"t&"));
    assertEquals("user ada@example.com, password ****, pair ****, html ****, form ****",
        secrets.scrub("user ada@example.com, password s3 cr\"t&, pair ada@example.com:s3 cr\"t&,"
            + " html s3 cr&quot;t&amp;, form s3+cr%22t%26"));
  }

  @Test
  void masksABearerKeyAndLeavesOtherTextAlone() {
    Secrets secrets = Secrets.of(Credentials.bearer("apiKey", "toggl_sk_x1"));
    assertEquals("Authorization: Bearer ****", secrets.scrub("Authorization: Bearer toggl_sk_x1"));
    assertEquals("nothing here", secrets.scrub("nothing here"));
    assertNull(secrets.scrub(null));
    assertEquals("toggl_sk_x1", Secrets.none().scrub("toggl_sk_x1"));
  }
}
