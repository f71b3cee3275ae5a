/**
 * The staff workspace: server-rendered pages (Thymeleaf, htmx) over the same services the API
 * calls, behind the form sign-in.
 */
package com.needlework.ops.workspace;
