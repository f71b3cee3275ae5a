package com.needlework.ops.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.SettableClock;
import com.needlework.ops.support.TestApi;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Today" is the clinic's today on both sides: at 17:00 in Los Angeles it is already tomorrow in
 * UTC, and neither the booking page nor the clocks the two sides decide with may move on yet.
 */
@NeedleworkIntegrationTest
class ClinicTodayIT {

  private static final Pattern WEEK = Pattern.compile("name=\"week\" value=\"([0-9-]+)\"");
  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);

  @LocalServerPort int port;
  @Autowired SettableClock clock;
  @Autowired com.needlework.command.clinic.ClinicClock commandSide;
  @Autowired com.needlework.query.clinic.ClinicClock querySide;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void atFivePmInLosAngelesTheBookingPageAndBothSidesStillSayToday() {
    clock.setNow(MONDAY.atTime(17, 0).atZone(TestApi.CLINIC_ZONE).toInstant());

    String page = new TestApi(port).get("/book").text();
    Matcher week = WEEK.matcher(page);

    assertThat(week.find()).as(page).isTrue();
    assertThat(LocalDate.parse(week.group(1))).isEqualTo(MONDAY);
    assertThat(commandSide.today()).isEqualTo(MONDAY);
    assertThat(querySide.today()).isEqualTo(MONDAY);
    assertThat(LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).toLocalDate())
        .isEqualTo(MONDAY.plusDays(1));
  }
}
