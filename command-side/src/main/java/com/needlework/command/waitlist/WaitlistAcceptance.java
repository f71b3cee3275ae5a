package com.needlework.command.waitlist;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.waitlist.AcceptWaitlistOfferCommand;
import com.needlework.api.waitlist.WaitlistEntryId;
import com.needlework.api.waitlist.WaitlistOffer;
import com.needlework.command.web.TransactionalCommands;
import org.springframework.stereotype.Service;

/** Accepting an offer books its slot; both happen in one transaction, or neither. */
@Service
class WaitlistAcceptance {

  private final TransactionalCommands transaction;

  WaitlistAcceptance(TransactionalCommands transaction) {
    this.transaction = transaction;
  }

  VisitId accept(WaitlistEntryId entryId) {
    VisitId visitId = VisitId.newId();
    return transaction.inOneTransaction(
        commands -> {
          AcceptedOffer accepted =
              commands.sendTo(
                  "waitlist entry", entryId, new AcceptWaitlistOfferCommand(entryId, visitId));
          WaitlistOffer offer = accepted.offer();
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
          return visitId;
        });
  }
}
