/** Who may do what: public booking, staff roles for everything else. */
package com.needlework.ops.security;
