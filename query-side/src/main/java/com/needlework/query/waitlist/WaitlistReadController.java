package com.needlework.query.waitlist;

import com.needlework.api.waitlist.WaitlistEntryId;
import com.needlework.query.audit.PhiAccessLog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The waitlist as the front desk sees it; it names patients, so each read is audited. */
@RestController
record WaitlistReadController(WaitlistQueries queries, PhiAccessLog audit) {

  @GetMapping("/api/waitlist/{entryId}")
  WaitlistEntryView entry(@PathVariable WaitlistEntryId entryId) {
    WaitlistEntryView entry = queries.entry(entryId);
    audit.record("VIEW_WAITLIST_ENTRY", "entry=" + entryId);
    return entry;
  }

  @GetMapping("/api/waitlist")
  List<WaitlistEntryView> waitlist() {
    List<WaitlistEntryView> entries = queries.entries();
    audit.record("VIEW_WAITLIST", "waitlist");
    return entries;
  }
}
