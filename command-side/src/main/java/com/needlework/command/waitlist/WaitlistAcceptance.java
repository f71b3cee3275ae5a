package com.needlework.command.waitlist;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.waitlist.AcceptWaitlistOfferCommand;
import com.needlework.api.waitlist.WaitlistEntryId;
import com.needlework.command.web.Commands;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Accepting an offer books its slot; both happen in one transaction, or neither. */
@Service
class WaitlistAcceptance {

  private final Commands commands;
  private final TransactionTemplate transaction;

  WaitlistAcceptance(Commands commands, TransactionTemplate transaction) {
    this.commands = commands;
    this.transaction = transaction;
  }

  VisitId accept(WaitlistEntryId entryId) {
    VisitId visitId = VisitId.newId();
    transaction.executeWithoutResult(
        status -> {
          AcceptedOffer accepted =
              commands.sendTo(
                  "waitlist entry", entryId, new AcceptWaitlistOfferCommand(entryId, visitId));
          var offer = accepted.offer();
          commands.send(
              accepted.visitType() == VisitType.EVALUATION
                  ? new BookEvaluationCommand(
                      visitId,
                      accepted.patientId(),
                      offer.practitionerId(),
                      offer.roomId(),
                      offer.slot().start(),
                      false)
                  : new BookNeedlingSessionCommand(
                      visitId,
                      accepted.patientId(),
                      offer.practitionerId(),
                      offer.roomId(),
                      offer.slot().start(),
                      false,
                      null,
                      false));
        });
    return visitId;
  }
}
