/** People who booked a discovery call and are not (yet) patients. */
package com.needlework.api.prospect;
