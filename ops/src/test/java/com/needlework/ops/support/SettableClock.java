package com.needlework.ops.support;

import com.needlework.ops.axon.AdjustableClock;

/**
 * The application's clock in integration tests: the real time, unless a test moves it. Tests that
 * move it put it back ({@link #reset()}), because the application is shared between test classes.
 */
public class SettableClock extends AdjustableClock {}
