/**
 * Axon Framework wiring: serialization, concurrency on the event table, command retries, prompt
 * delivery of new events to the read models, and where each read model's segments stand.
 */
package com.needlework.ops.axon;
