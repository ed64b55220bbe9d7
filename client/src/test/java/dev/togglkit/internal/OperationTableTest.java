package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names the client gives operations in exceptions and {@code describe()} ({@link Operation}: the Retrofit
 * method's name) are the operation table's: every generated Retrofit method is a row of
 * {@code META-INF/togglkit/operations/<document>.json} with the same HTTP method and path, and every row is a method.
 */
class OperationTableTest {

  @ParameterizedTest
  @CsvSource({
      "track-v9, dev.togglkit.track.internal, ClientsApiRetrofit ProjectsApiRetrofit ProjectUsersApiRetrofit MeApiRetrofit",
      "focus, dev.togglkit.focus.internal, FocusClientsApiRetrofit"})
  void everyRetrofitMethodIsARowOfTheTableAndEveryRowAMethod(String document, String pkg, String interfaces)
      throws Exception {
    Map<String, String> table = new TreeMap<>();
    for (Map<String, Object> row : rows(document)) {
      table.put((String) row.get("operationId"), row.get("method") + " " + row.get("path"));
    }
    Map<String, String> client = new TreeMap<>();
    for (String name : interfaces.split(" ")) {
      for (Method method : Class.forName(pkg + "." + name).getDeclaredMethods()) {
        client.put(method.getName(), httpOf(method));
      }
    }
    assertEquals(table, client);
  }

  private static String httpOf(Method method) throws ReflectiveOperationException {
    for (Annotation annotation : method.getAnnotations()) {
      String type = annotation.annotationType().getSimpleName();
      if (annotation.annotationType().getPackageName().equals("retrofit2.http")
          && List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(type)) {
        return type + " /" + annotation.annotationType().getMethod("value").invoke(annotation);
      }
    }
    throw new AssertionError(method + " has no HTTP method annotation");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(String document) throws IOException {
    String resource = "META-INF/togglkit/operations/" + document + ".json";
    try (InputStream in = OperationTableTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is generated into the client jar");
      Map<String, Object> table = (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class)
          .fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return (List<Map<String, Object>>) table.get("operations");
    }
  }
}
