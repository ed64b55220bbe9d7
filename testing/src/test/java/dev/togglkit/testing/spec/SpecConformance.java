package dev.togglkit.testing.spec;

import dev.togglkit.gate.exchange.ExchangeRequest;
import dev.togglkit.gate.exchange.ExchangeResponse;
import dev.togglkit.testing.ReceivedRequest;
import dev.togglkit.testing.TogglOperation;
import dev.togglkit.testing.internal.OperationTable;
import dev.togglkit.testing.internal.RequestValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks the fake's answers against the spec it serves (the documents in togglkit-client's jar), with the
 * contract gate's rules ({@code dev.togglkit.gate.exchange}, the validator the fake's request validation uses):
 * status documented for the operation, body matching the schema (undeclared fields included). Answers with
 * statuses the spec leaves out on purpose (401, 402, 429: CURATION C-24; 502-504: infrastructure) to operations
 * that do not document them, answers to requests that broke the spec (the 400 naming the violation), dropped
 * connections and paths outside the APIs are counted as skipped.
 */
public final class SpecConformance {

  /**
   * Statuses the spec leaves out by design (C-24); an answer with one is skipped only when its operation does not
   * document it (createProject and updateProject document the premium-feature 402, C-42).
   */
  static final Set<Integer> OUT_OF_SPEC = Set.of(401, 402, 429, 502, 503, 504);

  private static final SpecConformance INSTANCE = new SpecConformance();

  private final AtomicInteger checked = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();
  private final AtomicInteger invalidRequests = new AtomicInteger();
  private final List<String> findings = new ArrayList<>();

  private SpecConformance() {
  }

  public static SpecConformance get() {
    return INSTANCE;
  }

  /** Validates one answer and keeps the outcome for the summary; returns its findings. */
  public List<String> check(ReceivedRequest exchange) {
    if (!exchange.violations().isEmpty()) {
      invalidRequests.incrementAndGet();
    }
    if (!holdsToTheSpec(exchange)) {
      skipped.incrementAndGet();
      return List.of();
    }
    List<String> found = validate(exchange);
    checked.incrementAndGet();
    synchronized (findings) {
      findings.addAll(found);
    }
    return found;
  }

  /** Whether {@link #check} validates {@code exchange}'s answer rather than skipping it. */
  public boolean holdsToTheSpec(ReceivedRequest exchange) {
    if (exchange.operation() == null || exchange.status() < 0 || !exchange.violations().isEmpty()) {
      return false;
    }
    TogglOperation operation = exchange.operation();
    return !OUT_OF_SPEC.contains(exchange.status())
        || OperationTable.row(operation.api(), operation.operationId()).statuses.containsKey(exchange.status());
  }

  /** Validates one answer without counting it (for tests that the check itself works). */
  public List<String> validate(ReceivedRequest exchange) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    exchange.responseHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
    List<String> found = new ArrayList<>();
    RequestValidation.validator(exchange.operation().api())
        .validateResponse(new ExchangeRequest(exchange.method(), exchange.path(), exchange.query(), Map.of(), null),
            new ExchangeResponse(exchange.status(), headers, exchange.responseBody()))
        .forEach(finding -> found.add(exchange + ": " + finding));
    return found;
  }

  public int checked() {
    return checked.get();
  }

  public int skipped() {
    return skipped.get();
  }

  /** Requests the fake refused as departing from the spec (the tests that send such requests on purpose). */
  public int invalidRequests() {
    return invalidRequests.get();
  }

  public List<String> findings() {
    synchronized (findings) {
      return List.copyOf(findings);
    }
  }
}
