/**
 * Insurance read models: payers, patients' coverages and what their covered visits used, the
 * benefit deadlines worklists and the alerts the durable deadlines raise.
 */
package com.needlework.query.insurance;
