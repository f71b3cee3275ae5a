package com.needlework.command.staff;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import org.axonframework.common.AxonNonTransientException;

class UsernameTakenException extends AxonNonTransientException implements Refusal {

  UsernameTakenException(String username) {
    super("The username '" + username + "' is already taken");
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.CONFLICT;
  }
}
