/** Helpers the read endpoints share. */
package com.needlework.query.web;
