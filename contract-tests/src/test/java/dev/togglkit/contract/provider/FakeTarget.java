package dev.togglkit.contract.provider;

import au.com.dius.pact.provider.HttpClientFactory;
import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.IProviderInfo;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import dev.togglkit.testing.TogglFake;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The Pact verification target for one provider test class: the fake, reached through one HTTP client for all its
 * interactions. Pact's {@link HttpTestTarget} builds a new Apache HttpClient (connection manager, TLS socket factory,
 * interceptors) for every interaction, which was a tenth of the verification JVM's samples; this builds that same
 * client once, with Pact's own {@link HttpClientFactory} (so the same settings), and hands it out again.
 */
final class FakeTarget implements AutoCloseable {

  private final TogglFake fake;
  private CloseableHttpClient client;

  FakeTarget(TogglFake fake) {
    this.fake = fake;
  }

  /** A target for the next interaction, sharing this class's client. */
  HttpTestTarget next() {
    IHttpClientFactory reused = this::client;
    return new HttpTestTarget("127.0.0.1", fake.port(), "/", () -> reused);
  }

  /** Pact's client for the first interaction's provider; the same provider for every later one (one class). */
  private synchronized CloseableHttpClient client(IProviderInfo provider) {
    if (client == null) {
      client = new HttpClientFactory().newClient(provider);
    }
    return client;
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      try {
        client.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
