package com.needlework.query.insurance;

import com.needlework.api.insurance.PayerId;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The payers; they name no patient, so reads are not audited. */
@RestController
class PayerController {

  private final PayerRecords payers;

  PayerController(PayerRecords payers) {
    this.payers = payers;
  }

  @GetMapping("/api/payers/{payerId}")
  PayerView payer(@PathVariable PayerId payerId) {
    return payers.payer(payerId);
  }

  @GetMapping("/api/payers")
  List<PayerView> payers() {
    return payers.payers();
  }
}
