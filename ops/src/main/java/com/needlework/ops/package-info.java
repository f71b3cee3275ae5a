/**
 * The runnable application: wiring, embedded database, security, pages, demo data, operator
 * endpoints.
 */
package com.needlework.ops;
