package dev.togglkit.testing.spec;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Applied to every test of this module (JUnit extension autodetection): a test during which a fake sent
 * an answer the spec does not allow fails, naming the answer and the validator's message.
 */
public final class SpecConformanceExtension implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SpecConformanceExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NS).put("before", SpecConformance.get().findings().size());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    int before = context.getStore(NS).get("before", Integer.class);
    List<String> all = SpecConformance.get().findings();
    if (all.size() > before) {
      fail("TogglFake sent answers the spec does not allow:\n  " + String.join("\n  ", all.subList(before, all.size())));
    }
  }
}
