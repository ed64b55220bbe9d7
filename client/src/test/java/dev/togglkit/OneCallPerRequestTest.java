package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.togglkit.fixtures.ThingsApi;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Every TogglCall makes exactly one OkHttp call: a user's EventListener sees one callStart per
 * execute, and none for a call that was only made (Retrofit used to build each request through a
 * second OkHttp call that was never executed).
 */
class OneCallPerRequestTest extends MockServerTest {

  private final AtomicInteger callsStarted = new AtomicInteger();
  private final AtomicInteger callsCreated = new AtomicInteger();

  private ThingsApi counted() {
    OkHttpClient http = new OkHttpClient.Builder().eventListenerFactory(call -> {
      callsCreated.incrementAndGet();
      return new EventListener() {
        @Override
        public void callStart(Call started) {
          callsStarted.incrementAndGet();
        }
      };
    }).build();
    return things(trackBuilder().okHttpClient(http));
  }

  @Test
  void oneOkHttpCallPerExecute() {
    ThingsApi api = counted();
    TogglCall<?> call = api.getThing(1L, 2L);
    call.toString();
    call.describe();
    assertEquals(0, callsCreated.get(), "making and describing a call creates no OkHttp call");

    server.enqueue(json(200, "{\"id\":2}"));
    call.execute();
    assertEquals(1, callsCreated.get());
    assertEquals(1, callsStarted.get());

    server.enqueue(json(200, "{\"id\":2}"));
    call.copy().execute();
    server.enqueue(json(200, "{\"id\":2}"));
    api.getThing(1L, 2L).executeWithResponse();
    server.enqueue(json(200, "{\"id\":2}"));
    api.getThing(1L, 2L).executeAsync().join();
    server.enqueue(json(201, "{\"id\":3}"));
    api.createThing(1L, new dev.togglkit.fixtures.NewThing("a", 1L)).execute();
    assertEquals(5, callsCreated.get(), "one per execute, whatever the flavour");
    assertEquals(5, callsStarted.get());
    assertEquals(5, server.getRequestCount());
  }

  @Test
  void retriesStayInsideTheOneCall() {
    ThingsApi api = counted();
    server.enqueue(json(503, "\"busy\""));
    server.enqueue(json(200, "{\"id\":2}"));
    api.getThing(1L, 2L).execute();
    assertEquals(1, callsCreated.get(), "a retry is another attempt of the same call");
    assertEquals(2, server.getRequestCount());
  }
}
