package com.needlework.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.needlework.api.patient.Screening;
import com.needlework.api.prospect.ContactDetails;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void refusesANulInAOneLineTextNamingTheFieldAndWhere() {
    assertThatThrownBy(() -> Texts.required("Ann\u0000Smith", "name", 200))
        .isInstanceOf(Refusal.class)
        .hasMessage(
            "The name must be one line of text without control characters"
                + " (found U+0000 at character 4)");
  }

  @Test
  void refusesLineBreaksTabsAndOtherControlsInAOneLineText() {
    for (String bad : new String[] {"Ann\nSmith", "Ann\tSmith", "Ann\u001bSmith", "Ann\u0085S"}) {
      assertThatThrownBy(() -> Texts.optional(bad, "room name", 100))
          .as(bad)
          .isInstanceOf(Refusal.class)
          .hasMessageContaining("room name must be one line");
    }
  }

  @Test
  void keepsTabsAndLineBreaksInAMultilineTextButRefusesOtherControls() {
    assertThat(Texts.requiredMultiline("Left side\r\n\tworse at night", "reason", 500))
        .isEqualTo("Left side\r\n\tworse at night");
    assertThatThrownBy(() -> Texts.optionalMultiline("Left\u0000side", "screening notes", 2000))
        .isInstanceOf(Refusal.class)
        .hasMessage(
            "The screening notes may hold tabs and line breaks but no other control characters"
                + " (found U+0000 at character 5)");
  }

  @Test
  void refusesHalfASurrogatePairButKeepsWholeOnes() {
    assertThat(Texts.required("Zoë 😀", "name", 200)).isEqualTo("Zoë 😀");
    assertThatThrownBy(() -> Texts.required("Zo\uD83D", "name", 200))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("half of a surrogate pair U+D83D at character 3");
    assertThatThrownBy(() -> Texts.required("\uDE00Zo", "name", 200)).isInstanceOf(Refusal.class);
  }

  @Test
  void quotesAtMostAHundredCharactersWithControlsEscaped() {
    String huge = "x".repeat(1_000_000);
    assertThat(Texts.quote(huge)).hasSizeLessThan(130).startsWith("x".repeat(100) + "…");
    assertThat(Texts.quote(huge)).endsWith("(1000000 characters)");
    assertThat(Texts.quote("a\u0000b\nc")).isEqualTo("a\\u0000b\\u000Ac");
    assertThat(Texts.quote(null)).isEqualTo("null");
  }

  @Test
  void valueObjectsRefuseControlCharactersInEveryTextTheyHold() {
    assertThatThrownBy(() -> new ContactDetails("Ann\u0000", "4155550100", "ann@example.com"))
        .hasMessageContaining("name");
    assertThatThrownBy(() -> new ContactDetails("Ann", "4155550100", "ann\u0000@example.com"))
        .hasMessageContaining("email address");
    assertThatThrownBy(() -> new Screening(Set.of(), "sore\u0000"))
        .hasMessageContaining("screening notes");
    assertThat(new Screening(Set.of(), "sore\nsince May").notes()).isEqualTo("sore\nsince May");
  }

  @Test
  void refusedIdsQuoteTheValueShortAndEscaped() {
    assertThatThrownBy(() -> Ids.uuid("\u0000" + "9".repeat(500), "visit id"))
        .hasMessageStartingWith("'\\u0000999")
        .hasMessageContaining("(501 characters)' is not a valid visit id");
  }
}
