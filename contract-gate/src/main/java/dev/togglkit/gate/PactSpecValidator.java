package dev.togglkit.gate;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every interaction of every pact against the spec document of the pact's provider: request method,
 * path, query, headers (including credentials) and body; response status, headers and body.
 *
 * <p>Built on swagger-request-validator-core's {@link OpenApiInteractionValidator} and not on its Pact module,
 * whose {@code PactProviderValidator} needs the large Pact provider artefact and breaks on Pact 4.7
 * (see TOOLCHAIN.md). The request and response are rebuilt here from the pact file.
 */
public final class PactSpecValidator {

  private final ProviderSpecs specs;
  private final Map<String, OpenApiInteractionValidator> validators = new LinkedHashMap<>();
  private final Map<String, ApiOperationResolver> resolvers = new LinkedHashMap<>();

  public PactSpecValidator(ProviderSpecs specs) {
    this.specs = specs;
    specs.all().forEach((provider, spec) -> {
      validators.put(provider, OpenApiInteractionValidator.createFor(spec.openApi())
          .withLevelResolver(ValidatorMessagePolicy.levelResolver())
          .build());
      // Same resolver the validator uses internally: the base path from "servers" (/api/v9 for Track)
      // is optional in the request path, so pacts recorded either way resolve.
      resolvers.put(provider, new ApiOperationResolver(spec.openApi(), null, false));
    });
  }

  /**
   * The outcome of validating pacts: the findings and every (operation, status) seen.
   *
   * @param interactions how many interactions the pacts hold
   */
  public record Result(List<Finding> findings, Set<ExercisedStatus> exercised, int interactions) {
  }

  /** Validates pacts already read; reads nothing itself. */
  public Result validate(List<PactDocument> pacts) {
    List<Finding> findings = new ArrayList<>();
    Set<ExercisedStatus> exercised = new LinkedHashSet<>();
    int interactions = 0;
    for (PactDocument pact : pacts) {
      interactions += pact.interactions().size();
      validatePact(pact, findings, exercised);
    }
    return new Result(List.copyOf(findings), Set.copyOf(exercised), interactions);
  }

  private void validatePact(PactDocument pact, List<Finding> findings, Set<ExercisedStatus> exercised) {
    String file = name(pact.file());
    OpenApiInteractionValidator validator = validators.get(pact.provider());
    if (validator == null) {
      findings.add(new Finding(Finding.Kind.UNKNOWN_PROVIDER, file, "-", pact.provider(), "-", "provider.name",
          "no spec document for provider '" + pact.provider() + "'; known providers: "
              + String.join(", ", specs.all().keySet())));
      return;
    }
    for (PactInteraction interaction : pact.interactions()) {
      if (!interaction.isHttp()) {
        findings.add(new Finding(Finding.Kind.NOT_HTTP, file, interaction.description(), pact.provider(),
            "-", "type", "interaction type '" + interaction.type()
            + "' cannot be checked against an HTTP spec"));
        continue;
      }
      validateInteraction(file, pact.provider(), interaction, validator, findings, exercised);
    }
  }

  private void validateInteraction(String file, String provider, PactInteraction interaction,
                   OpenApiInteractionValidator validator, List<Finding> findings,
                   Set<ExercisedStatus> exercised) {
    PactRequest request = interaction.request();
    Request.Method method;
    try {
      method = ValidatorRequests.method(request);
    } catch (IllegalArgumentException e) {
      findings.add(new Finding(Finding.Kind.UNKNOWN_OPERATION, file, interaction.description(), provider, "-",
          "request.method", e.getMessage()));
      return;
    }
    String path = ValidatorRequests.pathOnly(request);
    ApiOperationMatch match = resolvers.get(provider).findApiOperation(path, method);
    if (!match.isPathFound() || !match.isOperationAllowed()) {
      findings.add(unknownOperation(file, provider, interaction, method, path));
      return;
    }
    String operationId = match.getApiOperation().getOperation().getOperationId();
    exercised.add(new ExercisedStatus(provider, operationId,
        String.valueOf(interaction.response().status())));
    ValidationReport report = validator.validate(ValidatorRequests.request(request),
        ValidatorRequests.response(interaction.response()));
    for (Message message : report.getMessages()) {
      if (message.getLevel() != Level.ERROR) {
        continue;
      }
      findings.add(new Finding(kindOf(message), file, interaction.description(), provider, operationId,
          locationOf(message), messageText(message)));
    }
  }

  /** Wrong method or unknown path: name what the spec does offer on that path, which is usually the fix. */
  private Finding unknownOperation(String file, String provider, PactInteraction interaction,
                   Request.Method method, String path) {
    ApiSpec spec = specs.forProvider(provider).orElseThrow();
    List<String> onPath = new ArrayList<>();
    for (Request.Method other : Request.Method.values()) {
      ApiOperationMatch candidate = resolvers.get(provider).findApiOperation(path, other);
      if (candidate.isPathFound() && candidate.isOperationAllowed()) {
        onPath.add(candidate.getApiOperation().getOperation().getOperationId() + " (" + other + " "
            + candidate.getApiOperation().getApiPath().original() + ")");
      }
    }
    String message = onPath.isEmpty()
        ? method + " " + path + " matches no path in " + spec.source().getFileName()
        : method + " " + path + " is not documented; that path documents " + String.join(", ", onPath);
    return new Finding(Finding.Kind.UNKNOWN_OPERATION, file, interaction.description(), provider, "-",
        "request.method+path", message);
  }

  private static Finding.Kind kindOf(Message message) {
    String key = message.getKey();
    if (key.equals("validation.response.status.unknown")) {
      return Finding.Kind.UNDOCUMENTED_STATUS;
    }
    boolean response = message.getContext()
        .flatMap(MessageContext::getLocation)
        .map(location -> location == MessageContext.Location.RESPONSE)
        .orElse(key.startsWith("validation.response"));
    return response ? Finding.Kind.RESPONSE : Finding.Kind.REQUEST;
  }

  /** The validator's key, then the parameter name or the JSON pointer into the body when it gives one. */
  private static String locationOf(Message message) {
    StringBuilder location = new StringBuilder(message.getKey());
    message.getContext().ifPresent(context -> {
      context.getParameter().ifPresent(parameter ->
          location.append(' ').append(parameter.getIn()).append(" parameter '")
              .append(parameter.getName()).append('\''));
      context.getPointers().ifPresent(pointers -> {
        String instance = pointers.getInstance();
        location.append(" at ").append(instance == null || instance.isEmpty() ? "/" : instance);
      });
    });
    return location.toString();
  }

  /** The message, plus nested messages (one per failing branch of oneOf/anyOf) so none is lost. */
  private static String messageText(Message message) {
    String text = message.getMessage();
    if (!message.getNestedMessages().isEmpty()) {
      text += " — " + message.getNestedMessages().stream()
          .map(Message::getMessage)
          .collect(Collectors.joining("; "));
    }
    return text;
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }
}
