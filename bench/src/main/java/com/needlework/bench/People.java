package com.needlework.bench;

import com.needlework.api.prospect.ContactDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Invented callers: plausible names, unique phone numbers and e-mail addresses, birth dates. */
final class People {

  private static final List<String> FIRST_NAMES =
      List.of(
          "Alex", "Bea", "Carlos", "Dana", "Eli", "Fatima", "Grace", "Hiro", "Ines", "Jamal", "Kim",
          "Luis", "Mia", "Nora", "Omar", "Paula", "Quinn", "Rosa", "Sam", "Tara");
  private static final List<String> LAST_NAMES =
      List.of(
          "Nguyen",
          "Garcia",
          "Smith",
          "Kowalski",
          "Okafor",
          "Rossi",
          "Tanaka",
          "Haddad",
          "Johnson",
          "Silva",
          "Muller",
          "Patel",
          "Cohen",
          "Larsen",
          "Moreau",
          "Park");

  private final RandomGenerator random;
  private int count;

  People(RandomGenerator random) {
    this.random = random;
  }

  ContactDetails next() {
    count++;
    String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
    String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
    return new ContactDetails(
        first + " " + last,
        String.format(Locale.ROOT, "+1 415 %03d %04d", 200 + count / 10_000, count % 10_000),
        (first + "." + last + "." + count + "@example.com").toLowerCase(Locale.ROOT));
  }

  LocalDate birthDate() {
    return LocalDate.of(1940 + random.nextInt(62), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }
}
