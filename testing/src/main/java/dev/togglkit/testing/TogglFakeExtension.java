package dev.togglkit.testing;

import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: one {@link TogglFake} per test class, reset before every test (no workspaces, faults,
 * limits or received requests carry over), closed after the class. Test and lifecycle methods and
 * constructors can take a {@link TogglFake}, a {@link TogglTrack} or a {@link TogglFocus} parameter;
 * the clients authenticate as the fake's user.
 *
 * <pre>{@code
 * @ExtendWith(TogglFakeExtension.class)   // or @TogglFakeTest
 * class MySyncTest {
 *   @Test
 *   void createsMissingClients(TogglFake fake, TogglTrack track) { ... }
 * }
 * }</pre>
 */
public final class TogglFakeExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TogglFakeExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    fake(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    fake(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TogglFake.class || type == TogglTrack.class || type == TogglFocus.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    TogglFake fake = fake(context);
    if (type == TogglFake.class) {
      return fake;
    }
    if (type == TogglTrack.class) {
      return closedWithTheClass(context, fake.track());
    }
    if (type == TogglFocus.class) {
      return closedWithTheClass(context, fake.focus());
    }
    throw new ParameterResolutionException("TogglFakeExtension cannot supply a " + type.getName());
  }

  /** Registers {@code client} to be closed when the test's context ends (its dispatcher threads stop). */
  private static <T extends AutoCloseable> T closedWithTheClass(ExtensionContext context, T client) {
    context.getStore(NAMESPACE).put(new Object(), (AutoCloseable) client);
    return client;
  }

  /** The class's fake, started on first use. */
  private static TogglFake fake(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent("fake", key -> new ClosingFake(TogglFake.start()), ClosingFake.class).fake;
  }

  /** Lets JUnit's store close the fake when the class's context ends (no afterAll needed). */
  private static final class ClosingFake implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final TogglFake fake;

    ClosingFake(TogglFake fake) {
      this.fake = fake;
    }

    @Override
    public void close() {
      fake.close();
    }
  }
}
