/** The waitlist: who waits for which visits, and offering freed slots to the first eligible. */
package com.needlework.command.waitlist;
