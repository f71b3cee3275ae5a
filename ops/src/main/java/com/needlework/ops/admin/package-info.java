/** Operator tasks over HTTP: the read models' progress, and rebuilding them from the events. */
package com.needlework.ops.admin;
