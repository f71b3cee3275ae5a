/** Axon Framework wiring: serialization, concurrency on the event table, command retries. */
package com.needlework.ops.axon;
