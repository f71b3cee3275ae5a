package com.needlework.api.common;

/** How a refused request is answered: the HTTP status every interface maps a refusal to. */
public enum RefusalKind {
  INVALID_INPUT(400, "Invalid request"),
  NOT_FOUND(404, "Not found"),
  CONFLICT(409, "Conflict"),
  RULE_VIOLATED(422, "Refused by a clinic rule");

  private final int httpStatus;
  private final String title;

  RefusalKind(int httpStatus, String title) {
    this.httpStatus = httpStatus;
    this.title = title;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String title() {
    return title;
  }
}
