package dev.togglkit.gate;

import dev.togglkit.gate.engine.CompiledSpec;
import dev.togglkit.gate.engine.ExchangeChecker;
import dev.togglkit.gate.engine.HttpExchange;
import dev.togglkit.gate.engine.Issue;
import dev.togglkit.gate.engine.UnusableSchemaException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Checks every HTTP interaction of every pact against the spec document of the pact's provider, under a
 * {@link Policy}. Each spec is compiled once (its schemas on first use, then reused); interactions are checked in
 * parallel when there are many, and the findings keep the pacts' order.
 */
public final class PactSpecValidator {

  /** Below this many interactions, threads cost more than they save. */
  private static final int PARALLEL_FROM = 200;

  private final ProviderSpecs specs;
  private final Policy policy;
  private final Map<String, CompiledSpec> compiled = new LinkedHashMap<>();
  private final Map<String, ExchangeChecker> checkers = new LinkedHashMap<>();

  /** The strict policy (togglkit's own build). */
  public PactSpecValidator(ProviderSpecs specs) {
    this(specs, Policy.STRICT);
  }

  public PactSpecValidator(ProviderSpecs specs, Policy policy) {
    this.specs = specs;
    this.policy = policy;
    specs.all().forEach((provider, spec) -> {
      CompiledSpec compiledSpec = CompiledSpec.of(spec.root());
      compiled.put(provider, compiledSpec);
      checkers.put(provider, new ExchangeChecker(compiledSpec, policy));
    });
  }

  /** The compiled spec of each provider (the coverage matrix lists its operations). */
  public Map<String, CompiledSpec> compiledSpecs() {
    return compiled;
  }

  /**
   * The outcome of validating pacts.
   *
   * @param findings            errors and warnings, in pact and interaction order
   * @param exercised           every (operation, status) an interaction reached
   * @param interactions        how many interactions the pacts hold
   * @param skippedInteractions interactions not checked: not HTTP, or in a pact of a provider without a spec
   * @param skippedPacts        pacts of providers without a spec (consumer policy)
   */
  public record Result(List<Finding> findings, Set<ExercisedStatus> exercised, int interactions,
                       int skippedInteractions, int skippedPacts) {
  }

  private record Task(PactDocument pact, PactInteraction interaction) {
  }

  private record Checked(List<Finding> findings, ExercisedStatus exercised) {
  }

  /** Validates pacts already read; reads nothing itself. */
  public Result validate(List<PactDocument> pacts) {
    List<Finding> findings = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    int interactions = 0;
    int skippedInteractions = 0;
    int skippedPacts = 0;
    for (PactDocument pact : pacts) {
      interactions += pact.interactions().size();
      if (!checkers.containsKey(pact.provider())) {
        if (policy == Policy.STRICT) {
          findings.add(Finding.error(Finding.Kind.UNKNOWN_PROVIDER, name(pact.file()), pact.provider(), "-",
              "provider.name", "no spec document for provider '" + pact.provider() + "'; known providers: "
                  + String.join(", ", specs.all().keySet())));
        } else {
          skippedPacts++;
          skippedInteractions += pact.interactions().size();
        }
        continue;
      }
      for (PactInteraction interaction : pact.interactions()) {
        if (interaction.isHttp()) {
          tasks.add(new Task(pact, interaction));
        } else {
          skippedInteractions++;
        }
      }
    }
    IntStream indexes = IntStream.range(0, tasks.size());
    if (tasks.size() >= PARALLEL_FROM) {
      indexes = indexes.parallel();
    }
    List<Checked> checked = indexes.mapToObj(i -> check(tasks.get(i))).toList();
    Set<ExercisedStatus> exercised = new LinkedHashSet<>();
    for (Checked one : checked) {
      findings.addAll(one.findings());
      if (one.exercised() != null) {
        exercised.add(one.exercised());
      }
    }
    return new Result(List.copyOf(findings), Set.copyOf(exercised), interactions, skippedInteractions,
        skippedPacts);
  }

  private Checked check(Task task) {
    PactDocument pact = task.pact();
    PactInteraction interaction = task.interaction();
    String file = name(pact.file());
    String provider = pact.provider();
    PactRequest request = interaction.request();
    PactResponse response = interaction.response();
    HttpExchange exchange = new HttpExchange(request.method(), request.path(), request.queryString(),
        request.headers(), request.content(), response.status(), response.headers(), response.content());
    ExchangeChecker.Result result;
    try {
      result = checkers.get(provider).check(exchange);
    } catch (UnusableSchemaException e) {
      return new Checked(List.of(unusable(task, e.specLocation().contains(".responses.") ? Finding.Kind.RESPONSE
          : Finding.Kind.REQUEST, e.specLocation(), e.getMessage())), null);
    } catch (RuntimeException | StackOverflowError e) {
      // A spec defect this interaction reaches (a schema that cannot be compiled, or one that is its own allOf):
      // an error of this interaction, not of the gate.
      return new Checked(List.of(unusable(task, Finding.Kind.REQUEST, "-", e instanceof StackOverflowError
          ? "a schema refers to itself without end" : String.valueOf(e.getMessage()))), null);
    }
    String operation = result.operation() == null ? "-" : result.operation().key();
    List<Finding> findings = new ArrayList<>();
    for (Issue issue : result.issues()) {
      findings.add(new Finding(kindOf(issue.code()), issue.error() ? Finding.Severity.ERROR
          : Finding.Severity.WARNING, issue.code(), file, interaction.index(), interaction.description(),
          provider, operation, issue.code() + " at " + issue.field(), issue.specLocation(), issue.message()));
    }
    ExercisedStatus exercised = result.operation() == null ? null
        : new ExercisedStatus(provider, operation, String.valueOf(response.status()));
    return new Checked(findings, exercised);
  }

  /** The one finding of an interaction the spec cannot check; the message on one line, whatever threw it. */
  private static Finding unusable(Task task, Finding.Kind kind, String specLocation, String why) {
    PactInteraction interaction = task.interaction();
    return new Finding(kind, Finding.Severity.ERROR, "spec.unusable", name(task.pact().file()), interaction.index(),
        interaction.description(), task.pact().provider(), "-", "spec.unusable", specLocation,
        "the spec cannot check this interaction: " + why.strip().replaceAll("\\s*\\R\\s*", " "));
  }

  private static Finding.Kind kindOf(String code) {
    if (code.equals("request.path-or-method.unknown")) {
      return Finding.Kind.UNKNOWN_OPERATION;
    }
    if (code.equals("response.status.unknown")) {
      return Finding.Kind.UNDOCUMENTED_STATUS;
    }
    return code.startsWith("response.") ? Finding.Kind.RESPONSE : Finding.Kind.REQUEST;
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }
}
