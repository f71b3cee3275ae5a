/**
 * Reading a payer's eligibility response (X12 271) into what it reports about a member's benefits.
 */
package com.needlework.command.insurance.eligibility;
