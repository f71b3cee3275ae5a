package com.needlework.query.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.insurance.CoverageStatus;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import com.needlework.query.clinic.Labels;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleViewsTest {

  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final PractitionerId MAYA = PractitionerId.newId();
  private static final RoomId ROOM_1 = RoomId.newId();
  private static final Labels LABELS =
      new Labels(Map.of(MAYA, "Maya Chen, PT"), Map.of(ROOM_1, "Room 1"));

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(LOS_ANGELES).toInstant();
  }

  private static VisitView visit(String localStart, VisitStatus status) {
    Instant start = local(localStart);
    VisitRow row =
        new VisitRow(
            VisitId.newId(),
            VisitType.NEEDLING_SESSION,
            start,
            start.plus(Duration.ofMinutes(45)),
            MAYA,
            ROOM_1,
            status,
            false,
            new Attendee(VisitRow.PATIENT, "p-1", "Ann Smith", "+1 415 555 0100"),
            null,
            new VisitPayment(CoverageStatus.COVERED, null));
    return VisitView.of(row, LOS_ANGELES, LABELS);
  }

  @Test
  void placesEachVisitOnItsLocalDayAcrossTheDaylightSavingChange() {
    List<VisitView> visits =
        List.of(
            visit("2027-03-13T23:30", VisitStatus.BOOKED),
            visit("2027-03-14T08:00", VisitStatus.BOOKED),
            visit("2027-03-14T23:30", VisitStatus.BOOKED),
            visit("2027-03-15T08:00", VisitStatus.BOOKED));
    WeekScheduleResponse week =
        WeekScheduleResponse.of(
            ClinicDay.week(LocalDate.of(2027, 3, 13), LOS_ANGELES), LOS_ANGELES, visits);
    assertThat(week.start()).isEqualTo(LocalDate.of(2027, 3, 13));
    assertThat(week.end()).isEqualTo(LocalDate.of(2027, 3, 19));
    assertThat(week.days().get(0).visits())
        .extracting(v -> v.start().toString())
        .containsExactly("2027-03-13T23:30-08:00");
    assertThat(week.days().get(1).visits())
        .extracting(v -> v.start().toString())
        .containsExactly("2027-03-14T08:00-07:00", "2027-03-14T23:30-07:00");
    assertThat(week.days().get(1).startsAt().toString()).isEqualTo("2027-03-14T00:00-08:00");
    assertThat(week.days().get(1).endsAt().toString()).isEqualTo("2027-03-15T00:00-07:00");
    assertThat(week.days().get(2).visits())
        .extracting(v -> v.start().toString())
        .containsExactly("2027-03-15T08:00-07:00");
  }

  @Test
  void showsPractitionerAndRoomByName() {
    VisitView view = visit("2027-03-15T08:00", VisitStatus.BOOKED);
    assertThat(view.practitionerName()).isEqualTo("Maya Chen, PT");
    assertThat(view.roomName()).isEqualTo("Room 1");
    assertThat(view.end().toString()).isEqualTo("2027-03-15T08:45-07:00");
  }

  @Test
  void sortsTheDaySheetByWhatTheFrontDeskMustDo() {
    Instant now = local("2027-03-15T10:00");
    VisitView expected = visit("2027-03-15T10:00", VisitStatus.BOOKED);
    VisitView late = visit("2027-03-15T09:45", VisitStatus.BOOKED);
    VisitView checkedIn = visit("2027-03-15T09:00", VisitStatus.ARRIVED);
    VisitView completed = visit("2027-03-15T08:00", VisitStatus.FULFILLED);
    VisitView noShow = visit("2027-03-15T08:15", VisitStatus.NOSHOW);
    VisitView cancelled = visit("2027-03-15T11:00", VisitStatus.CANCELLED);
    DaySheet sheet =
        DaySheet.of(
            LocalDate.of(2027, 3, 15),
            LOS_ANGELES,
            now,
            List.of(completed, noShow, checkedIn, late, expected, cancelled));
    assertThat(sheet.expected()).containsExactly(expected);
    assertThat(sheet.late()).containsExactly(late);
    assertThat(sheet.checkedIn()).containsExactly(checkedIn);
    assertThat(sheet.completed()).containsExactly(completed);
    assertThat(sheet.noShows()).containsExactly(noShow);
    assertThat(sheet.cancelled()).containsExactly(cancelled);
    assertThat(sheet.asOf().toString()).isEqualTo("2027-03-15T10:00-07:00");
  }

  @Test
  void countsEveryBookedVisitOfAPastDayAsLateAndOfAFutureDayAsExpected() {
    Instant start = local("2027-03-15T08:00");
    assertThat(DaySheet.sectionOf(VisitStatus.BOOKED, start, start.plus(Duration.ofDays(1))))
        .isEqualTo(DaySheet.Section.LATE);
    assertThat(DaySheet.sectionOf(VisitStatus.BOOKED, start, start.minus(Duration.ofDays(1))))
        .isEqualTo(DaySheet.Section.EXPECTED);
  }
}
