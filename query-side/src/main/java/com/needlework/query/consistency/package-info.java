/** How the read models commit: each with its tracking token, asynchronously. */
package com.needlework.query.consistency;
