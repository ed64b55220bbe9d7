package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package the module exports is JSpecify {@code @NullMarked}, so a NullAway or Checker user
 * reads an unannotated type as non-null and a {@code @Nullable} one as "check first" (README,
 * "Nullness"). A package added to the exports without its package-info fails here, by name.
 */
class NullMarkedPackagesTest {

  @Test
  void everyExportedPackageIsNullMarked() throws IOException {
    ModuleDescriptor module = ModuleDescriptorTest.descriptor();
    // What users see: the unqualified exports (dev.togglkit.internal is exported to togglkit-testing only).
    List<String> unmarked = module.exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .filter(name -> !isNullMarked(name))
        .sorted()
        .collect(Collectors.toList());

    assertEquals(List.of(), unmarked, "exported packages without @NullMarked in their package-info");
  }

  private static boolean isNullMarked(String packageName) {
    try {
      Class<?> info = Class.forName(packageName + ".package-info");
      return info.isAnnotationPresent(NullMarked.class);
    } catch (ClassNotFoundException noPackageInfo) {
      return false;
    }
  }
}
