package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module-info: only user packages are exported; only Moshi may reflect, on models and our adapters. */
class ModuleDescriptorTest {

  /** The client's compiled module-info, as the module system reads it. */
  static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsOnlyTheUserPackages() throws IOException {
    ModuleDescriptor module = descriptor();

    assertEquals("dev.togglkit.client", module.name());
    assertEquals(Set.of("dev.togglkit", "dev.togglkit.errors", "dev.togglkit.track.api", "dev.togglkit.track.model",
            "dev.togglkit.focus.api", "dev.togglkit.focus.model"),
        module.exports().stream().filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
  }

  @Test
  void onlyTogglkitTestingReachesAnInternalPackage() throws IOException {
    // ClientTimeHook: clients injected by togglkit-testing's extension wait on the fake's clock.
    assertEquals(Set.of("dev.togglkit.internal -> [dev.togglkit.testing]"),
        descriptor().exports().stream().filter(ModuleDescriptor.Exports::isQualified)
            .map(e -> e.source() + " -> " + new TreeSet<>(e.targets())).collect(Collectors.toSet()));
  }

  @Test
  void everyInternalPackageStaysInside() throws IOException {
    ModuleDescriptor module = descriptor();
    Set<String> exported = module.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());

    Set<String> hidden = new TreeSet<>(module.packages());
    hidden.removeAll(exported);

    assertEquals(Set.of(), hidden.stream().filter(p -> !p.contains(".internal")).collect(Collectors.toSet()),
        "every package that is not exported must be an internal one");
  }

  @Test
  void onlyMoshiMayReflectOnModelsAndOurAdapters() throws IOException {
    Map<String, Set<String>> opens = new TreeMap<>();
    descriptor().opens().forEach(o -> opens.put(o.source(), o.targets()));

    assertEquals(Map.of("dev.togglkit.track.model", Set.of("com.squareup.moshi"),
        "dev.togglkit.focus.model", Set.of("com.squareup.moshi"),
        "dev.togglkit.internal.json", Set.of("com.squareup.moshi")), opens);
  }
}
