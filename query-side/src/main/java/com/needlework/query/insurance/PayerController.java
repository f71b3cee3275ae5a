package com.needlework.query.insurance;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The payers; they name no patient, so reads are not audited. */
@RestController
class PayerController {

  private final PayerDirectory payers;

  PayerController(PayerDirectory payers) {
    this.payers = payers;
  }

  @GetMapping("/api/payers")
  List<PayerView> payers() {
    return payers.payers();
  }
}
