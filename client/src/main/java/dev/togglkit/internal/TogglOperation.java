package dev.togglkit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The spec's operationId on a generated Retrofit method (apiRetrofit.mustache writes it), so a
 * call whose request cannot even be built can still be named: Retrofit tags a request with its
 * method only once the request is built.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TogglOperation {

  /** The operationId, e.g. {@code createProject}. */
  String value();
}
