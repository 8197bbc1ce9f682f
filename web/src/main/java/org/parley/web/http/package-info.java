/** HTTP plumbing shared by the web edges: request size limits. */
package org.parley.web.http;
