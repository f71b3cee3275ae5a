package com.needlework.api.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A prior authorization: its number, how many visits it allows, the days it is valid, and (when
 * limited) the CPT/HCPCS codes it is for.
 */
public record Authorization(
    AuthorizationId authorizationId,
    String number,
    int visitsAuthorized,
    DateRange valid,
    Set<String> codes) {

  private static final Pattern CODE = Pattern.compile("^[A-Z0-9]{5}$");

  public Authorization {
    if (authorizationId == null) {
      throw Refusal.invalid("An authorization needs an id");
    }
    number = Texts.required(number, "authorization number", 50);
    if (visitsAuthorized < 1 || visitsAuthorized > 366) {
      throw Refusal.invalid("An authorization allows between 1 and 366 visits");
    }
    if (valid == null) {
      throw Refusal.invalid("An authorization states the days it is valid");
    }
    codes = codes == null ? Set.of() : Set.copyOf(codes);
    for (String code : codes) {
      if (!CODE.matcher(code).matches()) {
        throw Refusal.invalid(
            "'" + Texts.quote(code) + "' is not a CPT or HCPCS code such as 20560");
      }
    }
  }

  /** Whether a visit billed with these codes on this day may use the authorization. */
  public boolean covers(LocalDate date, Set<String> visitCodes) {
    return valid.contains(date)
        && (codes.isEmpty() || visitCodes.stream().anyMatch(codes::contains));
  }
}
