/**
 * The decision service: {@code ./talent-rules serve}, the engine's public API over HTTP with a web
 * page for staff. The entry point is {@link io.github.talentrules.service.DecisionService}; its
 * {@link io.github.talentrules.service.Limits} bound what one request may ask.
 *
 * <p>A thin layer: every decision is the engine's ({@code TalentRules.decide}, {@code decideAll},
 * {@code SheetCheck}); the service reads requests, writes answers and problems (RFC 9457), and
 * keeps sheet jobs. Thread-safe. No method returns {@code null}.
 */
package io.github.talentrules.service;
