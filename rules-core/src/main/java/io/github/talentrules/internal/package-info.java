/**
 * What the packages of the core share and nobody else should use: "did you mean" for names
 * ({@code Names}), the recorder of what the rules of one evaluation find ({@code Recorder}, the
 * global every session carries), the one reader of a fact's value from the text a person wrote, for case files, cases built in
 * Java and sheet cells alike ({@code FactReader}), and the
 * hook through which coverage observes the sessions an engine runs ({@code SessionObserver}). Not
 * part of the API; it may change without notice.
 */
package io.github.talentrules.internal;
