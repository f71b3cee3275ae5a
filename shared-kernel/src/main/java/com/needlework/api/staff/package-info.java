/** The clinic's staff accounts and their roles. */
package com.needlework.api.staff;
