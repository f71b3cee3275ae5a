/** Staff logins: who they are, what roles they hold, and their stored password hashes. */
package com.needlework.command.staff;
