package dev.togglkit.contract.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.gate.ApiSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every example in spec/ validates against its schema; a broken copy of the spec proves the check has teeth. */
class SpecExamplesTest {

  @ParameterizedTest
  @EnumSource(SpecDocuments.class)
  void everyExampleValidatesAgainstItsSchema(SpecDocuments document) {
    List<String> violations = new ArrayList<>(SpecExamplesCheck.check(ApiSpec.load(document.root())));
    violations.addAll(RawExampleTypes.check(document.dir()));

    assertTrue(violations.isEmpty(), () -> document.root() + " has examples its schemas reject:\n  "
        + String.join("\n  ", violations));
  }

  @Test
  void aResponseExampleWithAnIdAsAStringFailsNamingTheExample(@TempDir Path copy) throws IOException {
    Path clients = copyTrackSpec(copy).resolve("paths/clients.yaml");
    String yaml = Files.readString(clients);
    // getClient's 200 example (the third client example in the file) gets "id": "3456789" and a field Client does not
    // declare (the check is strict: an undeclared property is an error, as in the gate).
    String example = "\"id\": 3456789, \"integration_ext_id\"";
    int first = yaml.indexOf(example);
    int getClients = yaml.indexOf(example, yaml.indexOf("operationId: getClient"));
    assertTrue(first >= 0 && getClients > first, "the fixture edit no longer finds getClient's example");
    Files.writeString(clients, yaml.substring(0, getClients)
        + "\"id\": \"3456789\", \"invented_field\": 1, \"integration_ext_id\""
        + yaml.substring(getClients + example.length()));

    List<String> violations = SpecExamplesCheck.check(ApiSpec.load(copy.resolve("openapi.yaml")));

    assertTrue(violations.stream().anyMatch(v -> v.contains("(getClient) response 200 application/json example at /id")
        && v.contains("string")), () -> String.join("\n", violations));
    assertTrue(violations.stream().anyMatch(v -> v.contains("(getClient) response 200 application/json example")
        && v.contains("invented_field")), () -> String.join("\n", violations));
  }

  @Test
  void aPropertyExampleOfTheWrongTypeFailsNamingTheProperty(@TempDir Path copy) throws IOException {
    Path project = copyTrackSpec(copy).resolve("schemas/Project.yaml");
    String yaml = Files.readString(project);
    String wanted = "  tasks_count:";
    int at = yaml.indexOf(wanted);
    int example = yaml.indexOf("example:", at);
    int end = yaml.indexOf('\n', example);
    Files.writeString(project, yaml.substring(0, example) + "example: \"many\"" + yaml.substring(end));

    // swagger-parser drops this example (it cannot make an integer of "many"); the raw check reads the files as
    // written.
    List<String> violations = RawExampleTypes.check(copy);

    assertTrue(violations.stream().anyMatch(v -> v.contains("schemas/Project.yaml:/properties/tasks_count example")
        && v.contains("is not of type integer")), () -> String.join("\n", violations));
  }

  private static Path copyTrackSpec(Path target) throws IOException {
    Path source = SpecDocuments.TRACK_V9.dir();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    return target;
  }
}
