/** The clinic's setup: opening it, its visit types, practitioners and rooms. */
package com.needlework.command.clinic;
