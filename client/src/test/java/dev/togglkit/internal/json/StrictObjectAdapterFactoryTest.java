package dev.togglkit.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.Thing;
import dev.togglkit.track.model.Project;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictObjectAdapterFactoryTest {

  private final JsonAdapter<Thing> things = TogglMoshi.get().adapter(Thing.class);

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":1,\"name\":\"a\",\"id\":2}",
      "{\"name\":\"a\",\"name\":\"a\"}",
      "{\"added_in_2027\":1,\"id\":2,\"added_in_2027\":3}",
      "{\"id\":1,\"id\":null}",
  })
  void aKeyNamedTwiceIsRefused(String json) {
    JsonDataException e = assertThrows(JsonDataException.class, () -> things.fromJson(json));
    assertTrue(e.getMessage().startsWith("duplicate key '"), e.getMessage());
    assertTrue(e.getMessage().contains("in one Thing object at path $."), e.getMessage());
  }

  @Test
  void duplicatesInsideListsAndNestedObjectsAreRefusedWithTheirPath() {
    JsonAdapter<List<Thing>> list =
        TogglMoshi.get().adapter(Types.newParameterizedType(List.class, Thing.class));
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> list.fromJson("[{\"id\":1},{\"id\":2,\"workspace_id\":3,\"workspace_id\":4}]"));
    assertEquals("duplicate key 'workspace_id' in one Thing object at path $[1].workspace_id",
        e.getMessage());
  }

  @Test
  void theSameKeyInDifferentObjectsIsFine() throws IOException {
    JsonAdapter<List<Thing>> list =
        TogglMoshi.get().adapter(Types.newParameterizedType(List.class, Thing.class));
    List<Thing> read = list.fromJson("[{\"id\":1,\"x\":1},{\"id\":2,\"x\":1}]");
    assertEquals(2L, read.get(1).id);
  }

  @Test
  void readsLikeMoshisOwnAdapterAndWritesThroughIt() throws IOException {
    Thing thing = things.fromJson(
        "{\"id\":9007199254740993,\"name\":\"Acme\",\"unknown\":{\"deep\":[1,{\"a\":2}]},\"day\":null}");
    assertEquals(9007199254740993L, thing.id);
    assertEquals("Acme", thing.name);
    assertEquals("{\"name\":\"Acme\",\"workspace_id\":1}",
        TogglMoshi.get().adapter(NewThing.class).toJson(new NewThing("Acme", 1L)));
    assertEquals("StrictObjectAdapter(dev.togglkit.fixtures.Thing).nullSafe()", things.toString());
  }

  /** Every generated model is read strictly: none falls back to Moshi's last-value-wins adapter. */
  @Test
  void everyGeneratedModelGetsTheStrictAdapter() throws IOException, URISyntaxException {
    List<String> lenient = new ArrayList<>();
    int checked = 0;
    for (Class<?> model : generatedModels()) {
      if (model.isEnum() || model.isInterface()) {
        continue;
      }
      checked++;
      String adapter = TogglMoshi.get().adapter(model).toString();
      if (!adapter.startsWith("StrictObjectAdapter(")) {
        lenient.add(model.getName() + " -> " + adapter);
      }
    }
    assertTrue(checked >= 10, "found only " + checked + " generated model classes");
    assertEquals(List.of(), lenient);
  }

  private static List<Class<?>> generatedModels() throws IOException, URISyntaxException {
    Path classes = Paths.get(Project.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> models = new ArrayList<>();
    for (String pkg : List.of("dev/togglkit/track/model", "dev/togglkit/focus/model")) {
      try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.getFileName().toString();
          if (name.endsWith(".class") && !name.contains("$")) {
            String className = pkg.replace('/', '.') + "." + name.substring(0, name.length() - 6);
            try {
              models.add(Class.forName(className));
            } catch (ClassNotFoundException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    }
    return models;
  }
}
