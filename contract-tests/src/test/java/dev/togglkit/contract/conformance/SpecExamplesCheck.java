package dev.togglkit.contract.conformance;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Examples are facts too: every {@code example} and {@code examples} value of a fully inlined spec (parameters,
 * request and response bodies, every schema and property) must validate against its schema, with the gate's rules
 * ({@link StrictLevels}: an undeclared property is an error). The fake serves documented bodies from these examples and the docs show
 * them, so a wrong one (an id given as a string) would teach users and tests the wrong type.
 */
public final class SpecExamplesCheck {

  private final SchemaValidator validator;
  private final List<String> violations = new ArrayList<>();
  private final Map<Schema<?>, Boolean> walked = new IdentityHashMap<>();

  private SpecExamplesCheck(OpenAPI openApi) {
    validator = new SchemaValidator(openApi, new MessageResolver(StrictLevels.resolver()));
  }

  /** Every example that does not validate, one line each: where it is and what is wrong. */
  public static List<String> check(OpenAPI inlinedOpenApi) {
    SpecExamplesCheck check = new SpecExamplesCheck(inlinedOpenApi);
    inlinedOpenApi.getPaths().forEach((path, item) -> {
      parameters(check, path, item.getParameters());
      item.readOperationsMap().forEach((method, operation) -> check.operation(method + " " + path, operation));
    });
    return List.copyOf(check.violations);
  }

  private static void parameters(SpecExamplesCheck check, String where, List<Parameter> parameters) {
    if (parameters == null) {
      return;
    }
    for (Parameter parameter : parameters) {
      String at = where + " parameter " + parameter.getName();
      if (parameter.getExample() != null) {
        check.validate(at + " example", parameter.getExample(), parameter.getSchema());
      }
      check.examples(at, parameter.getExamples(), parameter.getSchema());
      check.schema(at + " schema", parameter.getSchema());
    }
  }

  private void operation(String where, Operation operation) {
    String at = where + " (" + operation.getOperationId() + ")";
    parameters(this, at, operation.getParameters());
    if (operation.getRequestBody() != null) {
      content(at + " request body", operation.getRequestBody().getContent());
    }
    if (operation.getResponses() != null) {
      operation.getResponses().forEach((status, response) ->
          content(at + " response " + status, response.getContent()));
    }
  }

  private void content(String where, Content content) {
    if (content == null) {
      return;
    }
    content.forEach((type, media) -> {
      String at = where + " " + type;
      if (media.getExample() != null) {
        validate(at + " example", media.getExample(), media.getSchema());
      }
      examples(at, media.getExamples(), media.getSchema());
      schema(at + " schema", media.getSchema());
    });
  }

  private void examples(String where, Map<String, Example> examples, Schema<?> schema) {
    if (examples != null) {
      examples.forEach((name, example) -> validate(where + " examples." + name, example.getValue(), schema));
    }
  }

  /** A schema's own example, then its parts' (each schema object once: inlined documents share them). */
  private void schema(String where, Schema<?> schema) {
    if (schema == null || walked.put(schema, Boolean.TRUE) != null) {
      return;
    }
    if (schema.getExample() != null || Boolean.TRUE.equals(schema.getExampleSetFlag())) {
      validate(where + " example", schema.getExample(), schema);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, property) -> schema(where + " property " + name, property));
    }
    schema(where + " items", schema.getItems());
    for (List<Schema> parts : listOf(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (parts != null) {
        parts.forEach(part -> schema(where, part));
      }
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
      schema(where + " additionalProperties", additional);
    }
  }

  private void validate(String where, Object example, Schema<?> schema) {
    if (schema == null) {
      return;
    }
    String value;
    try {
      value = asValidatorInput(example, schema);
    } catch (JsonProcessingException e) {
      violations.add(where + ": not writable as JSON: " + e.getOriginalMessage());
      return;
    }
    ValidationReport report = validator.validate(value, schema, "example");
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        String pointer = message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("");
        violations.add(where + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message.getMessage());
      }
    }
  }

  /**
   * The validator reads the value of a string schema as the string itself (as it reads a parameter) and anything
   * else, an untyped schema's value included, as JSON.
   * swagger-parser hands over {@code format: date} and {@code date-time} examples as {@link Date} and
   * {@link OffsetDateTime}; they are written back in the form the spec wrote them.
   */
  private static String asValidatorInput(Object example, Schema<?> schema) throws JsonProcessingException {
    if (example instanceof String text && "string".equals(schema.getType())) {
      return text;
    }
    if (example instanceof Date date) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(date.toInstant().atOffset(ZoneOffset.UTC));
    }
    if (example instanceof OffsetDateTime dateTime) {
      return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").format(dateTime);
    }
    return Json.mapper().writeValueAsString(example);
  }

  @SafeVarargs
  private static List<List<Schema>> listOf(List<Schema>... lists) {
    List<List<Schema>> all = new ArrayList<>();
    for (List<Schema> list : lists) {
      all.add(list);
    }
    return all;
  }
}
