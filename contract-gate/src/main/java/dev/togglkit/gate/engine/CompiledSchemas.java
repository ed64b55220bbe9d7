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
 * <p>Bounded (least recently used entries go first) so a long-lived JVM that checks many different specs, such
 * as a Maven build running the plugin, keeps a fixed amount. Thread-safe; a schema may be compiled twice when two
 * threads miss at once, and one of the two results is kept.
 */
final class CompiledSchemas {

  /** The Track spec holds about 150 schema locations; room for a few such documents. */
  private static final int CAPACITY = 512;
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

  private static final Map<String, JsonSchema> CACHE = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, JsonSchema> eldest) {
      return size() > CAPACITY;
    }
  };

  private CompiledSchemas() {
  }

  /** The validator for a prepared schema (which must not be changed afterwards: the validator keeps it). */
  static JsonSchema of(ObjectNode prepared) {
    String key = DIALECT + "\n" + prepared;
    synchronized (CACHE) {
      JsonSchema known = CACHE.get(key);
      if (known != null) {
        return known;
      }
    }
    // Outside the lock: compiling takes long, and other threads may meanwhile look up other schemas.
    JsonSchema compiled = FACTORY.getSchema(URI.create("urn:togglkit:" + Integer.toHexString(key.hashCode())
        + "-" + key.length()), prepared, CONFIG);
    synchronized (CACHE) {
      JsonSchema raced = CACHE.putIfAbsent(key, compiled);
      return raced != null ? raced : compiled;
    }
  }
}
