package dev.togglkit.testing;

import dev.togglkit.testing.internal.FocusClientRecord;
import java.time.Instant;

/** A Focus client as the fake holds it, copied when the {@link FakeSnapshot} was taken; never changes. */
public final class FocusClientSnapshot {

  private final long id;
  private final long workspaceId;
  private final String name;
  private final boolean active;
  private final Instant createdAt;

  FocusClientSnapshot(FocusClientRecord record) {
    this.id = record.id;
    this.workspaceId = record.workspaceId;
    this.name = record.name;
    this.active = record.active();
    this.createdAt = record.createdAt;
  }

  public long id() {
    return id;
  }

  public long workspaceId() {
    return workspaceId;
  }

  public String name() {
    return name;
  }

  /** False once deleted (Focus keeps deleted clients, with {@code deleted_at}). */
  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "FocusClientSnapshot[" + id + " \"" + name + "\"" + (active ? "" : " deleted") + " in " + workspaceId + "]";
  }
}
