/** The waitlist read model: who waits for which visit type, and the offers made and declined. */
package com.needlework.query.waitlist;
