/** The schedule read model and its views: day and week per practitioner or room, the day sheet. */
package com.needlework.query.schedule;
