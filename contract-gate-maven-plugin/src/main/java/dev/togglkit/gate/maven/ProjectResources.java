package dev.togglkit.gate.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@code classpath:} spec is looked up: the building project's own class path (its classes and every
 * dependency, test scope included) first, then the plugin's class path, which holds what the pom adds as the
 * plugin's {@code <dependencies>}. The project's copy wins, so a project that uses togglkit-client is checked
 * against the spec of the client version it compiles against.
 *
 * <p>Only resources are read from it; no class is ever loaded from the project's class path.
 */
final class ProjectResources extends URLClassLoader {

  private ProjectResources(URL[] projectClasspath, ClassLoader plugin) {
    super(projectClasspath, plugin);
  }

  /**
   * @param classpathElements the project's class path entries (directories and jars), as Maven lists them
   * @param plugin            the plugin's own class loader
   */
  static ProjectResources of(List<String> classpathElements, ClassLoader plugin) {
    List<URL> urls = new ArrayList<>();
    for (String element : classpathElements) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("class path entry " + element + " is not a valid location", e);
      }
    }
    return new ProjectResources(urls.toArray(URL[]::new), plugin);
  }

  /** The project's resource when it has one, else the plugin's (the reverse of the usual parent-first order). */
  @Override
  public URL getResource(String name) {
    URL own = findResource(name);
    return own != null ? own : getParent().getResource(name);
  }
}
