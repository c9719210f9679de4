/**
 * SeqDesk's VidiCore client: Retrofit interfaces per resource ({@link org.seqdesk.api.SequenceApi}
 * carries the ten sequence endpoints), the documents in {@link org.seqdesk.api.doc}, one client
 * factory, and typed failures. No JavaFX; of SeqDesk's own packages it uses only {@code timeline}.
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder("http://127.0.0.1:8080")   // "/API" optional
 *         .basicAuth("admin", password)
 *         .build();
 * try (VidiCoreClient vc = VidiCoreClientFactory.create(config)) {
 *     SequenceListDocument list = Calls.execute(vc.sequences().list("VX-42"));
 *     JobDocument job = Calls.execute(vc.sequences().renderItem("VX-42", List.of("lowres"),
 *             null, null, null, null, null, JobPriority.HIGH, null, null, null));
 * } catch (ApiException.NotFound e) {
 *     // e.method(), e.url(), e.status(), e.explanation()
 * }
 * }</pre>
 *
 * <p>Calls block: run them on the background executor. Raw answers ({@code ResponseBody}) must be
 * closed by the caller.
 */
package org.seqdesk.api;
