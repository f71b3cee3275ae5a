/**
 * The front desk's booking and visit actions: the booking form reached from the day calendar, and
 * the visit panel (check in, no-show, cancel, move), over the same services as the API.
 */
package com.needlework.ops.workspace.desk;
