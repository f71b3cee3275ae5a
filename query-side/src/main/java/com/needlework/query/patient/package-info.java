/** Patients: who they are, their current care and plan progress, and their visits. */
package com.needlework.query.patient;
