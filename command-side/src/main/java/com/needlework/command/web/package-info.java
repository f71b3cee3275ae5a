/** Helpers the command endpoints share. */
package com.needlework.command.web;
