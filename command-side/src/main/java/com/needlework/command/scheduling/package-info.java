/** Visits: booking, moving and cancelling them under the clinic's rules and the overlap guard. */
package com.needlework.command.scheduling;
