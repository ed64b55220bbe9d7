package dev.togglkit.benchmarks;

import dev.togglkit.TogglTrack;
import dev.togglkit.errors.TogglException;
import dev.togglkit.testing.ProjectSeed;
import dev.togglkit.testing.ReceivedRequest;
import dev.togglkit.testing.TogglFake;
import dev.togglkit.testing.WorkspaceSeed;
import dev.togglkit.track.model.Project;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * A sync job's figures: read every project of a workspace with {@code listAll} from a loopback server
 * that enforces a rate limit ({@link RateLimitedProjectsServer}), once with togglkit's limiter on
 * ({@code rateLimit(rate, 1 s)}) and once without it. Prints, per run: requests sent against the
 * floor {@code ceil(N / 200)}, 429s received, and wall time against the rate-limit floor (the
 * time the server's rate needs for the requests a pager must send). No assertions: a benchmark
 * reports, it does not judge.
 *
 * <p>Arguments (all optional): {@code --projects N} (2000), {@code --rate R} requests per second
 * the server drains (10), {@code --tolerance-ms T} how early the server lets a request come (20),
 * {@code --runs K} measured runs per mode (3), {@code --server own|fake} (own): {@code fake} runs the
 * same scenario against {@link TogglFake} from the testing module instead, seeded with the same
 * number of projects and limited by its leaky bucket ({@code rateLimit(rate, burst)}, burst
 * {@code 1 + floor(tolerance × rate)}, the integer bucket nearest the own server's GCRA tolerance;
 * it answers 429 with {@code Retry-After} in whole seconds). Run with {@code benchmarks/sync.sh}.
 */
public final class SyncBenchmark {

  private static final String TOKEN = "bench-0123456789abcdef0123456789abcdef";
  private static final int PAGE = RateLimitedProjectsServer.MAX_PER_PAGE;

  private final int projects;
  private final double rate;
  private final long toleranceNanos;
  private final boolean fake;

  private SyncBenchmark(int projects, double rate, long toleranceNanos, boolean fake) {
    this.projects = projects;
    this.rate = rate;
    this.toleranceNanos = toleranceNanos;
    this.fake = fake;
  }

  /** The only part that differs between the two servers: start one, and read its counters. */
  private interface SyncServer extends AutoCloseable {
    String baseUrl();

    String apiToken();

    int requests();

    int refused();

    double closestArrivalsMillis();

    @Override
    void close();
  }

  private SyncServer startServer() throws IOException {
    return fake ? startFake() : startOwn();
  }

  private SyncServer startOwn() throws IOException {
    RateLimitedProjectsServer server =
        RateLimitedProjectsServer.start(Fixtures.WORKSPACE_ID, projects, rate, toleranceNanos);
    return new SyncServer() {
      @Override public String baseUrl() { return server.baseUrl(); }
      @Override public String apiToken() { return TOKEN; }
      @Override public int requests() { return server.requests(); }
      @Override public int refused() { return server.refused(); }
      @Override public double closestArrivalsMillis() { return server.closestArrivalsNanos() / 1e6; }
      @Override public void close() { server.close(); }
    };
  }

  /** The fake's leaky bucket holds whole requests: the nearest to the own server's tolerance. */
  private int fakeBurst() {
    return 1 + (int) Math.floor(toleranceNanos / 1e9 * rate);
  }

  private SyncServer startFake() {
    // The fake has no arrival times of its own; a listener notes when each exchange completes.
    Departures arrivals = new Departures();
    TogglFake server = TogglFake.builder().listener(exchange -> arrivals.note()).start();
    WorkspaceSeed ws = server.seed().workspace(Fixtures.WORKSPACE_ID);
    for (int i = 1; i <= projects; i++) {
      ws.project(ProjectSeed.named("Project " + i));
    }
    server.limits().rateLimit(rate, fakeBurst());
    return new SyncServer() {
      @Override public String baseUrl() { return server.trackBaseUrl(); }
      @Override public String apiToken() { return server.apiToken(); }
      @Override public int requests() { return server.received().size(); }
      @Override public int refused() { return count(server.received(), 429); }
      @Override public double closestArrivalsMillis() { return arrivals.closestNanos() / 1e6; }
      @Override public void close() { server.close(); }
    };
  }

  private static int count(List<ReceivedRequest> received, int status) {
    int n = 0;
    for (ReceivedRequest r : received) {
      if (r.status() == status) {
        n++;
      }
    }
    return n;
  }

  public static void main(String[] args) throws IOException {
    int projects = 2000;
    double rate = 10;
    long toleranceMs = 20;
    int runs = 3;
    String server = "own";
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--projects": projects = Integer.parseInt(value); break;
        case "--rate": rate = Double.parseDouble(value); break;
        case "--tolerance-ms": toleranceMs = Long.parseLong(value); break;
        case "--runs": runs = Integer.parseInt(value); break;
        case "--server": server = value; break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]
              + "; use --projects N --rate R --tolerance-ms T --runs K --server own|fake");
      }
    }
    if (!server.equals("own") && !server.equals("fake")) {
      throw new IllegalArgumentException("--server must be own or fake, was " + server);
    }
    new SyncBenchmark(projects, rate, toleranceMs * 1_000_000L, server.equals("fake")).run(runs);
  }

  private void run(int runs) throws IOException {
    int floor = (projects + PAGE - 1) / PAGE;
    // A pager learns it is done from a short page; when N fills its last page exactly, only an
    // empty page after it can say so.
    int needed = projects % PAGE == 0 ? floor + 1 : floor;
    double wallFloor = (needed - 1) / rate;
    if (fake) {
      System.out.printf(Locale.ROOT, "sync benchmark against TogglFake: %d projects, per_page %d, server"
          + " limit %.3g req/s (leaky bucket, burst %d)%n", projects, PAGE, rate, fakeBurst());
    } else {
      System.out.printf(Locale.ROOT, "sync benchmark: %d projects, per_page %d (server cap %d), server"
          + " limit %.3g req/s (leaky bucket, tolerance %d ms)%n", projects, PAGE, PAGE, rate,
          toleranceNanos / 1_000_000);
    }
    System.out.printf(Locale.ROOT, "floor: ceil(N/200) = %d pages; a pager must send %d requests;"
        + " rate-limit floor for them %.3f s%n", floor, needed, wallFloor);

    // One unmeasured run per mode first, so the JIT has compiled the hot paths of both.
    once(true);
    once(false);
    List<Double> onRatios = new ArrayList<>();
    for (String mode : new String[] {"limiter on ", "limiter off"}) {
      boolean limited = mode.startsWith("limiter on");
      for (int i = 1; i <= runs; i++) {
        Result r = once(limited);
        double ratio = r.seconds / wallFloor;
        if (limited && r.failure == null) {
          onRatios.add(ratio);
        }
        System.out.printf(Locale.ROOT, "%s run %d: requests %d (floor %d, pager minimum %d), 429s %d,"
            + " projects %d%s, wall %.3f s vs floor %.3f s = %.2fx, closest departures %.1f ms,"
            + " closest arrivals %.1f ms%s%n",
            mode, i, r.requests, floor, needed, r.refused, r.projects,
            r.projects == projects ? " (all, no duplicates)" : " (EXPECTED " + projects + ")",
            r.seconds, wallFloor, ratio, r.closestDepartureMillis, r.closestMillis,
            r.failure == null ? "" : ", FAILED: " + r.failure);
      }
    }
    onRatios.sort(null);
    if (!onRatios.isEmpty()) {
      System.out.printf(Locale.ROOT, "limiter on: median wall/floor %.2fx over %d runs (goal <= 1.10x)%n",
          onRatios.get(onRatios.size() / 2), onRatios.size());
    }
  }

  /** One sync against a fresh server (an empty bucket), with or without the limiter. */
  private Result once(boolean limited) throws IOException {
    try (SyncServer server = startServer()) {
      // A network interceptor of our own sees each request just before it goes on the wire:
      // the client's side of the spacing, to set beside the arrivals the server saw.
      Departures departures = new Departures();
      OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(departures).build();
      TogglTrack.Builder builder = TogglTrack.builder().apiToken(server.apiToken()).baseUrl(server.baseUrl())
          .okHttpClient(http);
      if (limited) {
        builder.rateLimit((int) Math.round(rate), Duration.ofSeconds(1));
      }
      try (TogglTrack track = builder.build()) {
        Set<Long> ids = new HashSet<>();
        String failure = null;
        long start = System.nanoTime();
        try {
          syncAll(track, ids);
        } catch (TogglException e) {
          failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(server.requests(), server.refused(), ids.size(), seconds,
            server.closestArrivalsMillis(), departures.closestNanos() / 1e6, failure);
      } finally {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
    }
  }

  /** The shortest time between two requests leaving the client (or, for the fake, two exchanges). */
  private static final class Departures implements Interceptor {
    private long last;
    private boolean any;
    private long closest = Long.MAX_VALUE;

    @Override
    public Response intercept(Chain chain) throws IOException {
      note();
      return chain.proceed(chain.request());
    }

    synchronized void note() {
      long now = System.nanoTime();
      if (any) {
        closest = Math.min(closest, now - last);
      }
      last = now;
      any = true;
    }

    synchronized long closestNanos() {
      return closest;
    }
  }

  /**
   * The sync itself: {@code listAll} pages with the largest page size (200) until a short or
   * empty page, each page an ordinary call through the limiter and the retries.
   */
  private static void syncAll(TogglTrack track, Set<Long> ids) {
    for (Project project : track.projects().listAll(Fixtures.WORKSPACE_ID)) {
      if (!ids.add(project.getId())) {
        throw new IllegalStateException("project " + project.getId() + " came twice");
      }
    }
  }

  private static final class Result {
    final int requests;
    final int refused;
    final int projects;
    final double seconds;
    final double closestMillis;
    final double closestDepartureMillis;
    final String failure;

    Result(int requests, int refused, int projects, double seconds, double closestMillis,
        double closestDepartureMillis, String failure) {
      this.requests = requests;
      this.refused = refused;
      this.projects = projects;
      this.seconds = seconds;
      this.closestMillis = closestMillis;
      this.closestDepartureMillis = closestDepartureMillis;
      this.failure = failure;
    }
  }
}
