/** RFC 9457 problem details: the one shape of every error answer Parley's web edges give. */
package org.parley.web.problem;
