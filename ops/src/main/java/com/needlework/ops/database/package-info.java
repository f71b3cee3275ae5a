/** Where the database comes from: the embedded default, or an external server. */
package com.needlework.ops.database;
