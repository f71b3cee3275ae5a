package com.needlework.query.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationUse;
import com.needlework.query.insurance.CoverageActivity.BookedVisit;
import com.needlework.query.insurance.CoverageActivity.UsedVisits;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageActivityTest {

  private static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 1);

  @Test
  void countsWhatEachAuthorizationUsedAndHasBookedAcrossPeriods() {
    Authorization autumn = Coverages.authorization("AUTH-1", 12, "2026-09-01", "2026-12-15");
    Authorization winter = Coverages.authorization("AUTH-2", 8, "2026-12-16", "2027-03-15");
    CoverageActivity activity =
        new CoverageActivity(
            List.of(
                new UsedVisits(PERIOD_START, autumn.authorizationId(), 5),
                new UsedVisits(LocalDate.of(2027, 1, 1), winter.authorizationId(), 1),
                new UsedVisits(PERIOD_START, null, 3)),
            List.of(
                new BookedVisit(LocalDate.of(2026, 12, 1), PERIOD_START, autumn.authorizationId()),
                new BookedVisit(LocalDate.of(2026, 12, 2), PERIOD_START, autumn.authorizationId()),
                new BookedVisit(LocalDate.of(2026, 12, 3), PERIOD_START, null)));
    List<AuthorizationUse> standings = activity.authorizationUses(List.of(autumn, winter));
    assertThat(standings)
        .extracting(s -> s.authorization().number() + " " + s.used() + "/" + s.booked())
        .containsExactly("AUTH-1 5/2", "AUTH-2 1/0");
    assertThat(standings.get(0).visits().remaining()).isEqualTo(7);
  }

  @Test
  void isValidThroughItsLastDayAndExpiredAfterIt() {
    AuthorizationUse standing =
        new AuthorizationUse(
            Coverages.authorization("AUTH-1", 12, "2026-09-01", "2026-12-15"), 12, 0);
    assertThat(standing.validOn(LocalDate.of(2026, 12, 15))).isTrue();
    assertThat(standing.expiredOn(LocalDate.of(2026, 12, 15))).isFalse();
    assertThat(standing.validOn(LocalDate.of(2026, 12, 16))).isFalse();
    assertThat(standing.expiredOn(LocalDate.of(2026, 12, 16))).isTrue();
    assertThat(standing.validOn(LocalDate.of(2026, 8, 31))).isFalse();
    assertThat(standing.visits().remaining()).isZero();
  }
}
