/** The CSTA edge: ECMA-269 call control (MakeCall, ClearConnection, monitors and call events) as ECMA-323 XML over TCP, on top of click-to-call. */
package org.parley.web.csta;
