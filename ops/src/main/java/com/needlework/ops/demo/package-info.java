/** Seeds an empty store, through commands: the demo clinic, or an empty clinic with an admin. */
package com.needlework.ops.demo;
