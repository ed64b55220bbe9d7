package dev.togglkit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.togglkit.RetryPolicy;
import dev.togglkit.TogglTrack;
import dev.togglkit.internal.json.TogglMoshi;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.api.ListClientsParams;
import dev.togglkit.track.model.ClientStatusFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-call cost of {@code listClients} through togglkit against the same request written by hand
 * with OkHttp and Moshi, both against one loopback server answering the same 100-client body.
 * Both decode with the same Moshi ({@link TogglMoshi}), so the difference is what togglkit's layer
 * adds: Retrofit, the call adapter, argument validation, the header and retry interceptors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ListClientsBenchmark {

  private static final String TOKEN = "bench-0123456789abcdef0123456789abcdef";
  private static final String PATH = "/api/v9/workspaces/" + Fixtures.WORKSPACE_ID + "/clients";

  private LoopbackServer server;
  private TogglTrack togglkit;
  private OkHttpClient http;
  private HttpUrl handWrittenUrl;
  private String authorization;
  private JsonAdapter<List<Client>> clientsAdapter;

  @Setup
  public void start() throws IOException {
    server = LoopbackServer.serving(PATH, Fixtures.clientsJson());
    String baseUrl = server.baseUrl() + "api/v9/";
    togglkit = TogglTrack.builder()
        .apiToken(TOKEN)
        .baseUrl(baseUrl)
        .retryPolicy(RetryPolicy.none())
        .build();
    http = new OkHttpClient();
    handWrittenUrl = HttpUrl.get(baseUrl).newBuilder()
        .addPathSegments("workspaces/" + Fixtures.WORKSPACE_ID + "/clients")
        .addQueryParameter("status", "both")
        .build();
    authorization = "Basic " + Base64.getEncoder()
        .encodeToString((TOKEN + ":api_token").getBytes(StandardCharsets.UTF_8));
    clientsAdapter = TogglMoshi.get().adapter(Types.newParameterizedType(List.class, Client.class));
    // Fail here, not in a silent measurement, when either path does not get the full list.
    requireFullList("togglkit", togglkit());
    requireFullList("hand-written", handWritten());
  }

  @TearDown
  public void stop() {
    server.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Benchmark
  public List<Client> togglkit() {
    return togglkit.clients().listClients(Fixtures.WORKSPACE_ID, ListClientsParams.builder().status(ClientStatusFilter.BOTH).build()).execute();
  }

  /** What a careful user would write without togglkit: the same headers, status check and decoding. */
  @Benchmark
  public List<Client> handWritten() throws IOException {
    Request request = new Request.Builder()
        .url(handWrittenUrl)
        .header("Authorization", authorization)
        .header("User-Agent", "togglkit-benchmarks")
        .header("Accept", "application/json")
        .get()
        .build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("GET " + request.url() + " answered " + response.code());
      }
      return clientsAdapter.fromJson(body.source());
    }
  }

  private static void requireFullList(String path, List<Client> clients) {
    if (clients == null || clients.size() != Fixtures.CLIENT_COUNT
        || clients.get(Fixtures.CLIENT_COUNT - 1).getName() == null) {
      throw new IllegalStateException(path + " did not decode " + Fixtures.CLIENT_COUNT + " clients");
    }
  }
}
