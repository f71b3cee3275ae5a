package com.needlework.command.scheduling;

import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.ChargeFeeCommand;
import com.needlework.api.scheduling.CancelVisitCommand;
import com.needlework.api.scheduling.RecordNoShowCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.web.Commands;
import com.needlework.command.web.TransactionalCommands;
import org.springframework.stereotype.Service;

/**
 * Cancels a visit or records a no-show and, in the same transaction, charges the fee the clinic's
 * policy sets for it ({@link MissedVisit#feeOwed()}).
 */
@Service
public class MissedVisits {

  private final TransactionalCommands transaction;

  MissedVisits(TransactionalCommands transaction) {
    this.transaction = transaction;
  }

  public MissedVisit cancel(VisitId visitId, String reason) {
    return transaction.inOneTransaction(
        commands ->
            chargeFee(
                commands,
                visitId,
                commands.sendTo("visit", visitId, new CancelVisitCommand(visitId, reason))));
  }

  public MissedVisit noShow(VisitId visitId) {
    return transaction.inOneTransaction(
        commands ->
            chargeFee(
                commands,
                visitId,
                commands.sendTo("visit", visitId, new RecordNoShowCommand(visitId))));
  }

  private static MissedVisit chargeFee(Commands commands, VisitId visitId, MissedVisit missed) {
    missed
        .feeOwed()
        .ifPresent(
            kind ->
                commands.send(
                    new ChargeFeeCommand(
                        AccountId.of(missed.patientId()), missed.patientId(), visitId, kind)));
    return missed;
  }
}
