/** The read side: projections into read tables, query handlers and read endpoints. */
package com.needlework.query;
