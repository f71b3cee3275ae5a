package com.needlework.command.patient;

import com.needlework.api.patient.ConvertProspectCommand;
import com.needlework.api.patient.PatientDetails;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.RegisterPatientCommand;
import com.needlework.api.prospect.ContactDetails;
import com.needlework.api.prospect.ProspectId;
import com.needlework.command.web.Commands;
import com.needlework.command.web.TransactionalCommands;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** Registers patients, directly or from a prospect (both records change in one transaction). */
@Service
public class PatientRegistration {

  private final Commands commands;
  private final TransactionalCommands transaction;

  PatientRegistration(Commands commands, TransactionalCommands transaction) {
    this.commands = commands;
    this.transaction = transaction;
  }

  public PatientId register(PatientDetails details) {
    PatientId patientId = PatientId.newId();
    commands.send(new RegisterPatientCommand(patientId, details, null));
    return patientId;
  }

  public PatientId convert(ProspectId prospectId, LocalDate dateOfBirth) {
    PatientId patientId = PatientId.newId();
    return transaction.inOneTransaction(
        inTransaction -> {
          ContactDetails contact =
              inTransaction.sendTo(
                  "prospect", prospectId, new ConvertProspectCommand(prospectId, patientId));
          inTransaction.send(
              new RegisterPatientCommand(
                  patientId, new PatientDetails(contact, dateOfBirth), prospectId));
          return patientId;
        });
  }
}
