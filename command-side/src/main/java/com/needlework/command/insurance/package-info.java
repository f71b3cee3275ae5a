/** Payers, coverages and authorizations: what a visit's insurance pays, and benefit deadlines. */
package com.needlework.command.insurance;
