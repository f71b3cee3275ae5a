package com.needlework.query.insurance;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.TimedCodeRule;
import com.needlework.api.insurance.UnattendedEstimCode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the payers read model. */
@Component
public class PayerRecords {

  private final JdbcClient jdbc;

  private static final String SELECT =
      "SELECT payer_id, name, electronic_payer_id, needling_covered, unattended_estim_code,"
          + " timed_code_rule, medicare, kx_threshold FROM rm_payer";

  PayerRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One payer; refused as not found for an unknown one. */
  PayerView payer(PayerId payerId) {
    return jdbc.sql(SELECT + " WHERE payer_id = :payer")
        .param("payer", payerId.value())
        .query(PayerRecords::payer)
        .optional()
        .orElseThrow(() -> Refusal.notFound("payer", payerId));
  }

  /** Every payer, in order of name. */
  public List<PayerView> payers() {
    return jdbc.sql(SELECT + " ORDER BY name, payer_id").query(PayerRecords::payer).list();
  }

  private static PayerView payer(ResultSet rs, int row) throws SQLException {
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
  }

  Map<PayerId, String> names() {
    return payers().stream().collect(Collectors.toMap(PayerView::payerId, PayerView::name));
  }
}
