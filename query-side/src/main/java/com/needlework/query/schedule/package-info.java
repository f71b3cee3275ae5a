/** The schedule read model: every visit with its time, practitioner, room, attendee and status. */
package com.needlework.query.schedule;
