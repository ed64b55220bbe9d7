package dev.togglkit.gate.cli;

import dev.togglkit.gate.SpecResources;
import java.nio.file.Files;
import java.nio.file.Path;


/**
 * Where a spec document comes from, as {@code --spec} writes it:
 * <ul>
 *   <li>a file: {@code spec/track-v9/openapi.yaml};</li>
 *   <li>{@code classpath:RESOURCE}: a document in a jar on the class path, e.g. the spec togglkit-client was
 *       generated from, {@code classpath:META-INF/togglkit/spec/track-v9/openapi.yaml};</li>
 *   <li>{@code JAR!/ENTRY}: a document inside a jar file, e.g.
 *       {@code togglkit-client-0.1.0.jar!/META-INF/togglkit/spec/track-v9/openapi.yaml}.</li>
 * </ul>
 * A document inside a jar is copied out with its folder by {@link SpecResources} and parsed from there like any
 * file.
 */
final class SpecSource {

  static final String CLASSPATH = "classpath:";

  private SpecSource() {
  }

  /** The root file to parse; fails naming the source when it does not exist. */
  static Path resolve(String source) {
    if (source.startsWith(CLASSPATH)) {
      return fromClasspath(source.substring(CLASSPATH.length()));
    }
    int bang = source.indexOf("!/");
    if (bang > 0) {
      Path jar = Path.of(source.substring(0, bang));
      if (!Files.isRegularFile(jar)) {
        throw new UsageException("no jar file at " + jar.toAbsolutePath() + " (from --spec " + source + ")");
      }
      return extract(jar, source.substring(bang + 2), source);
    }
    Path file = Path.of(source);
    if (!Files.isRegularFile(file)) {
      throw new UsageException("spec document not found: " + file.toAbsolutePath());
    }
    return file;
  }

  private static Path fromClasspath(String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    if (Thread.currentThread().getContextClassLoader().getResource(name) == null) {
      throw new UsageException("no resource " + name + " on the class path (put the jar holding it on the class "
          + "path with java -cp, or use JAR!/" + name + ")");
    }
    try {
      return SpecResources.fromClasspath(name, Thread.currentThread().getContextClassLoader());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  private static Path extract(Path jar, String entryName, String source) {
    try {
      return SpecResources.fromJar(jar, entryName);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage() + " (from --spec " + source + ")", e);
    }
  }
}
