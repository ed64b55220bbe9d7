package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class OperationTest {

  @Test
  void pathIsRelativeToTheBaseUrl() {
    HttpUrl base = HttpUrl.get("https://api.track.toggl.com/api/v9/");
    assertEquals("/workspaces/1/clients",
        Operation.relativePath(HttpUrl.get("https://api.track.toggl.com/api/v9/workspaces/1/clients?x=1"), base));
    assertEquals("/other/path",
        Operation.relativePath(HttpUrl.get("https://api.track.toggl.com/other/path"), base));
    assertEquals("/workspaces/1",
        Operation.relativePath(HttpUrl.get("https://h.test/workspaces/1"), HttpUrl.get("https://h.test/")));
  }
}
