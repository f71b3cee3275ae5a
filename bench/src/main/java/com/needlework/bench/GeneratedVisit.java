package com.needlework.bench;

import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;

/** A visit the generator booked, and what has happened to it since. */
final class GeneratedVisit {

  final VisitId id;
  final VisitType type;
  final ClinicLayout.Practitioner practitioner;
  final RoomId room;
  final ProspectId prospect;
  final GeneratedPatient patient;
  final int planNumber;
  final boolean electricalStimulation;
  TimeSlot slot;
  VisitStatus status = VisitStatus.BOOKED;
  boolean lateCancellation;
  boolean rescheduled;

  GeneratedVisit(
      VisitId id,
      VisitType type,
      SlotFinder.Placement placement,
      ProspectId prospect,
      GeneratedPatient patient,
      boolean electricalStimulation) {
    this.id = id;
    this.type = type;
    this.practitioner = placement.practitioner();
    this.room = placement.room();
    this.slot = placement.slot();
    this.prospect = prospect;
    this.patient = patient;
    this.planNumber = patient == null ? 0 : patient.planNumber;
    this.electricalStimulation = electricalStimulation;
  }
}
