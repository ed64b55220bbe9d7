package dev.togglkit.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.togglkit.internal.json.StrictUtf8;
import dev.togglkit.internal.json.TogglMoshi;
import dev.togglkit.track.model.Project;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding a 10,000-project array ({@link Fixtures#projectsJson()}) from bytes in memory: togglkit's
 * strict decoding (UTF-8 check, Moshi adapters refusing duplicate keys) into {@code List<Project>}
 * against Jackson databind into {@link JacksonProject} (which lets a duplicate key's last value win).
 * Both produce the same Java types (Long, Boolean, OffsetDateTime, LocalDate, an enum), both ignore
 * unknown fields and read unknown statuses as UNKNOWN, so each does the same work per byte.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeProjectsBenchmark {

  private byte[] json;
  private JsonAdapter<List<Project>> moshiAdapter;
  private JsonAdapter<List<Project>> lenientAdapter;
  private ObjectReader jacksonReader;

  @Setup
  public void prepare() throws IOException {
    json = Fixtures.projectsJson();
    moshiAdapter = TogglMoshi.get().adapter(Types.newParameterizedType(List.class, Project.class));
    lenientAdapter = TogglMoshi.lenientForBenchmarks()
        .adapter(Types.newParameterizedType(List.class, Project.class));
    jacksonReader = jacksonMapper().readerFor(new TypeReference<List<JacksonProject>>() {});
    requireSameContent(moshi(), jackson());
    requireSameContent(moshiLenient(), jackson());
  }

  /** Configured as a Jackson user would to match togglkit's behaviour. */
  static ObjectMapper jacksonMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Keep the offset as sent, as OffsetDateTime.parse does, instead of converting to UTC.
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .build();
  }

  @Benchmark
  public List<Project> moshi() throws IOException {
    // What the client does with a success body: the strict UTF-8 check, then the adapters
    // (strict objects included). Buffer.write copies the bytes into Okio segments: a memcpy.
    if (StrictUtf8.firstMalformedByte(json) >= 0) {
      throw new IllegalStateException("fixture is not UTF-8");
    }
    return moshiAdapter.fromJson(new Buffer().write(json));
  }

  /** The decode before issue 10: no UTF-8 check, duplicate keys' last value wins. Not a goal. */
  @Benchmark
  public List<Project> moshiLenient() throws IOException {
    return lenientAdapter.fromJson(new Buffer().write(json));
  }

  @Benchmark
  public List<JacksonProject> jackson() throws IOException {
    return jacksonReader.readValue(json);
  }

  /** Size of the decoded document, for MB/s in the summary. */
  static int payloadBytes() {
    return Fixtures.projectsJson().length;
  }

  /** Refuses to benchmark two decoders that do not read the same values. */
  private static void requireSameContent(List<Project> moshi, List<JacksonProject> jackson) {
    if (moshi.size() != Fixtures.PROJECT_COUNT || jackson.size() != Fixtures.PROJECT_COUNT) {
      throw new IllegalStateException("expected " + Fixtures.PROJECT_COUNT + " projects, got "
          + moshi.size() + " (Moshi) and " + jackson.size() + " (Jackson)");
    }
    for (int i = 0; i < moshi.size(); i++) {
      Project m = moshi.get(i);
      JacksonProject j = jackson.get(i);
      boolean same = Objects.equals(m.getId(), j.id)
          && Objects.equals(m.getName(), j.name)
          && Objects.equals(m.getClientId(), j.clientId)
          && Objects.equals(m.getIsPrivate(), j.isPrivate)
          && Objects.equals(m.getCreatedAt(), j.createdAt)
          && Objects.equals(m.getServerDeletedAt(), j.serverDeletedAt)
          && Objects.equals(m.getActualSeconds(), j.actualSeconds)
          && Objects.equals(m.getStatus().name(), j.status.name())
          && (m.getCurrentPeriod() == null) == (j.currentPeriod == null)
          && (m.getCurrentPeriod() == null
              || Objects.equals(m.getCurrentPeriod().getEndDate(), j.currentPeriod.endDate));
      if (!same) {
        throw new IllegalStateException("Moshi and Jackson disagree on project " + i + ": " + m);
      }
    }
  }
}
