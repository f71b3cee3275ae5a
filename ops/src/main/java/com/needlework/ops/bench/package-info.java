/** A command-line benchmark of booking throughput against a running app and its database. */
package com.needlework.ops.bench;
