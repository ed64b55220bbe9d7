package dev.togglkit.spectools.change;

/**
 * One classified change between two versions of a spec document.
 *
 * @param changeClass   what it means for users
 * @param document      the spec document, e.g. {@code track-v9}
 * @param operation     the operation, e.g. {@code getClient (GET /workspaces/{workspace_id}/clients/{client_id})}
 * @param description   what changed, e.g. {@code response 200 field `pinned` added}
 */
public record SpecChange(ChangeClass changeClass, String document, String operation, String description) {

  public String line() {
    return "[" + changeClass.label() + "] " + document + " " + operation + ": " + description;
  }
}
