package dev.togglkit.gate;

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
 * A spec document that lives in a jar (togglkit-client carries the spec it was generated from under
 * {@code META-INF/togglkit/spec/}) made into a file {@link SpecLoader} can parse: the entry's folder (the files its
 * {@code $ref}s name) is copied to a temporary directory, deleted when the JVM exits. swagger-parser resolves
 * relative {@code $ref}s against files, which is why the copy.
 */
public final class SpecResources {

  private SpecResources() {
  }

  /**
   * The root file of a document on the class path, e.g. {@code META-INF/togglkit/spec/track-v9/openapi.yaml}.
   *
   * @throws IllegalArgumentException naming the resource, when the loader has none of that name or it is neither
   *     a file nor a jar entry
   */
  public static Path fromClasspath(String resource, ClassLoader loader) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    URL url = loader.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no resource " + name + " on the class path");
    }
    try {
      if (url.getProtocol().equals("file")) {
        return Path.of(url.toURI());
      }
      if (url.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        return fromJar(Path.of(connection.getJarFileURL().toURI()), connection.getEntryName());
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalArgumentException("cannot read " + url + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("cannot read spec resource " + url + ": only files and jars are supported");
  }

  /**
   * Copies the entry's folder (and everything below it) out of the jar; returns the copied entry.
   *
   * @throws IllegalArgumentException naming the jar, when it cannot be read or lacks the entry
   */
  public static Path fromJar(Path jar, String entryName) {
    String folder = entryName.contains("/") ? entryName.substring(0, entryName.lastIndexOf('/') + 1) : "";
    try (JarFile jarFile = new JarFile(jar.toFile())) {
      if (jarFile.getJarEntry(entryName) == null) {
        throw new IllegalArgumentException("no entry " + entryName + " in " + jar);
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
          throw new IllegalArgumentException("jar entry " + entry.getName() + " in " + jar
              + " points outside its folder");
        }
        createParents(target, out);
        try (InputStream in = jarFile.getInputStream(entry)) {
          Files.copy(in, out);
        }
        out.toFile().deleteOnExit();
      }
      return target.resolve(entryName.substring(folder.length()));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + jar + ": " + e.getMessage(), e);
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
