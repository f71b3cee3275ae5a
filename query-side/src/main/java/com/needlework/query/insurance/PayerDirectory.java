package com.needlework.query.insurance;

import com.needlework.api.common.Money;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.TimedCodeRule;
import com.needlework.api.insurance.UnattendedEstimCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the payers read model. */
@Component
class PayerDirectory {

  private final JdbcClient jdbc;

  PayerDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every payer, in order of name. */
  List<PayerView> payers() {
    return jdbc.sql(
            "SELECT payer_id, name, electronic_payer_id, needling_covered, unattended_estim_code,"
                + " timed_code_rule, medicare, kx_threshold FROM rm_payer ORDER BY name, payer_id")
        .query(
            (rs, row) -> {
              BigDecimal kxThreshold = rs.getBigDecimal("kx_threshold");
              return new PayerView(
                  new PayerId(rs.getObject("payer_id", UUID.class)),
                  rs.getString("name"),
                  rs.getString("electronic_payer_id"),
                  rs.getBoolean("needling_covered"),
                  UnattendedEstimCode.valueOf(rs.getString("unattended_estim_code")).code(),
                  TimedCodeRule.valueOf(rs.getString("timed_code_rule")),
                  rs.getBoolean("medicare"),
                  kxThreshold == null ? null : Money.of(kxThreshold));
            })
        .list();
  }

  Map<PayerId, String> names() {
    return payers().stream().collect(Collectors.toMap(PayerView::payerId, PayerView::name));
  }
}
