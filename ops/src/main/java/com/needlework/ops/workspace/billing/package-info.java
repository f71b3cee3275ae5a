/** Billing's screens: accounts, a patient's account and its money, documents, the day close. */
package com.needlework.ops.workspace.billing;
