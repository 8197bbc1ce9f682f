/** Benchmarks: programs that load a running Parley server and print what they measured and how. */
package org.parley.bench;
