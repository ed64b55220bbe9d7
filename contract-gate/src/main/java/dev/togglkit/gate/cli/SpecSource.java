package dev.togglkit.gate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Where a spec document comes from, as {@code --spec} writes it:
 * <ul>
 *   <li>a file: {@code spec/track-v9/openapi.yaml};</li>
 *   <li>{@code classpath:RESOURCE}: a document in a jar on the class path, e.g. the spec togglkit-client was
 *       generated from, {@code classpath:META-INF/togglkit/spec/track-v9/openapi.yaml};</li>
 *   <li>{@code JAR!/ENTRY}: a document inside a jar file, e.g.
 *       {@code togglkit-client-0.1.0.jar!/META-INF/togglkit/spec/track-v9/openapi.yaml}.</li>
 * </ul>
 * A document inside a jar is copied out with its folder (the files its {@code $ref}s name) to a temporary
 * directory, deleted when the JVM exits, and parsed from there like any file.
 *
 * <p>Public for the Maven plugin, which resolves {@code classpath:} against the building project's dependencies.
 */
public final class SpecSource {

  public static final String CLASSPATH = "classpath:";

  private SpecSource() {
  }

  /** The root file to parse; fails naming the source when it does not exist. */
  static Path resolve(String source) {
    return resolve(source, Thread.currentThread().getContextClassLoader());
  }

  /**
   * The root file to parse, {@code classpath:} entries looked up in {@code classpath}.
   *
   * @throws RuntimeException whose message names the source, when it does not exist or cannot be read
   */
  public static Path resolve(String source, ClassLoader classpath) {
    if (source.startsWith(CLASSPATH)) {
      return fromClasspath(source.substring(CLASSPATH.length()), classpath);
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

  private static Path fromClasspath(String resource, ClassLoader classpath) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    URL url = classpath.getResource(name);
    if (url == null) {
      throw new UsageException("no resource " + name + " on the class path (put the jar holding it on the class "
          + "path with java -cp, or use JAR!/" + name + ")");
    }
    try {
      if (url.getProtocol().equals("file")) {
        return Path.of(url.toURI());
      }
      if (url.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        return extract(Path.of(connection.getJarFileURL().toURI()), connection.getEntryName(), CLASSPATH + name);
      }
    } catch (IOException | URISyntaxException e) {
      throw new UsageException("cannot read " + url + ": " + e.getMessage(), e);
    }
    throw new UsageException("cannot read spec resource " + url + ": only files and jars are supported");
  }

  /** Copies the entry's folder (and everything below it) out of the jar; returns the copied entry. */
  private static Path extract(Path jar, String entryName, String source) {
    String folder = entryName.contains("/") ? entryName.substring(0, entryName.lastIndexOf('/') + 1) : "";
    try (JarFile jarFile = new JarFile(jar.toFile())) {
      if (jarFile.getJarEntry(entryName) == null) {
        throw new UsageException("no entry " + entryName + " in " + jar + " (from --spec " + source + ")");
      }
      Path target = Files.createTempDirectory("togglkit-spec-");
      target.toFile().deleteOnExit();
      Enumeration<JarEntry> entries = jarFile.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (entry.isDirectory() || !entry.getName().startsWith(folder)) {
          continue;
        }
        Path out = target.resolve(entry.getName().substring(folder.length())).normalize();
        if (!out.startsWith(target)) {
          throw new UsageException("jar entry " + entry.getName() + " in " + jar + " points outside its folder");
        }
        createParents(target, out);
        try (InputStream in = jarFile.getInputStream(entry)) {
          Files.copy(in, out);
        }
        out.toFile().deleteOnExit();
      }
      return target.resolve(entryName.substring(folder.length()));
    } catch (IOException e) {
      throw new UsageException("cannot read " + jar + ": " + e.getMessage(), e);
    }
  }

  /** Creates the directories between {@code root} and {@code file}, each deleted at exit after its files. */
  private static void createParents(Path root, Path file) {
    Path dir = file.getParent();
    if (dir.equals(root) || Files.isDirectory(dir)) {
      return;
    }
    createParents(root, dir);
    try {
      Files.createDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    dir.toFile().deleteOnExit();
  }
}
