package dev.togglkit.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Refuses a call whose arguments cannot be right, before anything is sent: a path id that is null,
 * zero or negative (Toggl ids start at 1, and {@code /workspaces/0/clients} would only earn a
 * puzzling 404 or 403), a null body, a body missing required fields, or a query value that is an
 * enum's {@code UNKNOWN} constant (it stands for a value read from Toggl that this version does not
 * know, and has no wire value to send). Each message names the operation and the parameter or fields.
 */
final class ArgumentValidator {

  private ArgumentValidator() {}

  static void check(Method method, Object[] args) {
    if (args == null) {
      return;
    }
    String operation = method.getName();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < args.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Path) {
          checkPath(operation, ((Path) annotation).value(), args[i]);
        } else if (annotation instanceof Body) {
          checkBody(operation, args[i]);
        } else if (annotation instanceof Query) {
          checkQuery(operation, ((Query) annotation).value(), args[i]);
        }
      }
    }
  }

  private static void checkPath(String operation, String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(operation + ": " + name + " must not be null");
    }
    if (value instanceof Collection) {
      Collection<?> ids = (Collection<?>) value;
      if (ids.isEmpty()) {
        throw new IllegalArgumentException(operation + ": " + name + " must list at least one id");
      }
      for (Object id : ids) {
        if (id == null) {
          throw new IllegalArgumentException(operation + ": " + name + " must not contain null");
        }
        checkId(operation, name, id);
      }
      return;
    }
    if (value instanceof CharSequence && value.toString().trim().isEmpty()) {
      throw new IllegalArgumentException(operation + ": " + name + " must not be blank");
    }
    checkId(operation, name, value);
  }

  private static void checkId(String operation, String name, Object value) {
    boolean notPositive;
    if (value instanceof BigInteger) {
      notPositive = ((BigInteger) value).signum() <= 0;
    } else if (value instanceof Long || value instanceof Integer
        || value instanceof Short || value instanceof Byte) {
      notPositive = ((Number) value).longValue() <= 0;
    } else {
      return;
    }
    if (notPositive) {
      throw new IllegalArgumentException(
          operation + ": " + name + " must be a positive id, was " + value);
    }
  }

  private static void checkQuery(String operation, String name, Object value) {
    if (value instanceof Enum && ((Enum<?>) value).name().equals("UNKNOWN")) {
      throw new IllegalArgumentException(operation + ": " + name + " cannot be "
          + value.getClass().getSimpleName() + ".UNKNOWN; it has no wire value, choose a known constant");
    }
  }

  private static void checkBody(String operation, Object body) {
    if (body == null) {
      throw new IllegalArgumentException(operation + ": the request body must not be null");
    }
    if (body instanceof HasRequiredFields) {
      checkRequired(operation, "the request body", (HasRequiredFields) body);
    } else if (body instanceof List) {
      List<?> items = (List<?>) body;
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        if (item == null) {
          throw new IllegalArgumentException(
              operation + ": the request body must not contain null (index " + i + ")");
        }
        if (item instanceof HasRequiredFields) {
          checkRequired(operation, "request body item " + i, (HasRequiredFields) item);
        }
      }
    }
  }

  private static void checkRequired(String operation, String what, HasRequiredFields body) {
    List<String> missing = body.missingRequiredFields();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(operation + ": " + what
          + " is missing required field" + (missing.size() == 1 ? " " : "s ")
          + String.join(", ", missing));
    }
  }
}
