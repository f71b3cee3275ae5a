/** The waitlist: patients waiting for a slot, and the offers made to them when one frees. */
package com.needlework.api.waitlist;
