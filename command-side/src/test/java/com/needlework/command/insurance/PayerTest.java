package com.needlework.command.insurance;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.PayerRegisteredEvent;
import com.needlework.api.insurance.PayerRules;
import com.needlework.api.insurance.RegisterPayerCommand;
import com.needlework.api.insurance.TimedCodeRule;
import com.needlework.api.insurance.UnattendedEstimCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class PayerTest {

  private final PayerId payerId = PayerId.newId();
  private final AggregateTestFixture<Payer> fixture = new AggregateTestFixture<>(Payer.class);

  @Test
  void registersMedicareWithG0283AndTheKxThreshold() {
    PayerRules medicare = new PayerRules(false, null, null, true, Money.of("2410.00"));
    fixture
        .givenNoPriorActivity()
        .when(new RegisterPayerCommand(payerId, "Medicare Part B", "CMS01", medicare))
        .expectEvents(
            new PayerRegisteredEvent(
                payerId,
                "Medicare Part B",
                "CMS01",
                new PayerRules(
                    false,
                    UnattendedEstimCode.HCPCS_G0283,
                    TimedCodeRule.CMS_8_MINUTE,
                    true,
                    Money.of("2410.00"))));
  }

  @Test
  void refusesAPayerWithoutItsElectronicId() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RegisterPayerCommand(
                payerId, "Blue Horizon", " ", new PayerRules(false, null, null, false, null)))
        .expectNoEvents()
        .expectException(Refusal.class);
  }
}
