/**
 * What the window and the exports both say: the message bundles ({@link
 * com.computegap.text.Messages}), number formats with units ({@link com.computegap.text.Formats}),
 * KPI definitions and the reasons behind an infinite or undefined value. JavaFX-free, so exports
 * and the command line can use it.
 */
package com.computegap.text;
