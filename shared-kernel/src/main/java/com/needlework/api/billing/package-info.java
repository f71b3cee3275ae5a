/** Billing's published language: codes, prices, diagnoses, charge lines and the coding rules. */
package com.needlework.api.billing;
