package dev.togglkit.spectools.drift;

/** What kind of difference between Toggl's Swagger and our spec was found. */
public enum DriftKind {
  OPERATION_NOT_UPSTREAM("operation not in upstream"),
  NEW_PARAMETER("new parameter upstream"),
  PARAMETER_NOT_UPSTREAM("parameter not in upstream"),
  PARAMETER_LOCATION("parameter location differs"),
  PARAMETER_REQUIRED("parameter required differs"),
  BODY_NEW("request body only upstream"),
  BODY_NOT_UPSTREAM("request body not in upstream"),
  BODY_REQUIRED("request body required differs"),
  RESPONSE_BODY_NEW("response body only upstream"),
  RESPONSE_BODY_NOT_UPSTREAM("response body not in upstream"),
  NEW_FIELD("new field upstream"),
  FIELD_NOT_UPSTREAM("field not in upstream"),
  TYPE("type differs"),
  NULLABLE("nullability differs"),
  FIELD_REQUIRED("field required differs"),
  ENUM("enum values differ"),
  NEW_STATUS("new status upstream"),
  STATUS_NOT_UPSTREAM("status not in upstream");

  private final String label;

  DriftKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
