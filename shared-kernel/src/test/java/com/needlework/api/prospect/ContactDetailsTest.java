package com.needlework.api.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.needlework.api.common.Refusal;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

  @Test
  void neverShowsItsValuesInItsTextForm() {
    ContactDetails contact = new ContactDetails("Ann Smith", "+1 415 555 0100", "ann@example.com");
    assertThat(contact.toString()).doesNotContain("Ann").doesNotContain("555").doesNotContain("@");
    assertThat(new ProspectRegisteredEvent(ProspectId.newId(), contact).toString())
        .doesNotContain("Ann");
  }

  @Test
  void refusesAPhoneNumberWithTooFewDigits() {
    assertThatThrownBy(() -> new ContactDetails("Ann", "12-34", "ann@example.com"))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("7 to 15 digits");
  }

  @Test
  void refusesAnEmailWithoutADomain() {
    assertThatThrownBy(() -> new ContactDetails("Ann", "4155550100", "ann@"))
        .isInstanceOf(Refusal.class)
        .hasMessage("The email address is not valid");
  }

  @Test
  void travelsAsJsonWithPlainStringIds() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ProspectRegisteredEvent event =
        new ProspectRegisteredEvent(
            ProspectId.parse("3f2b6c1e-8d4a-4c8e-9a51-2b7f0d6e4a10"),
            new ContactDetails("Ann", "4155550100", "ann@example.com"));
    String text = json.writeValueAsString(event);
    assertThat(text).contains("\"prospectId\":\"3f2b6c1e-8d4a-4c8e-9a51-2b7f0d6e4a10\"");
    assertThat(json.readValue(text, ProspectRegisteredEvent.class)).isEqualTo(event);
  }

  @Test
  void refusesAnIdThatIsNotAUuid() {
    assertThatThrownBy(() -> ProspectId.parse("42"))
        .isInstanceOf(Refusal.class)
        .hasMessage("'42' is not a valid prospect id (expected a UUID)");
  }
}
