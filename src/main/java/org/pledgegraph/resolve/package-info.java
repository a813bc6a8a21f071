/** Cross-document entity resolution: stored mentions in, canonical entities out. Imports model only. */
package org.pledgegraph.resolve;
