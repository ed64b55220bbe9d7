package dev.togglkit.testing;

import dev.togglkit.testing.internal.TrackClientRecord;
import java.time.Instant;

/** A Track client as the fake holds it, copied when the {@link FakeSnapshot} was taken; never changes. */
public final class ClientSnapshot {

  private final long id;
  private final long workspaceId;
  private final long creatorId;
  private final String name;
  private final String notes;
  private final String externalReference;
  private final boolean archived;
  private final Instant at;

  ClientSnapshot(TrackClientRecord record) {
    this.id = record.id;
    this.workspaceId = record.workspaceId;
    this.creatorId = record.creatorId;
    this.name = record.name;
    this.notes = record.notes;
    this.externalReference = record.externalReference;
    this.archived = record.archived;
    this.at = record.at;
  }

  public long id() {
    return id;
  }

  public long workspaceId() {
    return workspaceId;
  }

  /** The user who created it (the fake's user for clients created over HTTP). */
  public long creatorId() {
    return creatorId;
  }

  public String name() {
    return name;
  }

  /** The notes, or null when none were set. */
  public String notes() {
    return notes;
  }

  /** The external reference, or null when none was set. */
  public String externalReference() {
    return externalReference;
  }

  public boolean archived() {
    return archived;
  }

  /** When it last changed, by the fake's clock. */
  public Instant at() {
    return at;
  }

  @Override
  public String toString() {
    return "ClientSnapshot[" + id + " \"" + name + "\"" + (archived ? " archived" : "") + " in " + workspaceId + "]";
  }
}
