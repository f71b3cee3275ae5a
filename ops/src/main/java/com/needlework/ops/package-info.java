/** The runnable application: wiring, embedded database, security, pages, demo data, tools. */
package com.needlework.ops;
