/** One error contract for every endpoint: RFC 9457 problem+json with a sentence a person reads. */
package com.needlework.ops.web;
