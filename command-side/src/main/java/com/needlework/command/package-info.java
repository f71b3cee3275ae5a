/** The write model: aggregates, command handlers, transactional guards and command endpoints. */
package com.needlework.command;
