/** The record of who looked at patients' and prospects' personal data. */
package com.needlework.query.audit;
