package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled JSON Schemas shared by every {@link CompiledSpec} in the JVM, keyed by the exact JSON text of the
 * prepared schema. A prepared schema is self-contained (every component it refers to is copied into it, see
 * {@link SchemaPreparer}) and always compiled with the same dialect and options, so equal text means an equal
 * validator: a schema compiles once however many documents hold it (specs that share components, a spec loaded
 * again, the many slightly different specs of a generated-input test). Compiling (and the validator's lazy setup
 * on first use) is most of what checking a small pact costs.
 *
 * <p>Bounded by the text it keeps, not by a count (least recently used entries go first), so a long-lived JVM
 * that checks many different specs, such as a Maven build running the plugin, keeps a fixed amount whatever the
 * specs' size: a prepared schema carries every component it refers to, so in a large spec one entry can be
 * megabytes. Thread-safe; a schema may be compiled twice when two threads miss at once, and one of the two results
 * is kept.
 */
final class CompiledSchemas {

  /**
   * Characters of prepared schema text kept, 8 million. The gate over togglkit's own pacts and both its documents
   * (strict policy) keeps 36 schemas of 41,499 characters in all (measured 2026-12-05), so this holds specs about
   * two hundred times that size; the compiled validators take a few times their text in memory.
   */
  static final long DEFAULT_BUDGET = 8_000_000;
  private static final String DIALECT = "https://json-schema.org/draft/2019-09/schema";
  /**
   * 2019-09, where a keyword the dialect does not know is an annotation, silently. A schema from an OpenAPI
   * document holds such keywords by design: {@code example}, {@code nullable} (read by {@link SchemaPreparer}
   * before compiling) and {@code x-} extensions. The library's default logs a warning for each, which reached
   * every user's build log through the Maven plugin ("Unknown keyword x-togglkit-bundled ...").
   */
  private static final JsonMetaSchema QUIET_2019_09 = JsonMetaSchema.builder(JsonMetaSchema.getV201909())
      .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
      .build();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
      builder -> builder.metaSchema(QUIET_2019_09));
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .formatAssertionsEnabled(true)
      .pathType(PathType.JSON_POINTER)
      .build();
  private static final CompiledSchemas SHARED = new CompiledSchemas(DEFAULT_BUDGET);

  private final long budget;
  /** Access order: the first entry is the least recently used. Guarded by {@code this}. */
  private final LinkedHashMap<String, JsonSchema> cache = new LinkedHashMap<>(256, 0.75f, true);
  private long retained;

  CompiledSchemas(long budget) {
    this.budget = budget;
  }

  /** The validator for a prepared schema (which must not be changed afterwards: the validator keeps it). */
  static JsonSchema of(ObjectNode prepared) {
    return SHARED.get(prepared);
  }

  JsonSchema get(ObjectNode prepared) {
    String key = DIALECT + "\n" + prepared;
    synchronized (this) {
      JsonSchema known = cache.get(key);
      if (known != null) {
        return known;
      }
    }
    // Outside the lock: compiling takes long, and other threads may meanwhile look up other schemas.
    JsonSchema compiled = FACTORY.getSchema(URI.create("urn:togglkit:" + Integer.toHexString(key.hashCode())
        + "-" + key.length()), prepared, CONFIG);
    if (key.length() > budget) {
      return compiled;
    }
    synchronized (this) {
      JsonSchema raced = cache.putIfAbsent(key, compiled);
      if (raced != null) {
        return raced;
      }
      retained += key.length();
      // The new entry is the last; the budget holds it, so this stops before reaching it.
      for (Iterator<String> eldest = cache.keySet().iterator(); retained > budget && eldest.hasNext(); ) {
        retained -= eldest.next().length();
        eldest.remove();
      }
      return compiled;
    }
  }

  /** Characters of schema text kept now (tests). */
  synchronized long retainedChars() {
    return retained;
  }

  /** Schemas kept now (tests). */
  synchronized int size() {
    return cache.size();
  }
}
