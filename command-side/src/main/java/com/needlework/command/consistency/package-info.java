/** Projections that must commit or fail with the events that feed them. */
package com.needlework.command.consistency;
