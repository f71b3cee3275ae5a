/** The clinic's setup: practitioners and their hours, rooms, visit types and booking rules. */
package com.needlework.api.clinic;
