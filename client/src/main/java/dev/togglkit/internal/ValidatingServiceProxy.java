package dev.togglkit.internal;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Wraps a Retrofit service so every call's arguments go through {@link ArgumentValidator} first.
 * Retrofit builds the request lazily, so checking here means a bad id fails at the call site, with
 * our message, and never reaches the network.
 *
 * <p>A generated {@code default} method (the query-object form, e.g. {@code listProjects(id, query)})
 * runs against this proxy, not Retrofit's, so the positional method it delegates to is checked too.
 */
public final class ValidatingServiceProxy {

  private ValidatingServiceProxy() {}

  public static <T> T wrap(Class<T> api, T retrofitService) {
    InvocationHandler handler = new Handler(api, retrofitService);
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }

  private static final class Handler implements InvocationHandler {
    private final Class<?> api;
    private final Object delegate;

    Handler(Class<?> api, Object delegate) {
      this.api = api;
      this.delegate = delegate;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        switch (method.getName()) {
          case "toString":
            return api.getSimpleName() + " (togglkit)";
          case "hashCode":
            return System.identityHashCode(proxy);
          case "equals":
            return proxy == args[0];
          default:
            return method.invoke(this, args);
        }
      }
      if (method.isDefault()) {
        return invokeDefault(proxy, method, args);
      }
      ArgumentValidator.check(method, args);
      try {
        return method.invoke(delegate, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    /** Java 11 has no InvocationHandler.invokeDefault; a special method handle does the same. */
    private static Object invokeDefault(Object proxy, Method method, Object[] args) throws Throwable {
      Class<?> declaring = method.getDeclaringClass();
      return MethodHandles.privateLookupIn(declaring, MethodHandles.lookup())
          .unreflectSpecial(method, declaring)
          .bindTo(proxy)
          .invokeWithArguments(args == null ? new Object[0] : args);
    }
  }
}
