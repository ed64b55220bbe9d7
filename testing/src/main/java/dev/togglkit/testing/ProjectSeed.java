package dev.togglkit.testing;

import java.time.LocalDate;

/**
 * A Track project to seed. Defaults: active, private, billable, in the workspace's currency, estimated
 * 0 h and tracked 0 h, rate history from the seeding time. Anything nullable can be set to null.
 */
public final class ProjectSeed {

  final String name;
  Long id;
  Long clientId;
  boolean active = true;
  Boolean billable = true;
  boolean isPrivate = true;
  boolean template;
  String color = "#06aaf5";
  String currency;
  boolean currencySet;
  Long estimatedHours = 0L;
  Long actualHours = 0L;
  boolean rateHistory = true;
  LocalDate startDate;

  private ProjectSeed(String name) {
    if (name == null || name.trim().isEmpty()) {
      throw new IllegalArgumentException("a seeded project needs a name");
    }
    this.name = name;
  }

  public static ProjectSeed named(String name) {
    return new ProjectSeed(name);
  }

  public ProjectSeed id(long id) {
    this.id = Seeds.positive(id, "project id");
    return this;
  }

  /** The client the project is for (seed it first); without one the project has no client. */
  public ProjectSeed client(long clientId) {
    this.clientId = Seeds.positive(clientId, "client id");
    return this;
  }

  /** False: archived. */
  public ProjectSeed active(boolean active) {
    this.active = active;
    return this;
  }

  public ProjectSeed billable(Boolean billable) {
    this.billable = billable;
    return this;
  }

  public ProjectSeed isPrivate(boolean isPrivate) {
    this.isPrivate = isPrivate;
    return this;
  }

  public ProjectSeed template(boolean template) {
    this.template = template;
    return this;
  }

  public ProjectSeed color(String color) {
    this.color = color;
    return this;
  }

  public ProjectSeed currency(String currency) {
    this.currency = currency;
    this.currencySet = true;
    return this;
  }

  public ProjectSeed estimatedHours(Long hours) {
    this.estimatedHours = hours;
    return this;
  }

  public ProjectSeed actualHours(Long hours) {
    this.actualHours = hours;
    return this;
  }

  /** False: no rate was ever set ({@code rate_last_updated} null). */
  public ProjectSeed rateHistory(boolean rateHistory) {
    this.rateHistory = rateHistory;
    return this;
  }

  /** A start date after today makes the project {@code upcoming}, without a current period. */
  public ProjectSeed startsOn(LocalDate startDate) {
    this.startDate = startDate;
    return this;
  }
}
