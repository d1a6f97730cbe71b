/**
 * What two packages of the core share and nobody else should use: "did you mean" for names, and the
 * guard of XLSX readers against zip bombs. Not part of the API; it may change without notice.
 */
package io.github.talentrules.internal;
