/** The clinic directory: zone, rules, visit types, practitioners, credentials, time off, rooms. */
package com.needlework.query.clinic;
