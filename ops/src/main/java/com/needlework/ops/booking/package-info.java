/** The public page where anyone books a free discovery call. */
package com.needlework.ops.booking;
