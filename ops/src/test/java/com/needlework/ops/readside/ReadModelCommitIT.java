package com.needlework.ops.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.command.consistency.Reactions;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.ReadModelNames;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Read models commit without waiting for the disk; commands and their lookups do wait. */
@NeedleworkIntegrationTest
class ReadModelCommitIT {

  @Autowired EventProcessingConfiguration processing;
  @Autowired TransactionManager commandTransactions;
  @Autowired JdbcTemplate jdbc;

  private String synchronousCommitIn(TransactionManager transactions) {
    Transaction transaction = transactions.startTransaction();
    try {
      return jdbc.queryForObject("SHOW synchronous_commit", String.class);
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void everyReadModelCommitsAsynchronously() {
    for (String readModel : ReadModelNames.ALL) {
      assertThat(synchronousCommitIn(processing.transactionManager(readModel)))
          .as(readModel)
          .isEqualTo("off");
    }
  }

  @Test
  void commandsAndTheWaitlistMatcherWaitForTheDisk() {
    assertThat(synchronousCommitIn(commandTransactions)).isEqualTo("on");
    assertThat(synchronousCommitIn(processing.transactionManager(Reactions.WAITLIST_MATCHER)))
        .isEqualTo("on");
    assertThat(synchronousCommitIn(processing.transactionManager("booking-guard"))).isEqualTo("on");
  }
}
