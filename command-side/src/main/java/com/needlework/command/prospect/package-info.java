/** Prospects: people who booked a discovery call. */
package com.needlework.command.prospect;
