package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CredentialsTest {

  @Test
  void headersAndSafeToString() {
    Credentials token = Credentials.apiToken(" abc123 \n");
    assertEquals("Basic YWJjMTIzOmFwaV90b2tlbg==", token.authorizationHeader(), "abc123:api_token, trimmed");
    assertEquals("Credentials[apiToken=****]", token.toString());
    Credentials basic = Credentials.emailAndPassword("a@b.c", "p");
    assertEquals("Basic YUBiLmM6cA==", basic.authorizationHeader());
    assertEquals("Credentials[email+password=****]", basic.toString());
    Credentials bearer = Credentials.bearer("apiKey", "toggl_sk_x");
    assertEquals("Bearer toggl_sk_x", bearer.authorizationHeader());
    assertEquals("Credentials[apiKey=****]", bearer.toString());
  }

  @Test
  void emailWithColonCannotBeSentAsBasic() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Credentials.emailAndPassword("a:b@c.d", "p"));
    assertEquals("email must not contain ':' (HTTP Basic cannot carry it)", e.getMessage());
  }
}
