/** Log output that never carries patient data: exceptions by type and place, not by message. */
package com.needlework.ops.logging;
