package dev.togglkit.spectools.change;

/** What a spec change means for togglkit's users, most severe first. */
public enum ChangeClass {
  /** A client built from the old spec can fail against the API described by the new one. */
  WIRE_BREAKING("wire-breaking"),
  /** The wire stays compatible, but the generated Java API changes so that callers' code can stop compiling. */
  JAVA_BREAKING("Java-breaking"),
  /** Nothing that worked stops working: every caller keeps compiling and talking to the API. */
  ADDITIVE("additive");

  private final String label;

  ChangeClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean breaking() {
    return this != ADDITIVE;
  }
}
