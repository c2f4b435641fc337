/**
 * JSON for every public domain type of crm-core, on Jackson 3: the only package of crm-core that imports
 * Jackson, so the domain records carry no annotations and the binding could move to its own module.
 * {@link io.crmkit.core.json.CrmJson#mapper()} is a ready mapper; a host that keeps its own registers the
 * module instead, {@code JsonMapper.builder().addModule(CrmJson.module()).build()}, and gets the same format
 * (it keeps its own feature settings, see {@link io.crmkit.core.json.CrmJson} for the ones we choose). The
 * format follows rules rather than per-type code: records are objects of their components, typed ids and a
 * few kernel values are strings, sealed interfaces carry a {@code "type"} discriminator, decimals are exact
 * strings, and empty {@code Optional}s are left out and read back from a missing or null property.
 */
@NullMarked
package io.crmkit.core.json;

import org.jspecify.annotations.NullMarked;
