/**
 * How the read models commit: each with its tracking token, asynchronously; each handler in a
 * savepoint.
 */
package com.needlework.query.consistency;
