/** Booking, moving and cancelling visits, and the queries that show schedules and free slots. */
package com.needlework.api.scheduling;
