/** Serializers, deserializers and mix-ins behind {@code ThiDuaModule}; not exported. */
package io.github.thidua.serialization.internal;
