package dev.togglkit.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one jar (or classes directory) as text, one element per line, sorted, like
 * Kotlin's binary-compatibility-validator: every public or protected class, constructor, method and
 * field of the packages a user can reach. Committed per published module ({@code <module>/api/*.api}),
 * so every change of the API shows in review as a changed line.
 *
 * <p>Which packages a user can reach: a jar with a {@code module-info} says so itself (its unqualified
 * exports); otherwise every package except those with an {@code internal} segment, which togglkit
 * reserves for what users must not touch. Classes are read by reflection without initialising them,
 * so the jar's dependencies must be on the class path of the caller.
 */
final class ApiDump {

  private static final Pattern IMPLEMENTATION_MODIFIERS =
      Pattern.compile("\\b(synchronized|native|strictfp|volatile|transient) ");

  private ApiDump() {
  }

  /** The sorted API lines of the classes in {@code location} (a jar or a classes directory). */
  static List<String> of(Path location, ClassLoader parent) {
    Set<String> exported = exportedPackages(location);
    Set<String> lines = new TreeSet<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {url(location)}, parent)) {
      for (String className : classNames(location)) {
        String pkg = className.contains(".") ? className.substring(0, className.lastIndexOf('.')) : "";
        if (!exported.isEmpty() ? !exported.contains(pkg) : pkg.matches("(.*\\.)?internal(\\..*)?")) {
          continue;
        }
        Class<?> type = load(loader, className);
        if (isVisible(type)) {
          describe(type, lines);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
    return new ArrayList<>(lines);
  }

  private static void describe(Class<?> type, Set<String> lines) {
    String owner = type.getName();
    // "Owner = declaration" sorts before "Owner: member", so each type's block opens with its declaration.
    lines.add(owner + " = " + declaration(type));
    for (Field field : type.getDeclaredFields()) {
      if (shown(field) && !field.isSynthetic()) {
        lines.add(owner + ": " + withoutOwner(field.toGenericString(), owner + "." + field.getName(), field.getName()));
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (shown(constructor) && !constructor.isSynthetic()) {
        lines.add(owner + ": " + withoutOwner(constructor.toGenericString(), owner + "(", "<init>("));
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (shown(method) && !method.isSynthetic() && !method.isBridge()) {
        lines.add(owner + ": "
            + withoutOwner(method.toGenericString(), owner + "." + method.getName() + "(", method.getName() + "("));
      }
    }
  }

  /**
   * {@code public synchronized int a.B.size()} as {@code public int size()}: the line already starts with
   * the owner, and how a member is implemented (synchronized, native, strictfp, volatile, transient) is
   * not part of what a caller links against.
   */
  private static String withoutOwner(String signature, String qualified, String simple) {
    String api = IMPLEMENTATION_MODIFIERS.matcher(signature).replaceAll("");
    int at = api.indexOf(" " + qualified);
    return at < 0 ? api : api.substring(0, at + 1) + simple + api.substring(at + 1 + qualified.length());
  }

  /** {@code public final class a.B extends a.C implements a.D, a.E<T>}: the type and what it is a kind of. */
  private static String declaration(Class<?> type) {
    StringBuilder line = new StringBuilder(type.toGenericString());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum()) {
      line.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      line.append(type.isInterface() ? " extends " : " implements ")
          .append(Stream.of(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  /** A type is visible when it and every type enclosing it are public or protected. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()
          || (t.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean shown(Member member) {
    return (member.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0;
  }

  /** The unqualified exports of the module-info in {@code location}; empty when there is none. */
  private static Set<String> exportedPackages(Path location) {
    Optional<ModuleReference> module = ModuleFinder.of(location).findAll().stream().findFirst();
    Set<String> exported = new TreeSet<>();
    module.map(ModuleReference::descriptor)
        .filter(descriptor -> !descriptor.isAutomatic())
        .ifPresent(descriptor -> descriptor.exports().stream()
            .filter(export -> !export.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .forEach(exported::add));
    return exported;
  }

  private static List<String> classNames(Path location) throws IOException {
    if (Files.isDirectory(location)) {
      return classNamesUnder(location);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
      return classNamesUnder(jar.getPath("/"));
    }
  }

  private static List<String> classNamesUnder(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/")
              && !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(ClassLoader loader, String className) {
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("cannot load " + className + " to read its API (is a dependency of its "
          + "module missing from api-compat's test class path?): " + e, e);
    }
  }

  private static URL url(Path location) {
    try {
      return location.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a file location: " + location, e);
    }
  }
}
