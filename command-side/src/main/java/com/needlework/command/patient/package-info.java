/** Patients and their care: registration, evaluation, screening, plan of care, overrides. */
package com.needlework.command.patient;
