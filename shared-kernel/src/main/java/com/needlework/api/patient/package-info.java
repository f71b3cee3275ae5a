/** Patients and their care: evaluation, contraindication screening, plan of care, overrides. */
package com.needlework.api.patient;
