/**
 * The admin's pages: rooms, practitioners, payers, the fee schedule, the clinic's policy, staff
 * logins and the read models, each form sending the command the API's admin endpoint sends.
 */
package com.needlework.ops.workspace.admin;
