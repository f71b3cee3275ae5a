/** Open slots: working hours minus visits and time off, with a free room and the needling rules. */
package com.needlework.query.availability;
