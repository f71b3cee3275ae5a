/** Payers, patients' coverages, authorizations, benefit periods and their deadlines. */
package com.needlework.api.insurance;
