package dev.togglkit.testing;

/** A Track client to seed: {@code ClientSeed.named("Acme Corp").notes("...").archived(true)}. */
public final class ClientSeed {

  final String name;
  Long id;
  String notes;
  String externalReference;
  boolean archived;

  private ClientSeed(String name) {
    if (name == null || name.trim().isEmpty()) {
      throw new IllegalArgumentException("a seeded client needs a name");
    }
    this.name = name;
  }

  public static ClientSeed named(String name) {
    return new ClientSeed(name);
  }

  /** A fixed id instead of the next free one. */
  public ClientSeed id(long id) {
    this.id = Seeds.positive(id, "client id");
    return this;
  }

  public ClientSeed notes(String notes) {
    this.notes = notes;
    return this;
  }

  public ClientSeed externalReference(String externalReference) {
    this.externalReference = externalReference;
    return this;
  }

  public ClientSeed archived(boolean archived) {
    this.archived = archived;
    return this;
  }
}
