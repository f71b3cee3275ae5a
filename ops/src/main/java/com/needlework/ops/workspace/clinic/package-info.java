/** The clinician's screens: my day, and completing an evaluation or a needling session. */
package com.needlework.ops.workspace.clinic;
