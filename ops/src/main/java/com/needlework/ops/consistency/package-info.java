/**
 * Answers that wait for the read models: a node is ready only once they caught up with the store,
 * and a write's answer leaves only once they show it.
 */
package com.needlework.ops.consistency;
