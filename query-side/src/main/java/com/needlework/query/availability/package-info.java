/** Open slots: working hours minus what is booked, within notice and horizon. */
package com.needlework.query.availability;
