package dev.togglkit.gate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.togglkit.gate.Policy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An API key scheme is read the same way by every check, whatever the case of its {@code type} and {@code in}
 * ({@code apiKey}/{@code apikey}, {@code header}/{@code Header}): the key that satisfies the credentials check is
 * not also an undocumented header or query parameter.
 */
class SecuritySchemeSpellingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "type {0}, in {1}")
  @CsvSource({"apiKey,header", "apikey,header", "APIKEY,Header", "apiKey,query", "apikey,QUERY"})
  void theKeyIsCredentialsAndNothingElse(String type, String in) throws Exception {
    boolean header = in.equalsIgnoreCase("header");
    ExchangeChecker checker = checker(type, in);

    List<Issue> withKey = checker.check(new HttpExchange("GET", "/things", header ? "" : "api_key=k",
        header ? Map.of("X-Api-Key", List.of("k")) : Map.of(), null, 0, Map.of(), null)).issues();
    assertEquals(List.of(), withKey);

    List<Issue> without = checker.check(new HttpExchange("GET", "/things", "", Map.of(), null, 0, Map.of(), null))
        .issues();
    assertEquals(List.of("request.authorization.missing"), without.stream().map(Issue::code).toList(),
        without.toString());
  }

  @Test
  void anotherHeaderIsStillUndocumented() throws Exception {
    List<Issue> issues = checker("apikey", "header").check(new HttpExchange("GET", "/things", "",
        Map.of("X-Api-Key", List.of("k"), "X-Other", List.of("v")), null, 0, Map.of(), null)).issues();

    assertEquals(List.of("request.header.unknown"), issues.stream().map(Issue::code).toList(), issues.toString());
  }

  private static ExchangeChecker checker(String type, String in) throws Exception {
    String name = in.equalsIgnoreCase("header") ? "X-Api-Key" : "api_key";
    return new ExchangeChecker(CompiledSpec.of(JSON.readTree("""
        {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
         "components": {"securitySchemes": {"key": {"type": "%s", "in": "%s", "name": "%s"}}},
         "security": [{"key": []}],
         "paths": {"/things": {"get": {"responses": {"200": {"description": "ok"}}}}}}
        """.formatted(type, in, name))), Policy.STRICT);
  }
}
