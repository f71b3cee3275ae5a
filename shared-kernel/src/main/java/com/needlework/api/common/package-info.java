/** Value objects and the refusal contract every feature shares. */
package com.needlework.api.common;
